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

/** Labels of the actors found in an article, in text order. Pass the alias table `findActors` used. */
export function findLabels(article: Article, found: ActorsFound, aliases: AliasTable = builtInAliases): Label[] {
  const scan = labelScan(article, found, aliases);
  const named: Label[] = [];
  found.mentions.forEach((mention, m) => {
    const { first, end } = tokensIn(article, mention.span);
    if (first >= end) return;
    const before = labelsBeforeName(scan, m, first, end);
    const phraseFirst = before.length > 0 ? tokensIn(article, before[0]!.span).first : first;
    const around = appositiveBefore(scan, m, phraseFirst, end);
    named.push(...before, ...(around ? [around] : []), ...appositiveAfter(scan, m, end));
  });
  const labels = [...named, ...findDescriptions(scan, named)];
  return labels.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Labels where the actor rules apply; none for an article they do not (its notice says why). */
export function findLabelsIfApplies(article: Article, actors: ActorsResult, aliases: AliasTable = builtInAliases): Label[] {
  return actors.applies ? findLabels(article, actors, aliases) : [];
}
