/**
 * The lesson one click away (issue 14): the teacher's guide and the worksheet as pages of the
 * app and as PDFs, for corpus pairs and uploads, linked from the pair page and the home page;
 * and the pages students see say things in words, not in figures.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLesson } from '../../src/report/classroom/index.js';
import { renderMarkdown } from '../../src/render/report/index.js';
import { appOver, type TestApp } from './app-of.js';

let t: TestApp;
beforeAll(async () => {
  t = await appOver();
});
afterAll(() => t.analyst.close());


/** The visible text of a page: tags dropped, entities for quotes and ampersands read back. */
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('the lesson pages', () => {
  it('serve the teacher’s guide with every question of the lesson, its evidence and the way back', async () => {
    const report = await t.analyst.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' });
    const lesson = buildLesson(report!);
    const res = await request(t.app).get('/compare/002/003/teacher').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<h1 id="top">Teacher’s guide: how POLITICO and CNN tell the story</h1>');
    const text = textOf(res.text);
    for (const q of lesson.questions) expect(text).toContain(q.question.slice(0, 60));
    expect(res.text).toContain('class="excerpt side-left"');
    expect(res.text).toContain('href="/compare/002/003"');
    expect(res.text).toContain('href="/compare/002/003/teacher.pdf"');
    expect(res.text).toContain('href="/compare/002/003/worksheet"');
    // The site's policy holds: the page uses the site's stylesheets, no inline style or script.
    expect(res.text).not.toMatch(/<style|<script>/);
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('serve the worksheet with the same questions, room to answer and no answers', async () => {
    const res = await request(t.app).get('/compare/000/001/worksheet').expect(200);
    const md = renderMarkdown((await t.analyst.report({ kind: 'corpus', id: '000' }, { kind: 'corpus', id: '001' }))!, { edition: 'worksheet' });
    const questions = [...md.matchAll(/^\*\*(\d+)\.\*\* /gm)].length;
    expect(questions).toBeGreaterThan(2);
    expect((res.text.match(/class="answer"/g) ?? []).length).toBe(questions + 1); // each question, and the name line
    expect(res.text).not.toContain('What the articles show');
    expect(res.text).toContain('Worksheet: how RFE/RL and RT tell the story');
  });

  it('print each edition to PDF', async () => {
    for (const edition of ['teacher', 'worksheet']) {
      const pdf = await request(t.app).get(`/compare/002/003/${edition}.pdf`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(`inline; filename="parallax-002-003.${edition}.pdf"`);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('are linked from the pair page and from each pair on the home page', async () => {
    const pair = await request(t.app).get('/compare/000/001?view=side').expect(200);
    for (const href of ['/compare/000/001/teacher', '/compare/000/001/teacher.pdf', '/compare/000/001/worksheet', '/compare/000/001/worksheet.pdf']) expect(pair.text).toContain(`href="${href}"`);
    const home = await request(t.app).get('/').expect(200);
    expect(home.text).toContain('href="/compare/002/003/teacher"');
    expect(home.text).toContain('href="/compare/002/003/worksheet.pdf"');
  });

  it('exist for an upload too, and answer 404 for an unknown pair', async () => {
    const form = await request(t.app)
      .post('/compare')
      .type('form')
      .send({ left_text: 'Officials met in Geneva\n\nThe minister said the talks went on, officials said on Monday.', right_corpus: '004' })
      .expect(303);
    const base = form.headers['location']!;
    const res = await request(t.app).get(`${base}/worksheet`).expect(200);
    expect(res.text).toContain(`href="${base}"`);
    await request(t.app).get('/compare/002/nope/teacher').expect(404);
    await request(t.app).get(`/uploads/${'0'.repeat(64)}/teacher`).expect(404);
  });
});

describe('words for a 15-year-old on the pages students see', () => {
  it.each(['/compare/002/003', '/compare/002/003?view=side', '/compare/000/001', '/compare/000/001/worksheet', '/'])('%s shows no similarity, z, r, F1 or Benjamini–Hochberg figure', async (path) => {
    const text = textOf((await request(t.app).get(path).expect(200)).text);
    expect(text).not.toMatch(/similarity \d|\bz\s?=?\s?-?\d|\bz-score|F1|Pearson|\br \d|Benjamini|Dirichlet|confidence \d/i);
  });

  it('keeps the figures one click away, on the method page', async () => {
    const pair = await request(t.app).get('/compare/002/003').expect(200);
    expect(pair.text).toContain('href="/method#m-terms"');
    const method = textOf((await request(t.app).get('/method').expect(200)).text);
    expect(method).toContain('z-scores');
    expect(method).toContain('F1 0.936');
  });

  it('never doubles quotation marks around quoted evidence', async () => {
    for (const path of ['/compare/002/003', '/compare/000/001', '/compare/002/003/teacher', '/compare/000/001/worksheet']) {
      const text = textOf((await request(t.app).get(path).expect(200)).text);
      expect(text).not.toMatch(/“["“]|["”]”/);
    }
  });

  it('explains in each reading mode only the marks that mode shows', async () => {
    const aligned = (await request(t.app).get('/compare/002/003').expect(200)).text;
    const side = (await request(t.app).get('/compare/002/003?view=side').expect(200)).text;
    const legend = (html: string) => html.slice(html.indexOf('class="legend"'), html.indexOf('</div>', html.indexOf('class="legend"')));
    expect(legend(aligned)).toContain('<del>');
    expect(legend(aligned)).toContain('<ins>');
    expect(legend(side)).not.toContain('<del>');
    expect(legend(side)).not.toContain('<ins>');
    expect(legend(side)).toContain('class="sent only"');
    // Side by side has no struck or underlined words to explain.
    expect(side.slice(side.indexOf('class="columns"'), side.indexOf('id="findings"'))).not.toMatch(/<(del|ins)>/);
  });
});
