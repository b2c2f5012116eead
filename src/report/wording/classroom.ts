/**
 * How the classroom materials speak: the student worksheet, the teacher's guide, and the event
 * question asked when two articles may not report one occasion. Questions drawn from findings
 * are worded in findings.ts.
 */
import type { PairRelation } from '../../model.js';

/** The two classroom editions of a report, each also a web page. */
export type LessonEdition = 'teacher' | 'worksheet';

export const classroomWording = {
  worksheetTitle: (left: string, right: string) => `Worksheet: how ${left} and ${right} tell the story`,
  teacherTitle: (left: string, right: string) => `Teacher’s guide: how ${left} and ${right} tell the story`,
  nameAndDate: 'Name and date',
  instructions:
    'Read the two articles printed at the end of this sheet. A place such as “¶5 s2” means paragraph 5, sentence 2 of that article. Answer each question in your own words and quote the articles where you can.',
  teacherIntro: (n: number) =>
    `${n === 1 ? 'One question' : `${n} questions`} drawn from this pair’s own findings, in the order of the report. The students’ worksheet asks the same questions, numbered alike, without the evidence.`,
  questionsTitle: 'Questions',
  questionLead: (n: number) => `${n}.`,
  answerLabel: 'Your answer',
  showsLead: 'What the articles show:',
  keepInMind: 'Keep in mind',
  allFindings: 'Every finding of the report',
  findingLine: (title: string, text: string, where: string) => `${title}: ${text} (${where})`,
  glossaryTitle: 'Words to know',
  noQuestions:
    'Parallax found no differences between these two articles to ask about: they say the same things in the same words, as far as its measures can tell. Choose another pair for this lesson.',
  /** The lesson as web pages (issue 14): the links to them and the page's own navigation. */
  page: {
    title: 'For the classroom',
    name: { teacher: 'Teacher’s guide', worksheet: 'Student worksheet' } satisfies Record<LessonEdition, string>,
    pdf: (name: string) => `${name} (PDF)`,
    back: 'Back to the two articles',
    print: 'Print',
    nav: 'The lesson',
  },
  /** The first question when the pair may not report one occasion and no finding already asks it. */
  eventQuestion: (relation: PairRelation, left: { outlet: string; date: string }, right: { outlet: string; date: string }): string | null => {
    if (relation === 'related') return `${left.outlet} writes about ${left.date} and ${right.outlet} about ${right.date}. Find the words that say when each event happened. Which differences between the two articles could come from the news changing rather than from the outlets’ choices?`;
    if (relation === 'unrelated') return `Do ${left.outlet} and ${right.outlet} report the same event at all? Find the people, places and dates each names, and decide whether comparing them says anything about framing.`;
    return null;
  },
};
