/**
 * The printed report as Markdown (CommonMark with GitHub tables and strikethrough). Article
 * words are escaped so nothing in them turns into markup; evidence is **bold**, a matched
 * sentence's own words are ~~struck~~ (left) or <ins>underlined</ins> (right). Charts are left out: the
 * tables beside them carry the same numbers.
 */
import type { Block, Doc, Excerpt, TextParagraph } from './doc.js';

/**
 * Text on one line with every Markdown character escaped; with `lineStart`, also those that only
 * matter at the start of a line or list item ("1." would start a list, "#" a heading).
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  const escaped = text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
  return lineStart ? escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : escaped;
}

const line = (text: string) => escapeMarkdown(text, true);

const marker = { evidence: ['**', '**'], removed: ['~~', '~~'], added: ['<ins>', '</ins>'], shared: ['**', '**'] } as const;
const tag = { evidence: ['<mark>', '</mark>'], removed: ['<del>', '</del>'], added: ['<ins>', '</ins>'], shared: ['<strong>', '</strong>'] } as const;

const wordChar = /[\p{L}\p{N}]/u;
const punctuation = /[\p{P}\p{S}]/u;

/**
 * Whether `**` or `~~` around text[start, end) would be read as emphasis: CommonMark does not
 * open a delimiter run inside a word when punctuation follows it ("open**-**door"), nor close one
 * before a word after punctuation. Such marks are written as HTML tags instead.
 */
function delimitable(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return !(punctuation.test(text[start]!) && wordChar.test(before)) && !(punctuation.test(text[end - 1]!) && wordChar.test(after));
}

/** An excerpt's words with its marks, as Markdown; marks are trimmed to words so the delimiters bind. */
function excerptText(x: Excerpt): string {
  const marks = x.marks
    .map((m) => {
      const words = x.text.slice(m.span.start, m.span.end);
      const start = m.span.start + (words.length - words.trimStart().length);
      return { start, end: m.span.start + words.trimEnd().length, style: m.style };
    })
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = x.range.start;
  for (const m of marks) {
    if (m.start < at) continue; // overlaps the previous mark: its words are already marked
    const [open, close] = (delimitable(x.text, m.start, m.end) ? marker : tag)[m.style];
    out += `${escapeMarkdown(x.text.slice(at, m.start))}${open}${escapeMarkdown(x.text.slice(m.start, m.end))}${close}`;
    at = m.end;
  }
  return out + escapeMarkdown(x.text.slice(at, x.range.end));
}

const cell = (text: string) => escapeMarkdown(text) || ' ';

function paragraphText(text: string, p: TextParagraph): string {
  const body = escapeMarkdown(text.slice(p.range.start, p.range.end));
  return p.heading ? `**¶${p.number} ${body}**` : `¶${p.number} ${body}`;
}

/** One block as Markdown lines (without the blank line after it). */
function block(x: Block): string {
  switch (x.kind) {
    case 'heading': return `${'#'.repeat(x.level)} ${escapeMarkdown(x.text)}`;
    case 'paragraph': return x.lead ? `**${escapeMarkdown(x.lead)}** ${escapeMarkdown(x.text)}` : line(x.text);
    case 'callout': return [`> **${escapeMarkdown(x.title)}**`, ...x.items.map((i) => `> - ${line(i)}`)].join('\n');
    case 'list': return x.items.map((i) => `- ${line(i)}`).join('\n');
    case 'excerpts': return x.items.map((i) => `> *${escapeMarkdown(i.location)}:* ${excerptText(i)}`).join('\n>\n');
    case 'table': return [
      `*${escapeMarkdown(x.caption)}*`,
      '',
      `| ${x.head.map(cell).join(' | ')} |`,
      `|${x.head.map(() => ' --- |').join('')}`,
      ...x.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n');
    case 'chart': return '';
    case 'definitions': return x.items.map((d) => [`**${escapeMarkdown(d.term)}.** ${escapeMarkdown(d.text[0] ?? '')}`, ...d.text.slice(1).map((t) => `- ${line(t)}`)].join('\n\n')).join('\n\n');
    // A line of underscores alone is a thematic break: a ruled line in print and when rendered.
    case 'answer': return [`${line(x.label)}:`, ...Array.from({ length: x.lines }, () => '___')].join('\n\n');
    case 'group': return x.blocks.map(block).filter(Boolean).join('\n\n');
    case 'text': return x.paragraphs.map((p) => paragraphText(x.text, p)).join('\n\n');
  }
}

/** The document as Markdown. */
export function docToMarkdown(doc: Doc): string {
  return `${[...doc.blocks.map(block), `*${escapeMarkdown(doc.footer)}*`].filter(Boolean).join('\n\n')}\n`;
}
