import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model.js';
import { loadCorpus } from '../../src/io/corpus.js';
import { createApp } from '../../src/web/app.js';
import { articleOf } from '../helpers.js';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp({ corpus: await loadCorpus('corpus') });
});

describe('home page', () => {
  it('lists the corpus with outlet, date, title and words', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('RFE/RL');
    expect(res.text).toContain('5 Feb 2021');
    expect(res.text).toContain('href="/articles/002"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('article page', () => {
  it('shows the cleaned text in paragraphs and the removed chrome with reasons, collapsed', async () => {
    const res = await request(app).get('/articles/004').expect(200);
    expect(res.text).toContain('<h2>Blinken&#39;s Remarks</h2>');
    expect(res.text).toMatch(/<details class="removed">\s*<summary>Page chrome removed from this article \(7 lines\)/);
    expect(res.text).toContain('<td>Trending Now</td><td>site navigation or label</td>');
    expect(res.text).toContain('Camilla Jessen <span class="inferred">(inferred from the text)</span>');
  });

  it('answers an unknown id with a 404 page', async () => {
    const res = await request(app).get('/articles/..%2f..%2fetc%2fpasswd').expect(404);
    expect(res.text).toContain('There is no article with the id “../../etc/passwd” in this corpus.');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers JSON clients with JSON', async () => {
    const res = await request(app).get('/articles/nope').set('Accept', 'application/json').expect(404);
    expect(res.body).toEqual({ error: { status: 404, message: 'There is no article with the id “nope” in this corpus.' } });
  });
});

describe('escaping', () => {
  it('prints article text that carries markup as text', async () => {
    const evil = articleOf('A <script>alert(1)</script> headline\n\nOfficials said <img src=x onerror=alert(1)> and </p></body> were in the text, the ministry said on Monday.');
    const corpus: Corpus = { articles: [{ ...evil, meta: { ...evil.meta, id: 'evil' } }], problems: [] };
    const res = await request(createApp({ corpus })).get('/articles/evil').expect(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('unknown pages', () => {
  it('are one 404 page', async () => {
    const res = await request(app).get('/no/such/page').expect(404);
    expect(res.text).toContain('There is no page at /no/such/page.');
  });
});
