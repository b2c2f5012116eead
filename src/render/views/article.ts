/**
 * View models for the article listing and the article page: plain data the ejs views only
 * loop over and print (STYLE.md, habit 10).
 */
import type { Article, Corpus, LoadProblem, Pairing } from '../../model.js';
import { relationWording, removalWording } from '../../report/wording/index.js';
import { pageWording } from '../../report/wording/pages.js';
import { formatDate } from '../format.js';
import { fullOutletName } from '../../text/outlet-name.js';

/** One article in a listing. */
export interface ArticleCard {
  /** Article id. */
  id: string;
  /** Link to its page. */
  href: string;
  /** Headline. */
  title: string;
  /** Outlet, with the real source where a site republishes another's story. */
  outlet: string;
  /** Publication date for people, e.g. "5 Feb 2021". */
  date: string;
  /** Word count. */
  words: number;
}

/** The listing card of an article. */
export function articleCard(a: Article): ArticleCard {
  const m = a.meta;
  return {
    id: m.id,
    href: `/articles/${encodeURIComponent(m.id)}`,
    title: m.title,
    outlet: m.outlet || m.source ? fullOutletName(m) : 'Unknown outlet',
    date: m.published ? formatDate(m.published) : 'date unknown',
    words: a.tokens.length,
  };
}

/** The problems a corpus had, for a notice on the home page. */
export function problemList(problems: readonly LoadProblem[]): { severity: string; message: string }[] {
  return problems.map((p) => ({ severity: p.severity, message: p.message }));
}

/** A paragraph of the article page. */
export interface ParagraphView {
  /** `heading` for subheads. */
  kind: 'body' | 'heading';
  /** The paragraph's text (escaped by the view). */
  text: string;
}

/** The article page. */
export interface ArticlePageView {
  /** The listing card (title, outlet, date, words). */
  card: ArticleCard;
  /** Metadata rows: label, value, and whether it was inferred from the text. */
  meta: { label: string; value: string; inferred: boolean; href: string | null }[];
  /** The clean text in paragraphs. */
  paragraphs: ParagraphView[];
  /** Removed chrome: the line, the reason in words, its offsets in the raw text. */
  removed: { text: string; reason: string; where: string }[];
  /** The pairs holding the article (empty while the pairing is computed: see `pairsPending`). */
  pairs: { href: string; relation: string; other: string }[];
  /** True while the corpus pairing is still being computed. */
  pairsPending: boolean;
  /** The compare form with this article chosen, for bringing a counterpart. */
  invite: string;
  /** The heading of the removed lines, with their count. */
  removedTitle: string;
}

/** The pairs of the pairing that hold an article, linked, the other article named (one pass over the pairs; cards only for the others). */
function pairsOf(a: Article, pairing: Pairing, corpus: Corpus): ArticlePageView['pairs'] {
  const mine = pairing.pairs.filter((p) => p.left === a.meta.id || p.right === a.meta.id);
  if (mine.length === 0) return [];
  const others = new Set(mine.map((p) => (p.left === a.meta.id ? p.right : p.left)));
  const titles = new Map(corpus.articles.filter((x) => others.has(x.meta.id)).map((x) => [x.meta.id, articleCard(x)]));
  return mine.flatMap((p) => {
    const other = titles.get(p.left === a.meta.id ? p.right : p.left);
    return other ? [{ href: `/compare/${encodeURIComponent(p.left)}/${encodeURIComponent(p.right)}`, relation: relationWording[p.relation].title, other: `${other.outlet}: ${other.title}` }] : [];
  });
}

/** The article page's view model; `pairing` is null while it is being computed. */
export function articlePage(a: Article, corpus: Corpus, pairing: Pairing | null): ArticlePageView {
  const m = a.meta;
  const inferred = (f: string) => (m.inferred as readonly string[]).includes(f);
  const rows: ArticlePageView['meta'] = [];
  const add = (label: string, value: string | null, field: string, href: string | null = null) => {
    if (value) rows.push({ label, value, inferred: inferred(field), href });
  };
  add('Outlet', m.outlet, 'outlet');
  add('Text from', m.source !== m.outlet ? m.source : null, 'source');
  add('Published', m.published ? formatDate(m.published, true) : null, 'published');
  add('Event date', m.eventDate ? formatDate(m.eventDate) : null, 'eventDate');
  add('By', m.byline, 'byline');
  add('Credits', m.credits, 'credits');
  add('Language', m.language, 'language');
  add('Address', m.url, 'url', m.url && /^https?:\/\//.test(m.url) ? m.url : null);
  add('File', m.file, 'file');
  return {
    card: articleCard(a),
    meta: rows,
    paragraphs: a.paragraphs.map((p) => ({ kind: p.kind, text: a.text.slice(p.span.start, p.span.end) })),
    removed: a.removed.map((r) => ({
      text: a.raw.slice(r.span.start, r.span.end),
      reason: removalWording[r.reason],
      where: `characters ${r.span.start}–${r.span.end}`,
    })),
    pairs: pairing ? pairsOf(a, pairing, corpus) : [],
    pairsPending: pairing === null,
    invite: `/compare?with=${encodeURIComponent(m.id)}`,
    removedTitle: pageWording.article.removedTitle(a.removed.length),
  };
}
