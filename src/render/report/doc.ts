/**
 * The printed report as a short list of blocks: the sections build it once from the
 * FramingReport, and the Markdown and HTML writers only print it. So the two formats cannot say
 * different things, and neither writer knows anything about framing.
 */
import type { Side, Span } from '../../model.js';

/** How a marked word is shown: evidence, or a word only one side of a matched pair has. */
export type MarkStyle = 'evidence' | 'removed' | 'added' | 'shared';

/** Words of an article, shown with some of them marked. */
export interface Excerpt {
  /** Where the words stand, for people: "POLITICO ¶5 s2". */
  location: string;
  /** Which article. */
  side: Side;
  /** That article's whole text (`range` and the marks point into it; never copied). */
  text: string;
  /** The words to show. */
  range: Span;
  /** Words to mark inside the range. */
  marks: { span: Span; style: MarkStyle }[];
}

/** A table row: plain-text cells, the first naming the row. */
export type Row = string[];

/** A numbered paragraph of an article's text, with its sentences. */
export interface TextParagraph {
  /** Its number, from 1, as locations cite it. */
  number: number;
  /** A subhead rather than body text. */
  heading: boolean;
  /** The paragraph. */
  range: Span;
  /** Its sentences, in order. */
  sentences: Span[];
}

/** One block of the printed report. Every string is plain text; the writers escape it. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id: string }
  | { kind: 'paragraph'; text: string; lead: string | null }
  | { kind: 'callout'; style: 'warning' | 'limits' | 'note'; title: string; items: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'excerpts'; items: Excerpt[] }
  | { kind: 'table'; caption: string; head: string[]; rows: Row[] }
  /** An SVG chart, already escaped (src/render/svg); Markdown leaves it out, its table carries the numbers. */
  | { kind: 'chart'; svg: string }
  | { kind: 'definitions'; items: { term: string; text: string[] }[] }
  /** Blank lines for a student's answer. */
  | { kind: 'answer'; label: string; lines: number }
  /** Blocks printed together (a finding, a question): kept on one page where they fit. */
  | { kind: 'group'; id: string | null; blocks: Block[] }
  /** An article's text with numbered paragraphs; `language` is its ISO code, or null. */
  | { kind: 'text'; text: string; language: string | null; paragraphs: TextParagraph[] };

/** A whole printed report. */
export interface Doc {
  /** Title of the page (the first heading repeats it). */
  title: string;
  /** The blocks in order. */
  blocks: Block[];
  /** The closing line: what made the report, and its format version. */
  footer: string;
}

/** Block constructors, so sections read as the report they make. */
export const b = {
  h: (level: 1 | 2 | 3 | 4, text: string, id: string): Block => ({ kind: 'heading', level, text, id }),
  p: (text: string, lead: string | null = null): Block => ({ kind: 'paragraph', text, lead }),
  callout: (style: 'warning' | 'limits' | 'note', title: string, items: string[]): Block => ({ kind: 'callout', style, title, items }),
  list: (items: string[]): Block => ({ kind: 'list', items }),
  excerpts: (items: Excerpt[]): Block => ({ kind: 'excerpts', items }),
  table: (caption: string, head: string[], rows: Row[]): Block => ({ kind: 'table', caption, head, rows }),
  group: (id: string | null, blocks: Block[]): Block => ({ kind: 'group', id, blocks }),
};
