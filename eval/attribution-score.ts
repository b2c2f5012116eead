/**
 * Scores for attribution against PolNeAR: span F1 by overlap (each gold span matched to at
 * most one predicted span, the largest overlaps first) for direct-quotation content, cues and
 * sources, and speaker accuracy on the direct quotations found.
 *
 * A gold direct quotation is an attribution whose content opens with a quotation mark (“, " or
 * the two apostrophes of the New York Times archive, ''). Its
 * gold speaker is its source as written; a pronoun ("he", "who") stands for the nearest earlier
 * gold source that names someone, as a reader resolves it. A predicted speaker is right when it
 * shares a name word with that (Trump / "Mr. Trump" / "Donald J. Trump"), or, for a source
 * that names no one ("a campaign aide"), when it points at the same words.
 */
import type { Span, TextAttribution } from '../src/model.js';
import type { GoldArticle } from './polnear-data.js';
import { stateNames } from '../src/lexicons/actor-words.js';
import { nameGender } from '../src/analyses/attribution/name-gender.js';

/** Counts for one span kind. */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

/** All counts of one system on one split. */
export interface Tally {
  content: Counts;
  cue: Counts;
  source: Counts;
  /**
   * Direct quotations found (matched to a gold one), and how many of them got the right speaker:
   * `right` with the old gold (a pronoun is the nearest earlier naming source), `rightPersonLike`
   * with a he/she resolved to the nearest person-like source of its gender (resolveGold), and
   * `named`/`rightNamed` on those whose gold source is a phrase, not a pronoun (no heuristic).
   */
  speakers: { matched: number; right: number; none: number; rightPersonLike: number; named: number; rightNamed: number };
}

export const emptyTally = (): Tally => ({
  content: { gold: 0, predicted: 0, matched: 0 },
  cue: { gold: 0, predicted: 0, matched: 0 },
  source: { gold: 0, predicted: 0, matched: 0 },
  speakers: { matched: 0, right: 0, none: 0, rightPersonLike: 0, named: 0, rightNamed: 0 },
});

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matches of gold and predicted spans that overlap, largest overlaps first: [gold, predicted] indices. */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const o = overlap(g, p);
    if (o > 0) candidates.push([o, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    out.push([i, j]);
  }
  return out;
}

const pronouns = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'i', 'we', 'they', 'them', 'it', 'its', 'who', 'whom', 'which', 'that', 'you', 'me', 'us', 'our', 'their']);
const notNames = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'former', 'secretary', 'state', 'new', 'democratic', 'republican', 'gop', 'u.s', 'us', 'jr', 'sr', 'vice', 'presidential', 'nominee', 'candidate', 'campaign']);

/** Name words of a phrase: capitalised words that are not titles or function words. */
export function nameWords(phrase: string): string[] {
  return (phrase.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/u, '')).filter((w) => !notNames.has(w) && !pronouns.has(w));
}

const isPronoun = (phrase: string): boolean => pronouns.has(phrase.trim().toLowerCase());

/** Heads of a phrase that name no one person: a he/she never stands for them. */
const notPersonHeads = /^(?:poll|survey|report|study|analysis|campaign|agency|committee|newspaper|network|website|group|organization|organisation|party|statement|release|letter|ad|memo|book|article|transcript|account|office|department|city|county|state|street|administration|government|court|board|council|association|foundation|institute|university|times|post|news|journal)$/u;

/**
 * Whether a source can be what a he or she stands for: not a plural ("Longtime friends",
 * "Fact-checkers"), not a poll, report, organisation or place ("an NBC News poll", "Wall
 * Street", "Xinhua, the official Chinese news agency"), and not a name of the other gender
 * (a given name the lexicon knows, or an honorific).
 */
