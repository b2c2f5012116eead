/**
 * Candidates → actors: alias-table names to their entry, proper names grouped by their folded
 * spelling (so "Sergei" and "Sergey Lavrov" are one), each group's kind decided by its
 * strongest evidence, and bare surnames joined to the one full name they end ("Blinken" →
 * Antony Blinken).
 */
import type { Actor, ActorKind, ActorMention, Article, MentionRule } from '../../model.js';
import { entryId, type AliasMatcher } from './alias-table.js';
import type { Candidate } from './find-candidates.js';
import { nameKeyWords, personId, slugify } from './name-key.js';
import type { TokenTags } from './tag-tokens.js';
import { wordClasses } from './word-classes.js';

/** compromise tags that vote for each kind, strongest kind first. */
const kindTags: readonly [ActorKind, readonly string[]][] = [
  ['person', ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']],
  ['organisation', ['Organization', 'Company', 'SportsTeam']],
  ['country', ['Country']],
  ['place', ['Place', 'City', 'Region', 'Address']],
];

/** The kind one name candidate points to. */
function candidateKind(article: Article, tags: readonly TokenTags[], c: Candidate): ActorKind {
  if (c.titled) return 'person';
  for (let k = c.first + 1; k < c.end; k++) if (wordClasses().organisationHeads.has(article.tokens[k]!.norm)) return 'organisation';
  for (const [kind, names] of kindTags) {
    for (let k = c.first; k < c.end; k++) if (names.some((n) => tags[k]!.has(n))) return kind;
  }
  return 'other';
}

const kindRank: readonly ActorKind[] = ['person', 'organisation', 'government', 'country', 'place', 'other'];

/** One actor being built, with its mentions' rule. */
interface Draft {
  actor: Actor;
  /** Folded words of its fullest name (persons), for surname matching. */
  key: string[];
}

/** Group candidates into actors and mentions, both in text order. */
export function groupActors(article: Article, tags: readonly TokenTags[], aliases: AliasMatcher, candidates: readonly Candidate[]): { actors: Actor[]; mentions: ActorMention[] } {
  const textOf = (c: Candidate) => article.text.slice(c.span.start, c.span.end);
  // Kind of each proper-name group: the strongest any of its candidates shows.
  const groupKind = new Map<string, ActorKind>();
  for (const c of candidates) {
    if (c.source !== 'name') continue;
    const key = nameKeyWords(textOf(c)).join(' ');
    const kind = candidateKind(article, tags, c);
    const old = groupKind.get(key);
    if (old === undefined || kindRank.indexOf(kind) < kindRank.indexOf(old)) groupKind.set(key, kind);
  }
  const drafts = new Map<string, Draft>();
  const mentions: ActorMention[] = [];
  const add = (c: Candidate, id: string, fresh: () => Actor, rule: MentionRule, key: string[]) => {
    let draft = drafts.get(id);
    if (!draft) drafts.set(id, (draft = { actor: fresh(), key }));
    const form = textOf(c);
    if (!draft.actor.forms.includes(form)) draft.actor.forms.push(form);
    if (key.length > draft.key.length) [draft.key, draft.actor.name] = [key, displayName(form)];
    draft.actor.mentions++;
    mentions.push({ actor: id, sentence: c.sentence, span: c.span, rule });
  };
  // Full names and alias-table actors first, so that a surname can find its full name
  // wherever the full name stands in the article.
  const [singles, rest] = partition(candidates, (c) => c.source === 'name' && nameKeyWords(textOf(c)).length === 1);
  for (const c of rest) {
    const entry = c.entry === null ? null : aliases.entries[c.entry]!;
    if (entry && c.source === 'place') {
      const name = entry.metonyms[0] ?? textOf(c);
      add(c, slugify(name), () => newActor(slugify(name), name, 'place', slugify(entry.country ?? entry.name)), 'alias', []);
    } else if (entry) {
      const id = entryId(entry.name, entry.kind);
      const key = entry.kind === 'person' ? nameKeyWords(entry.name) : [];
      add(c, id, () => newActor(id, entry.name, entry.kind, entry.country === null ? null : slugify(entry.country)), c.source === 'metonym' ? 'metonym' : 'alias', key);
    } else {
      addName(c, 'name');
    }
  }
  for (const c of singles) {
    const kind = groupKind.get(nameKeyWords(textOf(c)).join(' '));
    const full = kind === 'person' || kind === 'other' ? surnameOwner(textOf(c), [...drafts.values()]) : null;
    if (full) add(c, full.actor.id, () => full.actor, 'surname', full.key);
    else addName(c, 'name');
  }
  // A proper name's id is its folded spelling whatever its kind: the kind is a guess that two
  // articles may make differently, the id must not differ.
  function addName(c: Candidate, rule: MentionRule) {
    const key = nameKeyWords(textOf(c));
    const kind = groupKind.get(key.join(' ')) ?? 'other';
    const id = personId(textOf(c));
    add(c, id, () => newActor(id, displayName(textOf(c)), kind, null), rule, kind === 'person' ? key : []);
  }
  const order = new Map<string, number>();
  mentions.sort((a, b) => a.span.start - b.span.start);
  mentions.forEach((m, i) => order.set(m.actor, Math.min(order.get(m.actor) ?? i, i)));
  const actors = [...drafts.values()].map((d) => d.actor).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { actors, mentions };
}

/** A name as shown: an editor's brackets dropped ("[Bill] Keating" → "Bill Keating"). */
function displayName(form: string): string {
  return form.replace(/[[\]]/g, '');
}

function newActor(id: string, name: string, kind: ActorKind, country: string | null): Actor {
  return { id, name, kind, country, forms: [], mentions: 0 };
}

/**
 * The person whose full name a lone word ends ("Blinken" → Antony Blinken), when exactly one
 * does. With two ("Joe Biden", "Jill Biden") a bare "Biden" stays its own actor: news copy
 * uses it for the main figure, not the last one named, and no rule here knows which that is.
 * (The caller leaves alone a word the lexicons call a place or organisation.)
 */
function surnameOwner(text: string, drafts: readonly Draft[]): Draft | null {
  const word = nameKeyWords(text)[0];
  const owners = drafts.filter((d) => d.actor.kind === 'person' && d.key.length > 1 && d.key[d.key.length - 1] === word);
  return owners.length === 1 ? owners[0]! : null;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
