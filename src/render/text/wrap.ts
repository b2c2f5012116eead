/**
 * Text for a terminal of a given width (issue 14: `articles`, `show`, `pairs` and `compare` fit
 * 80 columns). Widths count code points, so an accented name counts once per letter.
 */

/** How wrapped lines start: the first line, and every line after it. */
export interface Indent {
  /** Before the first line. */
  first: string;
  /** Before every other line. */
  rest: string;
}

/** Characters as a terminal counts them (code points, not UTF-16 units). */
export const columns = (s: string): number => [...s].length;

/**
 * `text` wrapped at `width` columns, its words separated by single spaces. A word longer than
 * a line stands alone on its own line, whole, so a web address can still be copied.
 */
export function wrapText(text: string, width: number, indent: Indent = { first: '', rest: '' }): string {
  const lines: string[] = [];
  let line = '';
  const lead = () => (lines.length ? indent.rest : indent.first);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && columns(lead()) + columns(line) + 1 + columns(word) > width) {
      lines.push(lead() + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(lead() + line);
  return lines.join('\n').trimEnd();
}

/** Each line of `text` wrapped on its own (blank lines kept), with no indent. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((l) => (l.trim() ? wrapText(l, width) : ''))
    .join('\n');
}

/** `text` cut to `n` columns with an ellipsis. */
export function cutTo(text: string, n: number): string {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, Math.max(1, n - 1)).join('')}…` : text;
}
