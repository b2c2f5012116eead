/**
 * `BASELINE=<checkout> npm run bench:report`: the report of this code and of another checkout
 * (say `main`, or a branch before a change), in one process, run by turns, so that both meet
 * the same load: on a machine shared with others a figure moves by half between two runs, a
 * ratio within one run far less (issue 16). Each side prepares the same paragraphs with its own
 * code; the two reports' JSON is compared, as a change made for speed must leave it unchanged.
 * The other checkout is imported from its `src/` through tsx (no build needed), as this one is.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Article, FramingReport } from '../../src/model.js';
import type { Workspace } from '../../src/workspace.js';

/** One size of the bench: its two articles, and the paragraphs they were prepared from (null for corpus articles). */
interface Size {
  name: string;
  left: Article;
  right: Article;
  runs: number;
  paragraphs: [string[], string[]] | null;
}

/** What is read of the other checkout. */
interface Side {
  label: string;
  ws: Workspace;
  pairs: [Article, Article][];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const digest = (report: FramingReport) => createHash('sha256').update(JSON.stringify(report)).digest('hex').slice(0, 12);

/** CPU milliseconds of `task` (this process: user + system) and its result. */
function cpuOf<T>(task: () => T): [number, T] {
  const used = process.cpuUsage();
  const out = task();
  const spent = process.cpuUsage(used);
  return [(spent.user + spent.system) / 1000, out];
}

/** The other checkout's workspace over its corpus, and the same sizes prepared by its code. */
async function openOther(checkout: string, sizes: readonly Size[]): Promise<Side> {
  const root = resolve(checkout);
  const { openWorkspaceAt } = (await import(`${root}/src/io/open-workspace.ts`)) as typeof import('../../src/io/open-workspace.js');
  const { benchArticle } = (await import(`${root}/bench/modules/bench-articles.ts`)) as typeof import('./bench-articles.js');
  const ws = await openWorkspaceAt(`${root}/corpus`, { cache: null });
  ws.pairing();
  const pairs = sizes.map((s): [Article, Article] => {
    if (!s.paragraphs) return [ws.article(s.left.meta.id)!, ws.article(s.right.meta.id)!];
    return [benchArticle(s.left.meta.id, s.paragraphs[0]), benchArticle(s.right.meta.id, s.paragraphs[1])];
  });
  return { label: checkout, ws, pairs };
}

/** Time both checkouts' reports by turns (fresh article objects each run) and print CPU medians, their ratio and whether the reports are the same. */
export async function compareWithBaseline(checkout: string, ours: Workspace, sizes: readonly Size[]): Promise<void> {
  const other = await openOther(checkout, sizes);
  const sides: Side[] = [other, { label: 'this checkout', ws: ours, pairs: sizes.map((s): [Article, Article] => [s.left, s.right]) }];
  console.log(`Baseline ${checkout} beside this checkout, by turns in one process, CPU medians (load average ${loadavg()[0]!.toFixed(1)}).`);
  for (const [k, size] of sizes.entries()) {
    const run = (side: Side) => cpuOf(() => side.ws.report({ ...side.pairs[k]![0] }, { ...side.pairs[k]![1] }));
    for (const side of sides) for (let w = 0; w < size.runs; w += 1) run(side);
    const times: number[][] = sides.map(() => []);
    const digests = sides.map(() => new Set<string>());
    for (let r = 0; r < size.runs; r += 1) {
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const s of order) {
        const [ms, report] = run(sides[s]!);
        times[s]!.push(ms);
        digests[s]!.add(digest(report));
      }
    }
    const [base, mine] = times.map(median) as [number, number];
    const same = digests[0]!.size === 1 && digests[1]!.size === 1 && [...digests[0]!][0] === [...digests[1]!][0];
    console.log(`${size.name} (${size.runs} runs each, load ${loadavg()[0]!.toFixed(1)}): baseline ${base.toFixed(0)} ms, this ${mine.toFixed(0)} ms, ratio ${(mine / base).toFixed(2)}; reports ${same ? 'the same' : `DIFFER (${[...digests[0]!].join(',')} / ${[...digests[1]!].join(',')})`}`);
  }
}
