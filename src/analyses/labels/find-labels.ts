/**
 * The words an outlet attaches to each actor: titles and pre-modifiers before a name,
 * appositives beside it, and descriptions standing in for it. Run after `findActors` (and,
 * for a pair, after `unifyActors`, so labels carry the joined ids).
 */
import type { ActorsFound, ActorsResult, AliasTable, Article, Label } from '../../model.js';
import { builtInAliases } from '../../lexicons/aliases.js';
import { tokensIn } from '../text-positions.js';
import { appositiveAfter, appositiveBefore } from './appositives.js';
import { labelsBeforeName } from './before-name.js';
import { findDescriptions } from './descriptions.js';
import { labelScan } from './label-scan.js';

/** The labels the other article of a pair gives by name: who holds which title there. */
interface OtherSide {
  /** The other article. */
  article: Article;
  /** Its labels written beside a name (titles, pre-modifiers, appositions). */
  named: readonly Label[];
}

/** Labels of the actors found in an article, in text order. Pass the alias table `findActors` used. */
export function findLabels(article: Article, found: ActorsFound, aliases: AliasTable = builtInAliases): Label[] {
  const scan = labelScan(article, found, aliases);
  return labelsOf(scan, namedLabels(scan), null);
}

/**
 * Labels of one scanned article in text order; for one article of a pair, `other` (the other
 * article's named labels) lets a description find its holder through the title the other
 * outlet gives by name.
 */
function labelsOf(scan: ReturnType<typeof labelScan>, named: readonly Label[], other: OtherSide | null): Label[] {
  const labels = [...named, ...findDescriptions(scan, named, other)];
  return labels.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function namedLabels(scan: ReturnType<typeof labelScan>): Label[] {
  const { article, found } = scan;
  const named: Label[] = [];
  found.mentions.forEach((mention, m) => {
    const { first, end } = tokensIn(article, mention.span);
    if (first >= end) return;
    const before = labelsBeforeName(scan, m, first, end);
    const phraseFirst = before.length > 0 ? tokensIn(article, before[0]!.span).first : first;
    const around = appositiveBefore(scan, m, phraseFirst, end);
    named.push(...before, ...(around ? [around] : []), ...appositiveAfter(scan, m, end));
  });
  return named;
}

/** Labels where the actor rules apply; none for an article they do not (its notice says why). */
export function findLabelsIfApplies(article: Article, actors: ActorsResult, aliases: AliasTable = builtInAliases): Label[] {
  return actors.applies ? findLabels(article, actors, aliases) : [];
}

/**
 * Labels of both articles of a pair (actors unified across it): each article's descriptions may
 * find their holder through the titles the other gives by name ("the RNC chairman" in HuffPost
 * copy that never titles Michael Steele, while Fox writes "party Chairman Michael Steele").
 */
export function findPairLabels(articles: { left: Article; right: Article }, actors: { left: ActorsResult; right: ActorsResult }, aliases: AliasTable = builtInAliases): { left: Label[]; right: Label[] } {
  const { left, right } = articles;
  if (!actors.left.applies || !actors.right.applies) return { left: findLabelsIfApplies(left, actors.left, aliases), right: findLabelsIfApplies(right, actors.right, aliases) };
  const scans = { left: labelScan(left, actors.left, aliases), right: labelScan(right, actors.right, aliases) };
  const named = { left: namedLabels(scans.left), right: namedLabels(scans.right) };
  return {
    left: labelsOf(scans.left, named.left, { article: right, named: named.right }),
    right: labelsOf(scans.right, named.right, { article: left, named: named.left }),
  };
}
