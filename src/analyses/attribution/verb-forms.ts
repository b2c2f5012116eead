/**
 * Every written form of every reporting verb, from the lexicon: regular inflections generated
 * here, irregular ones listed in the lexicon. British -ise spellings come with every -ize verb.
 */
import { reportingVerbs, type ReportingVerbEntry } from '../../lexicons/reporting-verbs.js';

/** The grammatical shape of a verb form, which decides how much context it needs. */
export type FormShape = 'bare' | 's' | 'past' | 'ing';

/** A written form of a reporting verb. */
export interface VerbForm {
  /** The lexicon entry. */
  entry: ReportingVerbEntry;
  /** Bare ("claim"), third person ("claims"), past or participle ("claimed"), -ing ("claiming"). */
  shape: FormShape;
  /** The word that must follow ("out" in "point out", "to" in "according to"), or null. */
  then: string | null;
}

/** Regular inflections of an English verb: base, -s, -ed, -ing. */
function inflect(base: string): string[] {
  const s = /(s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

function shapeOf(form: string, base: string): FormShape {
  if (form === base) return 'bare';
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s')) return 's';
  return 'past';
}

function buildForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const entry of reportingVerbs) {
    const [base, then = null] = entry.lemma.split(' ') as [string, string?];
    const written = entry.forms ?? inflect(base);
    const spellings = base.endsWith('ize') ? [...written, ...written.map((f) => f.replace(/iz(e|es|ed|ing)$/, 'is$1'))] : written;
    for (const form of spellings) {
      if (forms.has(form)) throw new Error(`parallax: reporting verb form "${form}" is listed twice in the lexicon`);
      forms.set(form, { entry, shape: shapeOf(form, base), then });
    }
  }
  return forms;
}

let forms: Map<string, VerbForm> | null = null;

/** The reporting verb a normalised word is a form of, or null (the forms are built on the first call: nothing at import). */
export function verbForm(norm: string): VerbForm | null {
  forms ??= buildForms();
  return forms.get(norm) ?? null;
}
