/**
 * The classroom editions: the student worksheet (questions and room to answer, nothing that
 * gives an answer away) and the teacher's guide (the same questions, numbered alike, with what
 * the articles show, the evidence in context and the limits to keep in mind).
 */
import type { FramingReport } from '../../../model.js';
import type { Lesson, LessonQuestion } from '../../../report/classroom/index.js';
import { classroomWording, measureWording, reportWording, wordFinding } from '../../../report/wording/index.js';
import { b, type Block } from '../doc.js';
import { excerptsOf } from '../excerpts.js';
import { locateEvidence } from '../locate.js';

/** Lines of answer space under each question. */
const answerLines = 5;

/** The questions as students see them. */
export function worksheetQuestions(lesson: Lesson): Block[] {
  const w = classroomWording;
  if (!lesson.questions.length) return [b.p(w.noQuestions)];
  return [
    b.h(2, w.questionsTitle, 'questions'),
    ...lesson.questions.map((q, i) =>
      b.group(`question-${i + 1}`, [b.p(q.question, w.questionLead(i + 1)), { kind: 'answer', label: w.answerLabel, lines: answerLines }]),
    ),
  ];
}

function teacherQuestion(r: FramingReport, q: LessonQuestion, n: number): Block {
  const w = classroomWording;
  const shown = excerptsOf(r, q.evidence, 4);
  return b.group(`question-${n}`, [
    b.h(3, `${w.questionLead(n)} ${q.title}`, `question-${n}-title`),
    b.p(q.question),
    b.p(q.answer, w.showsLead),
    ...(shown.items.length ? [b.excerpts(shown.items)] : []),
    ...(shown.more ? [b.p(shown.more)] : []),
    b.callout('limits', w.keepInMind, [measureWording[q.measure].limits[0]!]),
  ]);
}

/** The questions as the teacher's guide prints them. */
export function teacherQuestions(r: FramingReport, lesson: Lesson): Block[] {
  const w = classroomWording;
  if (!lesson.questions.length) return [b.p(w.noQuestions)];
  return [b.h(2, w.questionsTitle, 'questions'), b.p(w.teacherIntro(lesson.questions.length)), ...lesson.questions.map((q, i) => teacherQuestion(r, q, i + 1))];
}

/** Every finding in one line each, with where its evidence stands. */
export function findingList(r: FramingReport): Block[] {
  if (!r.findings.length) return [];
  const items = r.findings.map((f) => {
    const w = wordFinding(f, r);
    const where = [...new Set(f.evidence.map((e) => locateEvidence(r, e)))].slice(0, 3).join(', ');
    return classroomWording.findingLine(w.title, w.text, where || reportWording.none);
  });
  return [b.h(2, classroomWording.allFindings, 'all-findings'), b.list(items)];
}
