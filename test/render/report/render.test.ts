/**
 * What every printed report must do (issue 7): quote each finding's evidence with its location,
 * state the limits where the numbers are, open a related pair's report with the warning, stay
 * self-contained and escape every piece of article text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FramingReport } from '../../../src/model.js';
import { openWorkspaceAt } from '../../../src/io/open-workspace.js';
import { escapeMarkdown } from '../../../src/render/report/markdown.js';
import { renderHtmlReport, renderMarkdown } from '../../../src/render/report/index.js';
import { classroomWording, measureWording, reportWording, wordFinding } from '../../../src/report/wording/index.js';
import { locateEvidence } from '../../../src/render/report/locate.js';
import { shortName } from '../../../src/report/words.js';
import { seedReports } from './seed-reports.js';
import { articleFile, sameStory, tempCorpus } from './temp-corpus.js';

let reports: Map<string, FramingReport>;
beforeAll(async () => {
  reports = await seedReports();
});

/** The Markdown of one `## ` section, up to the next. */
const section = (md: string, title: string): string => {
  const start = md.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = md.indexOf('\n## ', start + 4);
  return md.slice(start, end === -1 ? undefined : end);
};

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['[link](x) ~~x~~ `code`', '\\[link\\](x) \\~\\~x\\~\\~ \\`code\\`'],
    ['AT&T &amp; co', 'AT&T \\&amp; co'],
    ['two\n\nparagraphs', 'two paragraphs'],
  ])('%j → %j', (text, escaped) => expect(escapeMarkdown(text)).toBe(escaped));

  it.each([
    ['1. first', '1\\. first'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['2021) ended', '2021\\) ended'],
  ])('at a line start %j → %j', (text, escaped) => expect(escapeMarkdown(text, true)).toBe(escaped));
});

