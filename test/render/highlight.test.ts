import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/escape.js';
import { highlight, marksBySpan, type Mark } from '../../src/render/highlight.js';
import type { Span } from '../../src/model.js';

describe('highlight', () => {
  it('escapes every character of the text and of attribute values', () => {
    const text = 'He said <script>alert("x")</script> & left';
    const html = highlight(text, [{ span: { start: 8, end: 16 }, tag: 'mark', attrs: { title: '"><img onerror=1>' } }]);
    expect(html).toBe('He said <mark title="&quot;&gt;&lt;img onerror=1&gt;">&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; left');
  });

  it('nests overlapping marks by splitting them', () => {
    const html = highlight('abcdef', [
      { span: { start: 0, end: 4 }, tag: 'span' },
      { span: { start: 2, end: 6 }, tag: 'ins' },
    ]);
    expect(html).toBe('<span>ab</span><span><ins>cd</ins></span><ins>ef</ins>');
  });

  it('writes an id on the first piece of a split mark only, so ids stay unique', () => {
    const html = highlight('abcdef', [
      { span: { start: 0, end: 4 }, tag: 'span', attrs: { id: 'e1', class: 'ev' } },
      { span: { start: 2, end: 6 }, tag: 'ins' },
    ]);
    expect(html).toBe('<span id="e1" class="ev">ab</span><span class="ev"><ins>cd</ins></span><ins>ef</ins>');
  });

  it('cuts to a range with offsets into the whole text', () => {
    expect(highlight('0123456789', [{ span: { start: 2, end: 5 }, tag: 'del' }], { start: 3, end: 7 })).toBe('<del>34</del>56');
  });

  it('gives back exactly the escaped text once the tags are removed, for any marks', () => {
    const mark = fc.record({ start: fc.nat(40), len: fc.nat(20), tag: fc.constantFrom('span', 'ins', 'del', 'mark') as fc.Arbitrary<'span' | 'ins' | 'del' | 'mark'> });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(mark, { maxLength: 6 }), (text, ms) => {
        const html = highlight(text, ms.map((m) => ({ span: { start: m.start, end: m.start + m.len }, tag: m.tag })));
        expect(html.replace(/<\/?(span|ins|del|mark)>/g, '')).toBe(escapeHtml(text));
      }),
    );
  });
});

// Issue 15, item 3: the sweep and the per-sentence index give the same HTML as marking every
// cut with every mark did, at a cost linear in the page.
describe('highlight against the plain cuts × marks drawing', () => {
  const reference = (text: string, marks: readonly Mark[], range: Span): string => {
    const inside = marks.map((m) => ({ ...m, span: { start: Math.max(m.span.start, range.start), end: Math.min(m.span.end, range.end) } })).filter((m) => m.span.end > m.span.start);
    const cuts = [...new Set([range.start, range.end, ...inside.flatMap((m) => [m.span.start, m.span.end])])].sort((a, b) => a - b);
    const order = [...inside].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const opened = new Set<Mark>();
    let html = '';
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      const covering = order.filter((m) => m.span.start <= from && m.span.end >= to);
      const tag = (m: Mark) => `<${m.tag}${Object.entries(m.attrs ?? {}).filter(([k]) => !opened.has(m) || k !== 'id').map(([k, v]) => ` ${k}="${v}"`).join('')}>`;
      html += covering.map((m) => { const t = tag(m); opened.add(m); return t; }).join('') + text.slice(from, to) + covering.map((m) => `</${m.tag}>`).reverse().join('');
    }
    return html;
  };
  it('gives the same HTML for any marks, and marksBySpan finds each sentence’s marks', () => {
    const text = 'abcdefghij klmnopqrst uvwxyz0123 456789ABCD';
    const sentences: Span[] = [{ start: 0, end: 10 }, { start: 11, end: 21 }, { start: 22, end: 32 }, { start: 33, end: 43 }];
    const mark = fc.record({ start: fc.nat(43), length: fc.nat(20), tag: fc.constantFrom<Mark['tag']>('del', 'ins', 'a'), id: fc.nat(99) }).map(({ start, length, tag, id }): Mark => ({ span: { start, end: Math.min(43, start + length) }, tag, attrs: { id: `m${id}` } }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 12 }), (marks) => {
        const of = marksBySpan(marks, sentences);
        for (const s of sentences) {
          expect(highlight(text, marks, s)).toBe(reference(text, marks, s));
          expect(highlight(text, of(s), s)).toBe(highlight(text, marks, s));
        }
      }),
      { seed: 15_003, numRuns: 300 },
    );
  });
});
