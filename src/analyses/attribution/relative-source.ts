/**
 * "Jeb Bush and Chris Christie, who say the freshman senator…", "the U.S. Chamber of Commerce,
 * which is planning…": PolNeAR marks the relative pronoun as the source as written (train: 248
 * such sources went to the antecedent or to nothing), while the speaker is still the antecedent
 * the pronoun stands for. The source of a cue whose subject is a relative pronoun is that pronoun.
 */
import type { Article, Span } from '../../model.js';
import { tokensIn } from '../text-positions.js';
import { relativeSources } from '../../lexicons/reporting-verb-contexts.js';
import { isJoined, skipLeadIns } from './speaker-phrase.js';

const relatives = new Set(relativeSources);

/** The relative pronoun that is the subject of `cue`, as its source; else `source` unchanged. */
export function relativeSource(article: Article, cue: Span | null, source: Span | null): Span | null {
  if (!cue || (source && source.start >= cue.end)) return source;
  const first = tokensIn(article, cue).first;
  const sentence = article.sentences.find((s) => s.tokens.first <= first && first < s.tokens.end);
  if (!sentence || first >= article.tokens.length) return source;
  const j = skipLeadIns(article, first, sentence.tokens);
  if (j < sentence.tokens.first || !isJoined(article, j) || !relatives.has(article.tokens[j]!.norm)) return source;
  const span = article.tokens[j]!.span;
  return source && source.start >= span.start ? source : { start: span.start, end: span.end };
}
