/** The report stage: the pair's sections, findings and notices joined into one plain-data report. */
import type { Article, FramingReport, ReportArticle } from '../model.js';
import type { PairContext, Sections } from '../analyses/registry.js';
import { findFindings } from './findings/index.js';
import { findNotices } from './notices.js';
import { rankFindings } from './ranking/rank-findings.js';

/** An article as a report carries it. */
function reportArticle(a: Article): ReportArticle {
  return {
    meta: a.meta,
    text: a.text,
    paragraphs: a.paragraphs,
    sentences: a.sentences.map((s) => ({ span: s.span, paragraph: s.paragraph })),
    words: a.tokens.length,
  };
}

/** Join the context and the analyses' sections into the report. */
export function buildReport(ctx: PairContext, sections: Sections): FramingReport {
  const body = {
    version: 1 as const,
    articles: { left: reportArticle(ctx.left.article), right: reportArticle(ctx.right.article) },
    event: ctx.event,
    alignment: ctx.alignment,
    actors: ctx.actors,
    ...sections,
  };
  const { findings, ranking } = rankFindings(body, findFindings(body));
  return { ...body, findings, ranking, notices: findNotices(body) };
}
