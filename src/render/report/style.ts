/**
 * The report's stylesheet, inlined so the HTML file stands alone. Print first: page margins that
 * fit A4 and Letter alike, findings and questions kept whole on a page, no colour that carries
 * meaning alone (struck and underlined words, marked evidence with a border as well as a fill).
 */

/** The CSS, with `@page` sized for `paper` when given. */
export function reportCss(paper: 'A4' | 'Letter' | null): string {
  return `
@page { ${paper ? `size: ${paper}; ` : ''}margin: 16mm 14mm 18mm; }
:root { color: #1b1b1b; background: #fff; font: 16px/1.5 Georgia, "Times New Roman", serif; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, h4, caption, th, figcaption, .callout-title, .answer-label, .pn, .sn { font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; padding-top: 0.4rem; border-top: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
h2, h3, h4 { break-after: avoid; }
a { color: #0b4f8a; }
.callout { border-left: 4px solid #555; background: #f4f4f4; padding: 0.5rem 0.9rem; margin: 0.8rem 0; break-inside: avoid; }
.callout.warning { border-left-color: #8a1c1c; background: #fbeaea; }
.callout.limits { font-size: 0.9rem; }
.callout ul { margin: 0.2rem 0 0; padding-left: 1.2rem; }
.callout-title { margin: 0; }
.group { margin: 0.9rem 0 1.2rem; break-inside: avoid; }
.excerpt { margin: 0.4rem 0 0.6rem; padding: 0.3rem 0 0.3rem 0.9rem; border-left: 3px solid #1f5fa8; break-inside: avoid; }
.excerpt.side-right { border-left-color: #a3461b; }
.excerpt blockquote { margin: 0; }
.excerpt figcaption { font-size: 0.85rem; color: #444; }
mark { background: #fff1a8; color: inherit; border-bottom: 2px solid #8a6d00; padding: 0 1px; }
del { text-decoration: line-through; text-decoration-thickness: 2px; background: #f6e1e1; }
ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e1f0e4; }
.table-wrap { overflow-x: auto; margin: 0.8rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
tr { break-inside: avoid; }
td { overflow-wrap: break-word; }
td.num { white-space: nowrap; }
.chart { margin: 0.8rem 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; font: 12px "Helvetica Neue", Arial, sans-serif; }
dl dt { font-weight: bold; margin-top: 0.7rem; }
dl dd { margin: 0 0 0 1rem; }
dl dd p { margin: 0.15rem 0; }
.answer { margin: 0.3rem 0 1rem; }
.answer-label { margin: 0; font-size: 0.85rem; color: #444; }
.answer .line { border-bottom: 1px solid #777; height: 2rem; }
.article-text p { margin: 0.5rem 0; }
.article-text .subhead { font-weight: bold; }
.pn { font-weight: bold; margin-right: 0.3rem; }
.sn { font-size: 0.7rem; color: #555; vertical-align: super; margin-right: 0.15rem; }
footer { margin-top: 2.5rem; font-size: 0.8rem; color: #444; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  .answer .line { height: 9mm; }
}
`;
}
