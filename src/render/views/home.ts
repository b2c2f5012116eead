/**
 * The home page: the corpus; the stories Parallax found (articles reporting one event, with why,
 * the pairs inside each and links to related stories); related pairs with their warning and both
 * dates; a teacher's pairs the check does not find to be one event; and the articles no pair
 * holds, each with an invitation to bring a counterpart.
 */
import type { Article, Corpus, Pair, Pairing, PairRelation, Side } from '../../model.js';
import { storyHeading, storyWording } from '../../report/wording/index.js';
import { shortOutletName } from '../../text/outlet-name.js';
import { pageWording } from '../../report/wording/pages.js';
import { cut, q } from '../../report/words.js';
import { articleCard, problemList, type ArticleCard } from './article.js';
import { lessonLinks, type LessonLinks } from './lesson.js';

/** One pair on the home page. */
export interface PairCard {
  /** Anchor id ("pair-3"). */
  id: string;
  /** The pair page (aligned rows). */
  href: string;
  /** The pair page in side-by-side mode. */
  sideHref: string;
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

/** A story on the home page: its heading, why, articles, the pairs inside it and its related stories. */
export interface StoryCard {
  /** Anchor id. */
  id: string;
  /** "3 outlets on Antony Blinken, “written”, 26 Jan 2022". */
  heading: string;
  /** Why its articles are one story. */
  why: string[];
  /** Its articles. */
  members: ArticleCard[];
  /** The pairs inside it. */
  pairs: PairCard[];
  /** Related stories (other occasions), each with its anchor and both days. */
  related: { href: string; text: string }[];
}

/** A list of pairs outside any story, with its heading. */
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
  /** Stories of two articles or more, largest first; null while the pairing is being computed. */
  stories: StoryCard[] | null;
  /** Heading and intro of the stories. */
  storiesTitle: string;
  storiesPlain: string;
  /** What a link to a related story is headed by. */
  storyRelated: string;
  /** Related pairs, then other pairs (a teacher's that the check does not find to be one event). */
  groups: PairGroup[];
  /** Articles in no pair, each with the compare form preselecting it. */
  unpaired: { card: ArticleCard; invite: string }[];
  /** Corpus-level notes of the pairing. */
  notes: string[];
  /** Files that could not be used. */
  problems: { severity: string; message: string }[];
  /** An archive's page (`serve --store`): where this page lies among the archive's pairs and articles, and the links to the pages beside it. */
  pager?: Pager | undefined;
}

/** Where a page lies in a listing a page at a time, with links to the pages before and after it (null at either end). */
export interface Pager {
  /** "Pairs 51–100 of 2,130; articles 51–100 of 1,000". */
  summary: string;
  /** The page before. */
  prev: string | null;
  /** The page after. */
  next: string | null;
}

/** The card of one pair. */
export function pairCard(p: Pair, byId: ReadonlyMap<string, Article>, index: number): PairCard {
  const r = p.reasons;
  const href = `/compare/${encodeURIComponent(p.left)}/${encodeURIComponent(p.right)}`;
  return {
    id: `pair-${index + 1}`,
    href,
    sideHref: `${href}?view=side`,
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

/**
 * The home page's view model; `pairing` is null while it is being computed. Linear in the
 * articles, pairs and story members (issue 15, item 3: it is built on the request thread, and
 * visitors' saves can grow the corpus to its cap): counts and a story's pairs are looked up,
 * where a scan of every pair per article made it articles × pairs.
 */
export function homePage(corpus: Corpus, pairing: Pairing | null): HomeView {
  const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  // A pairing from before a reload may name articles no longer served: leave those out.
  const served = (ids: readonly string[]) => ids.every((id) => byId.has(id));
  const listed = (pairing?.pairs ?? []).map((p, i) => ({ p, i })).filter(({ p }) => served([p.left, p.right]));
  const counts = new Map<string, number>();
  for (const { p } of listed) for (const id of new Set([p.left, p.right])) counts.set(id, (counts.get(id) ?? 0) + 1);
  const count = (id: string) => counts.get(id) ?? 0;
  const listedAt = new Map(listed.map((x) => [x.i, x]));
  /** A story's pairs still served, in the pairing's order. */
  const pairsOf = (indices: readonly number[]) => [...new Set(indices)].sort((a, b) => a - b).flatMap((i) => (listedAt.has(i) ? [listedAt.get(i)!] : []));
  const outletOf = (id: string) => (byId.has(id) ? shortOutletName(byId.get(id)!.meta) : id);
  const all = pairing?.stories ?? [];
  const stories: StoryCard[] = all.flatMap((s, k) =>
    s.members.length > 1 && served(s.members)
      ? [{
          id: `story-${k + 1}`,
          heading: storyHeading(s, outletOf),
          why: s.why,
          members: s.members.map((id) => articleCard(byId.get(id)!)),
          pairs: pairsOf(s.pairs).map(({ p, i }) => pairCard(p, byId, i)),
          related: s.related.map((r) => ({ href: all[r.story]!.members.length > 1 ? `#story-${r.story + 1}` : `#pair-${r.pair + 1}`, text: storyWording.relatedLink(storyHeading(all[r.story]!, outletOf), s.dates[0]?.label ?? '?', all[r.story]!.dates[0]?.label ?? '?') })),
        }]
      : [],
  );
  const groups: PairGroup[] = [
    { relation: 'related' as const, title: storyWording.relatedTitle, plain: storyWording.relatedPlain },
    { relation: 'unrelated' as const, title: storyWording.otherTitle, plain: storyWording.otherPlain },
  ].map((g) => ({ ...g, pairs: listed.filter(({ p }) => p.relation === g.relation).map(({ p, i }) => pairCard(p, byId, i)) })).filter((g) => g.pairs.length > 0);
  return {
    articlesTitle: pageWording.home.articlesTitle(corpus.articles.length),
    articles: corpus.articles.map((a) => ({ ...articleCard(a), pairs: pairing ? pageWording.home.pairsOf(count(a.meta.id)) : '' })),
    stories: pairing ? stories : null,
    storiesTitle: storyWording.title,
    storiesPlain: storyWording.plain,
    storyRelated: storyWording.related,
    groups,
    unpaired: (pairing?.unpaired ?? [])
      .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
      .map((a) => ({ card: articleCard(a), invite: `/compare?with=${encodeURIComponent(a.meta.id)}` })),
    notes: pairing?.notes ?? [],
    problems: problemList(corpus.problems),
  };
}
