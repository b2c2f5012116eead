/**
 * The alias table made ready for matching: every name and metonym as a sequence of normalised
 * words, indexed by its first word; demonyms by word; a user's table merged over the built-in.
 */
import type { ActorKind, AliasEntry, AliasTable } from '../../model.js';
import { normalizeWord } from '../../text/tokenize.js';
import { personId, slugify } from './name-key.js';

/** One name of a known actor, as normalised words. */
export interface AliasForm {
  /** The name's words, normalised as tokens are (`Token.norm`). */
  norms: string[];
  /** Index of its entry in the table. */
  entry: number;
  /** True for a metonym: the actor except after a locative, where it is the place. */
  metonym: boolean;
}

/** A compiled alias table. */
export interface AliasMatcher {
  /** The entries, as given. */
  entries: readonly AliasEntry[];
  /** Names by their first normalised word, longest first. */
  byFirst: ReadonlyMap<string, readonly AliasForm[]>;
  /** Country id by normalised demonym ("russian" → "russia"). */
  demonyms: ReadonlyMap<string, string>;
  /** Id of each country's government entry ("russia" → "russian-government"). */
  governments: ReadonlyMap<string, string>;
}

/** Id of an actor known to the table: a person's folded name, else the slug of the name. */
export function entryId(name: string, kind: ActorKind): string {
  return kind === 'person' ? personId(name) : slugify(name);
}

/** The normalised words of a name, split as the tokenizer splits text ("RFE/RL" → rfe, rl). */
export function formNorms(form: string): string[] {
  return form
    .split(/[\s\-/]+/)
    .filter((w) => w !== '')
    .map(normalizeWord);
}

const compiled = new WeakMap<AliasTable, AliasMatcher>();

/** Compile a table for matching (memoised per table object). */
export function compileAliases(table: AliasTable): AliasMatcher {
  const done = compiled.get(table);
  if (done) return done;
  const forms = new Map<string, AliasForm>();
  const demonyms = new Map<string, string>();
  const governments = new Map<string, string>();
  table.actors.forEach((e, entry) => {
    // A later entry's form replaces an earlier one: the user's table overrides the built-in.
    for (const form of [e.name, ...e.aliases]) forms.set(formNorms(form).join(' '), { norms: formNorms(form), entry, metonym: false });
    for (const form of e.metonyms) forms.set(formNorms(form).join(' '), { norms: formNorms(form), entry, metonym: true });
    const country = slugify(e.country ?? e.name);
    for (const d of e.demonyms) demonyms.set(normalizeWord(d), country);
    if (e.kind === 'government' && e.country !== null) governments.set(country, entryId(e.name, e.kind));
  });
  const byFirst = new Map<string, AliasForm[]>();
  for (const form of forms.values()) {
    const first = form.norms[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  const matcher = { entries: table.actors, byFirst, demonyms, governments };
  compiled.set(table, matcher);
  return matcher;
}

/**
 * A user's table over the built-in one: an entry whose name matches a built-in entry (any case)
 * adds its names to it and may change its kind and country; other entries are appended.
 */
export function mergeAliasTables(base: AliasTable, extra: AliasTable): AliasTable {
  const actors = base.actors.map((e) => ({ ...e }));
  for (const e of extra.actors) {
    const i = actors.findIndex((b) => b.name.toLowerCase() === e.name.toLowerCase());
    const old = actors[i];
    if (!old) {
      actors.push({ ...e });
      continue;
    }
    actors[i] = {
      name: old.name,
      kind: e.kind,
      aliases: [...old.aliases, ...e.aliases],
      metonyms: [...old.metonyms, ...e.metonyms],
      demonyms: [...old.demonyms, ...e.demonyms],
      country: e.country ?? old.country,
    };
  }
  // Merged entries keep their place, so a user's alias must also win over a built-in entry
  // that lists the same name: move every entry the user touched to the end.
  const touched = new Set(extra.actors.map((e) => e.name.toLowerCase()));
  return { actors: [...actors.filter((e) => !touched.has(e.name.toLowerCase())), ...actors.filter((e) => touched.has(e.name.toLowerCase()))] };
}
