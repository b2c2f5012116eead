/**
 * Lexical tone of an article's sentences, with quoted speech (from the quotes analysis, which
 * follows quotations across sentences) kept apart from the outlet's own voice. Evidence spans
 * are moved from sentence offsets to article offsets.
 */
import type { Article, ArticleTone, Quote, SentenceTone, ToneLabel } from '../model.js';
import { sentenceTone } from './tone/index.js';
import { relativeTo, shiftEvidence } from './spans.js';

/** Tone of every body sentence of `article`. */
export function toneOfSentences(article: Article, quotes: readonly Quote[]): SentenceTone[] {
  const quoted = quotes.flatMap((q) => q.pieces);
  return article.sentences.map(({ span }) => {
    const tone = sentenceTone(article.text.slice(span.start, span.end), relativeTo(quoted, span));
    return { ...tone, evidence: tone.evidence.map((e) => shiftEvidence(e, span.start)) };
  });
}

const empty = (): Record<ToneLabel, number> => ({ negative: 0, neutral: 0, positive: 0 });

/** The article's tone as a distribution over its sentences, with its most extreme sentences. */
export function articleTone(article: Article, tones: readonly SentenceTone[]): ArticleTone {
  if (article.meta.language !== 'en') {
    return {
      applies: false,
      reason: `Tone is measured with an English word list; this article is in another language (${article.meta.language}).`,
      distribution: empty(), voice: empty(), extremes: { negative: [], positive: [] },
    };
  }
  const distribution = empty();
  const voice = empty();
  for (const t of tones) {
    distribution[t.label] += 1;
    voice[t.voice.label] += 1;
  }
  const ranked = tones.map((t, i) => ({ i, score: t.score })).filter((t) => t.score !== 0);
  const pick = (sign: number) => ranked.filter((t) => Math.sign(t.score) === sign).sort((a, b) => sign * (b.score - a.score)).slice(0, 3).map((t) => t.i);
  return { applies: true, reason: null, distribution, voice, extremes: { negative: pick(-1), positive: pick(1) } };
}
