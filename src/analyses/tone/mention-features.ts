/**
 * What sort of mention the target is, by its form and compromise's word lists, never which
 * person it names: a pronoun, a common noun phrase ("the audience"), a date ("Thursday"), an
 * acronym ("FBI"), a titled name, a place or organisation. In NewsMTSC such non-person mentions
 * are nearly always neutral; 5-fold cross-validation on train.jsonl gained about one point of
 * macro-F1 on multi-target sentences from these features.
 */
import { ask } from '../../text/nlp-answers.js';
import { mentionDateWords, mentionPronouns, mentionTitles } from '../../lexicons/tone-mentions.js';
import type { FeatureHit } from './features.js';
import type { ToneWord } from './tone-words.js';

const pronouns = new Set(mentionPronouns);
const titles = new Set(mentionTitles);
const dateWords = new Set(mentionDateWords);
const isDateWord = (norm: string) => dateWords.has(norm) || /^\d+$/.test(norm);
/** compromise lexicon tags that say what kind of name a word is. */
const nameKinds = ['Place', 'Organization', 'Person', 'FirstName', 'LastName', 'Honorific'];

/** `mention:` features of the mention's words (`words`, offsets into `text`). */
export function mentionFeatures(words: readonly ToneWord[], text: string): FeatureHit[] {
  const surface = words.map((w) => text.slice(w.span.start, w.span.end));
  const last = words[words.length - 1];
  const kinds = [`words${Math.min(words.length, 4)}`];
  if (words.length === 1 && pronouns.has(words[0]!.norm)) kinds.push('pronoun');
  if (/^\p{Ll}/u.test(surface[0] ?? '')) kinds.push('lower');
  if (words.some((w) => isDateWord(w.norm))) kinds.push('date');
  if (surface.some((s) => /^\p{Lu}{2,}$/u.test(s))) kinds.push('acronym');
  if (words[0] && titles.has(words[0].norm)) kinds.push('title');
  if (last && /['’]s$/.test(text.slice(last.span.start, last.span.end))) kinds.push('possessive');
  // The tags compromise's word lists give the mention's words (its lexicon step only: fast; remembered).
  const tags = ask('mention', surface.join(' '));
  kinds.push(...nameKinds.filter((kind) => tags.includes(kind)));
  return kinds.map((kind) => ({ name: `mention:${kind}`, value: 1, span: null }));
}
