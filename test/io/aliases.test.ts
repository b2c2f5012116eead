import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAliasTable, readAliasTable } from '../../src/io/aliases.js';

const good = JSON.stringify({
  source: 'a class project',
  actors: [
    { name: 'Antony Blinken', kind: 'person', aliases: ['Tony Blinken'] },
    { name: 'Belarusian opposition', kind: 'organisation', country: 'Belarus' },
  ],
});

describe('parseAliasTable', () => {
  it('fills the optional fields', () => {
    expect(parseAliasTable(good, 'aliases.json')).toEqual({
      ok: true,
      value: {
        actors: [
          { name: 'Antony Blinken', kind: 'person', aliases: ['Tony Blinken'], metonyms: [], demonyms: [], country: null },
          { name: 'Belarusian opposition', kind: 'organisation', aliases: [], metonyms: [], demonyms: [], country: 'Belarus' },
        ],
      },
    });
  });

  it('accepts a byte-order mark', () => {
    expect(parseAliasTable(`\uFEFF${good}`, 'aliases.json').ok).toBe(true);
  });

  // Each broken file, and the words its message must contain.
  const broken: [string, string, RegExp][] = [
    ['not JSON', '{ "actors": [ ', /^aliases\.json is not valid JSON \(.+\); no user aliases were used$/],
    ['a list at the top', '[]', /should hold an object with an "actors" list, not a list/],
    ['no actors', '{}', /should have an "actors" list, not undefined/],
    ['a misspelt field', '{ "actor": [] }', /unknown field "actor"/],
    ['an entry that is a string', '{ "actors": ["Kremlin"] }', /actors\[0\] should be an object .* not "Kremlin"/],
    ['no name', '{ "actors": [{ "kind": "person" }] }', /actors\[0\]\.name should be a name, not undefined/],
    ['a wrong kind', '{ "actors": [{ "name": "X", "kind": "persn" }] }', /actors\[0\]\.kind is "persn"; use one of person, organisation, government, country, place, other/],
    ['aliases not a list', '{ "actors": [{ "name": "X", "kind": "place", "aliases": "Y" }] }', /actors\[0\]\.aliases should be a list of names, not "Y"/],
    ['an empty alias', '{ "actors": [{ "name": "X", "kind": "place", "metonyms": ["ok", " "] }] }', /actors\[0\]\.metonyms\[1\] should be a name/],
    ['a misspelt entry field', '{ "actors": [{ "name": "X", "kind": "place", "alias": [] }] }', /actors\[0\] has an unknown field "alias"/],
    ['a country that is a number', '{ "actors": [{ "name": "X", "kind": "place", "country": 3 }] }', /actors\[0\]\.country should be a country's name, not number/],
  ];
  it.each(broken)('%s is a problem value naming the file', (_, text, message) => {
    const result = parseAliasTable(text, 'aliases.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'aliases.json', severity: 'error', code: 'bad-config' });
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/^aliases\.json /);
  });
});

describe('readAliasTable', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-aliases-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives an empty table when the corpus has no aliases.json', async () => {
    expect(await readAliasTable(dir)).toEqual({ ok: true, value: { actors: [] } });
  });

  it('reads the file', async () => {
    await writeFile(join(dir, 'aliases.json'), good);
    const result = await readAliasTable(dir);
    expect(result.ok && result.value.actors.map((a) => a.name)).toEqual(['Antony Blinken', 'Belarusian opposition']);
  });

  it('reports text that is not UTF-8', async () => {
    await writeFile(join(dir, 'aliases.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const result = await readAliasTable(dir);
    expect(!result.ok && result.error.message).toBe('aliases.json is not UTF-8 text; no user aliases were used');
  });
});
