/**
 * Candidates → actors: alias-table names to their entry, proper names grouped by their folded
 * spelling (so "Sergei" and "Sergey Lavrov" are one), each group's kind decided by its
 * strongest evidence, and bare surnames joined to the one full name they end ("Blinken" →
 * Antony Blinken).
 */
import type { Actor, ActorKind, ActorMention, Article, MentionRule } from '../../model.js';
import { entryId, type AliasMatcher } from './alias-table.js';
import type { Candidate } from './find-candidates.js';
import { comparisonKey, nameKeyWords, personId, slugify } from './name-key.js';
import { honorificGender, nameGender, type Gender } from '../attribution/name-gender.js';
import type { TokenTags } from './tag-tokens.js';
import { wordClasses } from './word-classes.js';
import { isAcronym } from './token-shape.js';
import { usCities } from '../../lexicons/us-cities.js';

const cities = new Set(usCities);

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
  const surface = article.text.slice(c.span.start, c.span.end);
  if (cities.has(surface.toLowerCase())) return 'place';
  // An acronym alone is no given name: "IRA contributions" (compromise: "Ira", a first name).
  const acronymFirstName = c.end - c.first === 1 && isAcronym(surface) && tags[c.first]!.has('FirstName');
  const words = wordClasses();
  for (let k = c.first + 1; k < c.end; k++) if (words.organisationHeads.has(article.tokens[k]!.norm)) return 'organisation';
  // "Center for Arizona Policy", "Council on Foreign Relations": a head with its complement.
  if (c.end - c.first > 2 && words.organisationHeads.has(article.tokens[c.first]!.norm) && words.institutionJoiners.has(article.tokens[c.first + 1]!.norm)) return 'organisation';
  // "Democracy for America", "Club for Growth": no person's name has "for" inside (name-runs.ts joins it only so).
  if (c.end - c.first > 2 && article.tokens.slice(c.first + 1, c.end - 1).some((t) => t.norm === 'for')) return 'organisation';
  // "Secure America Now": a name closed by an adverb is a group's (name-runs.ts joins it only so), not the country's.
  if (c.end - c.first > 1 && words.closingAdverbs.has(article.tokens[c.end - 1]!.norm)) return 'organisation';
  // "George Washington Bridge", "Fort Lee": a place word at either end outweighs a person's name inside.
  if (c.end - c.first > 1 && (words.placeHeads.has(article.tokens[c.end - 1]!.norm) || words.placeOpeners.has(article.tokens[c.first]!.norm))) return 'place';
  // A name alone in quotation marks is the title of a work ("Morning Joe"), not a person.
  const before = article.text.slice(Math.max(0, c.span.start - 1), c.span.start);
  const after = article.text.slice(c.span.end, c.span.end + 2);
  if (/["“]/.test(before) && /^[.,]?["”]/.test(after)) return 'other';
  // "Bill Kristol", "Jack Kingston": a short given name compromise reads as a common noun
  // ("bill") opening a name of two words or more is a person's (real HuffPost copy, BASIL
  // 2b95d2cf: "Bill Kristol — still an influential voice…" was kind other, so he had no labels).
  if (c.end - c.first > 1 && !c.titled && words.givenNames.has(article.tokens[c.first]!.norm) && !words.organisationHeads.has(article.tokens[c.end - 1]!.norm)) return 'person';
  for (const [kind, names] of kindTags) {
    const tagged = (k: number) => names.some((n) => tags[k]!.has(n));
    // A country is a name all of whose words are one ("United States"); "Latin America" is a place.
    const range = Array.from({ length: c.end - c.first }, (_, i) => c.first + i);
    if (kind === 'person' && acronymFirstName) continue;
    if (kind === 'country' ? range.every(tagged) : range.some(tagged)) return kind;
  }
  return 'other';
}

const kindRank: readonly ActorKind[] = ['person', 'organisation', 'government', 'country', 'place', 'other'];

