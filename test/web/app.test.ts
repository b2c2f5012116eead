import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { measureWording, verbClassWording, findingWording } from '../../src/report/wording/index.js';
import { createApp } from '../../src/web/app.js';
import { appOver, fakeAnalyst, type TestApp } from './app-of.js';

let t: TestApp;
beforeAll(async () => {
  t = await appOver();
});
afterAll(() => t.analyst.close());

/** Every `href="#id"` of a page has an element with that id, and no id is used twice. */
function expectLinksResolve(html: string): void {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids.length).toBe(new Set(ids).size);
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  expect(targets.length).toBeGreaterThan(0);
  expect(targets.filter((id) => !ids.includes(id))).toEqual([]);
}

describe('home page', () => {
  it('is drawn once per corpus and pairing: repeated GETs send the same page without drawing it again (issue 15, item 3)', async () => {
    const first = await request(t.app).get('/').expect(200);
    const draw = vi.spyOn(t.app, 'render');
    for (let i = 0; i < 5; i += 1) expect((await request(t.app).get('/').expect(200)).text).toBe(first.text);
    expect(draw).not.toHaveBeenCalled();
    draw.mockRestore();
  });

  it('lists the corpus, with the Content Security Policy', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.text).toContain('RFE/RL');
    expect(res.text).toContain('5 Feb 2021');
    expect(res.text).toContain('href="/articles/002"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('lists stories first with their pairs inside, then related pairs; a related pair warns with both dates', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.text).toMatch(/<h3 id="story-1-h">2 outlets on [^<]*, 26 Jan 2022<\/h3>/);
    expect(res.text.indexOf('id="story-1-h"')).toBeLessThan(res.text.indexOf('href="/compare/002/003"'));
    expect(res.text).toMatch(/<h3 id="g-related">Related occasions/);
    expect(res.text).toContain('href="/compare/002/003"');
    expect(res.text).toContain('href="/compare/000/001"');
    expect(res.text).toContain('“diplomacy has the best chance to succeed if we provide space for confidential talks”');
    const related = res.text.slice(res.text.indexOf('id="g-related"'));
    expect(related).toMatch(/class="warning" role="note"><strong><span aria-hidden="true">⚠<\/span> [^<]*12 May 2021[^<]*4 Feb 2021/);
    // How sure, in words: no similarity or confidence figure on a page students see (issue 14).
    expect(res.text).toMatch(/Parallax is (quite|fairly) sure of this/);
    expect(res.text).not.toMatch(/similarity 0\.\d|confidence \d+%/i);
  });

  it('sets an unpaired article apart with an invitation to bring a counterpart', async () => {
    const res = await request(t.app).get('/').expect(200);
    const unpaired = res.text.slice(res.text.indexOf('id="unpaired-h"'));
    expect(unpaired).toContain('U.S. Open to Discussing Deep Strikes on Russia, Says Blinken');
    expect(unpaired).toContain('href="/compare?with=004"');
  });
});

describe('article page', () => {
  it('shows the cleaned text in paragraphs and the removed chrome with reasons, collapsed', async () => {
    const res = await request(t.app).get('/articles/004').expect(200);
    expect(res.text).toContain('<h2>Blinken&#39;s Remarks</h2>');
    expect(res.text).toMatch(/<details class="removed">\s*<summary>Page chrome removed from this article \(7 lines\)/);
    expect(res.text).toContain('<td data-label="Line">Trending Now</td><td data-label="Why it was removed">site navigation or label</td>');
    expect(res.text).toContain('Camilla Jessen <span class="inferred">(inferred from the text)</span>');
  });

  it('links to the pairs it is in, or invites a counterpart', async () => {
    expect((await request(t.app).get('/articles/003').expect(200)).text).toContain('href="/compare/002/003"');
    expect((await request(t.app).get('/articles/004').expect(200)).text).toContain('href="/compare?with=004"');
  });

  it('answers an unknown id with a 404 page, never a path', async () => {
    const res = await request(t.app).get('/articles/..%2f..%2fetc%2fpasswd').expect(404);
    expect(res.text).toContain('There is no article with the id “../../etc/passwd” in this corpus.');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers JSON clients with JSON', async () => {
    const res = await request(t.app).get('/articles/nope').set('Accept', 'application/json').expect(404);
    expect(res.body).toEqual({ error: { status: 404, message: 'There is no article with the id “nope” in this corpus.' } });
  });
});

