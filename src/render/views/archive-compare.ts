/**
 * An archive's counterpart page (`serve --store`, issue 17): where an article's "bring a
 * counterpart" link and the site's compare link lead on an archive, which takes no uploads (it
 * is served read-only). With an article chosen it offers the archive's articles published
 * nearest the article's day, each a link to the pair's page, and a field for any other
 * article's id; without one, fields for two ids.
 */
import type { Article } from '../../model.js';
import { pageWording } from '../../report/wording/pages.js';
import { articleCard, type ArticleCard } from './article.js';

/** The page's view model. */
export interface ArchiveCompareView {
  /** The article a counterpart is sought for; null: none chosen yet (two ids asked for). */
  card: ArticleCard | null;
  /** Its id, sent back with the form ('' when none is chosen). */
  id: string;
  /** Articles published around the same days, each with the link to its comparison. */
  near: { card: ArticleCard; href: string }[];
  /** The page's words. */
  words: { title: string; lede: string; nearTitle: string; noneNear: string; firstLabel: string; otherLabel: string; submit: string };
}

/** The view model of the counterpart page of `article` (null: none chosen), with the archive's articles `near` it. */
export function archiveComparePage(article: Article | null, near: readonly Article[]): ArchiveCompareView {
  const w = pageWording.archiveCompare;
  const id = article?.meta.id ?? '';
  return {
    card: article && articleCard(article),
    id,
    near: near.map((a) => ({ card: articleCard(a), href: `/compare/${encodeURIComponent(id)}/${encodeURIComponent(a.meta.id)}` })),
    words: { title: w.title, lede: article ? w.lede(article.meta.title) : w.chooseLede, nearTitle: w.nearTitle, noneNear: w.noneNear, firstLabel: w.firstLabel, otherLabel: article ? w.idLabel : w.secondLabel, submit: w.submit },
  };
}
