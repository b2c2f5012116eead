/**
 * A corpus folder opened as a workspace: its articles, its `aliases.json` and its `pairs.json`.
 * A broken configuration file is reported as a problem and left out; the rest still works.
 */
import type { Corpus } from '../model.js';
import { embedArticles, type SentenceEmbedder } from '../align/embed.js';
import { mergeAliasTables } from '../analyses/actors/alias-table.js';
import { builtInAliases } from '../lexicons/aliases.js';
import { openWorkspace, type Workspace, type WorkspaceInput } from '../workspace.js';
import { readAliasTable } from './aliases.js';
import { loadCorpus } from './corpus.js';
import { readPairCuration } from './pairs.js';

/**
 * What a workspace over the folder is opened from, as plain data: the web app hands the same
 * input to its analysis worker, which opens its own workspace from it.
 */
export async function readWorkspaceInput(dir: string, embedder: SentenceEmbedder | null = null): Promise<Required<WorkspaceInput>> {
  const loaded = await loadCorpus(dir);
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
    embeddings: embedder ? await embedArticles(loaded.articles, embedder) : {},
  };
}

/** Load the folder's articles and configuration (and embed them, given a model) and open a workspace over them. */
export async function openWorkspaceAt(dir: string, embedder: SentenceEmbedder | null = null): Promise<Workspace> {
  return openWorkspace(await readWorkspaceInput(dir, embedder));
}
