import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model.js';
import { loadCorpus } from '../../src/io/corpus.js';

const story = 'The foreign ministers spoke by phone on Thursday, officials said.\n\nThey agreed to meet again next month in Geneva to continue the talks.';

describe('the bundled corpus', () => {
  it('loads the five seeds with the outlets and dates of SOURCES.md', async () => {
    const corpus = await loadCorpus('corpus');
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => [a.meta.id, a.meta.outlet, a.meta.published?.slice(0, 10)])).toEqual([
      ['000', 'RFE/RL', '2021-05-13'],
      ['001', 'RT', '2021-02-05'],
      ['002', 'globalnewsink.com', '2022-01-26'],
      ['003', 'globalimpacts.wixsite.com', '2022-01-26'],
      ['004', 'Dagens', '2024-05-23'],
    ]);
    expect(corpus.articles.map((a) => a.meta.eventDate)).toEqual(['2021-05-12', '2021-02-04', '2022-01-26', '2022-01-26', '2024-05-22']);
    expect(corpus.articles[2]!.meta.source).toMatch(/^POLITICO/);
    expect(corpus.articles[3]!.meta.source).toMatch(/^CNN/);
  });
});

describe('a corpus folder with bad files', () => {
  let dir: string;
  let corpus: Corpus;
  const problem = (file: string) => corpus.problems.filter((p) => p.file === file);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-corpus-'));
    await writeFile(join(dir, 'good.txt'), `A good headline\n\n${story}`);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), ' \n\n \t\n');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, said the minister.')]));
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), 50 * 1024 * 1024);
    await writeFile(join(dir, 'chrome.txt'), 'Accessibility links\n\nBreaking News\n\nXS\nSM\nMD\nLG\n');
    await writeFile(join(dir, 'nothing.html'), '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><script>alert(1)</script></body></html>');
    await writeFile(join(dir, 'bad-date.md'), `---\ntitle: Talks\npublished: next Tuesday-ish\n---\n${story}`);
    await writeFile(join(dir, 'one.txt'), `---\nid: same\n---\n${story}`);
    await writeFile(join(dir, 'two.txt'), `---\nid: same\n---\n${story}`);
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Headline\n\n${story}`, 'utf16le')]));
    await writeFile(join(dir, 'notes.json'), '{}');
    corpus = await loadCorpus(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('still loads the usable articles', () => {
    expect(corpus.articles.map((a) => a.meta.id).sort()).toEqual(['bad-date', 'good', 'same', 'utf16']);
  });

  it.each([
    ['empty.txt', 'empty', /empty\.txt is empty/],
    ['blank.md', 'empty', /blank\.md is empty/],
    ['binary.txt', 'binary', /binary\.txt is a binary file/],
    ['latin1.txt', 'encoding', /latin1\.txt is not valid UTF-8 text \(first bad byte at offset 3\)/],
    ['huge.txt', 'too-large', /huge\.txt is 50 MB; articles are read up to 5 MB/],
    ['chrome.txt', 'only-chrome', /chrome\.txt has no article text: all 6 lines are page chrome/],
    ['nothing.html', 'no-article', /nothing\.html contains no article \(fewer than 30 words/],
    ['two.txt', 'duplicate-id', /two\.txt claims the id "same", which one\.txt already has/],
  ])('%s → a clear %s error naming the file', (file, code, message) => {
    const [p] = problem(file);
    expect(p?.code).toBe(code);
    expect(p?.severity).toBe('error');
    expect(p?.message).toMatch(message);
  });

  it('loads an article whose header date cannot be read, with a warning', () => {
    const [p] = problem('bad-date.md');
    expect(p).toMatchObject({ severity: 'warning', code: 'bad-date' });
    expect(p!.message).toContain('"next Tuesday-ish"');
    expect(corpus.articles.find((a) => a.meta.id === 'bad-date')!.meta.published).toBeNull();
  });

  it('ignores files that are not articles', () => expect(problem('notes.json')).toEqual([]));

  it('throws a prefixed error for a folder that does not exist', async () => {
    await expect(loadCorpus(join(dir, 'missing'))).rejects.toThrow(/^parallax: cannot read the corpus folder .*missing: ENOENT/);
  });
});
