/** One article file's bytes to a prepared article: the work the corpus loader caches. */
import type { SourceFormat } from '../model.js';
import { prepareArticle } from '../text/prepare-article.js';
import type { FileOutcome } from './prepared-cache.js';
import { readArticle } from './read-article.js';

/** What one file's bytes give: read (header, HTML), then cleaned and segmented. */
export function prepareFile(file: string, bytes: Uint8Array, format: SourceFormat): FileOutcome {
  try {
    return prepareChecked(file, bytes, format);
  } catch (err) {
    // A file that breaks a reader is skipped with its name, like any other bad file: the rest
    // of the corpus still loads (issue 15, item 2: one page made `articles` and `serve` exit 1).
    const why = (err as Error).message.replace(/^parallax: /, '').split('\n')[0];
    return { problems: [{ file, severity: 'error', code: 'unreadable', message: `${file} could not be read (${why})` }], article: null };
  }
}

function prepareChecked(file: string, bytes: Uint8Array, format: SourceFormat): FileOutcome {
  const read = readArticle(file, bytes, format);
  if (!read.ok) return { problems: [read.error], article: null };
  const prepared = prepareArticle(read.value.raw);
  if (!prepared.ok) return { problems: [...read.value.warnings, prepared.error], article: null };
  return { problems: read.value.warnings, article: prepared.value };
}
