/**
 * The pair page's view model: everything the page prints, computed once from a FramingReport
 * (STYLE.md, habit 10). Evidence anchors are registered while the findings and sections are
 * built, then printed into the text, so every link on the page has its target.
 */
import type { FramingReport, Notice, Side } from '../../../model.js';
import type { MeasureKey } from '../../../report/wording/index.js';
import { pageWording, type PairViewMode } from '../../../report/wording/pages.js';
import { shortName } from '../../../report/words.js';
import { lessonLinks, type LessonLinks } from '../lesson.js';
import { anchorsFor } from './anchors.js';
import { alignedRows } from './aligned-rows.js';
import { findingsView, type FindingsView } from './findings.js';
import { pairHead, type PairHead } from './head.js';
import { labelsView, type LabelRow } from './labels.js';
import { measureBox, noticesOn, type MeasureBox } from './measure.js';
import { quotesView, type QuoteRow } from './quotes.js';
import { foldRuns, type AlignedBlock } from './runs.js';
import { sideBySide, type SideColumn } from './side-by-side.js';
import { storyView, type StoryView } from './story.js';
import { termsView, type TermsView } from './terms.js';
import { toneView, type ToneView } from './tone.js';
import { reportWording } from '../../../report/wording/index.js';
import { sourcingView, type SourcingView } from './sourcing.js';
import { verbsView, type VerbRow } from './verbs.js';

/** A contrast section: its items, the notices on its topic and its measure's limits. */
export interface Section<T> {
  /** Heading. */
  title: string;
  /** Introduction. */
  intro: string;
  /** What to say when there is nothing. */
  none: string;
  /** The content. */
  content: T;
  /** Notices on this topic. */
  notices: string[];
  /** The measures behind it. */
  measures: MeasureBox[];
}

/** The contrast sections, by the name of the view partial that prints each. */
type ContrastKey = 'quotes' | 'verbs' | 'sourcing' | 'tone' | 'labels' | 'terms';

/** How the page was reached and what it links to. */
export interface PairPageOptions {
  /** The page's path without query: `/compare/002/003` or `/uploads/<hash>`. */
  base: string;
  /** The reading mode to print. */
  mode: PairViewMode;
  /** Each article's own page, or null for an uploaded article. */
  articleLinks: Record<Side, string | null>;
  /** Notes for the top of the page (an upload saved or not). */
  notes: string[];
  /** Report formats with a route (`md`, `html`, `json`, `pdf`). */
  formats: readonly (keyof typeof pageWording.pair.exports)[];
}

/** The sourcing tables' labels, from the report's wording (one table for report and page). */
type SourcingLabels = Pick<typeof reportWording.sourcing, 'speakersCaption' | 'aspectsCaption' | 'speaker' | 'aspect' | 'notApplicable'> & { none: string };

function pickSourcing(): Omit<SourcingLabels, 'none'> {
  const { speakersCaption, aspectsCaption, speaker, aspect, notApplicable } = reportWording.sourcing;
  return { speakersCaption, aspectsCaption, speaker, aspect, notApplicable };
}

/** The pair page. */
export interface PairPageView {
  /** Page title. */
  title: string;
  /** Notes for the top of the page. */
  notes: string[];
  /** The headlines and event check. */
  head: PairHead;
  /** The reading-mode tabs. */
  tabs: { label: string; href: string; current: boolean }[];
  /** What the current mode shows. */
  tabIntro: string;
  /** The legend of marks. */
  legend: ReturnType<typeof pageWording.pair.legend>;
  /** The outlets' short names. */
  names: Record<Side, string>;
  /** Each article's language for `lang` attributes (so a screen reader reads a Russian text in Russian), or null when unknown. */
  langs: Record<Side, string | null>;
  /** Labels of the text and tables: static ones and those that name an outlet. */
  labels: typeof pageWording.pair.table & { onlyIn: Record<Side, string>; notIn: Record<Side, string>; notClearlyIn: Record<Side, string>; sourcing: SourcingLabels };
  /** The findings a teacher would raise first, right under the headlines and the verdict. */
  story: StoryView;
  /** The text, in the current mode; in aligned rows, runs of one-sided rows are folded. */
  text: { mode: 'aligned'; caption: string; blocks: AlignedBlock[] } | { mode: 'side'; columns: SideColumn[] };
  /** Notices on the alignment, and the measures behind the text. */
  textNotes: { notices: string[]; measures: MeasureBox[] };
  /** The findings. */
  findings: FindingsView;
  /** Quotations, verbs, tone, labels and terms, in page order, each with the name of its partial. */
  sections: [ContrastKey, Section<QuoteRow[] | VerbRow[] | SourcingView | ToneView | LabelRow[] | TermsView>][];
  /** The report downloads. */
  exports: { label: string; href: string }[];
  /** The lesson of this pair: the teacher's guide and the worksheet, each a page and a PDF. */
  lesson: LessonLinks;
}

