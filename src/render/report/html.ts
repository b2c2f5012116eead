/**
 * The printed report as one self-contained HTML file: inline CSS and SVG, no script, and a
 * Content-Security-Policy that forbids every request, so opening or printing it never reaches
 * the network. Every piece of text goes through `escapeHtml` or `highlight`.
 */
import { escapeHtml } from '../escape.js';
import { highlight, type Mark } from '../highlight.js';
import type { Block, Doc, Excerpt, Row } from './doc.js';
import { reportCss } from './style.js';

const tags: Record<Excerpt['marks'][number]['style'], Mark['tag']> = { evidence: 'mark', removed: 'del', added: 'ins', shared: 'strong' };

function excerptHtml(x: Excerpt): string {
  const marks = x.marks.map((m): Mark => ({ span: m.span, tag: tags[m.style] }));
  return `<figure class="excerpt side-${x.side}"><blockquote>${highlight(x.text, marks, x.range)}</blockquote><figcaption>${escapeHtml(x.location)}</figcaption></figure>`;
}

/** A cell's text; a cell that is only a web address becomes a link to it. */
function cellHtml(text: string): string {
  return /^https?:\/\/\S+$/i.test(text) ? `<a href="${escapeHtml(text)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A cell holding only a number (or "< 0.0001") is kept on one line. */
const numeric = /^[−+<]?\s?[\d.]+$/;

/** A row; each cell names its column (`data-label`), so a narrow screen can stack the row and still say which is which. */
function rowHtml(r: Row, head: readonly string[]): string {
  const [first, ...rest] = r;
  const cells = rest.map((c, i) => `<td data-label="${escapeHtml(head[i + 1] ?? '')}"${numeric.test(c) ? ' class="num"' : ''}>${cellHtml(c)}</td>`).join('');
  return `<tr><th scope="row">${cellHtml(first ?? '')}</th>${cells}</tr>`;
}

function textHtml(x: Extract<Block, { kind: 'text' }>): string {
  const paragraphs = x.paragraphs.map((p) => {
    const number = `<span class="pn">¶${p.number}</span>`;
    if (p.heading || !p.sentences.length) return `<p class="${p.heading ? 'subhead' : 'para'}">${number}${escapeHtml(x.text.slice(p.range.start, p.range.end))}</p>`;
    const sentences = p.sentences.map((s, i) => {
      const gap = escapeHtml(x.text.slice(i ? p.sentences[i - 1]!.end : p.range.start, s.start));
      return `${gap}<span class="sn">s${i + 1}</span>${escapeHtml(x.text.slice(s.start, s.end))}`;
    });
    return `<p>${number}${sentences.join('')}${escapeHtml(x.text.slice(p.sentences.at(-1)!.end, p.range.end))}</p>`;
  });
  return `<div class="article-text"${x.language ? ` lang="${escapeHtml(x.language)}"` : ''}>${paragraphs.join('\n')}</div>`;
}

function blockHtml(x: Block): string {
  switch (x.kind) {
    case 'heading': return `<h${x.level} id="${escapeHtml(x.id)}">${escapeHtml(x.text)}</h${x.level}>`;
    case 'paragraph': return `<p>${x.lead ? `<strong>${escapeHtml(x.lead)}</strong> ` : ''}${escapeHtml(x.text)}</p>`;
    case 'callout': return `<div class="callout ${x.style}" role="note"><p class="callout-title"><strong>${escapeHtml(x.title)}</strong></p><ul>${x.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></div>`;
    case 'list': return `<ul>${x.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'excerpts': return `<div class="excerpts">${x.items.map(excerptHtml).join('')}</div>`;
    case 'table': return `<div class="table-wrap"><table><caption>${escapeHtml(x.caption)}</caption><thead><tr>${x.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${x.rows.map((row) => rowHtml(row, x.head)).join('')}</tbody></table></div>`;
    case 'chart': return `<figure class="chart">${x.svg}</figure>`;
    case 'definitions': return `<dl>${x.items.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${d.text.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</dd>`).join('')}</dl>`;
    case 'answer': return `<div class="answer"><p class="answer-label">${escapeHtml(x.label)}:</p>${'<div class="line"></div>'.repeat(x.lines)}</div>`;
    case 'group': return `<div class="group"${x.id ? ` id="${escapeHtml(x.id)}"` : ''}>${x.blocks.map(blockHtml).join('\n')}</div>`;
    case 'text': return textHtml(x);
  }
}

// No request of any kind: styles are inline, charts are inline SVG, images only as data: URLs.
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A standalone page around `body` (HTML, already escaped): the policy, the stylesheet, the footer. */
export function pageHtml(title: string, body: string, footer: string, paper: 'A4' | 'Letter' | null): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportCss(paper)}</style>
</head>
<body>
<main>
${body}
</main>
<footer><p>${escapeHtml(footer)}</p></footer>
</body>
</html>
`;
}

/** The document's blocks as HTML, for a standalone page or a page of the web app (the lesson pages). */
export function docBodyHtml(doc: Doc): string {
  return doc.blocks.map(blockHtml).join('\n');
}

/** The document as a standalone HTML page. */
export function docToHtml(doc: Doc, paper: 'A4' | 'Letter' | null): string {
  return pageHtml(doc.title, docBodyHtml(doc), doc.footer, paper);
}
