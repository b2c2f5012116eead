/**
 * A lesson drawn from one pair: discussion questions chosen from the report's own findings,
 * each with the evidence a teacher needs, and the measures a glossary should explain. Plain
 * data, so the worksheet and the teacher's guide print the same questions, numbered alike.
 */
import type { Evidence, FindingKind, FramingReport, Side } from '../../model.js';
import { classroomWording, measureWording, relationWording, wordFinding, type MeasureKey } from '../wording/index.js';
import { shortName } from '../words.js';
import { eventDateEvidence } from '../findings/different-dates.js';
import { selectFindings } from './select-findings.js';

/** One discussion question. */
export interface LessonQuestion {
  /** Index into `FramingReport.findings` of the finding it is drawn from; null for the event question no finding covers. */
  finding: number | null;
  /** The finding's kind, or `event` for that event question. */
  kind: FindingKind | 'event';
  /** The finding kind's heading. */
  title: string;
  /** The question, quoting the articles. */
  question: string;
  /** What the articles show: the finding in one sentence (the teacher's guide only). */
  answer: string;
  /** The measure behind it, for its limits and the glossary. */
  measure: MeasureKey;
  /** The words behind it. */
  evidence: Evidence[];
}

/** The questions of a pair and the measures they rest on. */
export interface Lesson {
  /** The questions, in the report's order (the event question first). */
  questions: LessonQuestion[];
  /** The measures behind the questions, in the glossary's order. */
  measures: MeasureKey[];
}

/** How many questions a lesson has at most by default: about one lesson's worth. */
export const defaultQuestions = 8;

/** The event question for a pair that may not report one occasion, when no finding asks it. */
function eventQuestion(r: FramingReport): LessonQuestion | null {
  const dates = r.event.eventDates;
  const side = (s: Side) => ({ outlet: shortName(r, s), date: dates[s].label });
  const question = classroomWording.eventQuestion(r.event.relation, side('left'), side('right'));
  if (!question) return null;
  const evidence = (['left', 'right'] as Side[]).flatMap((s) => eventDateEvidence(s, dates[s]));
  const answer = r.event.warning ?? relationWording[r.event.relation].plain;
  return { finding: null, kind: 'event', title: measureWording['event-check'].name, question, answer, measure: 'event-check', evidence };
}

/** The lesson of a report: at most `max` questions, varied in kind. */
export function buildLesson(r: FramingReport, max = defaultQuestions): Lesson {
  const chosen = selectFindings(r, max);
  const fromFindings = chosen.map((i): LessonQuestion => {
    const f = r.findings[i]!;
    const w = wordFinding(f, r);
    return { finding: i, kind: f.kind, title: w.title, question: w.question, answer: w.text, measure: w.measure, evidence: f.evidence };
  });
  const asksDates = chosen.some((i) => r.findings[i]!.kind === 'different-dates');
  const event = asksDates ? null : eventQuestion(r);
  const questions = event && fromFindings.length ? [event, ...fromFindings.slice(0, max - 1)] : fromFindings;
  const used = new Set(questions.map((q) => q.measure));
  return { questions, measures: (Object.keys(measureWording) as MeasureKey[]).filter((k) => used.has(k)) };
}
