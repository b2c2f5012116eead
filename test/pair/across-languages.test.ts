/** Names across scripts and spellings, and reports of one event in Russian and English (issue 12). */
import { describe, expect, it } from 'vitest';
import { factsAgree, joinAcrossLanguages } from '../../src/pair/across-languages.js';
import type { Profile } from '../../src/pair/profile.js';
import { nameSkeleton, nameSkeletons } from '../../src/pair/skeletons.js';

describe('name skeletons', () => {
  it.each([
    // A Russian name in its cases and in English spellings meets itself…
    ['Галявиев', 'Galyaviev'],
    ['Галявиева', 'Galyaviev'],
    ['Казани', 'Kazan'],
    ['Басманный', 'Basmanny'],
    ['Красногорске', 'Krasnogorsk'],
    ['Крокус', 'Crocus'],
    ['Керчь', 'Kerch'],
    ['Зеленский', 'Zelenskyy'],
    ['Sergei', 'Sergey'],
  ])('%s meets %s', (a, b) => expect(nameSkeleton(a)).toBe(nameSkeleton(b)));

  it.each([
    // …and different names stay apart.
    ['Путин', 'Песков'],
    ['Kazan', 'Kursk'],
    ['Крым', 'Керчь'],
  ])('%s does not meet %s', (a, b) => expect(nameSkeleton(a)).not.toBe(nameSkeleton(b)));

  it('gives nothing for words too short to tell names apart', () => {
    expect(nameSkeleton('Ye')).toBeNull();
    expect(nameSkeleton('Ukraine')).not.toBeNull();
  });
});

describe('place adjectives and possessives', () => {
  const meet = (a: string, b: string) => nameSkeletons(a).some((s) => nameSkeletons(b).includes(s));
  it.each([
    // Russian names the Kerch bridge by its adjectives, English by the place or its own (pages dev e10, e11: RIA, Reuters).
    ['Крымском', 'Crimea'],
    ['Крымский', 'Crimean'],
    ['Керченском', 'Kerch'],
    ['Белгородской', 'Belgorod'],
    ['Московский', 'Moscow'],
    ['Крым', "Crimea's"],
    // A surname of the same shape still meets its English spelling.
    ['Зеленский', 'Zelensky'],
  ])('%s meets %s', (a, b) => expect(meet(a, b)).toBe(true));
  it.each([
    ['Крымском', 'Kerch'],
    ['Белгородской', 'Bryansk'],
    ['Crimean', 'Kerch'],
  ])('%s does not meet %s', (a, b) => expect(meet(a, b)).toBe(false));
});

describe('facts two languages share', () => {
  it.each([
    // [names, figures, same named day, one event's reports]
    [['krm', 'krkh'], [], false, false],
    // The Kerch bridge explosion in Russian and in English: two names and the 8th of October, no figure of ten or more.
    [['krm', 'krkh'], [], true, true],
    [['krm', 'krkh'], ['137'], false, true],
    [['krm'], [], true, false],
    [['krm', 'krkh', 'ptn'], [], false, true],
    // One name and two telling figures: a Russian and an English report of the Crocus hearing (Moscow; 137 dead, held until 22 May).
    [['mskv'], ['137', '22'], false, true],
    [['kzn'], ['175'], true, true],
    [['kzn'], ['175'], false, false],
    // Figures and a day without any shared name are not enough.
    [[], ['137', '22', '175'], true, false],
  ])('names %j, figures %j, same day %s → %s', (names, numbers, sameDay, agree) => {
    expect(factsAgree({ names, numbers }, sameDay)).toBe(agree);
  });
});

describe('stories joined across languages', () => {
  /** A profile with only what the join reads: names, figures, language. */
  const profile = (language: string, names: string[]) =>
    ({ article: { meta: { language } }, actors: new Map(names.map((n) => [n, { name: n }])), terms: new Map() }) as unknown as Profile;
  // Two English stories of one man on two occasions (a verdict, a sentence weeks later), a Russian
  // report naming the same three names, and an unrelated English story.
  const profiles = [
    profile('en', ['Galyaviev', 'Kazan', 'Crocus']),
    profile('en', ['Galyaviev', 'Kazan', 'Crocus']),
    profile('en', ['Galyaviev', 'Kazan', 'Crocus']),
    profile('en', ['Galyaviev', 'Kazan', 'Crocus']),
    profile('ru', ['Галявиев', 'Казани', 'Крокус']),
    profile('en', ['Zelenskyy', 'Kerch']),
  ];
  const groups = [[0, 1], [2, 3]];
  const apart = (i: number, j: number) => (i < 2 && j >= 2 && j < 4) || (j < 2 && i >= 2 && i < 4) ? 1 : 0;
  const sameDay = () => false;

  it('keeps a report naming no day out of both occasions its names fit (issue 12: an undated Russian verdict joined the sentence)', () => {
    const joined = joinAcrossLanguages(groups, profiles, { apart, sameDay, dated: (i) => i !== 4 });
    expect(joined).toEqual([[0, 1], [2, 3]]);
  });

  it('joins it to its best match when it names a day or only one occasion fits', () => {
    // Dated, it takes the first of its equal matches, as before.
    expect(joinAcrossLanguages(groups, profiles, { apart, sameDay, dated: () => true })).toContainEqual([0, 1, 4]);
    // Undated, with one occasion only, it joins it.
    expect(joinAcrossLanguages(groups, profiles, { apart: () => 0, sameDay, dated: (i) => i !== 4 })).toContainEqual([0, 1, 4]);
  });
});
