/**
 * Saving an article a user brought into the corpus folder: a new file with a front-matter
 * header, written atomically under a name no other file has (nothing a user saved is lost).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleHeader, Result, SourceFormat } from '../model.js';
import { slugOf } from '../text/metadata.js';
import { formatOf } from './article-files.js';
import { writeFileAtomic } from './write.js';

/** What to save: the text as given, its format, and header fields the user filled in. */
export interface ArticleToSave {
  /** The article's text (for HTML, the page as uploaded). */
  content: string;
  /** `html` is saved as the page; anything else as text with a header. */
  format: SourceFormat;
  /** Header fields; `id` is chosen here. */
  header: ArticleHeader;
}

const quote = (value: string) => JSON.stringify(value);

/** The front matter for a header (only the fields that are set). */
function frontMatter(header: ArticleHeader): string {
  const lines = Object.entries({ id: header.id, title: header.title, outlet: header.outlet, source: header.source, url: header.url, published: header.published, language: header.language, event_date: header.eventDate, byline: header.byline })
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${quote(String(v))}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * Save into `dir` under a fresh name and id; resolves to the file name and id, or why not.
 * Callers in one process save one at a time (library.ts): the folder is listed, a free id
 * chosen and the file linked into place without another save in between.
 */
export async function saveArticle(dir: string, article: ArticleToSave, takenIds: ReadonlySet<string>): Promise<Result<{ file: string; id: string }>> {
  // An id is taken by a file of any article format: `talks.txt` and `talks.html` would both be "talks".
  const existing = new Set((await readdir(dir).catch(() => [] as string[])).flatMap((f) => (formatOf(f) ? [f.replace(/\.[^.]+$/, '')] : [])));
  // The headline as a slug, not as a file name: "U.S. talks" keeps the words after its periods.
  const base = slugOf((article.header.title ?? '').slice(0, 60)) || 'article';
  const ext = article.format === 'html' ? 'html' : 'txt';
  for (let n = 1; n < 1000; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    const file = `${id}.${ext}`;
    if (takenIds.has(id) || existing.has(id)) continue;
    // A page keeps its markup after the header, which holds its id and what the user typed.
    const content = frontMatter({ ...article.header, id }) + article.content;
    const written = await writeFileAtomic(join(dir, file), content);
    if (written.ok) return { ok: true, value: { file, id } };
    if (!written.error.endsWith('already exists')) return written;
  }
  return { ok: false, error: 'no free file name was found in the corpus folder' };
}
