/**
 * The event check of any two articles against a paired corpus, without pairing it again: two
 * corpus articles get the verdict of their listed pair, or the verdict their stories give; an
 * article from outside (a web upload, a file on the command line) is weighed with the corpus's
 * document frequencies and its own background against an even sample of the corpus. Each check
 * costs the two articles and the sample, however large the corpus (issue 16).
 */
import type { Article, EventCheck, Evidence, Pair, Pairing } from '../model.js';
import { sameText, viewArticle, type ArticleView } from './article-view.js';
import { outsideBackground } from './background.js';
import type { PairSettings } from './settings.js';
import { judgePair } from './verdict.js';
import { cosine, intoVocabulary, pairVocabulary, vectorize, type SparseVector, type Vocabulary } from './vectors.js';

/** The event check of two articles. */
export type EventChecker = (left: Article, right: Article) => EventCheck;

/** What a paired corpus keeps for the checks: nothing per article but a number or two. */
export interface CheckerState {
  /** The corpus's articles, in pairing order. */
  articles: readonly Article[];
  /** Its pairing. */
  pairing: Pairing;
  /** Its vocabulary (document frequencies). */
  vocab: Vocabulary;
  /** The vectors an article from outside is compared with, by corpus index. */
  sample: ReadonlyMap<number, SparseVector>;
  /** Each article's background similarity. */
  backgrounds: Float64Array;
  /** Each article's story, or -1. */
  storyOf: Int32Array;
  /** Settings. */
  settings: PairSettings;
}

/** The event check of a listed pair, asked for left–right or right–left (`swapped`: asked right–left). */
export function listedCheck(pair: Pair, swapped: boolean): EventCheck {
  const flip = <T>(x: { left: T; right: T }) => (swapped ? { left: x.right, right: x.left } : x);
  const { relation, score, confidence, explanation, warning } = pair;
  return { relation, score, confidence, eventDates: flip(pair.eventDates), reasons: swapped ? flipReasons(pair.reasons) : pair.reasons, facts: flip(pair.facts), explanation, warning, origin: pair.origin };
}

/** Pair reasons with the two sides exchanged (a pair found as right–left, asked for as left–right). */
function flipReasons(r: Pair['reasons']): Pair['reasons'] {
  const side = (e: Evidence): Evidence => ({ ...e, side: e.side === 'left' ? 'right' : 'left' });
  const maybe = (e: Evidence | null) => (e ? side(e) : null);
  return {
    sharedTerms: r.sharedTerms.map((t) => ({ ...t, left: maybe(t.right), right: maybe(t.left) })),
    sharedActors: r.sharedActors.map((a) => ({ ...a, left: maybe(a.right), right: maybe(a.left) })),
    sharedQuotes: r.sharedQuotes.map((q) => ({ ...q, left: side(q.right), right: side(q.left) })),
  };
}

/** The event checker of a paired corpus. */
export function eventChecker(state: CheckerState): EventChecker {
  const index = new Map(state.articles.map((a, i) => [a.meta.id, i]));
  const inCorpus = (a: Article) => {
    const i = index.get(a.meta.id);
    return i !== undefined && state.articles[i] === a ? i : -1;
  };
  const listed = new Map(state.pairing.pairs.map((p) => [`${p.left}\u0000${p.right}`, p]));
  const { settings } = state;

  return (leftArticle, rightArticle) => {
    const ends = [inCorpus(leftArticle), inCorpus(rightArticle)] as const;
    if (ends[0] >= 0 && ends[1] >= 0) {
      const [l, r] = [leftArticle.meta.id, rightArticle.meta.id];
      const pair = listed.get(`${l}\u0000${r}`) ?? listed.get(`${r}\u0000${l}`);
      if (pair) return listedCheck(pair, pair.left !== l);
    }
    const views = [viewArticle(leftArticle), viewArticle(rightArticle)] as [ArticleView, ArticleView];
    const outside = ends.map((i) => i < 0);
    const vocab = outside.some(Boolean) ? pairVocabulary(state.vocab, views.map((v) => v.profile), outside) : state.vocab;
    for (const v of views) v.vector = vectorize(v.profile, vocab, settings.factWeight);
    const background = (k: 0 | 1) => {
      const i = ends[k];
      if (i >= 0) return state.backgrounds[i]!;
      const partner = ends[k === 0 ? 1 : 0];
      const sample = [...state.sample].filter(([j]) => j !== partner).map(([, v]) => v);
      return outsideBackground(intoVocabulary(views[k].vector, vocab, state.vocab), sample);
    };
    const standing = outside.some(Boolean) ? 'outside' : state.storyOf[ends[0]]! !== -1 && state.storyOf[ends[0]] === state.storyOf[ends[1]] ? 'together' : 'apart';
    const input = {
      left: views[0],
      right: views[1],
      score: cosine(views[0].vector, views[1].vector),
      background: (background(0) + background(1)) / 2,
      standing,
      sameText: sameText(views[0], views[1]),
      forced: null,
    } as const;
    return { ...judgePair(input, { vocab, settings }), origin: 'ad-hoc' };
  };
}
