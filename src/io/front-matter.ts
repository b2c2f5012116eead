/**
 * Front matter: a `---` block of `key: value` lines at the top of a `.txt` or `.md` article.
 * Only the flat subset of YAML that article headers need; values may be quoted.
 */
import { z } from 'zod';
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

const fieldChecks: Partial<Record<keyof ArticleHeader, z.ZodType<string>>> = {
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,80}$/i, 'must be letters, digits, "-" or "_"'),
  url: z.string().url('must be a web address'),
  language: z.string().regex(/^[a-z]{2,3}$/i, 'must be a two-letter language code such as "en"'),
};

/**
 * A header value without its quotes. A double-quoted value is read as a JSON string (YAML's
 * double-quoted escapes are JSON's, and saveArticle writes values with JSON.stringify), so a
 * headline's `\"` comes back as `"`; a single-quoted one doubles its quotes, as in YAML ('it''s').
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

/** Split a text into its front matter (if any) and body. */
export function parseFrontMatter(text: string): FrontMatter {
  const header = emptyHeader();
  const warnings: FrontMatter['warnings'] = [];
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { header, body: text, warnings };
  for (const [n, rawLine] of m[1]!.split(/\r?\n/).entries()) {
    if (rawLine.trim() === '' || rawLine.trim().startsWith('#')) continue;
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(rawLine);
    if (!kv) {
      warnings.push({ code: 'bad-header', message: `header line ${n + 2} is not "key: value" and was ignored` });
      continue;
    }
    const field = keys[kv[1]!.toLowerCase()];
    const value = unquote(kv[2]!);
    if (!field) {
      warnings.push({ code: 'bad-header', message: `unknown header field "${kv[1]}" was ignored` });
    } else if (value === '' || value === 'null' || value === '~') {
      continue;
    } else if (field === 'published' || field === 'eventDate') {
      const date = normalizeDate(value);
      if (date) header[field] = date;
      else warnings.push({ code: 'bad-date', message: `header field "${kv[1]}" has "${value}", which is not a date (use 2021-02-05 or 2021-02-05T09:26:00+03:00); it was ignored` });
    } else {
      const check = fieldChecks[field]?.safeParse(value);
      if (check && !check.success) {
        warnings.push({ code: 'bad-header', message: `header field "${kv[1]}" ${check.error.issues[0]?.message ?? 'is not valid'}; it was ignored` });
      } else {
        header[field] = field === 'id' || field === 'language' ? value.toLowerCase() : value;
      }
    }
  }
  return { header, body: text.slice(m[0].length), warnings };
}
