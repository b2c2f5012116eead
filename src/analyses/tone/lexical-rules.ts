/**
 * Lexicon words of a sentence with the rules that change their weight: negation scope,
 * intensifiers and diminishers, and the "but" rule. Factors and word lists: lexicons/tone-modifiers.
 */
import type { LexiconToneEvidence, Span, ToneRule } from '../../model.js';
import { toneLexicon } from '../../lexicons/tone-lexicon.js';
import {
  afterContrastFactor, beforeContrastFactor, clauseInitialContrast, contrastWords, diminisherFactor,
  diminishers, intensifierFactor, intensifiers, modifierScope, negationFactor, negationScope,
  negators, notContrastAfter, notNegating,
} from '../../lexicons/tone-modifiers.js';
import type { ToneWord } from './tone-words.js';

/** True for "not", "never", "without"… and any "n't" form ("didn't", "can't"). */
export function isNegator(word: string): boolean {
  return negators.has(word) || word.endsWith("n't");
}

/** True for words that only modify others: they never score on their own. */
function isModifier(word: string): boolean {
  return isNegator(word) || intensifiers.has(word) || diminishers.has(word) || contrastWords.has(word);
}

/** Index of the word that marks the sentence's last contrast ("but", clause-initial "however"), or -1. */
function contrastIndex(words: readonly ToneWord[]): number {
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const w = words[i]!;
    if (!contrastWords.has(w.norm)) continue;
    if (notContrastAfter.has(words[i + 1]?.norm ?? '')) continue;
    const clauseInitial = i === 0 || words[i - 1]!.clause !== w.clause;
    if (clauseInitialContrast.has(w.norm) && !clauseInitial) continue;
    return i;
  }
  return -1;
}

/** The negator in scope before word `i` (same clause, not across the contrast word), or null. */
function negatorBefore(words: readonly ToneWord[], i: number, contrast: number): ToneWord | null {
  for (let j = i - 1; j >= Math.max(0, i - negationScope); j -= 1) {
    const w = words[j]!;
    if (w.clause !== words[i]!.clause || j === contrast) return null;
    if (isNegator(w.norm) && !notNegating.has(`${w.norm} ${words[j + 1]!.norm}`)) return w;
  }
  return null;
}

/** The intensifier or diminisher just before word `i` (same clause), or null. */
function modifierBefore(words: readonly ToneWord[], i: number): ToneWord | null {
  for (let j = i - 1; j >= Math.max(0, i - modifierScope); j -= 1) {
    const w = words[j]!;
    if (w.clause !== words[i]!.clause) return null;
    if (intensifiers.has(w.norm) || diminishers.has(w.norm)) return w;
  }
  return null;
}

/**
 * Every lexicon word of the sentence as evidence: its AFINN weight, the rules applied in VADER's
 * order (modifier, then negation, then "but"), the words that triggered them and the result.
 */
export function scoreLexiconWords(words: readonly ToneWord[]): LexiconToneEvidence[] {
  const contrast = contrastIndex(words);
  const evidence: LexiconToneEvidence[] = [];
  words.forEach((word, i) => {
    const weight = toneLexicon.get(word.norm);
    if (weight === undefined || isModifier(word.norm)) return;
    const rules: ToneRule[] = [];
    const modifiers: Span[] = [];
    let contribution = weight;
    const modifier = modifierBefore(words, i);
    if (modifier) {
      const stronger = intensifiers.has(modifier.norm);
      contribution *= stronger ? intensifierFactor : diminisherFactor;
      rules.push(stronger ? 'intensified' : 'diminished');
      modifiers.push(modifier.span);
    }
    const negator = negatorBefore(words, i, contrast);
    if (negator) {
      contribution *= negationFactor;
      rules.push('negated');
      modifiers.push(negator.span);
    }
    if (contrast >= 0) {
      const after = i > contrast;
      contribution *= after ? afterContrastFactor : beforeContrastFactor;
      rules.push(after ? 'after-but' : 'before-but');
      modifiers.push(words[contrast]!.span);
    }
    evidence.push({
      kind: 'lexicon', span: word.span, weight, contribution, rules, modifiers,
      quoted: word.quoted, distance: null,
    });
  });
  return evidence;
}
