/**
 * `parallax pairs --store`: pair the articles added since the last run, each against the
 * archive as it stood when it was added (`store/archive-pairing.ts`), then list every pair the
 * archive keeps, a batch at a time, each with its evidence judged now (`store/pair-evidence.ts`),
 * or with `--verdicts` as kept (relation and score: nothing judged, what a large archive
 * lists in the time it takes to read them). `--again` forgets the pairs and pairs the whole archive.
 * Node holds one batch, never the archive.
 */
import { keepHeapTight } from '../../io/heap-growth.js';
import { openArchive, redactStore } from '../../io/open-store.js';
import { defaultSettings } from '../../pair/settings.js';
import { archivePairsText, archiveVerdictsText } from '../../render/text/archive-pairs.js';
import { pairNewArticles } from '../../store/archive-pairing.js';
import { candidateQuery } from '../../store/corpus-store.js';
import { CliError, columnsOf, type CliIO } from '../context.js';

/** Pair what is new in the archive at `url` and print its pairs (JSON Lines with `json`). */
export async function printArchivePairs(url: string, opts: { window: number; json?: boolean; again?: boolean; verdicts?: boolean }, io: CliIO): Promise<void> {
  const store = await openArchive(url).catch((err: Error) => {
    throw new CliError(err.message.replace(/^parallax: /, ''));
  });
  try {
    const growing = store.growing;
    if (!growing) throw new CliError(`the store ${redactStore(url)} keeps no pairs`);
    if (opts.again) await growing.forget();
    // Node's memory flat and low however large the archive (`heap-growth.ts`).
    keepHeapTight();
    const query = candidateQuery(defaultSettings, { windowDays: opts.window });
    const run = await pairNewArticles(growing.ledger, {
      query,
      settings: defaultSettings,
      progress: (r) => io.err(`parallax: paired ${r.compared} new articles (${r.candidates} candidates, ${r.pairs} pairs)\n`),
    });
    io.err(`parallax: ${run.compared} new articles paired against ${redactStore(url)}: ${run.candidates} candidates, ${run.judged} judged (${run.inFull} in full), ${run.pairs} pairs found\n`);
    if (opts.verdicts) {
      for await (const verdicts of growing.verdicts()) io.out(opts.json ? verdicts.map((v) => `${JSON.stringify(v)}\n`).join('') : archiveVerdictsText(verdicts));
      return;
    }
    const width = columnsOf(io);
    for await (const pairs of growing.pairs()) io.out(opts.json ? pairs.map((p) => `${JSON.stringify(p)}\n`).join('') : archivePairsText(pairs, width));
  } finally {
    await store.close();
  }
}
