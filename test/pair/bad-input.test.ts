/** Corpora that give pairing little or wrong material still get a clear answer, never a crash. */
import { describe, expect, it } from 'vitest';
import { pairArticles } from '../../src/pair/pair-articles.js';
import { articleOf } from '../helpers.js';

const report = (place: string, n: number) =>
  `A fire destroyed a warehouse in ${place}, officials said. Firefighters fought the blaze for ${n} hours. ` +
  `The warehouse belonged to the ${place} Trading Company and stored furniture. No one was hurt in the ${place} fire, the fire chief said.`;

describe('bad input', () => {
  it('answers a corpus of no articles', () => {
    const pairing = pairArticles([]);
    expect(pairing).toMatchObject({ pairs: [], stories: [], unpaired: [] });
    expect(pairing.notes[0]).toMatch(/no articles/);
  });

  it('answers a corpus of one article and invites a counterpart', () => {
    const pairing = pairArticles([articleOf(report('Leeds', 6), 'one.txt')]);
    expect(pairing.unpaired).toEqual(['one']);
    expect(pairing.notes[0]).toMatch(/one article.*Bring a second article/);
  });

  it('pairs undated reports of one event and says their dates cannot be compared', () => {
    const a = articleOf(report('Leeds', 6), 'a.txt');
    const b = articleOf(`${report('Leeds', 6)} Police are investigating the cause of the Leeds fire.`, 'b.txt');
    const c = articleOf('The central bank raised interest rates by half a point to curb inflation, its governor told reporters.', 'c.txt');
    const pairing = pairArticles([a, b, c]);
    expect(pairing.pairs).toHaveLength(1);
    expect(pairing.pairs[0]).toMatchObject({ left: 'a', right: 'b', relation: 'same-event' });
    expect(pairing.pairs[0]!.explanation.join(' ')).toMatch(/cannot be compared/);
    expect(pairing.unpaired).toEqual(['c']);
  });

  it('calls identical texts a duplicate and warns', () => {
    const text = report('Leeds', 6);
    const pairing = pairArticles([articleOf(text, 'a.txt'), articleOf(text.replace(/ /g, '  '), 'b.txt')]);
    expect(pairing.pairs[0]).toMatchObject({ relation: 'duplicate', confidence: 1 });
    expect(pairing.pairs[0]!.warning).toMatch(/same: there is no framing difference/);
    expect(pairing.notes.join(' ')).toMatch(/same text twice/);
  });

  it('refuses two articles with one id, naming it', () => {
    expect(() => pairArticles([articleOf(report('Leeds', 6), 'x.txt'), articleOf(report('York', 2), 'x.txt')])).toThrow(/"x" appears twice/);
  });

  it('refuses a curation naming an article not in the corpus, naming the file and the id', () => {
    const curation = { file: 'corpus/pairs.json', force: [{ left: 'a', right: 'zzz', note: null }], forbid: [] };
    expect(() => pairArticles([articleOf(report('Leeds', 6), 'a.txt')], { curation })).toThrow(/corpus\/pairs\.json names the article "zzz"/);
  });
});
