import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../src/io/cache-codec.js';
import { codeFingerprint, importClosure } from '../../src/io/code-fingerprint.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { openWorkspaceAt } from '../../src/io/open-workspace.js';
import { cacheRoot, openPreparedCache, type FileOutcome } from '../../src/io/prepared-cache.js';

const temp = mkdtempSync(join(tmpdir(), 'parallax-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every entry file under a cache root. */
const entries = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pxc')).map((f) => join(root, f));

describe('the entry codec', () => {
  const value = {
    ints: [1, 2, 3, 400, -5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    embedding: Array.from({ length: 32 }, (_, i) => Math.fround(Math.sin(i) / 3)),
    doubles: Array.from({ length: 20 }, (_, i) => i / 7),
    typed: new Float32Array([0.5, 1.25, -3]),
    nested: [{ text: 'Лавров said “no”', span: { start: 0, end: 4 }, vector: Array.from({ length: 16 }, (_, i) => i + 0.5) }],
    nothing: null,
  };

  it('gives back the value exactly: JSON data, number arrays and typed arrays', () => {
    expect(decodeEntry(encodeEntry('k1', value), 'k1')).toStrictEqual(value);
  });

  it('stores a float32 embedding in 4 bytes a number (JSON takes ~19 characters)', () => {
    const vector = Array.from({ length: 384 }, (_, i) => Math.fround(Math.cos(i) / 5));
    expect(encodeEntry('k', vector).length).toBeLessThan(384 * 4 + 200);
    expect(JSON.stringify(vector).length).toBeGreaterThan(384 * 15);
  });

  it.each([
    ['another key', (b: Buffer) => b, 'k2'],
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 9), 'k1'],
    ['JSON cut short', (b: Buffer) => b.subarray(0, 40), 'k1'],
    ['not an entry', () => Buffer.from('hello world, not a cache entry'), 'k1'],
    ['empty', () => Buffer.alloc(0), 'k1'],
  ])('reads a damaged or foreign entry as none: %s', (_, damage, key) => {
    expect(decodeEntry(damage(encodeEntry('k1', value)), key)).toBeNull();
  });
});

describe('the code fingerprint', () => {
  it('changes with any module the entry points import, and not with others', () => {
    const dir = join(temp, 'modules');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.js'), "import { b } from './b.js';\n// words from 'somewhere' in a comment\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.js'), "export const b = 1;\n");
    writeFileSync(join(dir, 'c.js'), "export const c = 1;\n");
    const print = () => codeFingerprint([pathToFileURL(join(dir, 'a.js'))]);
    const before = print();
    writeFileSync(join(dir, 'c.js'), "export const c = 2;\n");
    expect(print()).toBe(before);
    writeFileSync(join(dir, 'b.js'), "export const b = 2;\n");
    expect(print()).not.toBe(before);
  });

  it('covers the reading, cleaning and segmenting code and the packages it uses', () => {
    const { files, packages } = importClosure(['src/io/prepare-file.ts']);
    const names = files.map((f) => f.replace(/^.*\/src\//, ''));
    for (const module of ['io/front-matter.ts', 'io/html.ts', 'text/clean.ts', 'text/segment.ts', 'text/tokenize.ts', 'text/metadata.ts', 'lexicons/chrome.ts']) expect(names).toContain(module);
    expect(packages.map((p) => p.replace(/@[^@]*$/, ''))).toEqual(expect.arrayContaining(['yaml', 'stemmer', 'linkedom', '@mozilla/readability']));
  });
});

describe('the cache folder', () => {
  it('is PARALLAX_CACHE_DIR, else under XDG_CACHE_HOME, else ~/.cache; off with PARALLAX_CACHE=off', () => {
    expect(cacheRoot({ PARALLAX_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheRoot({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/parallax');
    expect(cacheRoot({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/parallax$/);
    expect(cacheRoot({ PARALLAX_CACHE: 'off', PARALLAX_CACHE_DIR: '/x' })).toBeNull();
  });
});

describe('loading a corpus through the cache', () => {
  const corpus = join(temp, 'corpus');
  const root = join(temp, 'cache');

  beforeAll(() => {
    cpSync('corpus', corpus, { recursive: true });
    writeFileSync(join(corpus, 'page.html'), `<html><body><nav>Home | World</nav><article><h1>Talks stall</h1>${'<p>Diplomats met in Geneva on Tuesday and said the talks had stalled over the border question again.</p>'.repeat(4)}</article></body></html>`);
    writeFileSync(join(corpus, 'chrome.txt'), 'Accessibility links\n\nBreaking News\n\nXS\nSM\nMD\nLG\n');
    writeFileSync(join(corpus, 'warned.md'), '---\ncolour: red\npublished: someday\n---\nThe minister said on Monday that the plan would go ahead despite the protests.\n');
    writeFileSync(join(corpus, 'twin.txt'), `---\nid: "002"\n---\nA second file that claims an id the corpus already has.\n`);
  });

  it('loads the same corpus cold (writing entries) and warm (reading them) as without a cache, writing nothing into the corpus', async () => {
    const before = readdirSync(corpus, { recursive: true });
    const plain = await loadCorpus(corpus);
    const cache = openPreparedCache(root)!;
    const cold = await loadCorpus(corpus, { cache });
    expect(entries(root).length).toBe(readdirSync(corpus).filter((f) => /\.(txt|md|html)$/.test(f)).length);
    const warm = await loadCorpus(corpus, { cache: openPreparedCache(root) });
    expect(cold).toStrictEqual(plain);
    expect(warm).toStrictEqual(plain);
    expect(readdirSync(corpus, { recursive: true })).toEqual(before);
    expect(plain.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['only-chrome', 'bad-header', 'bad-date', 'duplicate-id']));
  });

  it('gives the same framing report from cached articles', async () => {
    const plain = (await openWorkspaceAt(corpus, { cache: null })).reportByIds('002', '003');
    const cached = (await openWorkspaceAt(corpus, { cache: openPreparedCache(root) })).reportByIds('002', '003');
    expect(JSON.stringify(cached)).toBe(JSON.stringify(plain));
  });

  it('reads articles from the entries (an entry planted for a file is what loads)', async () => {
    const cache = openPreparedCache(root)!;
    const bytes = readFileSync(join(corpus, 'warned.md'));
    const key = cache.keyOf('warned.md', 'md', bytes);
    const stored = (await cache.get(key))!;
    const planted: FileOutcome = { ...stored, article: { ...stored.article!, meta: { ...stored.article!.meta, title: 'Planted' } } };
    await cache.put(key, planted);
    const loaded = await loadCorpus(corpus, { cache });
    expect(loaded.articles.find((a) => a.meta.file === 'warned.md')?.meta.title).toBe('Planted');
    await cache.put(key, stored);
  });

  it('rebuilds a damaged entry', async () => {
    const plain = await loadCorpus(corpus);
    const [victim] = entries(root);
    writeFileSync(victim!, 'PXC1garbage');
    expect(await loadCorpus(corpus, { cache: openPreparedCache(root) })).toStrictEqual(plain);
    expect(readFileSync(victim!).length).toBeGreaterThan(100);
  });

  it('loads without caching when the cache folder cannot be made', async () => {
    const blocked = join(temp, 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(await loadCorpus(corpus, { cache: openPreparedCache(join(blocked, 'cache')) })).toStrictEqual(await loadCorpus(corpus));
  });

  it('removes the folders of other code unused for 30 days, and keeps recent ones', async () => {
    const fresh = join(temp, 'tidy');
    const old = join(fresh, 'prepared', 'old-code');
    const recent = join(fresh, 'prepared', 'recent-code');
    mkdirSync(old, { recursive: true });
    mkdirSync(recent, { recursive: true });
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(old, longAgo, longAgo);
    await loadCorpus(corpus, { cache: openPreparedCache(fresh) });
    expect(readdirSync(join(fresh, 'prepared'))).not.toContain('old-code');
    expect(readdirSync(join(fresh, 'prepared'))).toContain('recent-code');
    expect(readFileSync(join(fresh, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);
  });
});
