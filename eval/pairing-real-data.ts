/**
 * Real corpora for the pairing evaluation (`eval/pairing-real.ts`), each in two forms: bodies only
 * (no header at all: title, outlet and dates must come from the text) and with headers (title,
 * outlet and publication date as front matter would give them).
 *
 * - BASIL (Fan et al. 2019, github.com/launchnlp/BASIL; research use, read from `../shared/data`,
 *   never copied): 100 Fox/HuffPost/NYT triplets, one triplet one event, many triplets about the
 *   same people on different occasions. Triplets whose uuid starts with 0-b are dev; c-f are held
 *   out (measured only to report).
 * - The messy pages corpus in `test/fixtures/pairing-real/{dev,dev2,test2,test3}/` (see its README):
 *   real pages as the search tool returned them, chrome included, each folder with a `gold.json`.
 *   `dev2` was the held-out split until round 5 of issue 12, when its errors were looked into; it
 *   is now development data. `test2`, held out from round 5, had its errors looked into in round 6,
 *   so from round 9 it is development data too; `test3` is the held-out split built in round 9.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleHeader, RawArticle } from '../src/model.js';
import { parseFrontMatter } from '../src/io/front-matter.js';
import { dataDir } from './pairing-data.js';

/** One labelled article of a real corpus. */
export interface RealDoc {
  /** The article with its header. */
  withHeader: RawArticle;
  /** The same body with an empty header. */
  bodyOnly: RawArticle;
  /** The event it reports. */
  event: string;
  /** The names of the people and organisations its event is about (to count "same people, other occasion" merges). */
  people: string[];
  /** The day of its event, when the gold gives one (ISO), else null. */
  eventDate: string | null;
}

/** A real corpus split. */
export interface RealSplit {
  /** Its name in the printout. */
  name: string;
  /** Dev (tune and measure) or held out (report only). */
  split: 'dev' | 'test';
  /** The articles. */
  docs: RealDoc[];
}

const emptyHeader = (): ArticleHeader => ({ id: null, title: null, outlet: null, source: null, url: null, published: null, language: null, eventDate: null, byline: null });

const basilOutlets: Record<string, string> = { fox: 'Fox News', hpo: 'HuffPost', nyt: 'New York Times' };

/** BASIL's articles, dev (uuid 0-b) or held out (c-f); null when the data is absent. */
export function readBasil(split: 'dev' | 'test'): RealSplit | null {
  const root = join(dataDir, 'basil', 'articles');
  if (!existsSync(root)) return null;
  const docs: RealDoc[] = [];
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year)).sort()) {
      if (!file.endsWith('.json')) continue;
      const d = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as {
        title: string;
        date: string;
        url: string;
        source: string;
        'triplet-uuid': string;
        'main-entities': string[] | string;
        'body-paragraphs': string[][];
      };
      const held = /^[c-f]/i.test(d['triplet-uuid']);
      if (held !== (split === 'test')) continue;
      const body = d['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      const id = file.replace(/\.json$/, '');
      const header: ArticleHeader = { ...emptyHeader(), id, title: d.title, outlet: basilOutlets[d.source.toLowerCase()] ?? d.source, url: d.url, published: d.date, language: 'en' };
      const entities = Array.isArray(d['main-entities']) ? d['main-entities'] : [];
      docs.push({
        withHeader: { file: `${id}.txt`, format: 'txt', header, body },
        bodyOnly: { file: `${id}.txt`, format: 'txt', header: { ...emptyHeader(), id }, body },
        event: d['triplet-uuid'],
        people: entities,
        eventDate: null,
      });
    }
  }
  return { name: `BASIL ${split === 'dev' ? 'dev (0-b)' : 'held out (c-f)'}`, split, docs };
}

/** The gold of one pages folder (see its README): events with their articles, and pairs of related events. */
interface PagesGold {
  events: { id: string; date: string | null; articles: string[] }[];
  related: { events: [string, string] }[];
}

/** The folders of the pages corpus: three development splits and one held out. */
export type PagesFolder = 'dev' | 'dev2' | 'test2' | 'test3';

/**
 * The messy pages corpus folder `folder` under `root`; null when absent. Two
 * events listed as related (the same people a day to months apart) share a tag in `people`, so
 * merging them counts among the "same people" merges, as BASIL's shared main entities do.
 */
export function readPages(root: string, folder: PagesFolder): RealSplit | null {
  const dir = join(root, folder);
  const goldFile = join(dir, 'gold.json');
  if (!existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as PagesGold;
  const docs: RealDoc[] = [];
  for (const event of gold.events) {
    const tags = gold.related.filter((r) => r.events.includes(event.id)).map((r) => r.events.join('+'));
    for (const id of event.articles) {
      const file = `${id}.txt`;
      const { header, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
      docs.push({
        withHeader: { file, format: 'txt', header: { ...header, id, eventDate: null }, body },
        bodyOnly: { file, format: 'txt', header: { ...emptyHeader(), id }, body },
        event: event.id,
        people: tags,
        eventDate: event.date,
      });
    }
  }
  docs.sort((a, b) => a.withHeader.file.localeCompare(b.withHeader.file));
  const names: Record<PagesFolder, string> = {
    dev: 'pages dev',
    dev2: 'pages dev-2 (held out until round 5, errors since looked into)',
    test2: 'pages test2 (held out until round 8, errors since looked into)',
    test3: 'pages held out (test3)',
  };
  return { name: names[folder], split: folder === 'test3' ? 'test' : 'dev', docs };
}
