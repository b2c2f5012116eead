/**
 * The analyst of an archive (`serve --store`, issue 17): a pair's report from what it needs —
 * the two articles, their kept pair or check, their words' document frequencies
 * (`store/store-report.ts`) — drawn as the folder's analyst draws it (render-view.ts). It runs
 * on the server's thread: the archive's connection pool is there, and a worker of the folder's
 * pool opens a whole workspace, which an archive is not. So a pair being computed holds the
 * other requests for its duration (a second or two for two news articles); the archive's pages
 * are read from the database and wait behind it. Uploads and saving are a folder's: refused.
 */
import type { Article, FramingReport } from '../model.js';
import type { CorpusStore } from '../store/corpus-store.js';
import { storeReport } from '../store/store-report.js';
import { AnalysisError, type Analyst, type ArticleRef } from './analyst.js';
import { Lru } from './lru.js';
import { defaultViewLimits, drawWithin, type ViewLimits } from './render-view.js';

/** An analyst answering from an archive; `viewLimits` as the folder's (default `defaultViewLimits`). */
export function archiveAnalyst(store: CorpusStore, viewLimits: ViewLimits = defaultViewLimits): Analyst {
  // The reports of the last pairs shown, so a page's other views (a lesson, a format) are drawn without computing it again.
  const reports = new Lru<Promise<FramingReport | null>>(16, 16);
  const articleOf = async (ref: ArticleRef): Promise<Article | null> => {
    if (ref.kind === 'given') return ref.article;
    if (ref.kind === 'corpus') return store.article(ref.id);
    throw new AnalysisError('parallax: an archive compares its own articles; uploads are compared on a folder', 'failed');
  };
  const reportOf = (key: string | null, left: ArticleRef, right: ArticleRef): Promise<FramingReport | null> => {
    const known = key === null ? undefined : reports.get(key);
    if (known) return known;
    const made = (async () => {
      const [a, b] = await Promise.all([articleOf(left), articleOf(right)]);
      return a && b ? storeReport(store, a, b) : null;
    })().catch((err: unknown) => {
      throw err instanceof AnalysisError ? err : new AnalysisError((err as Error).message, 'failed');
    });
    if (key !== null) {
      reports.set(key, made, 1);
      made.catch(() => reports.get(key) === made && reports.delete(key));
    }
    return made;
  };
  const readOnly = () => Promise.reject(new AnalysisError('parallax: an archive is served read-only', 'failed'));
  return {
    pairing: () => Promise.reject(new AnalysisError('parallax: an archive is paired by `parallax pairs --store`, not by the server', 'failed')),
    report: (left, right) => reportOf(null, left, right),
    render: async (key, left, right, view) => {
      const report = await reportOf(key, left, right);
      return report && drawWithin(report, view, viewLimits);
    },
    read: readOnly,
    reset: () => undefined,
    add: readOnly,
    warmUp: () => undefined,
    close: async () => undefined,
  };
}
