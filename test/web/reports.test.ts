/** The time budget and the failures of an analysis, and a report many ask for at once, with analysts that answer late or fail. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import type { FramingReport } from '../../src/model.js';
import { AnalysisError, startAnalyst } from '../../src/web/analyst.js';
import { createApp } from '../../src/web/app.js';
import { counting, fakeAnalyst } from './app-of.js';

let computed: Promise<FramingReport> | null = null;

/** A report computed once by a real worker, handed out by the fakes. */
function realReport(): Promise<FramingReport> {
  computed ??= (async () => {
    const input = await readWorkspaceInput('corpus');
    const analyst = startAnalyst(input);
    const report = await analyst.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' });
    await analyst.close();
    return report!;
  })();
  return computed;
}

describe('a slow analysis', () => {
  it('answers 503 with a page that says it is still working and reloads, then serves the result once it lands', async () => {
    const report = await realReport();
    let finish: (r: FramingReport) => void = () => undefined;
    let asked = 0;
    const analyst = fakeAnalyst(() => {
      asked += 1;
      return new Promise((resolve) => (finish = resolve));
    });
    const app = createApp({ input: await readWorkspaceInput('corpus'), corpusDir: null, analyst, budgetMs: 50 });
    const first = await request(app).get('/compare/002/003').expect(503);
    expect(first.headers['retry-after']).toBe('3');
    expect(first.text).toContain('Parallax is still comparing these two articles.');
    expect(first.text).toContain('data-retry-after="3"');
    await request(app).get('/compare/002/003?view=side').expect(503);
    finish(report);
    await new Promise((r) => setTimeout(r, 10));
    const later = await request(app).get('/compare/002/003').expect(200);
    expect(later.text).toContain('<table class="aligned">');
    expect(asked).toBe(1);
    const json = await request(app).get('/compare/000/001').set('Accept', 'application/json').expect(503);
    expect(json.body.error.message).toContain('still comparing');
  });

  it('shows the corpus without pairs while the pairing is still being computed', async () => {
    const analyst = fakeAnalyst(() => new Promise(() => undefined));
    const app = createApp({ input: await readWorkspaceInput('corpus'), corpusDir: null, analyst, budgetMs: 20 });
    const home = await request(app).get('/').expect(200);
    expect(home.text).toContain('Parallax is still working out which articles report the same event.');
    expect(home.text).toContain('href="/articles/004"');
  });
});

describe('a failed analysis', () => {
  it('answers 500 with a page in words, no stack trace, and tries again on reload', async () => {
    let calls = 0;
    const analyst = fakeAnalyst(async () => {
      calls += 1;
      throw new AnalysisError('TypeError: x is undefined\n    at compare (src/pipeline.ts:12:3)', 'failed');
    });
    const app = createApp({ input: await readWorkspaceInput('corpus'), corpusDir: null, analyst, budgetMs: 1000 });
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const res = await request(app).get('/compare/002/003').expect(500);
      expect(res.text).toContain('Parallax could not finish this comparison.');
      expect(res.text).not.toContain('pipeline.ts');
      await request(app).get('/compare/002/003').expect(500);
      expect(calls).toBe(2);
    } finally {
      console.error = quiet;
    }
  });

  it('answers 503 when the analysis ran past its hard limit', async () => {
    const analyst = fakeAnalyst(async () => {
      throw new AnalysisError('stopped', 'too-slow');
    });
    const app = createApp({ input: await readWorkspaceInput('corpus'), corpusDir: null, analyst, budgetMs: 1000 });
    const res = await request(app).get('/compare/002/003').expect(503);
    expect(res.text).toContain('took longer than Parallax allows');
  });
});

describe('many requests for one new report at once', () => {
  it('draw it once and all get it', async () => {
    const report = await realReport();
    const waiting: { finish?: (r: FramingReport) => void } = {};
    const analyst = counting(fakeAnalyst(() => new Promise((resolve) => (waiting.finish = resolve))));
    const app = createApp({ input: await readWorkspaceInput('corpus'), corpusDir: null, analyst, budgetMs: 60_000 });
    const asked = [1, 2, 3].map(() => request(app).get('/compare/002/003/report.md').then((res) => res));
    // All three wait for the one report (however slowly the shared machine starts them).
    while (!waiting.finish) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    waiting.finish(report);
    const answers = await Promise.all(asked);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((res) => res.text)).size).toBe(1);
    expect(analyst.renders).toBe(1);
  });
});
