import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/escape.js';
import { highlight } from '../../src/render/highlight.js';

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