describe.each(['002-003', '000-001'])('the %s report', (pair) => {
  it('quotes every finding’s evidence with its location, in Markdown and HTML; form is listed, not quoted', () => {
    const r = reports.get(pair)!;
    const [md, html] = [renderMarkdown(r), renderHtmlReport(r)];
    // The leading findings are quoted under "What to notice first", the rest under "Findings" (issue 14).
    const findings = section(md, reportWording.lead.title) + section(md, reportWording.findings.title);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    r.findings.forEach((f, i) => {
      if (i >= r.ranking.formFrom) {
        expect(findings).toContain(escapeMarkdown(wordFinding(f, r).text));
        return;
      }
      for (const e of f.evidence) {
        // "POLITICO ¶5 s2" under an excerpt, or "¶5 s2" in an "Also at POLITICO ¶2 s1, ¶5 s2" line.
        const outlet = shortName(r, e.side);
        const at = locateEvidence(r, e).slice(outlet.length + 1);
        const cited = new RegExp(`(${escape(outlet)} |, )${escape(at)}(?![0-9])`);
        expect(findings, `${f.kind}: ${outlet} ${at}`).toMatch(cited);
        expect(html, `${f.kind}: ${outlet} ${at}`).toMatch(cited);
      }
    });
    const quoted = r.findings.slice(0, r.ranking.formFrom).filter((f) => f.kind !== 'distinctive-term').length;
    expect(findings.match(/^> \*.+ ¶\d+ s\d+/gm)!.length).toBeGreaterThanOrEqual(quoted);
  });

  it('states each measure’s limits in the section where its numbers are', () => {
    const md = renderMarkdown(reports.get(pair)!);
    const w = reportWording;
    const where: [string, keyof typeof measureWording][] = [
      [w.event.title, 'event-check'], [w.quotes.title, 'quotes'], [w.verbs.title, 'reporting-verbs'], [w.labels.title, 'labels'],
      [w.tone.title, 'tone'], [w.tone.title, 'tone-toward'], [w.terms.title, 'terms'], [w.alignment.title, 'alignment'], [w.alignment.title, 'placement'],
    ];
    for (const [title, measure] of where) for (const limit of measureWording[measure].limits) expect(section(md, title), measure).toContain(escapeMarkdown(limit));
    expect(section(md, w.tone.title)).toContain(escapeMarkdown(measureWording['tone-toward'].measured!));
  });

  it('opens with the event-check warning exactly when the pair may not report one occasion', () => {
    const r = reports.get(pair)!;
    const md = renderMarkdown(r);
    const warned = md.indexOf(reportWording.readFirst);
    if (r.event.relation === 'same-event') expect(warned).toBe(-1);
    else {
      expect(warned).toBeGreaterThan(-1);
      expect(warned).toBeLessThan(md.indexOf(`## ${reportWording.articles.title}`));
      expect(md).toContain(escapeMarkdown(r.event.warning!));
    }
  });

  it('is one self-contained HTML page: inline style and SVG, nothing fetched, a policy that forbids fetching', () => {
    const r = reports.get(pair)!;
    const html = renderHtmlReport(r);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    const urls = [r.articles.left.meta.url, r.articles.right.meta.url];
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href!.startsWith('#') || urls.includes(href!), href).toBe(true);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('an unrelated pair', () => {
  it('opens its report and its teacher’s guide, not the worksheet, with the event check’s warning', () => {
    const warning = 'These two articles share too little to be reports of the same event.';
    const r = reports.get('002-003')!;
    const unrelated = { ...r, event: { ...r.event, relation: 'unrelated' as const, warning } };
    for (const edition of ['report', 'teacher'] as const) {
      const md = renderMarkdown(unrelated, { edition });
      expect(md.indexOf(warning), edition).toBeGreaterThan(-1);
      expect(md.indexOf(warning), edition).toBeLessThan(md.indexOf(`## ${reportWording.articles.title}`));
    }
    expect(renderMarkdown(unrelated, { edition: 'worksheet' })).not.toContain(warning);
  });
});

describe('report options', () => {
  it('fixes the paper size only when asked, and leaves out the texts on request', () => {
    const r = reports.get('002-003')!;
    expect(renderHtmlReport(r)).not.toMatch(/@page \{ size/);
    expect(renderHtmlReport(r, { paper: 'Letter' })).toContain('@page { size: Letter;');
    expect(renderMarkdown(r)).toContain(`## ${reportWording.texts.title}`);
    expect(renderMarkdown(r, { texts: false })).not.toContain(`## ${reportWording.texts.title}`);
  });
});

describe('hostile and empty input', () => {
  let hostile: FramingReport;
  let same: FramingReport;
  beforeAll(async () => {
    const attack = 'Officials said "<script>alert(1)</script> is <b>bold</b>" and <img src=x onerror=alert(2)> appeared in the text.';
    const header = (id: string) => `---\nid: "${id}"\ntitle: "Budget <script>alert(3)</script> passes"\noutlet: "Daily ${id}"\nurl: "javascript:alert(4)"\npublished: 2022-01-26\nlanguage: en\n---\n`;
    const dir = tempCorpus({
      'x.txt': `${header('x')}${sameStory}\n\n${attack}\n`,
      'y.txt': `${header('y')}The council passed the budget on Wednesday.\n\n${attack.replace('bold', 'brave')}\n`,
      'a.txt': articleFile('a', 'Daily One', 'Council passes budget', sameStory),
      'b.txt': articleFile('b', 'Daily Two', 'Council passes budget', sameStory),
    });
    const ws = await openWorkspaceAt(dir);
    hostile = ws.reportByIds('x', 'y')!;
    same = ws.reportByIds('a', 'b')!;
  });

  it('escapes every piece of article text in HTML and Markdown', () => {
    for (const edition of ['report', 'teacher', 'worksheet'] as const) {
      const html = renderHtmlReport(hostile, { edition });
      expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(renderMarkdown(hostile, { edition })).not.toMatch(/(?<!\\)<(script|img|b>)/);
    }
  });

  it('gives a pair with no findings a short report that says so', () => {
    expect(same.findings).toEqual([]);
    const md = renderMarkdown(same);
    expect(md).toContain(escapeMarkdown(reportWording.findings.none));
    expect(md).not.toContain(`## ${reportWording.glossary.title}`);
    expect(md).not.toContain(`## ${reportWording.texts.title}`);
    expect(md.length).toBeLessThan(6000);
    for (const edition of ['teacher', 'worksheet'] as const) expect(renderMarkdown(same, { edition })).toContain(escapeMarkdown(classroomWording.noQuestions));
    expect(renderHtmlReport(same)).toContain(reportWording.findings.none.replace(/’/g, '’'));
  });
});
