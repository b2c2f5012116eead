/** Pairing's fast names: spellings of one name meet, titles and country words stay out of keys. */
import { describe, expect, it } from 'vitest';
import { extractActors, foldName, nameOf } from '../../src/pair/actors.js';
import { articleOf } from '../helpers.js';

describe('name folding', () => {
  it.each([
    ['Sergei', 'Sergey'],
    ['Aleksei', 'Alexey'],
    ['Alexei', 'Aleksey'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelenskii'],
    ['Navalny', 'Navalnyy'],
    ['José', 'Jose'],
    // An initialism with periods (the Times' style) and without (BASIL 84678e18).
    ['i.r.s', 'irs'],
    ['F.B.I.', 'FBI'],
  ])('%s = %s', (a, b) => expect(foldName(a)).toBe(foldName(b)));

  it.each([['Lavrov', 'Lavrova'], ['Biden', 'Burden']])('%s ≠ %s', (a, b) => expect(foldName(a)).not.toBe(foldName(b)));
});

describe('name keys', () => {
  it.each([
    [['secretary', 'of', 'state', 'antony', 'blinken'], 'blinken', 3],
    // Country words stay out of an organisation's key, not out of the name shown.
    [['u.s', 'state', 'department'], 'state department', 0],
    // Keys are folded: "ministri", "betti" (so "Betty"/"Betti" meet too).
    [['russian', 'foreign', 'ministry'], 'foreign ministri', 0],
    [['ministry', 'of', 'foreign', 'affairs'], 'ministri of foreign affairs', 0],
    [['betty', 'ford', 'center'], 'betti ford center', 0],
    [['moscow'], 'moscow', 0],
  ])('%j → %s', (words, key, shownFrom) => expect(nameOf(words)).toMatchObject({ key, shownFrom }));

  it('shows a person without the country a title run left before the name ("to Russia John Sullivan")', () =>
    expect(nameOf(['russia', 'john', 'sullivan'])).toEqual({ key: 'sullivan', shownFrom: 1, surname: true }));

  it.each([
    [['deputy', 'minister', 'of', 'foreign', 'affairs', 'of', 'russia', 'alexander', 'v', 'grushko'], 7],
    [['new', 'york', 'gov', 'andrew', 'cuomo'], 3],
    [['commission', 'president', 'ursula', 'von', 'der', 'leyen'], 2],
    [['minister', 'of', 'justice', 'de', 'souza'], 4],
  ])('shows a person from after the last title, place or organisation word: %j from %i', (words, shownFrom) =>
    expect(nameOf(words)?.shownFrom).toBe(shownFrom));

  it('finds no name in a run that ends in a role ("the U.S. Ambassador")', () => expect(nameOf(['u.s', 'ambassador'])).toBeNull());
});

describe('names in an article', () => {
  const article = articleOf(
    'U.S. Secretary of State Antony Blinken told Russian Foreign Minister Sergei Lavrov that Washington would respond.\n\n' +
      'Lavrov said Moscow had no such plans. "We will see," Lavrov told reporters in Reykjavik.\n\n' +
      'Blinken Says Talks Will Go On After The Call\n\nThe State Department said Sergey Lavrov spoke first.',
  );
  const actors = extractActors(article);

  it('keys people by surname and keeps the fullest name', () => {
    expect(actors.get('lavrov')).toMatchObject({ name: 'Sergei Lavrov', person: true });
    expect(actors.get('lavrov')!.count).toBe(4);
    expect(actors.get('blinken')).toMatchObject({ name: 'Antony Blinken', person: true });
  });

  it('keeps places and organisations, not sentence-initial words or role words', () => {
    expect([...actors.keys()]).toEqual(expect.arrayContaining(['washington', 'moscow', 'reykjavik', 'state department']));
    expect(actors.has('we')).toBe(false);
    expect(actors.has('minister')).toBe(false);
  });

  it('points each name at its first mention', () => {
    const a = actors.get('blinken')!;
    expect(article.text.slice(a.span.start, a.span.end)).toBe('Antony Blinken');
    expect(a.sentence).toBe(0);
  });

  it('keeps a middle initial inside the name and leaves a long title out of it', () => {
    const titled = articleOf('Officials met on Monday.\n\n"We agreed," Deputy Minister of Foreign Affairs of Russia Alexander V. Grushko said.');
    const names = extractActors(titled);
    expect(names.get('grushko')).toMatchObject({ name: 'Alexander V. Grushko', person: true });
    expect(names.has('alexander')).toBe(false);
  });

  it('shows an organisation with its country words, and does not take it for a person', () => {
    const congress = extractActors(articleOf('Officials met on Monday.\n\nThe U.S. Congress passed the bill.')).get('congress')!;
    expect(congress).toMatchObject({ name: 'U.S. Congress', person: false });
  });

  it('points at the name without the possessive of its first use', () => {
    const possessive = articleOf('Blinken met reporters on Monday.\n\nThe official said Moscow’s demands were rejected by Washington. Officials in Moscow said nothing.');
    const moscow = extractActors(possessive).get('moscow')!;
    expect(possessive.text.slice(moscow.span.start, moscow.span.end)).toBe('Moscow');
    expect(moscow.name).toBe('Moscow');
  });
});
