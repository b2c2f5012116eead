/** The analysis worker, started from the TypeScript sources through tsx as under vitest. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import { AnalysisError, startAnalyst, type Analyst } from '../../src/web/analyst.js';
import type { UploadInput } from '../../src/web/read-upload.js';
import type { WorkspaceInput } from '../../src/workspace.js';
import { seedBody, seedFiles } from '../helpers.js';

let input: WorkspaceInput;
let analyst: Analyst;
beforeAll(async () => {
  input = await readWorkspaceInput('corpus');
  analyst = startAnalyst(input);
});
afterAll(() => analyst.close());

describe('the analyst', () => {
  it('pairs the corpus and reports on corpus articles and on articles given by value', async () => {
    const pairing = await analyst.pairing();
    expect(pairing.pairs.map((p) => `${p.left}-${p.right}`)).toContain('002-003');
    const byId = await analyst.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' });
    expect(byId?.event.origin).toBe('found');
    const given = input.corpus.articles.find((a) => a.meta.id === '004')!;
    const mixed = await analyst.report({ kind: 'given', article: { ...given, meta: { ...given.meta, id: 'yours' } } }, { kind: 'corpus', id: '003' });
    expect(mixed?.event.origin).toBe('ad-hoc');
  });

  it('answers null for an id its corpus lacks, also after a reset to a smaller corpus', async () => {
    expect(await analyst.report({ kind: 'corpus', id: 'nope' }, { kind: 'corpus', id: '003' })).toBeNull();
    analyst.reset({ ...input, corpus: { ...input.corpus, articles: input.corpus.articles.filter((a) => a.meta.id !== '004') } });
    expect(await analyst.report({ kind: 'corpus', id: '004' }, { kind: 'corpus', id: '003' })).toBeNull();
    expect((await analyst.pairing()).unpaired).not.toContain('004');
    analyst.reset(input);
  });

  it('stops a job past its hard limit, and the next job gets a fresh worker', async () => {
    const hasty = startAnalyst(input, { hardLimitMs: 1 });
    const stopped = await hasty.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(AnalysisError);
    expect((stopped as AnalysisError).reason).toBe('too-slow');
    await hasty.close();
    const closed = await hasty.report({ kind: 'corpus', id: '000' }, { kind: 'corpus', id: '001' }).then(() => null, (e: unknown) => e);
    // A closed analyst starts again on demand; the 1 ms limit stops it again.
    expect((closed as AnalysisError).reason).toBe('too-slow');
    await hasty.close();
  });

  it('keeps an upload it read and draws its views, only a handle and strings crossing to the server; a fresh worker reads it again', async () => {
    const upload: UploadInput = { label: 'the first article you pasted', bytes: new TextEncoder().encode(seedBody(seedFiles['002']!)), format: 'paste', given: { id: 'yours' }, unnamed: 'The first article' };
    const read = await analyst.read(upload);
    if (!read.ok) throw new Error(read.message);
    // A handle: metadata and content key, never the article's tokens (issue 15: copying a
    // 58,000-word article to the server and back blocked it for most of a second each time).
    expect(Object.keys(read.article).sort()).toEqual(['key', 'meta']);
    expect(read.article.meta.outlet).toBe('The first article');
    const ref = { kind: 'upload', key: read.article.key, upload } as const;
    const page = await analyst.render(`k-${read.article.key}`, ref, { kind: 'corpus', id: '003' }, { kind: 'document', format: 'md' });
    expect(page?.kind === 'drawn' && page.text).toContain('The first article');
    // A worker that never read it (the old one was replaced) reads it again from the bytes kept.
    const fresh = startAnalyst(input);
    const again = await fresh.render('k-again', ref, { kind: 'corpus', id: '003' }, { kind: 'document', format: 'md' });
    expect(again).toEqual(page);
    // Bytes that do not read as the key says are not taken for the article.
    const changed = await fresh.render('k-changed', { ...ref, key: 'f'.repeat(64) }, { kind: 'corpus', id: '003' }, { kind: 'document', format: 'md' });
    expect(changed).toBeNull();
    await fresh.close();
  });
});