/** An article's language code, or null when it is not known. */
const langOf = (r: FramingReport, side: Side) => {
  const code = r.articles[side].meta.language;
  return /^[a-z]{2,3}$/.test(code) && code !== 'und' ? code : null;
};

/** The measures behind the text views. */
const textMeasures: MeasureKey[] = ['alignment', 'changed-words', 'omission', 'placement'];

/** Build the pair page for one reading mode. */
export function pairPage(r: FramingReport, options: PairPageOptions): PairPageView {
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  const anchors = anchorsFor(r);
  const w = pageWording.sections;
  const section = <T>(key: keyof typeof w, content: T, topics: Notice['topic'][], measures: MeasureKey[]): Section<T> => ({
    ...w[key],
    content,
    notices: noticesOn(r.notices, ...topics),
    measures: measures.map(measureBox),
  });
  const story = storyView(r, anchors);
  const findings = findingsView(r, anchors);
  const sections: PairPageView['sections'] = [
    ['quotes', section('quotes', quotesView(r, anchors), ['quotes'], ['quotes'])],
    ['verbs', section('verbs', verbsView(r, anchors), [], ['reporting-verbs'])],
    ['sourcing', section('sourcing', sourcingView(r, anchors), [], ['reporting-verbs'])],
    ['tone', section('tone', toneView(r, anchors), ['tone'], ['tone-toward', 'tone'])],
    ['labels', section('labels', labelsView(r, anchors), ['labels', 'actors'], ['labels', 'actors'])],
    ['terms', section('terms', termsView(r, anchors), ['terms'], ['terms'])],
  ];
  // The text comes last: it prints every anchor the parts above registered.
  const marks = { left: anchors.marks('left'), right: anchors.marks('right') };
  const text: PairPageView['text'] =
    options.mode === 'aligned'
      ? { mode: 'aligned', caption: pageWording.pair.textCaption(names.left, names.right), blocks: foldRuns(alignedRows(r, marks), names) }
      : { mode: 'side', columns: sideBySide(r, marks) };
  return {
    title: `${names.left} and ${names.right}: ${r.articles.left.meta.title}`,
    notes: options.notes,
    head: pairHead(r, options.articleLinks),
    tabs: (['aligned', 'side'] as const).map((m) => ({ label: pageWording.pair.tabs[m], href: `${options.base}?view=${m}`, current: m === options.mode })),
    tabIntro: pageWording.pair.tabIntro[options.mode],
    legend: pageWording.pair.legend(names.left, names.right, options.mode),
    names,
    langs: { left: langOf(r, 'left'), right: langOf(r, 'right') },
    labels: {
      ...pageWording.pair.table,
      onlyIn: { left: pageWording.pair.onlyIn(names.left), right: pageWording.pair.onlyIn(names.right) },
      notIn: { left: pageWording.pair.notIn(names.left), right: pageWording.pair.notIn(names.right) },
      notClearlyIn: { left: pageWording.pair.notClearlyIn(names.left), right: pageWording.pair.notClearlyIn(names.right) },
      sourcing: { ...pickSourcing(), none: reportWording.none },
    },
    story,
    text,
    textNotes: { notices: noticesOn(r.notices, 'alignment'), measures: textMeasures.map(measureBox) },
    findings,
    sections,
    exports: options.formats.map((f) => ({ label: pageWording.pair.exports[f], href: `${options.base}/report.${f}` })),
    lesson: lessonLinks(options.base),
  };
}
