/**
 * compromise's tags and answers kept between runs (issue 16: a `compare` of articles compared
 * before neither tags them nor loads compromise): the report made from kept tags is the report
 * made by tagging, and what is kept is used.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { rememberTags, tagTokens, takeTags } from '../../src/analyses/actors/tag-tokens.js';
import { decodeEntry, encodeEntry } from '../../src/io/cache-codec.js';
import { articleKey, openNlpCache } from '../../src/io/nlp-cache.js';
import { openWorkspaceAt } from '../../src/io/open-workspace.js';
import { ask, rememberAnswers, takeAnswers } from '../../src/text/nlp-answers.js';

const temp = mkdtempSync(join(tmpdir(), 'parallax-nlp-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const corpus = fileURLToPath(new URL('../../corpus', import.meta.url));
const ws = await openWorkspaceAt(corpus, { cache: null });
const seed = (id: string): Article => ({ ...ws.article(id)! });

describe('the tagging cache', () => {
  it('gives a later run the tags, and the same report as tagging afresh', async () => {
    const cache = openNlpCache(temp)!;
    const [left, right] = [seed('002'), seed('003')];
    await cache.load([left, right]);
    const tagged = ws.report(left, right);
    await cache.save([left, right]);
    const files = readdirSync(temp, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pxc'));
    expect(files.map((f) => f.replace(/^.*[/\\]/, '')).sort()).toEqual([`${articleKey(left)}.pxc`, `${articleKey(right)}.pxc`, 'answers.pxc'].sort());

    const [again, againRight] = [seed('002'), seed('003')];
    await openNlpCache(temp)!.load([again, againRight]);
    const kept = ws.report(again, againRight);
    // Tags given by the cache are not this process's: nothing was tagged.
    expect(takeTags(again)).toBeNull();
    expect(takeTags(againRight)).toBeNull();
    expect(JSON.stringify(kept)).toBe(JSON.stringify(tagged));
  });

  it('gives each token its tags, in order, through the entry codec', () => {
    const article = seed('000');
    const fresh = tagTokens(article, 'pos');
    const stored = decodeEntry(encodeEntry('k', takeTags(article)), 'k') as Parameters<typeof rememberTags>[1];
    const copy = seed('000');
    rememberTags(copy, stored);
    expect(tagTokens(copy, 'pos').map((t) => [...t])).toEqual(fresh.map((t) => [...t]));
    expect(tagTokens(copy, 'lexicon').map((t) => [...t])).toEqual(tagTokens(article, 'lexicon').map((t) => [...t]));
    expect(takeTags(copy)).toBeNull();
  });

  it('ignores tags kept for another article, and tags it afresh', () => {
    const [a, b] = [seed('000'), seed('001')];
    tagTokens(a, 'lexicon');
    rememberTags(b, takeTags(a)!);
    expect(articleKey(a)).not.toBe(articleKey(b));
    expect(tagTokens(b, 'lexicon')).toHaveLength(b.tokens.length);
    expect(takeTags(b)).not.toBeNull();
  });

  it('keys an article by what tagging reads: the same text and spans give the same key', () => {
    expect(articleKey(seed('002'))).toBe(articleKey(seed('002')));
    const moved = seed('002');
    const shifted = { ...moved, tokens: moved.tokens.map((t, k) => (k === 0 ? { ...t, span: { ...t.span, end: t.span.end - 1 } } : t)) };
    expect(articleKey(shifted)).not.toBe(articleKey(moved));
  });
});

describe('compromise answers', () => {
  it('answers once, says when an answer is new, and uses answers kept from an earlier run', () => {
    takeAnswers();
    expect(ask('gender', 'Hillary')).toBe('she');
    expect(ask('verb', 'stop')).toBe(true);
    const first = takeAnswers();
    expect(first.changed).toBe(true);
    expect(first.entries).toContainEqual(['gender:Hillary', 'she']);
    expect(ask('gender', 'Hillary')).toBe('she');
    expect(takeAnswers().changed).toBe(false);
    // An answer kept from an earlier run is used as given (compromise would say null here).
    rememberAnswers([['gender:Zzyzxq', 'he']]);
    expect(ask('gender', 'Zzyzxq')).toBe('he');
    expect(takeAnswers().changed).toBe(false);
  });
});