/** One actor being built, with the name key its surname is matched by. */
interface Draft {
  actor: Actor;
  /** Folded words of its fullest name (persons), for surname matching. */
  key: string[];
  /** True when a title stood before one of its names ("President Barack Obama"). */
  titled: boolean;
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
    if (!draft) drafts.set(id, (draft = { actor: fresh(), key, titled: false }));
    draft.titled ||= c.titled;
    if (key.length > draft.key.length) [draft.key, draft.actor.name] = [key, displayName(textOf(c))];
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
      addName(c);
    }
  }
  const isGiven = (c: Candidate) => ['FirstName', 'MaleName', 'FemaleName'].some((t) => tags[c.first]!.has(t));
  // "Sasha and Malia Obama": the given name before "and" shares the surname after it (issue 13).
  const shared = new Map<Candidate, string>();
  const nextOf = new Map(candidates.map((c, i) => [c, candidates[i + 1]] as const));
  for (const c of singles) {
    const full = isGiven(c) ? sharedSurname(article, c, nextOf.get(c), isGiven) : null;
    if (full === null) continue;
    shared.set(c, full);
    const key = nameKeyWords(full);
    add(c, personId(full), () => newActor(personId(full), full, 'person', null), 'name', key);
  }
  const genders = honorificGenders(article, singles, textOf);
  for (const c of singles) {
    if (shared.has(c)) continue;
    // Its own honorific first ("Mrs. Cruz"), else the one its other mentions agree on.
    const own = honorificGender(article.text, c.span.start);
    const kind = groupKind.get(nameKeyWords(textOf(c)).join(' '));
    const full = kind === 'person' || kind === 'other' || kind === 'place' ? surnameOwner(textOf(c), { given: isGiven(c), titled: c.titled && !own, quoted: inQuotation(article, c.span.start) }, [...drafts.values()], own ?? genders.get(nameKeyWords(textOf(c))[0]!) ?? null) : null;
    // "Mr. Biton" after "Ofer Biton": the title shows the full name is a person's.
    if (full && kind === 'person') full.actor.kind = 'person';
    if (full) add(c, full.actor.id, () => full.actor, 'surname', full.key);
    else addName(c);
  }
  // A proper name's id is its folded spelling whatever its kind: the kind is a guess that two
  // articles may make differently, the id must not differ.
  function addName(c: Candidate) {
    const key = nameKeyWords(textOf(c));
    const kind = groupKind.get(key.join(' ')) ?? 'other';
    const personal = kind === 'person' || kind === 'other';
    // "Mike Bloomberg" after "Michael R. Bloomberg" is the same person (real NYT copy, BASIL
    // 472158a1): a name whose comparison key equals a full name's joins it.
    const compared = comparisonKey(key).join(' ');
    const known = personal && key.length > 1 ? [...drafts.values()].find((d) => d.key.length > 1 && comparisonKey(withoutMiddle(d.key, key.length)).join(' ') === compared) : undefined;
    const id = known?.actor.id ?? personId(textOf(c));
    add(c, id, () => newActor(id, displayName(textOf(c)), kind, null), 'name', personal ? key : []);
  }
  // Forms, counts and the actors' order follow the text.
  mentions.sort((a, b) => a.span.start - b.span.start);
  const order: Actor[] = [];
  for (const m of mentions) {
    const actor = drafts.get(m.actor)!.actor;
    if (actor.mentions === 0) order.push(actor);
    actor.mentions++;
    const form = article.text.slice(m.span.start, m.span.end);
    if (!actor.forms.includes(form)) actor.forms.push(form);
  }
  return { actors: order, mentions };
}

/** A name's first word and its last `length - 1` ("michael r bloomberg" compared as two words with "mike bloomberg"). */
function withoutMiddle(key: readonly string[], length: number): string[] {
  return key.length <= length ? [...key] : [key[0]!, ...key.slice(key.length - length + 1)];
}

/** A name as shown: an editor's brackets dropped ("[Bill] Keating" → "Bill Keating"). */
function displayName(form: string): string {
  return form.replace(/[[\]]/g, '');
}

function newActor(id: string, name: string, kind: ActorKind, country: string | null): Actor {
  return { id, name, kind, country, forms: [], mentions: 0 };
}

