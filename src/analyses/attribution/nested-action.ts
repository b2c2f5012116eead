/** Participles that report no speech of their own: they stand inside what another verb reports. */
import type { Article } from '../../model.js';
import type { VerbUse } from './find-reporting-verbs.js';
import { reasonPrepositions } from '../../lexicons/reporting-verbs-speakers.js';

const reasons = new Set(reasonPrepositions);

/** An -ing form right after "for": the act someone is blamed or praised for ("took criticism for rejecting…"), not speech reported. */
export function actionForWhich(article: Article, use: VerbUse): boolean {
  if (use.form.shape !== 'ing' || use.token - 1 < article.sentences[use.sentence]!.tokens.first) return false;
  const before = article.tokens[use.token - 1]!;
  return reasons.has(before.norm) && /^\s+$/u.test(article.text.slice(before.span.end, article.tokens[use.token]!.span.start));
}

/**
 * A participle inside what an earlier verb of its sentence reports, taking a plain object: in
 * "the US and NATO have said publicly -- that they will uphold NATO's policy, rejecting Moscow's
 * demands" (CNN, seeds 002–003) the rejecting is part of what was said, an act reported by the
 * source, not the outlet's verb for anyone. A participle that itself introduces speech ("…
 * that the US had consulted allies, saying at a briefing, “…”" or "…, adding that…") is kept.
 */
export function nestedAction(article: Article, use: VerbUse, earlier: readonly VerbUse[]): boolean {
  if (use.form.shape !== 'ing') return false;
  const before = earlier.filter((e) => e.sentence === use.sentence && e.token < use.token).at(-1);
  if (!before) return false;
  let that = false;
  for (let i = before.end; i < use.token; i += 1) if (article.tokens[i]!.norm === 'that') that = true;
  if (!that) return false;
  const range = article.sentences[use.sentence]!.tokens;
  if (use.end >= range.end) return false;
  // Speech of its own: a quotation or colon later in the sentence, or "that" right after the verb or its person ("telling reporters that").
  if (/[:"“”]|''/u.test(article.text.slice(article.tokens[use.end - 1]!.span.end, article.sentences[use.sentence]!.span.end))) return false;
  return ![use.end, use.end + 1].some((i) => i < range.end && ['that', 'whether', 'how', 'why', 'what'].includes(article.tokens[i]!.norm));
}
