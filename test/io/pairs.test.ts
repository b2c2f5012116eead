/** The curation file: a teacher forces or forbids pairs; errors name the file and what is wrong. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePairCuration } from '../../src/io/pair-curation.js';
import { readPairCuration } from '../../src/io/pairs.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { pairArticles } from '../../src/pair/pair-articles.js';

const ids = ['000', '001', '002', '003', '004'];
const parse = (json: unknown) => parsePairCuration(typeof json === 'string' ? json : JSON.stringify(json), 'corpus/pairs.json', ids);
const errorOf = (json: unknown) => {
  const r = parse(json);
  return r.ok ? null : r.error.message;
};

describe('parsePairCuration', () => {
  it('reads forced and forbidden pairs, notes and the optional "force": true', () => {
    expect(parse({ pairs: [{ left: '000', right: '001', note: 'the class asked', force: true }], forbid: [{ left: '002', right: '004' }] })).toEqual({
      ok: true,
      value: { file: 'corpus/pairs.json', force: [{ left: '000', right: '001', note: 'the class asked' }], forbid: [{ left: '002', right: '004', note: null }] },
    });
  });

  it('takes an empty file object as no curation, and drops repeated pairs', () => {
    expect(parse({})).toEqual({ ok: true, value: { file: 'corpus/pairs.json', force: [], forbid: [] } });
    const r = parse({ pairs: [{ left: '000', right: '001' }, { left: '001', right: '000' }] });
    expect(r.ok && r.value.force).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{ pairs: [', /corpus\/pairs\.json: is not valid JSON/],
    ['an unknown id', { pairs: [{ left: '000', right: '009' }] }, /corpus\/pairs\.json: pairs\[0\] names "009", which is not an article id in the corpus \(ids: 000, 001/],
    ['an unknown id in forbid', { forbid: [{ left: 'abc', right: '001' }] }, /forbid\[0\] names "abc"/],
    ['a misspelt key', { pairs: [{ left: '000', rigth: '001' }] }, /corpus\/pairs\.json: pairs\[0\]/],
    ['"force": false', { pairs: [{ left: '000', right: '001', force: false }] }, /pairs\[0\]\.force/],
    ['a pair with itself', { pairs: [{ left: '000', right: '000' }] }, /pairs "000" with itself/],
    ['a pair both forced and forbidden', { pairs: [{ left: '000', right: '001' }], forbid: [{ left: '001', right: '000' }] }, /also in "forbid"/],
    ['a list instead of an object', [], /expected/],
  ])('refuses %s with a clear message', (_, json, message) => expect(errorOf(json)).toMatch(message));
});

describe('readPairCuration', () => {
  it('gives null when the corpus has no pairs.json, and the parse result when it has one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-pairs-'));
    expect(await readPairCuration(dir, ids)).toEqual({ ok: true, value: null });
    await writeFile(join(dir, 'pairs.json'), JSON.stringify({ pairs: [{ left: '000', right: '404' }] }));
    const r = await readPairCuration(dir, ids);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain(`${join(dir, 'pairs.json')}: pairs[0] names "404"`);
  });

  it('refuses a file that is not UTF-8 rather than reading a teacher’s note with the letters garbled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-pairs-'));
    await writeFile(join(dir, 'pairs.json'), Buffer.from('{ "pairs": [{ "left": "000", "right": "001", "note": "caf\xe9" }] }', 'latin1'));
    expect(await readPairCuration(dir, ids)).toEqual({
      ok: false,
      error: { file: 'pairs.json', severity: 'error', code: 'bad-config', message: `${join(dir, 'pairs.json')} is not UTF-8 text` },
    });
  });
});

describe('curation in pairing', () => {
  it('forces a pair, which still gets the event check and its warning', async () => {
    const articles = (await loadCorpus('corpus')).articles;
    const curation = { file: 'corpus/pairs.json', force: [{ left: '002', right: '004', note: 'compare the two Blinken statements' }], forbid: [] };
    const pair = pairArticles(articles, { curation }).pairs.find((p) => p.left === '002' && p.right === '004')!;
    expect(pair).toMatchObject({ relation: 'related', origin: 'forced' });
    expect(pair.warning).toMatch(/26 Jan 2022.*22 May 2024/);
    expect(pair.explanation.join(' ')).toContain('A teacher paired them in corpus/pairs.json: compare the two Blinken statements.');
  });

  it('forbids a pair the tool would make', async () => {
    const articles = (await loadCorpus('corpus')).articles;
    const curation = { file: 'corpus/pairs.json', force: [], forbid: [{ left: '002', right: '003', note: null }] };
    const pairing = pairArticles(articles, { curation });
    expect(pairing.pairs.some((p) => p.left === '002' && p.right === '003')).toBe(false);
    expect(pairing.unpaired).toEqual(expect.arrayContaining(['002', '003']));
  });
});
