/**
 * What `parallax report` does (its options: commands/report.ts). Files are written atomically
 * and never replace an existing file without --force; with --all, every existing file is named
 * before anything is written, so a refused run leaves the folder as it was.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { FramingReport, Pair } from '../../model.js';
import { closePdfPrinter, printPdf } from '../../io/pdf.js';
import { writeFileAtomic } from '../../io/write.js';
import { editions, indexEntry, renderHtmlReport, renderIndexHtml, renderJson, renderMarkdown, type Edition, type IndexEntry, type IndexFile } from '../../render/report/index.js';
import { CliError, type CliIO } from '../context.js';
import type { Format, ReportOptions as Options } from '../commands/report.js';
import { archiveComparison, comparable, keptReport } from './compare.js';
import { embedderFor, embedPair } from './embeddings.js';
import { archiveArticle, archiveOf, findArticle, openCorpus, withArchive } from './open-corpus.js';

const byExtension: Record<string, Format> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.pdf': 'pdf' };

/** One edition of a report in one format. */
async function render(report: FramingReport, format: Format, edition: Edition, opts: Options): Promise<string | Uint8Array> {
  if (format === 'md') return renderMarkdown(report, { edition, texts: opts.texts, appendix: opts.appendix });
  if (format === 'json') return renderJson(report);
  const html = renderHtmlReport(report, { edition, texts: opts.texts, appendix: opts.appendix, paper: format === 'pdf' ? opts.paper : null });
  if (format === 'html') return html;
  const printed = await printPdf(html, opts.paper);
  // The browser is shared by the prints of one run; it closes once the run has printed (a
  // PDF's print is the last step of writeOne, and writeAll closes it after its last pair).
  if (!opts.all || !printed.ok) await closePdfPrinter();
  if (!printed.ok) throw new CliError(printed.error);
  return printed.value;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Write a file, or fail with the reason and what to do. */
async function write(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  if (!force && (await exists(path))) throw new CliError(`${path} already exists: use --force to replace it`);
  const written = await writeFileAtomic(path, data, force);
  if (!written.ok) throw new CliError(`cannot write the report: ${written.error}`);
}

/** The folder of --all, made if its parent exists (a mistyped parent is an error, not a new tree). */
async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await stat(dir)).isDirectory()) return;
    const why = code === 'ENOENT' ? 'its parent folder does not exist' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of the path is a file, not a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (code ?? (err as Error).message);
    throw new CliError(`cannot write to the folder ${dir}: ${why}`);
  }
}

/** The files --all writes for a pair: the report, and for md/html/pdf its teacher's guide and worksheet (JSON is data, so those come as HTML). */
function filesOf(pair: Pick<Pair, 'left' | 'right'>, format: Format): (IndexFile & { format: Format })[] {
  return editions.map((edition) => {
    const f: Format = format === 'json' && edition !== 'report' ? 'html' : format;
    return { edition, format: f, href: `${pair.left}-${pair.right}${edition === 'report' ? '' : `.${edition}`}.${f}` };
  });
}

/** Progress on stderr: a bar redrawn in place on a terminal, a line per pair otherwise. */
function progress(io: CliIO, total: number): (done: number, label: string) => void {
  const width = 24;
  return (done, label) => {
    if (!io.isTTY) return io.err(`parallax: [${done}/${total}] ${label}\n`);
    const full = Math.round((done / Math.max(total, 1)) * width);
    io.err(`\r[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${done}/${total} ${label}`.padEnd(72) + (done === total ? '\n' : ''));
  };
}

/** Write every pair's report, teacher's guide and worksheet, and index.html. */
export async function writeAll(opts: Options, io: CliIO): Promise<void> {
  if (!opts.out) throw new CliError('--all needs --out DIR: the folder to write the reports and index.html into', 2);
  const format = opts.format ?? 'html';
  const url = archiveOf(opts);
  if (url) return writeAllOfArchive(url, format, opts, io);
  const ws = await openCorpus(opts, io, await embedderFor(opts.embeddings, io));
  const dir = resolve(opts.out);
  await ensureFolder(dir);
  const { pairs, unpaired } = ws.pairing();
  const planned = [...pairs.flatMap((p) => filesOf(p, format).map((f) => f.href)), 'index.html'].map((name) => join(dir, name));
  if (!opts.force) {
    const taken = (await Promise.all(planned.map(async (p) => ((await exists(p)) ? basename(p) : null)))).filter((p) => p !== null);
    if (taken.length) throw new CliError(`${taken.length} of the files to write already exist in ${dir} (${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ', …' : ''}): use --force to replace them`);
  }
  const show = progress(io, pairs.length);
  const entries: IndexEntry[] = [];
  // The paired articles' tags and compromise's answers from earlier runs (io/nlp-cache.ts), kept again after.
  const reported = [...new Set(pairs.flatMap((p) => [p.left, p.right]))].map((id) => ws.article(id)!);
  const { openNlpCache } = await import('../../io/nlp-cache.js');
  const kept = openNlpCache();
  await kept?.load(reported);
  try {
    for (const [i, pair] of pairs.entries()) {
      const report = ws.reportByIds(pair.left, pair.right)!;
      const files = filesOf(pair, format);
      for (const f of files) await write(join(dir, f.href), await render(report, f.format, f.edition, opts), Boolean(opts.force));
      entries.push(indexEntry(report, files));
      show(i + 1, `${pair.left}-${pair.right}: ${files.map((f) => f.href).join(', ')}`);
    }
  } finally {
    await closePdfPrinter();
  }
  await kept?.save(reported);
  await write(join(dir, 'index.html'), renderIndexHtml(entries, unpaired), Boolean(opts.force));
  io.err(`parallax: wrote ${planned.length} files to ${dir} (open index.html)\n`);
}

