/**
 * The lesson pages (issue 14): the teacher's guide and the student worksheet as pages of the web
 * app. They print the very document `parallax report --edition teacher|worksheet` writes
 * (buildDoc, through the report's one HTML writer), so the page, its PDF and the CLI's file
 * cannot say different things; this view model adds only the site's navigation around it.
 */
import type { FramingReport } from '../../model.js';
import { classroomWording, type LessonEdition } from '../../report/wording/index.js';
import { buildDoc } from '../report/build-doc.js';
import { docBodyHtml } from '../report/html.js';
import { trusted, type Html } from './html.js';

/** The lesson editions, in the order pages link them. */
export const lessonEditions: readonly LessonEdition[] = ['teacher', 'worksheet'];

/** A link of the lesson's navigation. */
export interface LessonLink {
  /** What it says. */
  label: string;
  /** Where it goes. */
  href: string;
}

/** One lesson page. */
export interface LessonPageView {
  /** The page's title: the edition and the two outlets. */
  title: string;
  /** Which edition, for styling (the worksheet's answer lines). */
  edition: LessonEdition;
  /** Back to the pair page. */
  back: LessonLink;
  /** The other edition and this one's PDF. */
  links: LessonLink[];
  /** The document, escaped by the report's HTML writer (its first heading is the page's h1). */
  body: Html;
  /** The report's closing line. */
  footer: string;
}

/** The links to a pair's lesson, as the pair page and the home page show them. */
export interface LessonLinks {
  /** Their heading. */
  title: string;
  /** Each edition's page and its PDF. */
  links: { page: LessonLink; pdf: LessonLink }[];
}

/** The links to the lesson of the pair whose page is at `base`. */
export function lessonLinks(base: string): LessonLinks {
  const w = classroomWording.page;
  return { title: w.title, links: lessonEditions.map((e) => ({ page: { label: w.name[e], href: `${base}/${e}` }, pdf: { label: w.pdf(w.name[e]), href: `${base}/${e}.pdf` } })) };
}

/** The page of one edition of the lesson of `r`, whose pair page is at `base`. */
export function lessonPage(r: FramingReport, base: string, edition: LessonEdition): LessonPageView {
  const doc = buildDoc(r, { edition });
  const w = classroomWording.page;
  const other = lessonEditions.find((e) => e !== edition)!;
  return {
    title: doc.title,
    edition,
    back: { label: w.back, href: base },
    links: [
      { label: w.pdf(w.name[edition]), href: `${base}/${edition}.pdf` },
      { label: w.name[other], href: `${base}/${other}` },
    ],
    body: trusted(docBodyHtml(doc)),
    footer: doc.footer,
  };
}
