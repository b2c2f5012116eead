/**
 * Lexical tone of one sentence: AFINN-165 words with VADER's rules (negation scope, intensifiers,
 * "but"), the outlet's voice and quoted speech scored apart. Called "lexical tone", not stance:
 * it counts evaluative words and says nothing of whom they are about (see toneToward for that).
 */
import type { SentenceTone, Span } from '../../model.js';
import { scoreLexiconWords } from './lexical-rules.js';
import { findQuotedSpans } from './quoted-spans.js';
import { toneScore } from './tone-score.js';
import { toneSkip, toneWords } from './tone-words.js';

/**
 * Tone of `text`. `quoted` are the spans of quoted speech (offsets into `text`), as found by the
 * quotes analysis; when omitted they are found from paired quotation marks in the text.
 */
export function sentenceTone(text: string, quoted?: readonly Span[]): SentenceTone {
  const skipped = toneSkip(text);
  const evidence = skipped ? [] : scoreLexiconWords(toneWords(text, quoted ?? findQuotedSpans(text)));
  const all = evidence.map((e) => e.contribution);
  const voice = evidence.filter((e) => !e.quoted).map((e) => e.contribution);
  const inQuotes = evidence.filter((e) => e.quoted).map((e) => e.contribution);
  return {
    ...toneScore(all),
    voice: toneScore(voice),
    quoted: toneScore(inQuotes),
    evidence,
    skipped,
  };
}
