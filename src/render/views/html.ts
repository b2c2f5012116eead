/**
 * HTML that a view prints raw (`<%-`): a branded string, so a view model can only hold it when
 * it came from `highlight()`, `escapeHtml()` or an SVG chart helper. Views print every other
 * field with `<%=`, which escapes.
 */
import { escapeHtml } from '../escape.js';

declare const html: unique symbol;

/** A string of markup made only from escaped text. */
export type Html = string & { readonly [html]: true };

/** Mark markup built by `highlight`, `escapeHtml` or a chart helper as printable. */
export const trusted = (markup: string): Html => markup as Html;

/** An element around markup that is already safe; attribute names are the caller's constants, values are escaped. */
export function wrap(tag: 'span' | 'p' | 'h3' | 'div', attrs: Readonly<Record<string, string | null>>, inner: Html): Html {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return trusted(`<${tag}${list}>${inner}</${tag}>`);
}
