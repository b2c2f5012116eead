/**
 * Prepare labelled documents and pair them, as both pairing evaluations do: the articles,
 * each prepared article's document by id, the documents cleaning rejected, and the times.
 * Settings to try can be given as JSON in `PARALLAX_PAIR_SETTINGS` (an experiment, never a
 * figure to report: reported figures use the defaults).
 */
import type { Article, Pairing } from '../src/model.js';
import { pairArticles } from '../src/pair/pair-articles.js';
import type { PairSettings } from '../src/pair/settings.js';
import { prepareArticle } from '../src/pipeline.js';
import type { LabelledRaw } from './pairing-data.js';

/** One evaluation run. */
export interface PairingRun {
  articles: Article[];
  /** Article id → the document it was prepared from. */
  label: Map<string, LabelledRaw>;
  /** Cleaning's messages for the documents it refused. */
  rejected: string[];
  pairing: Pairing;
  prepareMs: number;
  pairMs: number;
}

/** Prepare and pair `docs`. */
export function runPairing(docs: readonly LabelledRaw[]): PairingRun {
  const articles: Article[] = [];
  const label = new Map<string, LabelledRaw>();
  const rejected: string[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const r = prepareArticle(d.raw);
    if (!r.ok) {
      rejected.push(r.error.message);
      continue;
    }
    articles.push(r.value);
    label.set(r.value.meta.id, d);
  }
  const t1 = performance.now();
  const settings = JSON.parse(process.env['PARALLAX_PAIR_SETTINGS'] ?? '{}') as Partial<PairSettings>;
  const pairing = pairArticles(articles, { settings });
  const t2 = performance.now();
  return { articles, label, rejected, pairing, prepareMs: t1 - t0, pairMs: t2 - t1 };
}
