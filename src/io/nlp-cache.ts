/**
 * compromise's work on articles kept on disk between runs, beside the prepared articles
 * (prepared-cache.ts): each article's tags (analyses/actors/tag-tokens.ts) and the short
 * answers about names, mentions and verbs (text/nlp-answers.ts). A `compare` of articles
 * compared before then neither tags them nor loads compromise (issue 16: loading compromise was
 * a fifth of a `compare`'s CPU, tagging a twentieth of it with the prepared-article cache warm).
 *
 * Layout: `tagged/<code fingerprint>/<article key>.pxc` and `tagged/<code fingerprint>/answers.pxc`
 * under the cache root (`PARALLAX_CACHE=off` turns it off with the prepared-article cache). The
 * article key covers its text and the spans of its paragraphs and tokens (all the tagging reads);
 * the fingerprint covers the tagging code, the questions' code and compromise's version. Writes
 * are atomic; an entry that cannot be read is a miss, and a failure to write is ignored.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model.js';
import { rememberTags, takeTags, type StoredTags } from '../analyses/actors/tag-tokens.js';
import { rememberAnswers, takeAnswers } from '../text/nlp-answers.js';
import { codeFingerprint } from './code-fingerprint.js';
import { entryFolder } from './entry-folder.js';
import { cacheRoot } from './prepared-cache.js';

/** The tags and answers of articles, kept between runs. */
export interface NlpCache {
  /** Give the articles their kept tags and this process every kept answer. */
  load(articles: readonly Article[]): Promise<void>;
  /** Keep the tags this process computed for the articles, and the answers when any is new. */
  save(articles: readonly Article[]): Promise<void>;
}

let fingerprint: string | null = null;
/** The fingerprint of the code whose results are kept (computed once). */
function taggingCode(): string {
  fingerprint ??= codeFingerprint([
    new URL('../analyses/actors/tag-tokens.js', import.meta.url),
    new URL('../text/nlp-answers.js', import.meta.url),
    new URL(import.meta.url),
  ]);
  return fingerprint;
}

/** The key of what tagging reads of an article: its text and the spans of its paragraphs and tokens. */
export function articleKey(article: Article): string {
  const hash = createHash('sha256').update(article.text).update('\0');
  for (const p of article.paragraphs) hash.update(`${p.kind} ${p.span.start} ${p.span.end}\n`);
  const spans = new Int32Array(article.tokens.length * 2);
  article.tokens.forEach((t, k) => {
    spans[2 * k] = t.span.start;
    spans[2 * k + 1] = t.span.end;
  });
  return hash.update(new Uint8Array(spans.buffer)).digest('hex');
}

const answersKey = 'answers';

/** The disk cache at `root` (default: from the environment), or null when it is turned off. */
export function openNlpCache(root: string | null = cacheRoot()): NlpCache | null {
  if (root === null) return null;
  const folder = entryFolder(root, 'tagged', taggingCode());
  return {
    async load(articles) {
      // The user's answers and the bundled cache's (each the answers of its own runs).
      const [answers, ...tags] = await Promise.all([folder.readBoth(answersKey), ...articles.map((a) => folder.read(articleKey(a)))]);
      for (const kept of answers) if (Array.isArray(kept)) rememberAnswers(kept as [string, unknown][]);
      articles.forEach((a, k) => {
        if (tags[k]) rememberTags(a, tags[k] as StoredTags);
      });
    },
    async save(articles) {
      for (const a of articles) {
        const tags = takeTags(a);
        if (tags) await folder.write(articleKey(a), tags);
      }
      const answers = takeAnswers();
      if (answers.changed) await folder.write(answersKey, answers.entries);
    },
  };
}
