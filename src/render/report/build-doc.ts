/**
 * Which sections each edition prints, in which order. The report's body is short (what to
 * notice first, the event check, the findings, a glossary of the measures they use); every
 * measure's full tables, the whole glossary and the two texts follow in an appendix that can be
 * left out (`appendix: false`; the PDF leaves it out unless asked). The report opens with the event-check
 * warning when the two articles may not report one occasion; a pair with no findings gets a
 * short report that says so instead of empty sections.
 */
import type { FramingReport } from '../../model.js';
import { buildLesson, defaultQuestions } from '../../report/classroom/index.js';
import { classroomWording, measureWording, relationWording, reportWording, wordFinding, type MeasureKey } from '../../report/wording/index.js';
import { shortName } from '../../report/words.js';
import { b, type Block, type Doc } from './doc.js';
import type { ReportOptions } from './options.js';
import { alignmentSection } from './sections/alignment.js';
import { findingList, teacherQuestions, worksheetQuestions } from './sections/classroom.js';
import { glossarySection, noticesSection, textsSection } from './sections/closing.js';
import { eventFacts, eventSection } from './sections/event.js';
import { findingsSection, leadSection } from './sections/findings.js';
import { articlesTable, warningBlock } from './sections/header.js';
import { labelsSection } from './sections/labels.js';
import { quotesSection } from './sections/quotes.js';
import { termsSection } from './sections/terms.js';
import { toneSection } from './sections/tone.js';
import { sourcingSection } from './sections/sourcing.js';
import { verbsSection } from './sections/verbs.js';

/** The report's body: the story first, then the event check, the findings and the notes (issue 14: a handful of pages). */
function reportBlocks(r: FramingReport, options: ReportOptions): Block[] {
  const intro = reportWording.intro(options.appendix !== false, options.texts !== false);
  return [...(r.findings.length ? [b.p(intro)] : []), ...warningBlock(r), ...articlesTable(r), ...leadSection(r), ...eventSection(r), ...findingsSection(r), ...noticesSection(r)];
}

/** The measures the findings rest on, for the body's short glossary. */
const measuresOf = (r: FramingReport): MeasureKey[] => {
  const used = new Set(r.findings.map((f) => wordFinding(f, r).measure));
  return (Object.keys(measureWording) as MeasureKey[]).filter((k) => used.has(k));
};

/** The appendix: every measure in detail, the full glossary, and (unless left out) the two texts. */
function appendixBlocks(r: FramingReport, texts: boolean): Block[] {
  const w = reportWording.appendix;
  return [
    b.h(2, w.title, 'appendix'),
    b.p(w.intro),
    ...(eventFacts(r).length ? [b.h(2, w.facts, 'event-facts'), ...eventFacts(r)] : []),
    ...quotesSection(r), ...verbsSection(r), ...sourcingSection(r), ...labelsSection(r), ...toneSection(r), ...termsSection(r), ...alignmentSection(r),
    ...glossarySection(),
    ...(texts ? textsSection(r) : []),
  ];
}

function teacherBlocks(r: FramingReport, max: number): Block[] {
  const lesson = buildLesson(r, max);
  const relation = relationWording[r.event.relation];
  return [
    ...warningBlock(r),
    ...articlesTable(r),
    b.p(relation.plain, `${relation.title}.`),
    ...teacherQuestions(r, lesson),
    ...findingList(r),
    ...noticesSection(r),
    ...(lesson.measures.length ? glossarySection(lesson.measures) : []),
  ];
}

function worksheetBlocks(r: FramingReport, max: number): Block[] {
  const lesson = buildLesson(r, max);
  if (!lesson.questions.length) return [...articlesTable(r), ...worksheetQuestions(lesson)];
  return [
    { kind: 'answer', label: classroomWording.nameAndDate, lines: 1 },
    b.p(classroomWording.instructions),
    ...articlesTable(r),
    ...worksheetQuestions(lesson),
    ...(lesson.measures.length ? glossarySection(lesson.measures, false).map((x) => (x.kind === 'heading' ? { ...x, text: classroomWording.glossaryTitle } : x)) : []),
  ];
}

/** The printed document of one edition of a report. */
export function buildDoc(r: FramingReport, options: ReportOptions = {}): Doc {
  const edition = options.edition ?? 'report';
  const max = options.questions ?? defaultQuestions;
  const [left, right] = [shortName(r, 'left'), shortName(r, 'right')];
  const title =
    edition === 'report' ? reportWording.title(left, right) : edition === 'teacher' ? classroomWording.teacherTitle(left, right) : classroomWording.worksheetTitle(left, right);
  const body = edition === 'report' ? reportBlocks(r, options) : edition === 'teacher' ? teacherBlocks(r, max) : worksheetBlocks(r, max);
  // A pair with nothing to show gets a short report: no glossary of measures it never used, no texts to cite.
  const full = r.findings.length > 0;
  const appendix = edition === 'report' && full && options.appendix !== false ? appendixBlocks(r, options.texts !== false) : [];
  const glossary = edition === 'report' && full ? glossarySection(measuresOf(r), false) : [];
  const texts = edition !== 'report' && options.texts !== false && full ? textsSection(r) : [];
  return { title, blocks: [b.h(1, title, 'top'), ...body, ...glossary, ...appendix, ...texts], footer: reportWording.footer(r.version) };
}