function personFor(phrase: string, pronoun: 'he' | 'she'): boolean {
  const head = phrase.split(/,/u)[0]!.trim().split(/\s+/u).pop()!.toLowerCase().replace(/[’']s?$/u, '');
  if (notPersonHeads.test(head) || (/[^s]s$/u.test(head) && !/^\p{Lu}/u.test(phrase.split(/,/u)[0]!.trim().split(/\s+/u).pop()!))) return false;
  if (stateNames.includes(phrase.trim().toLowerCase())) return false;
  const gender = nameGender(phrase.replace(/^(?:the|a|an)\s+/iu, ''));
  return gender === null || gender === pronoun;
}

/**
 * The gold speaker of each gold source: the phrase itself, or for a pronoun the nearest earlier
 * naming source. PolNeAR marks a pronoun source as the pronoun, so this is a heuristic. With
 * `personLike` (round 9), a he/she skips earlier sources that cannot be one person of its
 * gender (see personFor): on train the old rule resolved "he" to "Opinion polls", "Wall
 * Street", "an NBC News/Wall Street Journal poll".
 */
export function resolveGold(text: string, sources: readonly Span[], personLike = false): Map<number, string> {
  const sorted = [...sources].sort((a, b) => a.start - b.start);
  const resolved = new Map<number, string>();
  const named: string[] = [];
  for (const s of sorted) {
    const phrase = text.slice(s.start, s.end);
    if (isPronoun(phrase)) {
      const pronoun = phrase.trim().toLowerCase();
      const fits = personLike && (pronoun === 'he' || pronoun === 'she') ? named.findLast((n) => personFor(n, pronoun)) : named[named.length - 1];
      resolved.set(s.start, fits ?? phrase);
    } else {
      resolved.set(s.start, phrase);
      if (nameWords(phrase).length > 0) named.push(phrase);
    }
  }
  return resolved;
}

const contentWords = (s: string): Set<string> => new Set((s.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !pronouns.has(w) && !notNames.has(w)));

export function speakerRight(text: string, gold: Span | null, goldSpeaker: string | undefined, predicted: TextAttribution): boolean {
  if (!gold) return predicted.speaker === null;
  if (!predicted.speaker || goldSpeaker === undefined) return false;
  const goldNames = nameWords(goldSpeaker);
  const predictedNames = new Set(nameWords(predicted.speaker));
  if (goldNames.length > 0) return goldNames.some((w) => predictedNames.has(w));
  if (predicted.source && overlap(gold, predicted.source) > 0 && !isPronoun(text.slice(gold.start, gold.end))) return true;
  const want = contentWords(goldSpeaker);
  return [...contentWords(predicted.speaker)].some((w) => want.has(w));
}

/** A content that opens with a quotation mark: “, ", or the New York Times archive's '' (which PolNeAR keeps as written). */
export const isDirectGold = (text: string, content: Span | null): content is Span => content !== null && /^\s*(?:["“]|'')/u.test(text.slice(content.start, content.end));

function add(counts: Counts, gold: readonly Span[], predicted: readonly Span[]): [number, number][] {
  const matches = matchSpans(gold, predicted);
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.matched += matches.length;
  return matches;
}

/** Add one article's figures to `tally`. */
export function scoreArticle(tally: Tally, article: GoldArticle, predicted: readonly TextAttribution[]): void {
  const { text, attributions: gold } = article;
  const direct = gold.filter((g) => isDirectGold(text, g.content));
  const directPredicted = predicted.filter((p) => p.kind === 'direct');
  const contentMatches = add(tally.content, direct.map((g) => g.content!), directPredicted.map((p) => p.content));
  add(tally.cue, gold.flatMap((g) => (g.cue ? [g.cue] : [])), predicted.flatMap((p) => (p.cue ? [p.cue] : [])));
  const goldSources = gold.flatMap((g) => (g.source ? [g.source] : []));
  add(tally.source, goldSources, predicted.flatMap((p) => (p.source ? [p.source] : [])));
  const resolved = resolveGold(text, goldSources);
  const personLike = resolveGold(text, goldSources, true);
  for (const [i, j] of contentMatches) {
    const g = direct[i]!;
    const p = directPredicted[j]!;
    tally.speakers.matched += 1;
    if (p.speaker === null) tally.speakers.none += 1;
    const right = speakerRight(text, g.source, g.source ? resolved.get(g.source.start) : undefined, p);
    if (right) tally.speakers.right += 1;
    if (speakerRight(text, g.source, g.source ? personLike.get(g.source.start) : undefined, p)) tally.speakers.rightPersonLike += 1;
    if (g.source && !isPronoun(text.slice(g.source.start, g.source.end))) {
      tally.speakers.named += 1;
      if (right) tally.speakers.rightNamed += 1;
    }
  }
}

/** Precision, recall and F1 of one count. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.matched / c.predicted : 0;
  const r = c.gold ? c.matched / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
