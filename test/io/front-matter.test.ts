import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/io/front-matter.js';

const parse = (...lines: string[]) => parseFrontMatter(`---\n${lines.join('\n')}\n---\nBody text.\n`);

describe('parseFrontMatter (YAML, failsafe schema)', () => {
  it.each([
    ['a number-like id stays text', ['id: 002'], { id: '002' }],
    ['a quoted id', ['id: "002"'], { id: '002' }],
    ['a folded title (>-)', ['title: >-', '  Blinken Reports United States', '  Has Delivered Written Responses'], { title: 'Blinken Reports United States Has Delivered Written Responses' }],
    ['a literal block keeps its words', ['title: |', '  Two lines'], { title: 'Two lines' }],
    ['a comment after a date', ['published: 2022-01-26 # checked against the page'], { published: '2022-01-26' }],
    ['a comment line between fields', ['# retrieved 2026-12-06', 'outlet: rt.com'], { outlet: 'rt.com' }],
    ['a colon inside an unquoted headline, as written', ['title: Ukraine crisis: talks stall'], { title: 'Ukraine crisis: talks stall' }],
    ['no space after the colon, as before', ['id:abc'], { id: 'abc' }],
    ['JSON escapes in double quotes (saveArticle writes them)', ['title: "He said \\"no\\""'], { title: 'He said "no"' }],
    ['single quotes doubled', ["byline: 'Ann O''Neil'"], { byline: "Ann O'Neil" }],
    ['a date with a time and zone', ['published: 2021-02-05T09:26:00+03:00'], { published: '2021-02-05T09:26:00+03:00' }],
    ['null, ~ and empty leave a field unset', ['title: null', 'outlet: ~', 'byline:'], {}],
    ['a URL with a fragment keeps it', ['url: https://example.org/a#p2'], { url: 'https://example.org/a#p2' }],
  ])('%s', (_, lines, fields) => {
    const { header, warnings } = parse(...lines);
    expect(warnings).toEqual([]);
    expect(Object.fromEntries(Object.entries(header).filter(([, v]) => v !== null))).toEqual(fields);
  });

  it.each([
    ['a line that is not key: value', ['id: a', 'just words'], 'header line 3 is not "key: value" and was ignored'],
    ['an unknown field', ['colour: red'], 'unknown header field "colour" was ignored'],
    ['a date that is not one', ['published: next Tuesday-ish'], 'header field "published" has "next Tuesday-ish", which is not a date (use 2021-02-05 or 2021-02-05T09:26:00+03:00); it was ignored'],
    ['a bad id', ['id: a b'], 'header field "id" must be letters, digits, "-" or "_"; it was ignored'],
    ['a bad url', ['url: not a link'], 'header field "url" must be a web address; it was ignored'],
    ['a bad language', ['language: English'], 'header field "language" must be a two-letter language code such as "en"; it was ignored'],
    ['a list', ['title: [a, b]'], 'header field "title" (line 2) must be text, not a list or a group of fields; it was ignored'],
    ['a block YAML refuses', ['title: "unclosed', '  still open'], 'header field "title" (line 2) is not valid YAML (Missing closing "quote); it was ignored'],
  ])('warns, naming the field: %s', (_, lines, message) => {
    const { warnings } = parse(...lines);
    expect(warnings.map((w) => w.message)).toEqual([message]);
  });

  it('keeps the other fields when one is broken, and the body after the block', () => {
    const fm = parse('id: x1', 'title: [a', 'outlet: rt.com');
    expect([fm.header.id, fm.header.outlet, fm.body]).toEqual(['x1', 'rt.com', 'Body text.\n']);
  });

  it('reads no header when there is no block', () => {
    expect(parseFrontMatter('id: 002\nText').header.id).toBeNull();
  });
});
