import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyHeader } from '../../src/io/front-matter.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { saveArticle } from '../../src/io/save-article.js';
import { writeFileAtomic } from '../../src/io/write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a file and leaves no temporary file behind', async () => {
    expect(await writeFileAtomic(join(dir, 'a.md'), 'hello')).toEqual({ ok: true, value: join(dir, 'a.md') });
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('never replaces an existing file unless told to', async () => {
    await writeFile(join(dir, 'a.md'), 'mine');
    const refused = await writeFileAtomic(join(dir, 'a.md'), 'theirs');
    expect(refused).toEqual({ ok: false, error: `${join(dir, 'a.md')} already exists` });
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('mine');
    expect(await writeFileAtomic(join(dir, 'a.md'), 'theirs', true)).toMatchObject({ ok: true });
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('theirs');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('says why a folder cannot be written', async () => {
    expect(await writeFileAtomic(join(dir, 'missing', 'a.md'), 'x')).toEqual({ ok: false, error: `the folder ${join(dir, 'missing')} does not exist` });
    if (process.getuid?.() !== 0) {
      await chmod(dir, 0o500);
      expect((await writeFileAtomic(join(dir, 'a.md'), 'x')).ok).toBe(false);
      await chmod(dir, 0o700);
    }
  });
});

describe('saveArticle', () => {
  const story = 'The ministers spoke by phone on Thursday, officials said.\n\nThey agreed to meet again.';

  it('saves under a fresh name and id with a header the corpus loader reads back', async () => {
    await writeFile(join(dir, 'talks.txt'), 'someone else’s file');
    const header = { ...emptyHeader(), title: 'Talks', outlet: 'The Daily' };
    const saved = await saveArticle(dir, { content: story, format: 'paste', header }, new Set(['talks-2']));
    expect(saved).toEqual({ ok: true, value: { file: 'talks-3.txt', id: 'talks-3' } });
    expect(await readFile(join(dir, 'talks.txt'), 'utf8')).toBe('someone else’s file');
    const corpus = await loadCorpus(dir);
    const back = corpus.articles.find((a) => a.meta.id === 'talks-3')!;
    expect(back.meta).toMatchObject({ title: 'Talks', outlet: 'The Daily' });
    expect(back.text).toBe(story);
  });

  it('reads back a headline with quotation marks and a backslash as it was given', async () => {
    const title = 'Lavrov: "We won\'t allow it" \\ a reply';
    const saved = await saveArticle(dir, { content: story, format: 'paste', header: { ...emptyHeader(), title } }, new Set());
    expect(saved.ok).toBe(true);
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles[0]!.meta.title).toBe(title);
  });

  it('names the file after the whole headline: periods, slashes and accents are not file-name syntax', async () => {
    const header = { ...emptyHeader(), title: 'U.S. and RFE/RL: Zürich talks' };
    const saved = await saveArticle(dir, { content: story, format: 'paste', header }, new Set());
    expect(saved).toEqual({ ok: true, value: { file: 'u-s-and-rfe-rl-zurich-talks.txt', id: 'u-s-and-rfe-rl-zurich-talks' } });
  });
});
