/**
 * A corpus folder opened as a workspace: its articles, its `aliases.json` and its `pairs.json`.
 * A broken configuration file is reported as a problem and left out; the rest still works.
 */
import type { Corpus } from '../model.js';
import { embedArticles, type SentenceEmbedder } from '../align/embed.js';
import { mergeAliasTables } from '../analyses/actors/alias-table.js';
import { builtInAliases } from '../lexicons/aliases.js';
import type { Workspace, WorkspaceInput } from '../workspace.js';
import { readAliasTable } from './aliases.js';
import { loadCorpus, type LoadOptions } from './corpus.js';
import { readPairCuration } from './pairs.js';
import { openPreparedCache } from './prepared-cache.js';

/** How a folder is opened: the prepared-article cache, and a sentence-embedding model if any. */
export interface OpenOptions extends LoadOptions {
  /** Embed the corpus articles with this model (`--embeddings`); none by default. */
  embedder?: SentenceEmbedder | null;
}

/**
 * What a workspace over the folder is opened from, as plain data: the web app hands the same
 * input to its analysis worker, which opens its own workspace from it. Prepared articles come
 * from the disk cache (prepared-cache.ts) unless `options.cache` says otherwise.
 */
export async function readWorkspaceInput(dir: string, options: OpenOptions = {}): Promise<Required<WorkspaceInput>> {
  const loaded = await loadCorpus(dir, { cache: options.cache === undefined ? openPreparedCache() : options.cache });
  const problems = [...loaded.problems];
  const aliases = await readAliasTable(dir);
  if (!aliases.ok) problems.push(aliases.error);
  const curation = await readPairCuration(dir, loaded.articles.map((a) => a.meta.id));
  if (!curation.ok) problems.push(curation.error);
  const corpus: Corpus = { articles: loaded.articles, problems };
  return {
    corpus,
    aliases: aliases.ok ? mergeAliasTables(builtInAliases, aliases.value) : builtInAliases,
    curation: curation.ok ? curation.value : null,
    embeddings: options.embedder ? await embedArticles(loaded.articles, options.embedder) : {},
    candidates: null,
  };
}

/** Load the folder's articles and configuration (and embed them, given a model) and open a workspace over them. */
export async function openWorkspaceAt(dir: string, options: OpenOptions = {}): Promise<Workspace> {
  const input = await readWorkspaceInput(dir, options);
  // Loaded here, not at import: reading a corpus (the CLI's `articles`) needs no analyses.
  const { openWorkspace } = await import('../workspace.js');
  return openWorkspace(input);
}
