/**
 * Short names: "the bureau" for the FBI, "the committee" for the Republican National Committee,
 * "the department" for the Department of Justice. News copy names a body in full once, then by
 * the head of its name in lower case; such a phrase is a mention of that body, so that "the
 * bureau said" speaks as the FBI (it spoke as a person called "bureau") and tone toward the body
 * reads the sentence (issue 13).
 *
 * Conservative: the head must be an organisation word ("bureau", "court"); exactly one
 * organisation or government named before in the article must have it as its own head (the
 * word before "of", or the last word: "Federal Bureau of Investigation", "Supreme Court"); and
 * the word must end its phrase ("the committee chairman" is a person, "the board of trustees"
 * another body).
 */
import type { Actor, ActorMention, ActorsFound, Article } from '../../model.js';
import { organisationHeads } from '../../lexicons/actor-titles.js';
import { entryId, formNorms, type AliasMatcher } from './alias-table.js';
import { joinedToPrevious, surfaceOf } from './token-shape.js';
import { tagTokens, type TokenTags } from './tag-tokens.js';

const heads = new Set(organisationHeads);

/** Parts of speech of a word after the head that leave the head ending its phrase ("the bureau said", "the court is"). */
const endsPhrase = ['Verb', 'Auxiliary', 'Copula', 'Modal', 'Adverb', 'Conjunction', 'Pronoun', 'Determiner'];

/** True when the word after the head carries the phrase on: "the bureau chief", "the board of trustees" ("of" and "for" give it a complement of its own). */
function continues(article: Article, tags: TokenTags, k: number): boolean {
  const token = article.tokens[k]!;
  if (token.norm === 'of' || token.norm === 'for') return true;
  if (token.stop || endsPhrase.some((t) => tags.has(t))) return false;
  return surfaceOf(article, k) === surfaceOf(article, k).toLowerCase();
}

/** The head word of a name: the word before its first "of"/"for", else its last ("Federal Bureau of Investigation" → bureau). */
function headOf(form: string): string | null {
  const norms = formNorms(form);
  const joiner = norms.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = joiner > 0 ? norms[joiner - 1]! : norms[norms.length - 1]!;
  return norms.length >= 2 && heads.has(head) ? head : null;
}

/** The organisation heads each body of the article goes by, from its forms and the alias table's names for it. */
function headsByActor(found: ActorsFound, matcher: AliasMatcher): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const bodies = found.actors.filter((a: Actor) => a.kind === 'organisation' || a.kind === 'government');
  for (const actor of bodies) {
    const entry = matcher.entries.find((e) => entryId(e.name, e.kind) === actor.id);
    const forms = [...actor.forms, actor.name, ...(entry ? [entry.name, ...entry.aliases] : [])];
    const own = new Set(forms.map(headOf).filter((h): h is string => h !== null));
    if (own.size > 0) out.set(actor.id, own);
  }
  return out;
}

/** The actors with their short-name mentions added (rule `short-name`), mentions in text order. */
export function addShortNames(article: Article, found: ActorsFound, matcher: AliasMatcher): ActorsFound {
  const byActor = headsByActor(found, matcher);
  if (byActor.size === 0) return found;
  // Parts of speech (compromise's preTagger; labels tag the article so anyway, memoised) tell "the bureau confirmed" from "the bureau chief".
  const tags = tagTokens(article, 'pos');
  const firstAt = new Map<string, number>();
  for (const m of found.mentions) if (!firstAt.has(m.actor)) firstAt.set(m.actor, m.span.start);
  const named = new Set(found.mentions.map((m) => m.span.start));
  const added: ActorMention[] = [];
  article.sentences.forEach((sentence, s) => {
    for (let k = sentence.tokens.first + 1; k < sentence.tokens.end; k++) {
      const token = article.tokens[k]!;
      if (!heads.has(token.norm) || article.tokens[k - 1]!.norm !== 'the' || !joinedToPrevious(article, k) || named.has(token.span.start)) continue;
      // Lower case only: a capitalised "the Committee" is a name or a part of one, found as such.
      if (surfaceOf(article, k) !== surfaceOf(article, k).toLowerCase()) continue;
      // "the court's decision": a possessive ends the phrase it names.
      const possessive = /['’]s?$/.test(surfaceOf(article, k));
      if (!possessive && k + 1 < sentence.tokens.end && joinedToPrevious(article, k + 1) && continues(article, tags[k + 1]!, k + 1)) continue;
      const candidates = [...byActor].filter(([id, own]) => own.has(token.norm) && (firstAt.get(id) ?? Infinity) < token.span.start);
      if (candidates.length !== 1) continue;
      const span = { start: token.span.start, end: token.span.start + token.norm.length };
      added.push({ actor: candidates[0]![0], sentence: s, span, rule: 'short-name' });
    }
  });
  if (added.length === 0) return found;
  const count = new Map<string, number>();
  const forms = new Map<string, Set<string>>();
  for (const m of added) {
    count.set(m.actor, (count.get(m.actor) ?? 0) + 1);
    forms.set(m.actor, (forms.get(m.actor) ?? new Set<string>()).add(article.text.slice(m.span.start, m.span.end)));
  }
  // The short name joins the forms, after the names: every mention is one of its actor's forms.
  const withForms = (a: Actor): Actor => ({ ...a, mentions: a.mentions + count.get(a.id)!, forms: [...new Set([...a.forms, ...forms.get(a.id)!])] });
  return {
    applies: true,
    actors: found.actors.map((a) => (count.has(a.id) ? withForms(a) : a)),
    mentions: [...found.mentions, ...added].sort((a, b) => a.span.start - b.span.start),
  };
}
