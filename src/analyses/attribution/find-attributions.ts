/**
 * Every speaker–verb pair of an article, in direct speech (“…,” he said) and indirect speech
 * ("Lavrov threatened further aggression", "Biden claimed that…"), each linked to the
 * quotations it introduces.
 */
import type { Article, Attribution, Quote, Span } from '../../model.js';
import { findSpeech } from './find-speech.js';
import type { VerbUse } from './find-reporting-verbs.js';

/** The spans a reporting verb must stand outside of: the quoted words of top-level quotations. */
export function quotedSpans(quotes: readonly Quote[]): Span[] {
  return quotes.filter((q) => q.within === null).flatMap((q) => q.pieces);
}

/** The attributions of `article`, in text order; `quotes` are its quotations (findQuotes), `extra` cues found besides the verb lexicon's. */
export function findAttributions(article: Article, quotes: readonly Quote[], extra: readonly VerbUse[] = []): Attribution[] {
  return findSpeech(article, quotedSpans(quotes), extra).speech.map((use) => ({
    sentence: use.sentence,
    verb: use.verb,
    speaker: use.speaker,
    quotes: quotes.flatMap((q, k) => (q.verb && q.verb.span.start === use.verb.span.start ? [k] : [])),
  }));
}
