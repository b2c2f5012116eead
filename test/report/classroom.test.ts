/**
 * Classroom questions come from the pair's own findings (issue 7): a varied set, the dates
 * first for a related pair, the same questions on the worksheet (without answers) and in the
 * teacher's guide (with the evidence).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FramingReport } from '../../src/model.js';
import { buildLesson, type Lesson } from '../../src/report/classroom/index.js';
import { escapeMarkdown } from '../../src/render/report/markdown.js';
import { renderMarkdown } from '../../src/render/report/index.js';
import { classroomWording, wordFinding } from '../../src/report/wording/index.js';
import { seedReports } from '../render/report/seed-reports.js';

let reports: Map<string, FramingReport>;
beforeAll(async () => {
  reports = await seedReports();
});

const kinds = (l: Lesson) => l.questions.map((q) => q.kind);

describe.each(['002-003', '000-001'])('the %s lesson', (pair) => {
  it('asks a varied set of at most eight questions, each the wording table’s question for its finding', () => {
    const r = reports.get(pair)!;
    const lesson = buildLesson(r);
    // 002-003 has no "only in" sentence since issue 11's round 2 (its omissions became "no clear
    // counterpart"), and so no omission question: four questions of four kinds.
    expect(lesson.questions.length).toBeGreaterThanOrEqual(r.findings.some((f) => f.kind === 'omission') ? 6 : 4);
    expect(lesson.questions.length).toBeLessThanOrEqual(8);
    expect(new Set(kinds(lesson)).size).toBeGreaterThanOrEqual(4);
    expect(kinds(lesson).filter((k) => k === 'omission').length).toBeLessThanOrEqual(3);
    for (const q of lesson.questions) {
      const w = wordFinding(r.findings[q.finding!]!, r);
      expect(q).toMatchObject({ question: w.question, answer: w.text, title: w.title, measure: w.measure });
      expect(q.evidence.length).toBeGreaterThan(0);
    }
    // The ranking decides (issue 14): the first question is the first-screen finding that leads, and no question is about form.
    const asked = lesson.questions.flatMap((q) => (q.finding === null ? [] : [q.finding]));
    expect(asked[0]).toBe(r.ranking.lead[0]);
    for (const i of asked) expect(i).toBeLessThan(r.ranking.formFrom);
  });

  it('never asks twice about the same sentences, and lets omissions of both outlets take turns', () => {
    const lesson = buildLesson(reports.get(pair)!);
    const seen = new Set<string>();
    for (const q of lesson.questions) {
      const keys = q.evidence.map((e) => `${e.side}:${e.sentence}`);
      expect(keys.some((k) => !seen.has(k)), q.question).toBe(true);
      keys.forEach((k) => seen.add(k));
    }
    // Omission questions take turns between the outlets, when each has an omission no other question shows.
    const r = reports.get(pair)!;
    const asked = lesson.questions.filter((q) => q.kind === 'omission');
    const shown = new Set(lesson.questions.filter((q) => q.kind !== 'omission').flatMap((q) => q.evidence.map((e) => `${e.side}:${e.sentence}`)));
    const open = (side: string) => r.findings.some((f) => f.kind === 'omission' && f.side === side && !shown.has(`${side}:${f.evidence[0]!.sentence}`));
    if (asked.length >= 2 && open('left') && open('right')) expect(new Set(asked.map((q) => q.evidence[0]!.side))).toEqual(new Set(['left', 'right']));
    if (r.findings.some((f) => f.kind === 'omission')) expect(asked.length).toBeGreaterThan(0);
  });

  it('prints the questions alike on the worksheet (no answers, no evidence) and in the teacher’s guide (with both)', () => {
    const r = reports.get(pair)!;
    const lesson = buildLesson(r);
    const worksheet = renderMarkdown(r, { edition: 'worksheet' });
    const teacher = renderMarkdown(r, { edition: 'teacher' });
    lesson.questions.forEach((q, i) => {
      expect(worksheet).toContain(`**${i + 1}.** ${escapeMarkdown(q.question)}`);
      expect(teacher).toContain(escapeMarkdown(q.question));
      expect(teacher).toContain(`**${escapeMarkdown(classroomWording.showsLead)}** ${escapeMarkdown(q.answer)}`);
      expect(worksheet).not.toContain(escapeMarkdown(q.answer));
    });
    expect(worksheet.match(new RegExp(`${classroomWording.answerLabel}:`, 'g'))!.length).toBe(lesson.questions.length);
    expect(worksheet).not.toMatch(/^> \*/m);
    expect(worksheet).not.toContain(classroomWording.showsLead);
    expect(teacher.match(/^> \*.+ ¶\d+ s\d+/gm)!.length).toBeGreaterThanOrEqual(lesson.questions.length);
  });
});

describe('the related pair 000-001', () => {
  it('asks about the different dates first', () => {
    const lesson = buildLesson(reports.get('000-001')!);
    expect(kinds(lesson)[0]).toBe('different-dates');
    expect(lesson.questions[0]!.question).toMatch(/12 May 2021.*4 Feb 2021/);
  });

  it('still asks about the dates first when no finding does, and keeps to the limit', () => {
    const r = reports.get('000-001')!;
    const bare = { ...r, findings: r.findings.filter((f) => f.kind !== 'different-dates') };
    const lesson = buildLesson(bare, 3);
    expect(lesson.questions).toHaveLength(3);
    expect(lesson.questions[0]).toMatchObject({ kind: 'event', finding: null, measure: 'event-check' });
    expect(lesson.questions[0]!.question).toContain('12 May 2021');
    expect(lesson.questions[0]!.evidence.length).toBeGreaterThan(0);
    expect(lesson.measures[0]).toBe('event-check');
  });
});

describe('the same-event pair 002-003', () => {
  it('asks about the verb that casts Lavrov as hostile, and not about a quotation that differs only in punctuation', () => {
    const r = reports.get('002-003')!;
    const lesson = buildLesson(r);
    expect(kinds(lesson)).not.toContain('different-dates');
    expect(kinds(lesson)).not.toContain('event');
    expect(lesson.questions.map((q) => q.question).join('\n')).toContain('Lavrov’s words with the verb “threatened”');
    const punctuationOnly = r.quotes.matches.findIndex((m) => m.diffs.length > 0 && m.diffs.every((d) => d.kind === 'punctuation'));
    expect(punctuationOnly).toBeGreaterThan(-1);
    expect(lesson.questions.some((q) => q.finding !== null && r.findings[q.finding]!.kind === 'quote-cut' && (r.findings[q.finding] as { match: number }).match === punctuationOnly)).toBe(false);
  });
});
