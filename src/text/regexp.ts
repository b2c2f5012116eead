/**
 * Word lists as regular expressions: each entry escaped, longer entries first so that
 * "New York Times" is tried before "The Times".
 */

/** `s` with every character a regular expression gives a meaning written as itself. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An alternation of `words` as written, the longest first (no group around it). */
export const alternationOf = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
