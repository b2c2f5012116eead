/** The app over the bundled corpus with a real analysis worker, for the web tests. */
import { readWorkspaceInput } from '../../src/io/open-workspace.js';
import type { FramingReport, Pairing } from '../../src/model.js';
import { startAnalyst, type Analyst, type ArticleRef } from '../../src/web/analyst.js';
import { createApp, type AppDeps } from '../../src/web/app.js';
import { handleOutcome, readUpload } from '../../src/web/read-upload.js';
import { defaultViewLimits, drawWithin } from '../../src/web/render-view.js';
import { readSaved } from '../../src/web/add-saved.js';
import type { WorkspaceInput } from '../../src/workspace.js';

/** An app, its analyst and how many reports and drawn views it was asked for. */
export interface TestApp {
  /** The app. */
  app: ReturnType<typeof createApp>;
  /** The analyst behind it (with counters). */
  analyst: Analyst & { reports: number; renders: number };
  /** The input it serves. */
  input: WorkspaceInput;
}

/** Count the reports and drawn views an analyst is asked for. */
export function counting(analyst: Analyst): Analyst & { reports: number; renders: number } {
  const counted: Analyst & { reports: number; renders: number } = {
    ...analyst,
    reports: 0,
    renders: 0,
    report(left: ArticleRef, right: ArticleRef): Promise<FramingReport | null> {
      counted.reports += 1;
      return analyst.report(left, right);
    },
    render(key, left, right, view) {
      counted.renders += 1;
      return analyst.render(key, left, right, view);
    },
  };
  return counted;
}

/** Build the app over a corpus folder (default the bundled one); a long budget unless given. */
export async function appOver(dir = 'corpus', deps: Partial<AppDeps> = {}): Promise<TestApp> {
  const input = await readWorkspaceInput(dir);
  const analyst = counting(deps.analyst ?? startAnalyst(input));
  const app = createApp({ input, corpusDir: null, budgetMs: 60_000, ...deps, analyst });
  return { app, analyst, input };
}

/**
 * An analyst that answers as told, for budget and failure tests: it draws views in this thread
 * from the report `report` gives, asked once per pair key as the worker does (a failed one is
 * asked again).
 */
export function fakeAnalyst(report: () => Promise<FramingReport | null>, pairing: () => Promise<Pairing> = () => new Promise(() => undefined)): Analyst {
  const reports = new Map<string, Promise<FramingReport | null>>();
  const render: Analyst['render'] = async (key, _left, _right, view) => {
    let asked = reports.get(key);
    if (!asked) {
      asked = report();
      reports.set(key, asked);
      asked.catch(() => reports.delete(key));
    }
    const known = await asked;
    return known && drawWithin(known, view, defaultViewLimits);
  };
  const add: Analyst['add'] = (saved) => readSaved(saved, () => false);
  return { pairing, report, render, read: async (upload) => handleOutcome(readUpload(upload)), add, reset: () => undefined, close: async () => undefined };
}
