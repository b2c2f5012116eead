/**
 * How people name an article's outlet. A republished story is the original outlet's framing, so
 * running text names the source ("POLITICO"), and full mentions name the site too
 * ("POLITICO (via globalnewsink.com)").
 */
import type { ArticleMeta } from '../model.js';

/** What naming an outlet needs of an article's metadata. */
type Naming = Pick<ArticleMeta, 'id' | 'outlet' | 'source'>;

/** The source without its note: "POLITICO (its story of 26 Jan 2022, republished)" → "POLITICO". */
const sourceName = (m: Naming): string | null => m.source?.replace(/\s*\(.*$/, '') || null;

/** The outlet's short name, for running text ("POLITICO"), else the id. */
export function shortOutletName(m: Naming): string {
  return sourceName(m) ?? m.outlet ?? m.id;
}

/** The outlet as readers know it ("POLITICO (via globalnewsink.com)"), else the id. */
export function fullOutletName(m: Naming): string {
  const source = sourceName(m);
  if (source && m.outlet && source !== m.outlet) return `${source} (via ${m.outlet})`;
  return m.outlet ?? source ?? m.id;
}
