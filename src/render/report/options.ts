/** What a caller may choose about a printed report; every field has a default. */

/** Which document: the full framing report, the teacher's guide, or the student worksheet. */
export type Edition = 'report' | 'teacher' | 'worksheet';

/** The editions, in the order an index lists them. */
export const editions: readonly Edition[] = ['report', 'teacher', 'worksheet'];

/** Options of `renderMarkdown` and `renderHtmlReport`. */
export interface ReportOptions {
  /** The document to print; default `report`. */
  edition?: Edition;
  /** Print the two texts with numbered paragraphs at the end; default true. */
  texts?: boolean;
  /** The report only: print the appendix (every measure's full tables, the whole glossary, the texts); default true. */
  appendix?: boolean;
  /** At most this many discussion questions (teacher and worksheet); default 8. */
  questions?: number;
  /** HTML only: the paper the page is laid out for (`@page size`); default none, so A4 and Letter both fit. */
  paper?: 'A4' | 'Letter' | null;
}
