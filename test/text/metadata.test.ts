import { describe, expect, it } from 'vitest';
import { idFromFile } from '../../src/text/metadata.js';
import { articleOf, seedBody, seedFiles } from '../helpers.js';

// The seeds without their headers: what a user gets by dropping the page text into corpus/.
describe('metadata inferred from headerless seeds', () => {
  const plain = (id: string) => articleOf(seedBody(seedFiles[id]!), seedFiles[id]!);

  it.each([
    ['000', 'Blinken Tells Lavrov That U.S. Won\'t Hesitate To Respond To Russian Aggression'],
    ['001', 'Washington carves out confrontational path with Moscow in fiery diplomatic exchange between Secretary of State Blinken & FM Lavrov'],
    ['004', 'U.S. Open to Discussing Deep Strikes on Russia, Says Blinken'],
  ])('%s: the title from the first line of the article', (id, title) => {
    const a = plain(id);
    expect(a.meta.title).toBe(title);
    expect(a.meta.inferred).toContain('title');
  });

  it.each([
    ['000', 'RFE/RL'],
    ['001', 'RT'],
  ])('%s: the outlet from its signature', (id, outlet) => {
    const a = plain(id);
    expect(a.meta.outlet).toBe(outlet);
    expect(a.meta.inferred).toContain('outlet');
  });

  it.each([
    ['001', '2021-02-05T09:26'],
    ['004', '2024-05-23T07:37+01:00'],
  ])('%s: the date from its dateline', (id, date) => {
    const a = plain(id);
    expect(a.meta.published).toBe(date);
    expect(a.meta.inferred).toContain('published');
  });

  it('leaves what the text does not say unknown, not guessed', () => {
    const a = plain('002');
    expect(a.meta.outlet).toBeNull();
    expect(a.meta.published).toBeNull();
    expect(a.meta.id).toBe('002_7e6ae459223730f7');
    expect(a.meta.language).toBe('en');
  });

  it('still removes the RFE/RL self-description without a header naming the outlet', () => {
    const a = plain('000');
    expect(a.text).not.toContain('journalists report the news');
    expect(a.text).not.toContain('click here');
  });

  it('keeps a first line that ends like a sentence as the lede, not the headline', () => {
    const a = articleOf('Troops crossed the border on Monday, officials said.\nThe ministry confirmed it.', 'brief.txt');
    expect(a.sentences).toHaveLength(2);
    expect(a.meta.title).toBe('brief');
    expect(a.removed).toEqual([]);
  });

  it('keeps a text that is only a headline as a one-sentence article', () => {
    const a = articleOf('Robbers in drag steal e80 million from Paris diamond store in biggest French heist', 'alert.txt');
    expect(a.meta.title).toBe('Robbers in drag steal e80 million from Paris diamond store in biggest French heist');
    expect(a.sentences).toHaveLength(1);
    expect(a.removed).toEqual([]);
  });
});

describe('ids from file names', () => {
  it.each([
    ['000_55eef350874ca0e1.txt', '000_55eef350874ca0e1'],
    ['sub/Zürich Talks.md', 'zurich-talks'],
    ['José.txt', 'jose'],
    ['###.txt', 'article'],
  ])('%s → %s', (file, id) => expect(idFromFile(file)).toBe(id));
});
