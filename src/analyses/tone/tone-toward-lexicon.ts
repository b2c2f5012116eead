/**
 * Tone toward a target from lexicon words alone: each word's rule-adjusted weight shrinks with
 * its distance from the mention and counts less outside the mention's clause. The baseline the
 * trained model must beat (eval/tone.ts), and a method a reader can check by hand.
 */
import type { LexiconToneEvidence, Span, ToneToward } from '../../model.js';
import { toneSentence, type ToneSentence } from './features.js';
import { findQuotedSpans, isInside } from './quoted-spans.js';
import { distanceTo, targetClause, targetRange } from './target-words.js';
import { toneScore } from './tone-score.js';
import { toneSkip } from './tone-words.js';

/**
 * How distance and clauses discount a word: a word `d` words away counts 1/(1 + d/4), a word
 * outside the mention's clause half as much. No script fits these (eval/train-tone.ts fits
 * the model only); eval/tone.ts measures the baseline with them.
 */
const halfDistance = 4;
const otherClause = 0.5;

/** Lexicon evidence of the sentence, discounted by distance from the target, strongest first. */
function evidenceNear(sentence: ToneSentence, target: Span): LexiconToneEvidence[] {
  const { words, wordAt } = sentence;
  const range = targetRange(words, target);
  const clause = targetClause(words, range);
  return sentence.evidence
    .map((e) => {
      const i = wordAt.get(e.span.start)!;
      const distance = distanceTo(i, range);
      const clauseFactor = words[i]!.clause === clause ? 1 : otherClause;
      const contribution = (e.contribution * clauseFactor) / (1 + distance / halfDistance);
      return { ...e, contribution, distance };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

/** Tone toward the mention at `target` (offsets into `sentence`) from nearby lexicon words. */
export function lexiconToneToward(sentence: string, target: Span): ToneToward {
  const quoted = findQuotedSpans(sentence);
  const skipped = toneSkip(sentence);
  const evidence = skipped ? [] : evidenceNear(toneSentence(sentence, quoted), target);
  const { score, label } = toneScore(evidence.map((e) => e.contribution));
  return {
    label,
    score,
    method: 'lexicon',
    probabilities: null,
    targetQuoted: isInside(target, quoted),
    evidence,
    skipped,
  };
}
