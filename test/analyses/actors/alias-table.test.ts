import { describe, expect, it } from 'vitest';
import { compileAliases, formNorms, mergeAliasTables } from '../../../src/analyses/actors/alias-table.js';
import { builtInAliases } from '../../../src/lexicons/aliases.js';
import type { AliasEntry } from '../../../src/model.js';

const entry = (e: Partial<AliasEntry> & Pick<AliasEntry, 'name' | 'kind'>): AliasEntry => ({ aliases: [], metonyms: [], demonyms: [], country: null, ...e });

describe('alias tables', () => {
  it('splits forms as the tokenizer does, "US" and "U.S." alike', () => {
    expect(formNorms('U.S. State Department')).toEqual(['u.s', 'state', 'department']);
    expect(formNorms('US')).toEqual(['u.s']);
    expect(formNorms("Russia's Foreign Ministry")).toEqual(['russia', 'foreign', 'ministry']);
  });

  it('adds a user entry to the built-in one of the same name', () => {
    const merged = mergeAliasTables(builtInAliases, { actors: [entry({ name: 'russian government', kind: 'government', aliases: ['Putin regime'] })] });
    const russian = merged.actors.filter((e) => e.name === 'Russian government');
    expect(russian).toHaveLength(1);
    expect(russian[0]!.aliases).toEqual(expect.arrayContaining(['Kremlin', 'Putin regime']));
    expect(russian[0]!.country).toBe('Russia');
    expect(merged.actors).toHaveLength(builtInAliases.actors.length);
  });

  it('lets a user alias win over a built-in one', () => {
    const merged = mergeAliasTables(builtInAliases, { actors: [entry({ name: 'Washington State', kind: 'place', aliases: ['Washington'] })] });
    const matcher = compileAliases(merged);
    const form = matcher.byFirst.get('washington')!.find((f) => f.norms.length === 1)!;
    expect(matcher.entries[form.entry]!.name).toBe('Washington State');
  });

  it('knows demonyms and governments by country', () => {
    const matcher = compileAliases(builtInAliases);
    expect(matcher.demonyms.get('russian')).toBe('russia');
    expect(matcher.demonyms.get('american')).toBe('united-states');
    expect(matcher.governments.get('russia')).toBe('russian-government');
  });

  it('names no alias twice in the built-in table', () => {
    const seen = new Map<string, string>();
    for (const e of builtInAliases.actors) {
      for (const form of [e.name, ...e.aliases, ...e.metonyms]) {
        const key = formNorms(form).join(' ');
        expect(seen.get(key) ?? e.name, `${form} is listed under ${seen.get(key)} and ${e.name}`).toBe(e.name);
        seen.set(key, e.name);
      }
    }
  });
});
