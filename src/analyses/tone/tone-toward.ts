/**
 * Tone toward the person mentioned at a span of a sentence: the trained model's decision, with
 * the words that moved it. Measured on NewsMTSC devtest_mt by eval/tone.ts (figures there and
 * in lexicons/tone-model.json): far better than lexicon counting, far from the best published
 * models; a reader should take one label as a hint and many labels as a pattern.
 */
import type { Span, ToneToward } from '../../model.js';
import { mentionToneFeatures, toneSentence } from './features.js';
import { findQuotedSpans, isInside } from './quoted-spans.js';
import { decide, modelEvidence, weightPositions } from './tone-model.js';
import { toneSkip } from './tone-words.js';

/**
 * Tone toward the mention at `target` (offsets into `sentence`). `quoted` are the spans of
 * quoted speech in the sentence, as found by the quotes analysis (which follows quotations over
 * several sentences); when omitted they are found from paired quotation marks. A target outside
 * the sentence is a broken contract and throws; an empty or non-English sentence is a neutral
 * value with `skipped` saying why.
 */
export function toneToward(sentence: string, target: Span, quoted?: readonly Span[]): ToneToward {
  return toneTowardEach(sentence, [target], quoted)[0]!;
}

/**
 * Tone toward each of several mentions of one sentence, as `toneToward` gives it for each: the
 * sentence is read once (its words, negation scopes and lexicon words), not once per mention.
 */
export function toneTowardEach(sentence: string, targets: readonly Span[], quoted: readonly Span[] = findQuotedSpans(sentence)): ToneToward[] {
  for (const { start, end } of targets) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= sentence.length)) {
      throw new RangeError(
        `parallax: toneToward: target {start: ${start}, end: ${end}} is not a span of the sentence (length ${sentence.length})`,
      );
    }
  }
  const skipped = toneSkip(sentence);
  const prepared = skipped ? null : toneSentence(sentence, quoted);
  return targets.map((target): ToneToward => {
    const targetQuoted = isInside(target, quoted);
    if (!prepared) return { label: 'neutral', score: 0, method: 'model', probabilities: null, targetQuoted, evidence: [], skipped };
    const hits = mentionToneFeatures(prepared, target);
    const positions = weightPositions(hits);
    const { probabilities, label } = decide(hits, positions);
    return {
      label,
      score: probabilities.positive - probabilities.negative,
      method: 'model',
      probabilities,
      targetQuoted,
      evidence: modelEvidence(hits, label, prepared, positions),
      skipped: null,
    };
  });
}
