/**
 * HTML articles: Mozilla Readability finds the article in the page (dropping navigation,
 * scripts and ads), linkedom supplies the DOM. Paragraphs are kept as blank-line-separated
 * blocks and headings as `## ` lines, so cleaning and segmentation treat HTML like text.
 * Nothing in the page is ever executed: linkedom has no script engine.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { ArticleHeader, Result } from '../model.js';
import { emptyHeader, normalizeDate } from './front-matter.js';

// The DOM loads on the first HTML article, synchronously from the packages' CommonJS builds,
// so the many commands and corpora that never meet one do not pay for it (~0.2 s of start-up,
// issue 16) and readArticle stays synchronous.
const require = createRequire(import.meta.url);
let dom: { Readability: typeof ReadabilityType; parseHTML: typeof ParseHtml } | null = null;
const loadDom = () =>
  (dom ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityType }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
  });

/** The smallest DOM surface the walk needs (linkedom's nodes provide it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const blockTags = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD', 'ADDRESS', 'CAPTION',
]);
/**
 * A photo's caption is the page's, not the story's: the markup says so, so it never reaches the
 * text (issue 14: a news page's caption became its first paragraph and its lede).
 */
const captionTags = new Set(['FIGCAPTION']);
const containerTags = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'BODY', 'HTML',
]);
/** Fewer words than this outside navigation and scripts is not an article. */
const minimumWords = 30;
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n\f]+/g, ' ').trim();

/** Text blocks of a DOM subtree: one per paragraph-like element, headings as `## `. */
function blocks(node: DomNode, out: string[]): void {
  let inline = '';
  const flush = () => {
    const text = squash(inline);
    if (text) out.push(text);
    inline = '';
  };
  for (const child of Array.from(node.childNodes)) {
    const tag = child.nodeName.toUpperCase();
    if (child.nodeType === 3) inline += child.textContent ?? '';
    else if (child.nodeType !== 1 || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || captionTags.has(tag)) continue;
    else if (/^H[1-6]$/.test(tag)) {
      flush();
      const text = squash(child.textContent);
      if (text) out.push(`## ${text}`);
    } else if (blockTags.has(tag)) {
      flush();
      const text = squash(child.textContent);
      if (text) out.push(text);
    } else if (containerTags.has(tag)) {
      flush();
      blocks(child, out);
    } else if (tag === 'BR') {
      flush();
    } else inline += child.textContent ?? '';
  }
  flush();
}

const meta = (doc: { querySelector(s: string): { getAttribute(n: string): string | null } | null }, ...selectors: string[]) => {
  for (const s of selectors) {
    const value = doc.querySelector(s)?.getAttribute('content');
    if (value?.trim()) return value.trim();
  }
  return null;
};

/** The article in an HTML page as header fields and a text body, or why there is none. */
export function extractHtml(html: string): Result<{ header: ArticleHeader; body: string }> {
  const { Readability, parseHTML } = loadDom();
  const { document } = parseHTML(html);
  const header = emptyHeader();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  header.url = meta(document, 'meta[property="og:url"]') ?? (canonical && /^https?:/.test(canonical) ? canonical : null);
  const published = meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]');
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode, charThreshold: 100 }).parse();
  if (!article?.content) return { ok: false, error: 'contains no article that Readability could find' };
  const out: string[] = [];
  blocks(article.content, out);
  const body = out.join('\n\n');
  if ((body.match(/\p{L}+/gu) ?? []).length < minimumWords) {
    return { ok: false, error: `contains no article (fewer than ${minimumWords} words of text outside navigation and scripts)` };
  }
  // The page's own headline (its first heading) is a better title than <title>, which
  // usually carries the site's name; cleaning removes that line as the headline.
  header.title = out[0]?.startsWith('## ') ? out[0].slice(3) : squash(article.title) || null;
  header.outlet = squash(article.siteName) || meta(document, 'meta[property="og:site_name"]');
  header.byline = squash(article.byline).replace(/^by\s+/i, '') || null;
  const date = article.publishedTime ?? published;
  header.published = date ? normalizeDate(date.replace(/\.\d+(?=Z|[+-]|$)/, '')) : null;
  const lang = (article.lang ?? document.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  header.language = /^[a-z]{2}$/.test(lang) ? lang : null;
  return { ok: true, value: { header, body } };
}
