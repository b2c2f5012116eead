/**
 * Golden files of the seed pairs' reports (issue 7), reviewed in diffs: the Markdown report, its
 * teacher's guide and worksheet, and the JSON. They depend on the whole pipeline; after a change
 * upstream, regenerate with `npx vitest run -u test/render/report` and read the diff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FramingReport } from '../../../src/model.js';
import { renderJson, renderMarkdown } from '../../../src/render/report/index.js';
import { goldenPairs, seedReports } from './seed-reports.js';

let reports: Map<string, FramingReport>;
beforeAll(async () => {
  reports = await seedReports();
});

describe.each(goldenPairs.map(([l, r]) => `${l}-${r}`))('the %s report', (pair) => {
  it('as Markdown', async () => {
    await expect(renderMarkdown(reports.get(pair)!)).toMatchFileSnapshot(`__golden__/${pair}.md`);
  });
  it('as the teacher’s guide', async () => {
    await expect(renderMarkdown(reports.get(pair)!, { edition: 'teacher' })).toMatchFileSnapshot(`__golden__/${pair}.teacher.md`);
  });
  it('as the student worksheet', async () => {
    await expect(renderMarkdown(reports.get(pair)!, { edition: 'worksheet' })).toMatchFileSnapshot(`__golden__/${pair}.worksheet.md`);
  });
  it('as JSON', async () => {
    await expect(renderJson(reports.get(pair)!)).toMatchFileSnapshot(`__golden__/${pair}.json`);
  });
});
