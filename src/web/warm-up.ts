/**
 * What the first report of a server needs, done while its worker is idle after pairing the
 * corpus (issue 16: the cold first view of a pair page). compromise's one-file build (its
 * lexicon unpacked on load), the similarity lexicons (WordNet relations, news document
 * frequencies, capitalised words), the tables every analysis builds on first use and the pair
 * page's template are each made once per process and then kept; and one report of two short
 * made-up articles, drawn as a pair page and thrown away, runs every stage once, so V8 has
 * compiled them before a visitor asks. None of it changes a result (the warm-up report is kept
 * nowhere), and a first view asked for meanwhile waits for no more than it would have spent on
 * the same loading itself. On the loaded 2-core machine the first pair page after the home
 * page took 1.2–1.3 s of the worker's CPU without it.
 */
import type { Article } from '../model.js';
import { defaultIdf, isUsuallyCapitalised, relationsOf } from '../align/lexicon.js';
import { prepareArticle } from '../text/prepare-article.js';
import type { Workspace } from '../workspace.js';
import { compileTemplate, renderReportView } from './render-view.js';

/** Two made-up reports of one made-up event (written for this file): names, a quotation, reporting verbs, a date, a number. */
const texts = [
  'Mayor Ana Ruiz said on Tuesday that the city would close the old bridge for 90 days.\n\n“We cannot wait for it to fail,” Ruiz told reporters.\n\nCritics claimed the plan was rushed.',
  'The old bridge will shut for three months, Mayor Ana Ruiz announced Tuesday.\n\n“We cannot wait for it to fail,” she said, after engineers warned of cracks.\n\nShop owners fear losing customers.',
];

function madeUp(text: string, k: number): Article | null {
  const header = { id: `warm-up-${k}`, title: `warm-up ${k}`, outlet: null, source: null, url: null, published: '2024-03-05', language: 'en', eventDate: null, byline: null };
  const prepared = prepareArticle({ file: `warm-up-${k}.txt`, format: 'txt', header, body: text });
  return prepared.ok ? prepared.value : null;
}

/** Load the lexicons and the pair page's template, then report and draw two made-up articles once. */
export function warmUp(workspace: Workspace): void {
  relationsOf('');
  defaultIdf();
  isUsuallyCapitalised('');
  compileTemplate('pair');
  const [left, right] = texts.map(madeUp);
  if (!left || !right) return;
  const report = workspace.report(left, right);
  renderReportView(report, { kind: 'page', mode: 'aligned', base: '/compare/warm-up', articleLinks: { left: null, right: null }, notes: [] });
}
