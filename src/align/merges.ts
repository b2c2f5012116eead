/**
 * One sentence covering two: an outlet that merges two facts into one sentence ("…was
 * delivered to Moscow, Blinken said, and it sets out a serious diplomatic path…") is matched
 * with one of the other outlet's two sentences; the second joins the match when its content is
 * largely contained in the merged sentence and the match grows more similar with it (a second
 * sentence that only shares names with the merged one adds words the merged one lacks, and the
 * similarity does not rise: "Lavrov threatened further aggression…" does not join "…he expects
 * a follow-up discussion with Lavrov").
 */
import type { Article, MatchBasis } from '../model.js';
import { profileOf, type PairProfiles } from './article-profiles.js';
import { compareProfiles, coverage } from './sentence-similarity.js';
import type { MatchDraft } from './reading-order.js';

/** A match being built: its sentences and how it was made. */
export interface MatchInProgress extends MatchDraft {
  /** How the match was made. */
  basis: MatchBasis;
}

/** When a second sentence joins a match. */
export interface MergeRule {
  /** Least share of the sentence's content found in the merged sentence. */
  containment: number;
  /** Least rise in the match's similarity when the sentence joins. */
  gain: number;
}

type Side = 'left' | 'right';
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

interface Candidate {
  side: Side;
  sentence: number;
  match: MatchInProgress;
  gain: number;
}

/** Add second sentences to one-to-one matches where one outlet merged two facts. Mutates `matches`. */
export function addMerges(matches: MatchInProgress[], pair: { articles: Record<Side, Article>; profiles: PairProfiles }, rule: MergeRule): void {
  const { articles, profiles } = pair;
  const used = { left: new Set(matches.flatMap((m) => m.left)), right: new Set(matches.flatMap((m) => m.right)) };
  const oneToOne = matches.filter((m) => m.left.length === 1 && m.right.length === 1);
  const candidates: Candidate[] = [];
  for (const side of ['left', 'right'] as const) {
    profiles[side].forEach((profile, sentence) => {
      if (used[side].has(sentence)) return;
      for (const match of oneToOne) {
        const merged = profiles[other(side)][match[other(side)][0]!]!;
        if (coverage(profile, merged).content < rule.containment) continue;
        const both = profileOf(articles[side], [match[side][0]!, sentence].sort((a, b) => a - b), profiles.comparison);
        const gain = compareProfiles(merged, both) - compareProfiles(merged, profiles[side][match[side][0]!]!);
        if (gain >= rule.gain) candidates.push({ side, sentence, match, gain });
      }
    });
  }
  candidates.sort((a, b) => b.gain - a.gain);
  for (const { side, sentence, match } of candidates) {
    if (used[side].has(sentence) || match.left.length !== 1 || match.right.length !== 1) continue;
    match[side] = [match[side][0]!, sentence].sort((a, b) => a - b);
    used[side].add(sentence);
  }
}
