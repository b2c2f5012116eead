/**
 * Guards before work: what an article may be, checked by linear pre-scans before any DOM is
 * built or any text is cleaned and split. Readability's cost grows with the cube of a page's
 * nesting (1,000 nested <div>s in 12 kB took 38 s, 10,000 overflowed the stack) and with its
 * element count, and cleaning and segmenting grow faster than the text (400,000 words: 17 s,
 * 200,000 tiny sentences: 24 s), so these limits are counted in work, never in time: identical
 * input is refused identically everywhere (issue 15, items 2 and 3).
 */

/** Deepest element nesting read (news pages nest 20–60 deep). */
export const maxHtmlDepth = 100;
/** Most elements in a page read (a heavy news page has 3,000–8,000). */
export const maxHtmlElements = 20_000;
/** How many words (runs of non-space characters) and sentence ends a text may have. */
export interface TextLimits {
  /** Most words. */
  words: number;
  /** Most sentence ends. */
  sentences: number;
}

/**
 * What any article file is read up to: generous, so a long corpus article still loads and
 * shows (only comparing has a tighter limit), yet bounded (a 5 MB file of tiny sentences).
 */
export const readingLimits: TextLimits = { words: 250_000, sentences: 25_000 };

/** What an article compared must keep to, checked on an upload before it is cleaned (maxCompareWords in pipeline.ts). */
export const compareLimits: TextLimits = { words: 60_000, sentences: 10_000 };

/** Elements that never hold others (HTML's void elements). */
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements a sibling of the same name closes (`<p>a<p>b`, `<li>`…), as a parser does. */
const selfClosingSiblings = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rtc', 'rp']);
/** Elements whose start closes an open `<p>` (HTML's tree construction, "in body"). */
const closesParagraph = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'table', 'ul']);
/** Elements whose content is text, not markup. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** What the pre-scan of a page found. */
export interface HtmlShape {
  /** Deepest nesting of elements. */
  depth: number;
  /** Elements opened. */
  elements: number;
}

/**
 * The nesting depth and element count of a page, in one pass over its tags (comments and the
 * content of scripts and styles skipped), closing tags the way a parser would: a closing tag
 * pops back to its opener, a `<p>` or `<li>` closes an open sibling of its name, a block closes
 * an open `<p>`. Void elements and `<x/>` hold nothing.
 */
export function scanHtml(html: string): HtmlShape {
  // By hand, not by one regular expression: an unclosed quote or comment must cost one pass, not one per '<'.
  const lower = html.toLowerCase();
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  for (let i = lower.indexOf('<'); i >= 0 && i < lower.length; i = lower.indexOf('<', i)) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      i = end < 0 ? lower.length : end + 3;
      continue;
    }
    const closing = lower[i + 1] === '/';
    const name = /^[a-z][^\s/>]*/.exec(lower.slice(i + (closing ? 2 : 1), i + 80))?.[0];
    if (!name) {
      i += 1;
      continue;
    }
    const end = tagEnd(lower, i + name.length + 1);
    const selfClosed = lower[end - 1] === '/';
    i = end + 1;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements += 1;
    if (voidTags.has(name) || selfClosed) continue;
    if (selfClosingSiblings.has(name) && stack[stack.length - 1] === name) stack.pop();
    if (closesParagraph.has(name) && stack[stack.length - 1] === 'p') stack.pop();
    if (rawText.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? lower.length : close;
      continue;
    }
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  return { depth, elements };
}

/** Index of the `>` that ends a tag whose attributes start at `from` (a value quoted after `=` may hold `>`), or the text's length. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  let previous = '';
  for (let i = from; i < html.length; i += 1) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && previous === '=') quote = c;
    else if (c === '>') return i;
    if (!/\s/.test(c)) previous = c;
  }
  return html.length;
}

/** Why a page is refused before it is parsed (a phrase to follow its name), or null. */
export function htmlProblem(html: string): string | null {
  const { depth, elements } = scanHtml(html);
  if (depth > maxHtmlDepth) return `nests its elements ${depth.toLocaleString('en')} deep; Parallax reads pages nested up to ${maxHtmlDepth} deep`;
  if (elements > maxHtmlElements) return `has ${elements.toLocaleString('en')} elements; Parallax reads pages of up to ${maxHtmlElements.toLocaleString('en')} elements`;
  return null;
}

/** Why a text is refused before it is cleaned and split (a phrase to follow its name), or null. */
export function textProblem(text: string, limits: TextLimits = readingLimits): string | null {
  const n = (x: number) => x.toLocaleString('en');
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if ((words += 1) > limits.words) break;
  if (words > limits.words) return `has over ${n(limits.words)} words; Parallax ${limits === compareLimits ? 'compares' : 'reads'} articles of up to ${n(limits.words)} words`;
  let ends = 0;
  for (const _ of text.matchAll(/[.!?。！？…]+(?=\s|$)/g)) if ((ends += 1) > limits.sentences) break;
  if (ends > limits.sentences) return `has over ${n(limits.sentences)} sentences; Parallax ${limits === compareLimits ? 'compares' : 'reads'} articles of up to ${n(limits.sentences)} sentences`;
  return null;
}
