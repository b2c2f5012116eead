/**
 * An archive's home page, a page at a time (`serve --store`, issue 17): one page of the pairs
 * the archive keeps, in the order they were found, grouped by relation, and one page of its
 * articles, with links to the pages beside it. Drawn from what the page read (its pairs, their
 * articles and the page of articles), never from the archive whole; stories are a folder's (they
 * need the whole corpus at once), so the pairs are listed by relation as a folder's outside a story.
 */
import type { Article, Pair, PairRelation } from '../../model.js';
import { relationWording, storyWording } from '../../report/wording/index.js';
import { pageWording } from '../../report/wording/pages.js';
import { articleCard } from './article.js';
import { pairCard, type HomeView, type PairGroup } from './home.js';

/** What one page of an archive read. */
export interface ArchivePage {
  /** The page, from 1. */
  page: number;
  /** Pairs and articles a page lists. */
  pageSize: number;
  /** The page's pairs, in the order they were found. */
  pairs: Pair[];
  /** The articles those pairs hold. */
  paired: Article[];
  /** The page's articles, in the archive's order. */
  articles: Article[];
  /** How many pairs the archive keeps, how many articles it holds and how many wait for pairing. */
  counts: { pairs: number; articles: number; waiting: number };
}

const relations: readonly PairRelation[] = ['same-event', 'related', 'duplicate', 'unrelated'];

/** The home page's view model of one page of an archive. */
export function archiveHomePage(p: ArchivePage): HomeView {
  const byId = new Map([...p.paired, ...p.articles].map((a) => [a.meta.id, a]));
  const first = (p.page - 1) * p.pageSize;
  // A pair whose article left the archive since it was read is left out, as a folder's home page does.
  const listed = p.pairs.map((pair, k) => ({ pair, k })).filter(({ pair }) => byId.has(pair.left) && byId.has(pair.right));
  const groups: PairGroup[] = relations
    .map((relation) => ({ relation, ...relationWording[relation], pairs: listed.filter(({ pair }) => pair.relation === relation).map(({ pair, k }) => pairCard(pair, byId, first + k)) }))
    .filter((g) => g.pairs.length > 0);
  const stretch = (of: number, n: number) => ({ from: first + 1, to: first + n, of });
  const last = Math.max(1, Math.ceil(Math.max(p.counts.pairs, p.counts.articles) / p.pageSize));
  return {
    articlesTitle: pageWording.home.articlesTitle(p.counts.articles),
    articles: p.articles.map((a) => ({ ...articleCard(a), pairs: '' })),
    stories: [],
    storiesTitle: pageWording.home.archivePairsTitle,
    storiesPlain: pageWording.home.pairsIntro,
    storyRelated: storyWording.related,
    groups,
    unpaired: [],
    notes: [],
    problems: [],
    pager: {
      summary: pageWording.home.archivePage(stretch(p.counts.pairs, p.pairs.length), stretch(p.counts.articles, p.articles.length), p.counts.waiting),
      prev: p.page > 1 ? `/?page=${Math.min(p.page - 1, last)}` : null,
      next: p.page < last ? `/?page=${p.page + 1}` : null,
    },
  };
}
