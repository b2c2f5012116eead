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

/**
 * The attributions of `article`, in text order, and the words naming each verb's source as
 * written, by the verb's start, even where they name no one the article makes known (an
 * unresolved "he"): PolNeAR marks those as sources too.
 */
export function attributionsWithSources(article: Article, quotes: readonly Quote[], extra: readonly VerbUse[] = []): { attributions: Attribution[]; written: Map<number, Span> } {
  const { speech } = findSpeech(article, quotedSpans(quotes), extra);
  const written = new Map<number, Span>();
  for (const use of speech) if (use.written) written.set(use.verb.span.start, use.written);
  const attributions = speech.map((use) => ({
    sentence: use.sentence,
    verb: use.verb,
    speaker: use.speaker,
    quotes: quotes.flatMap((q, k) => (q.verb && q.verb.span.start === use.verb.span.start ? [k] : [])),
  }));
  return { attributions, written };
}

/** The attributions of `article`, in text order; `quotes` are its quotations (findQuotes), `extra` cues found besides the verb lexicon's. */
export function findAttributions(article: Article, quotes: readonly Quote[], extra: readonly VerbUse[] = []): Attribution[] {
  return attributionsWithSources(article, quotes, extra).attributions;
}
