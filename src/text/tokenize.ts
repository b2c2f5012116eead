/**
 * Words and numbers with offsets, normal forms, stems and stopword flags. Stems: Porter's
 * English stemmer (the `stemmer` package) and natural's Russian one (stem-russian.ts); the two
 * replaced natural's, with the same stems on every word type of the lexicons, of ECB+ and of
 * RuSentNE but two ("eed", "flyover", where natural misreads a "y" as a vowel group; issue 16).
 */
import { stemmer } from 'stemmer';
import type { Span, Token } from '../model.js';
import { naturalStopwordsEn, naturalStopwordsRu } from '../lexicons/stopwords-natural.js';
import { extraStopwords, notStopwords } from '../lexicons/stopwords.js';
import { segmentsIn } from './segmenters.js';
import { stemRussian } from './stem-russian.js';

const keep = new Set(notStopwords);
const stopLists: Record<string, ReadonlySet<string>> = {
  en: new Set([...naturalStopwordsEn.filter((w) => !keep.has(w)), ...extraStopwords]),
  ru: new Set(naturalStopwordsRu),
};

/** Straight quotes for curly ones and the like: for comparison, never for display. */
export function normalizeQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

/**
 * The comparable form of a word: lower case, straight apostrophe, no possessive `'s`.
 * Two-letter and dotted initialisms take the dotted form, so "US" and "U.S." compare equal
 * and neither is taken for the pronoun "us".
 */
export function normalizeWord(word: string): string {
  const bare = normalizeQuotes(word).replace(/'s$|'$/i, '');
  if (/^[A-Z]\.?[A-Z]\.?$|^([A-Z]\.){2,}[A-Z]?\.?$/.test(bare)) {
    return bare.replace(/\./g, '').toLowerCase().split('').join('.');
  }
  return bare.toLowerCase().replace(/\.$/, '');
}

/**
 * Stems already computed, per language family (Russian, or any other): a corpus repeats its
 * words, and stemming was a tenth of preparing an article (issue 16). Bounded.
 */
const stems = { ru: new Map<string, string>(), other: new Map<string, string>() };
const rememberedStems = 100_000;

/** Stem of a normalised word in the given language (identity for unsupported languages). */
export function stemWord(norm: string, language: string): string {
  const memo = language === 'ru' ? stems.ru : stems.other;
  let stem = memo.get(norm);
  if (stem !== undefined) return stem;
  stem = /\p{Script=Cyrillic}/u.test(norm) || language === 'ru' ? stemRussian(norm) : /^[a-z][a-z'-]*$/.test(norm) ? stemmer(norm) : norm;
  if (memo.size >= rememberedStems) memo.clear();
  memo.set(norm, stem);
  return stem;
}

/** True when the word is a function word in that language. */
export function isStopword(norm: string, language: string): boolean {
  return (stopLists[language] ?? stopLists['en']!).has(norm);
}

const numberLike = /^\p{N}[\p{N}.,:]*$/u;

/**
 * Tokens of `text` between `span.start` and `span.end`, offsets into `text`.
 * Tokens are word-like segments of Intl.Segmenter (so "José", "Russia's", "U.S" and
 * "Лавров" stay whole); a trailing period of an initialism ("U.S.") is part of the token.
 */
export function tokenize(text: string, span: Span, language: string): Token[] {
  const tokens: Token[] = [];
  for (const seg of segmentsIn(text, span, language, 'word')) {
    if (!seg.isWordLike) continue;
    const start = seg.span.start;
    let end = seg.span.end;
    // "U.S." and "a.m.": the segmenter leaves the final period out; it belongs to the word.
    if (/^\p{L}(\.\p{L})+$/u.test(text.slice(start, end)) && text[end] === '.') end += 1;
    const surface = text.slice(start, end);
    const norm = normalizeWord(surface);
    const kind = numberLike.test(norm) ? 'number' : 'word';
    tokens.push({
      span: { start, end },
      norm,
      stem: kind === 'number' ? norm : stemWord(norm, language),
      // natural's lists hold the digits 0–9: a number is never a function word.
      stop: kind === 'word' && isStopword(norm, language),
      kind,
    });
  }
  return tokens;
}
