/**
 * A small corpus for the store tests: fires in 24 towns, three reports each, published 9 days
 * apart town after town; each town has a later fire too, 150 days after the first (a related
 * occasion the window keeps apart). Reports share the words of fires and services across towns,
 * so candidates cross events and the top-terms cut and the window both matter.
 */
import type { Article, RawArticle } from '../../src/model.js';
import { emptyHeader } from '../../src/io/front-matter.js';
import { prepareArticle } from '../../src/pipeline.js';

const towns = ['Aberdeen', 'Bristol', 'Cardiff', 'Derby', 'Exeter', 'Falkirk', 'Gloucester', 'Hereford', 'Inverness', 'Jarrow', 'Kendal', 'Lincoln', 'Morpeth', 'Norwich', 'Oxford', 'Preston', 'Quorn', 'Reading', 'Salford', 'Truro', 'Ullapool', 'Ventnor', 'Walsall', 'Yarmouth'];
const verbs = ['destroyed', 'gutted', 'damaged'];

/** The ISO day `days` after 1 March 2023. */
const dayAfter = (days: number) => new Date(Date.UTC(2023, 2, 1 + days)).toISOString().slice(0, 10);

const raw = (body: string, file: string, published: string): RawArticle => ({ file, format: 'txt', header: { ...emptyHeader(), published }, body });

function article(r: RawArticle): Article {
  const prepared = prepareArticle(r);
  if (!prepared.ok) throw new Error(prepared.error.message);
  return prepared.value;
}

/** The raw articles, town after town. */
export function smallCorpusRaws(): RawArticle[] {
  return towns.flatMap((town, t) => [
    ...verbs.map((verb, k) =>
      raw(`A fire ${verb} the ${town} Mill on Mill Lane, the ${town} fire service said. ${t + 2} engines fought the blaze for ${t + 40} hours. Firefighters said the cause of the fire was not known.`, `${town.toLowerCase()}-${k}.txt`, dayAfter(9 * t + k)),
    ),
    raw(`A second fire ${verbs[t % 3]} a warehouse near the ${town} Mill, the ${town} fire service said. Firefighters said ${t + 3} engines fought the blaze.`, `${town.toLowerCase()}-later.txt`, dayAfter(9 * t + 150)),
  ]);
}

/** The articles, ids ascending as a folder loads them. */
export function smallCorpus(): Article[] {
  return smallCorpusRaws()
    .map(article)
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}
