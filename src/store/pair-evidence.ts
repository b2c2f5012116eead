/**
 * A kept pair judged in full, with its reasons and evidence (`pair/verdict.ts`), as the archive
 * stood when its later article was added: the pair's vocabulary (its two articles' terms with
 * their document frequencies then, which the archive keeps with the pair), its background, the
 * stored event dates. Pairing judges in full only what the profiles cannot tell
 * (`stored-verdict.ts`); the other pairs are judged here when they are shown.
 */
import type { Article, Pair } from '../model.js';
import { sameText, viewArticle, type ArticleView } from '../pair/article-view.js';
import type { PairSettings } from '../pair/settings.js';
import { judgePair } from '../pair/verdict.js';
import { cosine, vectorize, vocabularyFrom, type Vocabulary } from '../pair/vectors.js';
import type { StoredProfile } from './corpus-store.js';

/** One side of a pair: its stored profile, its article and its background. */
export interface PairSide {
  profile: StoredProfile;
  article: Article;
  background: number;
}

/** A pair's vocabulary as the archive keeps it: the archive's size then, and each term's document frequency, in the vocabulary's order. */
export interface KeptVocabulary {
  size: number;
  df: readonly number[];
}

/** The vocabulary's terms: the earlier article's, then the later's not used by the earlier, each once. */
export function pairKeys(left: StoredProfile, right: StoredProfile): string[] {
  return [...new Set([...left.terms.map(([k]) => k), ...right.terms.map(([k]) => k)])];
}

/** The pair's vocabulary from what the archive keeps. */
export function keptVocabulary(left: StoredProfile, right: StoredProfile, kept: KeptVocabulary): Vocabulary {
  const keys = pairKeys(left, right);
  if (keys.length !== kept.df.length) throw new Error(`parallax: the archive keeps ${kept.df.length} document frequencies for the pair ${left.id} ${right.id}, whose articles use ${keys.length} terms`);
  const df = new Map(keys.map((k, i) => [k, kept.df[i]!]));
  return vocabularyFrom(keys, kept.size, (k) => df.get(k)!);
}

/** The event check of an article from outside (the later, `right`) with an earlier one (`left`), in full. */
export function judgeInFull(left: PairSide, right: PairSide, vocab: Vocabulary, settings: PairSettings): Pair {
  const view = (side: PairSide): ArticleView => {
    const v = viewArticle(side.article, side.profile.dates);
    return { ...v, vector: vectorize(v.profile, vocab, settings.factWeight) };
  };
  const [l, r] = [view(left), view(right)];
  const input = { left: l, right: r, score: cosine(l.vector, r.vector), background: (right.background + left.background) / 2, standing: 'outside', sameText: sameText(l, r), forced: null } as const;
  const judged = judgePair(input, { vocab, settings });
  return { ...judged, left: l.article.meta.id, right: r.article.meta.id, origin: 'found', story: null };
}
