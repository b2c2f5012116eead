/**
 * The event check of two stored articles, reading their rows only (issue 17: `compare` and
 * `report` with `--store` no longer read the archive whole). A pair the archive keeps gets its
 * kept verdict with the evidence judged as `pairs` judges it (`pair-evidence.ts`); two articles
 * it did not pair are judged from outside (`verdict.ts`, standing `outside`, as a folder judges
 * two articles that are not a listed pair) with the document frequencies over the paired
 * articles as the archive stands now, each article's kept background, or for an article not
 * yet paired its background against the archive's first articles, as pairing computes it.
 */
import type pg from 'pg';
import type { Article, EventCheck, Pair } from '../../model.js';
import { listedCheck } from '../../pair/event-check.js';
import { archiveSampleSize, medianSimilarity } from '../../pair/background.js';
import { defaultSettings, type PairSettings } from '../../pair/settings.js';
import { cosine, vectorizeTerms, vocabularyFrom, type Vocabulary } from '../../pair/vectors.js';
import type { StoredProfile } from '../../store/corpus-store.js';
import { judgeInFull, pairKeys } from '../../store/pair-evidence.js';
import { backgroundsOf, keptPair, pairRowColumns, profilesOf, type PairRow } from './archive-ledger.js';

/** The event check of two stored articles (given whole: the caller has read them). */
export async function archiveCheck(pool: pg.Pool, left: Article, right: Article, settings: PairSettings = defaultSettings): Promise<EventCheck> {
  const client = await pool.connect();
  try {
    const ids = [left.meta.id, right.meta.id];
    const docOf = new Map((await client.query<{ id: string; doc: string }>('select id, doc from parallax_article where id = any($1::text[])', [ids])).rows.map((r) => [r.id, Number(r.doc)]));
    const missing = ids.filter((id) => !docOf.has(id));
    if (missing.length > 0) throw new Error(`parallax: the archive holds no article "${missing[0]}"`);
    const [l, r] = [docOf.get(left.meta.id)!, docOf.get(right.meta.id)!];
    const [early, late] = l < r ? [l, r] : [r, l];
    const articleOf = new Map([[l, left], [r, right]]);
    const profiles = await profilesOf(client, [early, late]);
    const backgrounds = await backgroundsOf(client, [early, late]);
    const kept = (await client.query<PairRow>(`select ${pairRowColumns} where p.left_doc = $1 and p.right_doc = $2`, [early, late])).rows[0];
    if (kept) {
      const side = (doc: string) => ({ profile: profiles.get(Number(doc))!, article: articleOf.get(Number(doc))!, background: backgrounds.get(Number(doc))! });
      const pair = keptPair(kept, side, settings);
      return listedCheck(pair, pair.left !== left.meta.id);
    }
    const mark = (await client.query<{ through: string; count: string }>('select through, count from parallax_paired')).rows[0] ?? { through: '0', count: '0' };
    // An article not yet paired is counted as the archive's next, as pairing will count it.
    const fresh = [early, late].filter((d) => d > Number(mark.through)).map((d) => new Set(profiles.get(d)!.terms.map(([k]) => k)));
    const size = Number(mark.count) + fresh.length;
    const known = async (keys: readonly string[]) =>
      new Map((await client.query<{ key: string; df: number }>('select t.key, d.df from parallax_df d join parallax_term t on t.id = d.term where t.key = any($1::text[])', [keys])).rows.map((x) => [x.key, x.df]));
    const dfOf = (df: ReadonlyMap<string, number>) => (k: string) => (df.get(k) ?? 0) + fresh.filter((terms) => terms.has(k)).length;
    const pairDf = dfOf(await known(pairKeys(profiles.get(early)!, profiles.get(late)!)));
    const vocab = vocabularyFrom(pairKeys(profiles.get(early)!, profiles.get(late)!), size, pairDf);
    const backgroundOf = async (doc: number) => backgrounds.get(doc) ?? (await sampleBackground(client, profiles.get(doc)!, doc, { size, dfOf, known }, settings));
    const [earlyBackground, lateBackground] = [await backgroundOf(early), await backgroundOf(late)];
    const side = (doc: number, background: number) => ({ profile: profiles.get(doc)!, article: articleOf.get(doc)!, background });
    const judged: Pair = judgeInFull(side(early, earlyBackground), side(late, lateBackground), vocab, settings);
    return { ...listedCheck(judged, judged.left !== left.meta.id), origin: 'ad-hoc' };
  } finally {
    client.release();
  }
}

/** What a background is weighed with: the archive's size and document frequencies as it stands. */
interface Weighing {
  size: number;
  dfOf: (df: ReadonlyMap<string, number>) => (key: string) => number;
  known: (keys: readonly string[]) => Promise<Map<string, number>>;
}

/** An article's background against the archive's first articles before it (pairing's sample), weighed as the archive stands. */
async function sampleBackground(client: pg.PoolClient, profile: StoredProfile, doc: number, weighing: Weighing, settings: PairSettings): Promise<number> {
  const first = (await client.query<{ doc: string }>('select doc from parallax_article where doc < $1 order by doc limit $2', [doc, archiveSampleSize])).rows.map((x) => Number(x.doc));
  const sample = await profilesOf(client, first);
  const keys = [...new Set([...profile.terms.map(([k]) => k), ...[...sample.values()].flatMap((p) => p.terms.map(([k]) => k))])];
  const vocab: Vocabulary = vocabularyFrom(keys, weighing.size, weighing.dfOf(await weighing.known(keys)));
  const own = vectorizeTerms(profile.terms, vocab, settings.factWeight);
  return medianSimilarity(first.map((d) => cosine(own, vectorizeTerms(sample.get(d)!.terms, vocab, settings.factWeight))));
}