/**
 * The person whose full name a lone word ends ("Blinken" → Antony Blinken). With two ("Donald
 * Trump", then "Melania Trump") a bare "Trump" is the one named first: news copy calls the main
 * figure by the surname and the relative it brings in later by the given name (real Fox copy,
 * BASIL 84b3c118: thirteen bare "Trump"s had been an actor of their own, apart from Donald
 * Trump, and the pair's contrasts said only Fox reported him speaking).
 * Family names written first ("Wang Wenbin" → "Wang", "Kim Jong Un" → "Kim") match the first
 * word instead, when no surname does; so does a given name alone, unless the person holds a
 * title ("Joe" alone is not President Joe Biden; in quoted speech it is). (The caller leaves
 * alone places and organisations.)
 */
function surnameOwner(text: string, how: { given: boolean; titled: boolean; quoted: boolean }, drafts: readonly Draft[], gender: Gender = null): Draft | null {
  const word = nameKeyWords(text)[0];
  // Full names compromise does not know ("Ofer Biton", kind other) own their surnames too.
  const people = drafts.filter((d) => (d.actor.kind === 'person' || d.actor.kind === 'other') && d.key.length > 1);
  let last = people.filter((d) => d.key[d.key.length - 1] === word);
  // An honorific tells them apart ("Mr. Cruz" beside Ted and Heidi Cruz; real NYT copy, BASIL
  // 59f2f47c), and keeps "Mr. Obama" from the one full name of his surname, his daughter's
  // ("Sasha and Malia Obama": real NYT copy, BASIL 96b7046f, gave "President" to Malia).
  if (gender) last = last.filter((d) => nameGender(d.actor.name) !== (gender === 'he' ? 'she' : 'he'));
  if (last.length > 1 && gender) last = last.filter((d) => nameGender(d.actor.name) === gender);
  // "President Obama" after "President Barack Obama" and "Malia and Sasha Obama": a title goes
  // to the full name that had one (real Fox copy, BASIL 96b7046f).
  if (last.length > 1 && how.titled && last.some((d) => d.titled)) last = last.filter((d) => d.titled);
  if (last.length > 0) return last[0]!;
  const first = people.filter((d) => d.key[0] === word);
  if (first.length !== 1) return null;
  // A given name alone is the one full name it opens when that person holds no title: news
  // calls a child or a private person by the given name ("Malia, 16, was dressed…"; real NYT
  // copy, BASIL 96b7046f), never a president ("Joe" is not President Joe Biden), but in quoted
  // speech anyone. A title before the given name is a monarch's or a pope's ("Queen Elizabeth
  // II" is no Elizabeth Lauten).
  if (how.given && (how.titled || (first[0]!.titled && !how.quoted))) return null;
  return first[0]!;
}

/**
 * The gender the honorifics of each one-word name call for, over all its mentions ("President
 * Obama" and "Mr. Obama" are one man), or null when they name none or disagree.
 */
function honorificGenders(article: Article, singles: readonly Candidate[], textOf: (c: Candidate) => string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const c of singles) {
    const gender = honorificGender(article.text, c.span.start);
    if (!gender) continue;
    const word = nameKeyWords(textOf(c))[0]!;
    out.set(word, out.has(word) && out.get(word) !== gender ? null : gender);
  }
  return out;
}

/**
 * The full name a given name shares with the name after "and" ("Sasha and Malia Obama" →
 * "Sasha Obama", "Bill and Hillary Clinton"), or null: the next candidate, `next`, must follow
 * in the sentence after " and " and be a given name and a surname.
 */
function sharedSurname(article: Article, c: Candidate, next: Candidate | undefined, isGiven: (c: Candidate) => boolean): string | null {
  if (!next || next.sentence !== c.sentence || next.source !== 'name' || next.end - next.first !== 2 || !isGiven(next)) return null;
  if (article.text.slice(c.span.end, next.span.start) !== ' and ') return null;
  return `${article.text.slice(c.span.start, c.span.end)} ${article.text.slice(article.tokens[next.first + 1]!.span.start, next.span.end)}`;
}

/** True when offset `at` stands inside a quotation of its paragraph (an odd number of double quotation marks before it). */
function inQuotation(article: Article, at: number): boolean {
  const paragraph = article.paragraphs.find((p) => p.span.start <= at && at < p.span.end);
  if (!paragraph) return false;
  const before = article.text.slice(paragraph.span.start, at);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  if (opens + closes > 0) return opens > closes;
  return (before.match(/"/g) ?? []).length % 2 === 1;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
