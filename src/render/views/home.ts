/**
 * The home page: the corpus, the pairs Parallax found grouped by relation with their reasons
 * (a `related` pair with its warning and both dates), and the articles no pair holds, each
 * with an invitation to bring a counterpart.
 */
import type { Article, Corpus, Pair, Pairing, PairRelation, Side } from '../../model.js';
import { relationWording } from '../../report/wording/index.js';
import { pageWording } from '../../report/wording/pages.js';
import { cut, q } from '../../report/words.js';
import { articleCard, problemList, type ArticleCard } from './article.js';
import { lessonLinks, type LessonLinks } from './lesson.js';

/** One pair on the home page. */
export interface PairCard {
  /** The pair page. */
  href: string;
  /** Left then right: the article, and the day it says the event happened. */
  sides: { side: Side; card: ArticleCard; eventDate: string }[];
  /** How sure Parallax is of the pair, in words. */
  figures: string;
  /** The warning (different occasions, duplicates), or null. */
  warning: string | null;
  /** Quotations both carry, quoted. */
  quotes: string[];
  /** Names both use. */
  actors: string[];
  /** Key words both use. */
  terms: string[];
  /** The reasons in words. */
  explanation: string[];
  /** The pair's lesson: the teacher's guide and the worksheet, each a page and a PDF. */
  lessons: LessonLinks;
}

/** The pairs of one relation. */
export interface PairGroup {
  /** The relation, for styling. */
  relation: PairRelation;
  /** Its heading. */
  title: string;
  /** What it means. */
  plain: string;
  /** The pairs. */
  pairs: PairCard[];
}

/** The home page. */
export interface HomeView {
  /** Heading of the article list, with the count. */
  articlesTitle: string;
  /** Articles with how many pairs hold each (empty while the pairing is computed). */
  articles: (ArticleCard & { pairs: string })[];
  /** Pair groups, same event first; null while the pairing is being computed. */
  groups: PairGroup[] | null;
  /** Articles in no pair, each with the compare form preselecting it. */
  unpaired: { card: ArticleCard; invite: string }[];
  /** Corpus-level notes of the pairing. */
  notes: string[];
  /** Files that could not be used. */
  problems: { severity: string; message: string }[];
}

const relations: PairRelation[] = ['same-event', 'related', 'duplicate'];

/** The card of one pair. */
function pairCard(p: Pair, byId: ReadonlyMap<string, Article>): PairCard {
  const r = p.reasons;
  const href = `/compare/${encodeURIComponent(p.left)}/${encodeURIComponent(p.right)}`;
  return {
    href,
    sides: (['left', 'right'] as const).map((side) => ({ side, card: articleCard(byId.get(p[side])!), eventDate: pageWording.home.eventOn(p.eventDates[side].label) })),
    figures: pageWording.home.sureness(p.confidence),
    warning: p.warning,
    quotes: r.sharedQuotes.map((x) => q(cut(x.text, 120))),
    actors: r.sharedActors.map((a) => (a.otherName ? `${a.name} / ${a.otherName}` : a.name)),
    terms: r.sharedTerms.map((t) => t.surface),
    explanation: p.explanation,
    lessons: lessonLinks(href),
  };
}

/** The home page's view model; `pairing` is null while it is being computed. */
export function homePage(corpus: Corpus, pairing: Pairing | null): HomeView {
  const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  // A pairing from before a reload may name articles no longer served: leave those out.
  const pairs = (pairing?.pairs ?? []).filter((p) => byId.has(p.left) && byId.has(p.right));
  const count = (id: string) => pairs.filter((p) => p.left === id || p.right === id).length;
  return {
    articlesTitle: pageWording.home.articlesTitle(corpus.articles.length),
    articles: corpus.articles.map((a) => ({ ...articleCard(a), pairs: pairing ? pageWording.home.pairsOf(count(a.meta.id)) : '' })),
    groups: pairing
      ? relations
          .map((relation) => ({ relation, ...relationWording[relation], pairs: pairs.filter((p) => p.relation === relation).map((p) => pairCard(p, byId)) }))
          .filter((g) => g.pairs.length)
      : null,
    unpaired: (pairing?.unpaired ?? [])
      .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
      .map((a) => ({ card: articleCard(a), invite: `/compare?with=${encodeURIComponent(a.meta.id)}` })),
    notes: pairing?.notes ?? [],
    problems: problemList(corpus.problems),
  };
}
