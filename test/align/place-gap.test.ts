/**
 * Where two sentences stand in their articles, as the link model reads it (issue 11, round
 * 11): a pair alike in words told at opposite ends of two long articles is less likely one
 * fact than the same pair told near the same place; one sentence of slack keeps short texts,
 * where neighbours stand a third apart, from being read as far apart.
 */
import { describe, expect, it } from 'vitest';
import { profileArticles, scorePairs } from '../../src/align/article-profiles.js';
import { linkEvidence, linkModel, linkProbabilities, linkTable, placeGap } from '../../src/align/link-model.js';
import type { Article } from '../../src/model.js';
import { prepareArticle } from '../../src/pipeline.js';

function article(id: string, sentences: readonly string[]): Article {
  const header = { id, title: id, outlet: null, source: null, url: null, published: null, language: 'en', eventDate: null, byline: null };
  const prepared = prepareArticle({ file: `${id}.txt`, format: 'txt', header, body: sentences.join(' ') });
  if (!prepared.ok) throw new Error(prepared.error.message);
  return prepared.value;
}

describe('placeGap', () => {
  it.each([
    ['the same place in articles of one length', 4, 20, 4, 20, 0],
    ['neighbours in three-sentence texts (one sentence of slack)', 1, 3, 0, 3, 0],
    ['the first and the last of twenty', 0, 20, 19, 20, 0.9],
    ['the middle of ten against the middle of forty', 5, 10, 20, 40, 0],
    ['no sentences', 0, 0, 0, 5, 0],
  ])('%s', (_, i, rows, j, columns, gap) => {
    expect(placeGap(i, rows, j, columns)).toBeCloseTo(gap, 6);
  });
});

describe('the link model reads the place', () => {
  const fact = 'The city council approved a new budget for road repairs on Tuesday night.';
  const told = 'On Tuesday night the council approved the road repair budget of the city.';
  const left = ['Storms flooded several farms along the river last spring.', 'A local bakery won a national prize for its sourdough bread.', 'Schools will open an hour later during the winter months.', 'The museum displays paintings by a forgotten regional artist.', 'Volunteers planted two hundred oak trees in the northern park.', 'A famous jazz trio performs at the harbour festival this weekend.', 'Hospital staff asked for more parking spaces near the clinic.', 'Ferry tickets will cost less for students and pensioners.', 'The zoo welcomed twin panda cubs born in captivity.'];
  const right = ['Archaeologists uncovered Roman coins beneath the old market square.', 'The library extended its opening hours on Sundays.', 'Cyclists demand safer lanes on the coastal highway.', 'A chess champion visited the primary school to teach pupils.', 'Drought forced farmers to sell cattle earlier than planned.', 'The theatre restored its balcony after a decade of closure.', 'Fishermen reported record catches of mackerel this month.', 'A new bus route links the airport with the university.', 'Bird watchers counted rare cranes nesting by the lake.'];
  const probability = (l: Article, r: Article, i: number, j: number) => {
    const profiles = profileArticles(l, r);
    const scores = scorePairs(profiles);
    return linkProbabilities(linkTable(linkEvidence(scores.similarity, profiles, null, scores)), linkModel.lexical)[i]![j]!;
  };
  it('gives a pair told at opposite ends of long articles less than the same pair told at the same place', () => {
    const l = article('l', [fact, ...left]);
    const near = probability(l, article('near', [told, ...right]), 0, 0);
    const far = probability(l, article('far', [...right, told]), 0, right.length);
    expect(far).toBeLessThan(near - 0.01);
  });
});