describe('method page', () => {
  it('explains every measure with its limits, every finding kind and every verb class, from the wording table', async () => {
    const res = await request(t.app).get('/method').expect(200);
    const text = res.text.replace(/&#39;/g, "'").replace(/&#34;|&quot;/g, '"');
    for (const m of Object.values(measureWording)) {
      expect(text).toContain(m.name);
      for (const limit of m.limits) expect(text).toContain(limit);
      if (m.measured) expect(text).toContain(m.measured);
    }
    for (const f of Object.values(findingWording)) expect(text).toContain(f.title);
    for (const v of Object.values(verbClassWording)) expect(text).toContain(v.plain);
  });
});

describe('pair page', () => {
  it('shows the headline contrast, aligned rows with marked words, the findings and the contrasts', async () => {
    const res = await request(t.app).get('/compare/002/003').expect(200);
    expect(res.text).toContain('<h1 class="pair-title">');
    expect(res.text).toContain('POLITICO (via globalnewsink.com)');
    expect(res.text).toContain('<table class="aligned">');
    expect(res.text).toMatch(/<del>[^<]+<\/del>/);
    expect(res.text).toMatch(/<ins>[^<]+<\/ins>/);
    expect(res.text).toContain('No clear counterpart in CNN'); // since issue 11's round 2 the seeds' pair has no sentence called "only in"
    expect(res.text).toContain('A quotation cut differently');
    expect(res.text).toContain('id="quotes"');
    expect(res.text).toContain('<svg class="chart dots chart-wide"');
    expect(res.text).toContain('<svg class="chart diverging chart-wide"');
    expect(res.text).toContain('aria-current="page">Aligned rows');
    expect(res.text).toContain('href="/compare/002/003?view=side"');
    expect(res.text).toContain('href="/articles/002"');
  });

  it('links every finding, chart bar and table entry to words that carry that id, once', async () => {
    expectLinksResolve((await request(t.app).get('/compare/002/003').expect(200)).text);
    expectLinksResolve((await request(t.app).get('/compare/002/003?view=side').expect(200)).text);
    expectLinksResolve((await request(t.app).get('/compare/000/001').expect(200)).text);
  });

  it('side by side: every sentence focusable with an id, matched ones naming their counterparts', async () => {
    const res = await request(t.app).get('/compare/002/003?view=side').expect(200);
    expect(res.text).toContain('aria-current="page">Side by side');
    expect(res.text).toContain('<span id="s-l-3" class="sent" tabindex="0" data-pair="s-r-5">');
    expect(res.text).toContain('id="s-r-5" class="sent" tabindex="0" data-pair="s-l-3"');
    // Lavrov's warning is linked to nothing (it names no counterpart); since issue 11's round 2 it
    // is "no clear counterpart", not "only in" (test/align/align-articles.test.ts says why).
    expect(res.text).toMatch(/id="s-l-9" class="sent[a-z ]*" tabindex="0">/);
    expect(res.text).toMatch(/id="s-l-1" class="sent" tabindex="0">/);
  });

  it('puts the event-check warning with both dates at the top of a related pair', async () => {
    const res = await request(t.app).get('/compare/000/001').expect(200);
    const head = res.text.slice(0, res.text.indexOf('class="tabs'));
    expect(head).toContain('Read with care');
    expect(head).toContain('Different occasions: RFE/RL reports events of 12 May 2021, RT of 4 Feb 2021.');
    expect(head).toContain('RFE/RL: the event happened on 12 May 2021');
    expect(head).toContain('RT: the event happened on 4 Feb 2021');
    expect(head).toContain('Two accounts side by side: RFE/RL and RT');
    expect(head).not.toContain('One story');
  });

  it('serves repeated views, in either mode, from the cache: each view is drawn once in the worker', async () => {
    const before = t.analyst.renders;
    await request(t.app).get('/compare/003/002').expect(200);
    await request(t.app).get('/compare/003/002').expect(200);
    await request(t.app).get('/compare/003/002?view=side').expect(200);
    await request(t.app).get('/compare/003/002?view=side').expect(200);
    await request(t.app).get('/compare/003/002/report.json').expect(200);
    await request(t.app).get('/compare/003/002/report.json').expect(200);
    expect(t.analyst.renders - before).toBe(3);
  });

  it('sends a cached page as the same bytes with the ETag express would give them, and 304 when the browser has them (issue 16)', async () => {
    const first = await request(t.app).get('/compare/003/002').expect(200);
    const again = await request(t.app).get('/compare/003/002').expect(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(again.text).toBe(first.text);
    const bytes = Buffer.from(first.text, 'utf8');
    const sha1 = createHash('sha1').update(bytes).digest('base64').substring(0, 27);
    expect(again.headers['etag']).toBe(`W/"${bytes.length.toString(16)}-${sha1}"`);
    await request(t.app).get('/compare/003/002').set('If-None-Match', again.headers['etag']!).expect(304);
  });

  it('links to the framing report and serves it as JSON', async () => {
    const page = await request(t.app).get('/compare/002/003').expect(200);
    expect(page.text).toContain('href="/compare/002/003/report.json"');
    const res = await request(t.app).get('/compare/002/003/report.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.version).toBe(1);
    expect(res.body.articles.left.meta.id).toBe('002');
    expect(res.body.findings.length).toBeGreaterThan(0);
  });

  it('links to the report as Markdown, HTML and PDF too; the self-contained HTML gets a policy allowing only its own stylesheet', async () => {
    const page = await request(t.app).get('/compare/000/001').expect(200);
    for (const f of ['md', 'html', 'json', 'pdf']) expect(page.text).toContain(`href="/compare/000/001/report.${f}"`);
    const md = await request(t.app).get('/compare/000/001/report.md').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('12 May 2021');
    const html = await request(t.app).get('/compare/000/001/report.html').expect(200);
    expect(html.text).toMatch(/<style>/);
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html.headers['content-security-policy']).not.toContain('script-src');
    const pdf = await request(t.app).get('/compare/000/001/report.pdf').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the report file after ids outside Latin-1 too, instead of failing with a 500', async () => {
    const report = await t.analyst.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' });
    const renamed = t.input.corpus.articles.map((a) => (a.meta.id === '002' ? { ...a, meta: { ...a.meta, id: 'статья' } } : a));
    const app = createApp({ input: { ...t.input, corpus: { ...t.input.corpus, articles: renamed } }, corpusDir: null, analyst: fakeAnalyst(async () => report), budgetMs: 60_000 });
    const res = await request(app).get(`/compare/${encodeURIComponent('статья')}/003/report.md`).expect(200);
    expect(res.headers['content-disposition']).toBe(`inline; filename="parallax-______-003.md"; filename*=UTF-8''parallax-${encodeURIComponent('статья')}-003.md`);
    const plain = await request(t.app).get('/compare/002/003/report.md').expect(200);
    expect(plain.headers['content-disposition']).toBe('inline; filename="parallax-002-003.md"');
  });

  it('answers an unknown id, an unknown format and the same article twice with a clear page', async () => {
    const missing = await request(t.app).get('/compare/002/nope').expect(404);
    expect(missing.text).toContain('There is no article with the id “nope” in this corpus.');
    const format = await request(t.app).get('/compare/002/003/report.exe').expect(404);
    expect(format.text).toContain('There is no report as “exe”');
    const same = await request(t.app).get('/compare/002/002').expect(400);
    expect(same.text).toContain('Choose two different articles to compare.');
    const json = await request(t.app).get('/compare/nope/003/report.json').set('Accept', 'application/json').expect(404);
    expect(json.body.error.status).toBe(404);
  });
});

describe('assets and unknown pages', () => {
  it('serves the stylesheet, the script and the print stylesheet', async () => {
    for (const f of ['parallax.css', 'parallax.js', 'print.css']) await request(t.app).get(`/assets/${f}`).expect(200);
  });

  it('are one 404 page', async () => {
    const res = await request(t.app).get('/no/such/page').expect(404);
    expect(res.text).toContain('There is no page at /no/such/page.');
    await request(t.app).get('/assets/nope.css').expect(404);
  });
});