/**
 * Every kept pair of an archive, read from it a page at a time (`ArchivePairs.pairs`), each
 * report from its two articles alone (`store/store-report.ts`); the files already there are
 * named from the pairs' verdicts, read a page at a time too, before anything is written.
 */
async function writeAllOfArchive(url: string, format: Format, opts: Options, io: CliIO): Promise<void> {
  const dir = resolve(opts.out!);
  const embedder = await embedderFor(opts.embeddings, io);
  const { storeReport } = await import('../../store/store-report.js');
  const { listedCheck } = await import('../../pair/event-check.js');
  await withArchive(url, async (store) => {
    const archive = store.growing!;
    const waiting = await archive.waiting();
    if (waiting > 0) io.err(`parallax: ${waiting} articles of the archive are not paired yet (parallax pairs --store … pairs them); their pairs are not written\n`);
    await ensureFolder(dir);
    let total = 0;
    const taken: string[] = [];
    for await (const page of archive.verdicts()) {
      total += page.length;
      if (opts.force) continue;
      for (const v of page) for (const f of filesOf(v, format)) if (await exists(join(dir, f.href))) taken.push(f.href);
    }
    if (!opts.force && (await exists(join(dir, 'index.html')))) taken.push('index.html');
    if (taken.length) throw new CliError(`${taken.length} of the files to write already exist in ${dir} (${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ', …' : ''}): use --force to replace them`);
    const show = progress(io, total);
    const entries: IndexEntry[] = [];
    let done = 0;
    try {
      for await (const page of archive.pairs(100)) {
        for (const pair of page) {
          const [left, right] = [comparable(await archiveArticle(store, pair.left)), comparable(await archiveArticle(store, pair.right))];
          const report = await storeReport(store, left, right, { event: listedCheck(pair, false), embeddings: await embedPair(embedder, left, right) });
          const files = filesOf(pair, format);
          for (const f of files) await write(join(dir, f.href), await render(report, f.format, f.edition, opts), Boolean(opts.force));
          entries.push(indexEntry(report, files));
          show(++done, `${pair.left}-${pair.right}: ${files.map((f) => f.href).join(', ')}`);
        }
      }
    } finally {
      await closePdfPrinter();
    }
    const unpaired: string[] = [];
    for await (const ids of archive.unpaired()) unpaired.push(...ids);
    await write(join(dir, 'index.html'), renderIndexHtml(entries, unpaired), Boolean(opts.force));
    io.err(`parallax: wrote ${done * editions.length + 1} files to ${dir} (open index.html)\n`);
  });
}

/** Write one report (to a file or stdout). */
export async function writeOne(a: string | undefined, b: string | undefined, opts: Options, io: CliIO): Promise<void> {
  if (!a || !b) throw new CliError('give two article ids (parallax report A B), or --all --out DIR for every pair', 2);
  const format = opts.format ?? (opts.out ? byExtension[extname(opts.out).toLowerCase()] : undefined) ?? 'md';
  if (format === 'pdf' && !opts.out) throw new CliError('a PDF cannot go to the terminal: give --out FILE.pdf', 2);
  if (format === 'json' && opts.edition !== 'report') throw new CliError('JSON is the report’s data; the teacher and worksheet editions are md, html or pdf', 2);
  const embedder = await embedderFor(opts.embeddings, io);
  const url = archiveOf(opts);
  let report: FramingReport;
  if (url) report = await archiveComparison(url, [a, b], embedder);
  else {
    const ws = await openCorpus(opts, io);
    const [left, right] = [comparable(findArticle(ws.corpus, a)), comparable(findArticle(ws.corpus, b))];
    report = await keptReport(ws, left, right, await embedPair(embedder, left, right));
  }
  const data = await render(report, format, opts.edition, opts);
  if (opts.out) await write(resolve(opts.out), data, Boolean(opts.force));
  else io.out(data as string);
}

