/**
 * Front matter: a `---` block of `key: value` lines at the top of a `.txt` or `.md` article,
 * read as YAML with the failsafe schema (every value is text, so `id: 002` stays "002" and a
 * date stays as written): folded and literal blocks (`title: >-`), quoted values and comments
 * (`published: 2022-01-26 # checked`) work as in YAML.
 *
 * Each field is read on its own, so one broken field costs that field only, and a one-line
 * value that YAML refuses (`title: Ukraine crisis: talks stall`, a colon YAML would want quoted)
 * is taken as written, as before YAML was used. Every problem is a warning naming the field.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { ArticleHeader } from '../model.js';
import { parseDateline } from '../text/dateline.js';

/** The header, the body after it, and what was wrong with the header. */
export interface FrontMatter {
  /** Header fields (`null` where not given or not usable). */
  header: ArticleHeader;
  /** The text after the header. */
  body: string;
  /** Problems with single fields, each a sentence naming the field. */
  warnings: { code: 'bad-header' | 'bad-date'; message: string }[];
}

/**
 * The yaml package, loaded when a header is first read, from its CommonJS build (issue 16:
 * start-up): its ES module entry is some seventy modules that every command paid for (about
 * 70 ms of CPU over a bare Node start), whether or not an article had a header or the prepared
 * articles came from the cache. The same package and version, so the same parse.
 */
let yaml: typeof Yaml | null = null;
const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** An empty header. */
export const emptyHeader = (): ArticleHeader => ({
  id: null, title: null, outlet: null, source: null, url: null, published: null,
  language: null, eventDate: null, byline: null,
});

const keys: Record<string, keyof ArticleHeader> = {
  id: 'id', title: 'title', outlet: 'outlet', source: 'source', url: 'url', published: 'published',
  date: 'published', language: 'language', lang: 'language', event_date: 'eventDate',
  eventdate: 'eventDate', byline: 'byline', author: 'byline',
};

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date from a header value, or null when it is not a date. */
export function normalizeDate(value: string): string | null {
  if (isoDate.test(value)) {
    const iso = value.replace(' ', 'T');
    return Number.isNaN(Date.parse(iso.length === 10 ? `${iso}T00:00Z` : iso)) ? null : iso;
  }
  return parseDateline(value);
}

/** Fields with a form to check, and what to say when a value does not have it. */
const fieldChecks: Partial<Record<keyof ArticleHeader, { ok: (value: string) => boolean; must: string }>> = {
  id: { ok: (v) => /^[a-z0-9][a-z0-9_-]{0,80}$/i.test(v), must: 'must be letters, digits, "-" or "_"' },
  url: { ok: (v) => URL.canParse(v), must: 'must be a web address' },
  language: { ok: (v) => /^[a-z]{2,3}$/i.test(v), must: 'must be a two-letter language code such as "en"' },
};

/**
 * A one-line value without its quotes, for a line YAML refuses. A double-quoted value is read as
 * a JSON string (saveArticle writes values with JSON.stringify); a single-quoted one doubles its
 * quotes, as in YAML ('it''s').
 */
function unquote(written: string): string {
  const v = written.trim();
  if (/^".*"$/.test(v)) {
    try {
      return (JSON.parse(v) as string).trim();
    } catch {
      // Not a JSON string ("a" and "b"): the text between the outer quotes, as written.
    }
  }
  return v.replace(/^(["'])(.*)\1$/, (_, mark: string, inner: string) => (mark === "'" ? inner.replace(/''/g, "'") : inner)).trim();
}

/** One field of the block: its key line and the indented lines that continue its value. */
interface Entry {
  /** Line number in the article file (the `---` line is 1). */
  line: number;
  /** The key as written. */
  key: string;
  /** The value as written on the key line. */
  rest: string;
  /** The key line and its continuation lines. */
  text: string;
}

/** The block's fields, and the lines that are neither a field, a continuation, a comment nor blank. */
function entriesOf(block: string): { entries: Entry[]; strays: number[] } {
  const entries: Entry[] = [];
  const strays: number[] = [];
  for (const [n, line] of block.split(/\r?\n/).entries()) {
    const kv = /^([A-Za-z_]+)\s*:(.*)$/.exec(line);
    if (kv) entries.push({ line: n + 2, key: kv[1]!, rest: kv[2]!, text: line });
    else if (/^[ \t]/.test(line) && entries.length > 0 && line.trim() !== '') entries.at(-1)!.text += `\n${line}`;
    else if (line.trim() !== '' && !line.trim().startsWith('#')) strays.push(n + 2);
  }
  return { entries, strays };
}

/** The value of one field as YAML reads it (null for none), or why it cannot be used. */
function valueOf(entry: Entry): { ok: true; value: string | null } | { ok: false; why: string } {
  const { isMap, isScalar, parseDocument } = loadYaml();
  const doc = parseDocument(entry.text, { schema: 'failsafe' });
  // YAML wants a space after the colon ("id:002" is one word to it); such a line is read as before.
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    if (!entry.text.includes('\n')) return { ok: true, value: unquote(entry.rest.replace(/^\s*#.*$/, '')) };
    return { ok: false, why: `is not valid YAML (${doc.errors[0]!.message.split(/ at line \d|\n/)[0]})` };
  }
  const value = doc.contents.items[0]?.value;
  if (value === null || value === undefined) return { ok: true, value: null };
  if (!isScalar(value)) return { ok: false, why: 'must be text, not a list or a group of fields' };
  return { ok: true, value: String(value.value).trim() };
}

/** Split a text into its front matter (if any) and body. */
export function parseFrontMatter(text: string): FrontMatter {
  const header = emptyHeader();
  const warnings: FrontMatter['warnings'] = [];
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { header, body: text, warnings };
  const { entries, strays } = entriesOf(m[1]!);
  for (const line of strays) warnings.push({ code: 'bad-header', message: `header line ${line} is not "key: value" and was ignored` });
  for (const entry of entries) {
    const field = keys[entry.key.toLowerCase()];
    if (!field) {
      warnings.push({ code: 'bad-header', message: `unknown header field "${entry.key}" was ignored` });
      continue;
    }
    const read = valueOf(entry);
    if (!read.ok) {
      warnings.push({ code: 'bad-header', message: `header field "${entry.key}" (line ${entry.line}) ${read.why}; it was ignored` });
      continue;
    }
    const value = read.value;
    if (value === null || value === '' || value === 'null' || value === '~') continue;
    if (field === 'published' || field === 'eventDate') {
      const date = normalizeDate(value);
      if (date) header[field] = date;
      else warnings.push({ code: 'bad-date', message: `header field "${entry.key}" has "${value}", which is not a date (use 2021-02-05 or 2021-02-05T09:26:00+03:00); it was ignored` });
      continue;
    }
    const check = fieldChecks[field];
    if (check && !check.ok(value)) warnings.push({ code: 'bad-header', message: `header field "${entry.key}" ${check.must}; it was ignored` });
    else header[field] = field === 'id' || field === 'language' ? value.toLowerCase() : value;
  }
  return { header, body: text.slice(m[0].length), warnings };
}
