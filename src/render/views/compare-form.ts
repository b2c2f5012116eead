/**
 * The compare form ("bring your own"): its fields refilled after a problem, the messages in an
 * error summary linked to each field, the corpus articles to choose from, and whether saving
 * into the corpus is possible.
 */
import type { Article, Side } from '../../model.js';
import { pageWording } from '../../report/wording/pages.js';
import { articleCard } from './article.js';

/** What the user typed for one side (files cannot be refilled). */
export interface SideValues {
  /** The pasted text. */
  text: string;
  /** The outlet. */
  outlet: string;
  /** The headline. */
  title: string;
  /** The publication date (YYYY-MM-DD). */
  published: string;
}

/** Everything the form sends back, as typed. */
export interface FormValues {
  /** Each side's fields. */
  sides: Record<Side, SideValues>;
  /** The corpus article chosen for the other side, or ''. */
  corpus: string;
  /** Whether to save the articles. */
  save: boolean;
}

/** A problem with one field. */
export interface FieldError {
  /** The id of the field (for the summary's link and aria-describedby). */
  field: string;
  /** The message. */
  message: string;
}

/** One field of the form, ready to print. */
export interface FormField {
  /** Its id and name. */
  id: string;
  /** How it is entered. */
  control: 'textarea' | 'file' | 'text' | 'date' | 'select';
  /** Its label. */
  label: string;
  /** A hint under the label, or null. */
  hint: string | null;
  /** The value to refill ('' for files). */
  value: string;
  /** Its problem, or null. */
  error: string | null;
  /** `aria-describedby`: the hint and the problem, or null. */
  describedBy: string | null;
  /** The options of a select. */
  options: { value: string; label: string; selected: boolean }[];
}

/** One side of the form. */
export interface FormSide {
  /** Which article. */
  side: Side;
  /** The fieldset's legend. */
  legend: string;
  /** Where the article comes from (corpus choice, paste, file). */
  source: FormField[];
  /** Header fields (outlet, headline, date). */
  meta: FormField[];
}

/** The form page. */
export interface CompareFormView {
  /** The two sides. */
  sides: FormSide[];
  /** Whether the save box is ticked. */
  save: boolean;
  /** Problems, in form order. */
  errors: FieldError[];
  /** Whether the save box can be ticked, and the note when it cannot. */
  saving: { enabled: boolean; note: string | null };
  /** The form's wording. */
  words: typeof pageWording.compare;
}

/** Empty values, with a corpus article preselected. */
export function emptyValues(corpus = ''): FormValues {
  const side = (): SideValues => ({ text: '', outlet: '', title: '', published: '' });
  return { sides: { left: side(), right: side() }, corpus, save: false };
}

const w = pageWording.compare;

/** What the form shows besides the corpus: the values, their problems, and whether saving is possible. */
export interface FormState {
  /** The values to refill. */
  values: FormValues;
  /** Problems, in form order. */
  errors: readonly FieldError[];
  /** Whether the corpus folder can be written to. */
  writable: boolean;
}

/** The form's view model. */
export function compareForm(articles: readonly Article[], { values, errors, writable }: FormState): CompareFormView {
  const problem = new Map(errors.map((e) => [e.field, e.message]));
  const field = (id: string, control: FormField['control'], label: string, hint: string | null, value: string, options: FormField['options'] = []): FormField => {
    const error = problem.get(id) ?? null;
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
    return { id, control, label, hint, value, error, describedBy: describedBy || null, options };
  };
  const corpus = [
    { value: '', label: w.ownText, selected: values.corpus === '' },
    ...articles.map((a) => {
      const card = articleCard(a);
      return { value: a.meta.id, label: `${card.outlet}: ${card.title} (${card.date})`, selected: a.meta.id === values.corpus };
    }),
  ];
  const side = (s: Side): FormSide => {
    const v = values.sides[s];
    return {
      side: s,
      legend: s === 'left' ? w.yours : w.other,
      source: [
        ...(s === 'right' ? [field('right_corpus', 'select', w.fromCorpus, null, values.corpus, corpus)] : []),
        field(`${s}_text`, 'textarea', w.paste, w.pasteHint, v.text),
        field(`${s}_file`, 'file', w.upload, w.uploadHint, ''),
      ],
      meta: [field(`${s}_outlet`, 'text', w.outlet, null, v.outlet), field(`${s}_title`, 'text', w.headline, null, v.title), field(`${s}_published`, 'date', w.published, null, v.published)],
    };
  };
  return {
    sides: [side('left'), side('right')],
    save: values.save && writable,
    errors: [...errors],
    saving: { enabled: writable, note: writable ? null : pageWording.compare.saveOff },
    words: pageWording.compare,
  };
}
