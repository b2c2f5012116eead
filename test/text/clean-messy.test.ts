/**
 * Pages as a search tool or a reader's copy-paste returns them (issue 12): a date label glued to
 * the first line, section labels above the headline, a headline repeated as the first paragraph,
 * a headline cut short and then given whole, page widgets, captions closing on a bare agency
 * credit. Lines written for these tests in the shape such pages have, not copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../helpers.js';

const story = 'The regional court sentenced the former mayor to six years in prison on Tuesday, prosecutors said.';
const removed = (body: string) => {
  const a = articleOf(body);
  return a.removed.map((r) => [a.raw.slice(r.span.start, r.span.end), r.reason]);
};

describe('cleaning messy pages', () => {
  it('reads a date label glued to the headline as a dateline and keeps the headline', () => {
    const a = articleOf(` date 2024-03-05 Former mayor jailed for six years over bribes\n\n${story}`);
    expect(a.meta.title).toBe('Former mayor jailed for six years over bribes');
    expect(a.meta.published).toBe('2024-03-05');
    expect(a.text.startsWith('The regional court')).toBe(true);
  });

  it('takes short labels above the headline for section labels, not for the title', () => {
    const a = articleOf(`Local Courts\n\nMULTIMEDIA\n\nFormer mayor jailed for six years over bribes\n\n${story}`);
    expect(a.meta.title).toBe('Former mayor jailed for six years over bribes');
    expect(removed(`Local Courts\n\nMULTIMEDIA\n\nFormer mayor jailed for six years over bribes\n\n${story}`)).toEqual(
      expect.arrayContaining([['Local Courts', 'section-label'], ['MULTIMEDIA', 'section-label']]),
    );
  });

  it('keeps a headline repeated as the first paragraph as the title', () => {
    const a = articleOf(`Former mayor jailed for six years over bribes\nFormer mayor jailed for six years over bribes\n\n${story}`);
    expect(a.meta.title).toBe('Former mayor jailed for six years over bribes');
    expect(a.text).not.toContain('Former mayor jailed');
  });

  it('drops a headline cut short with an ellipsis when the next line gives it whole', () => {
    const a = articleOf(`Former mayor jailed for six ye...\nFormer mayor jailed for six years over bribes\n\n${story}`);
    expect(a.meta.title).toBe('Former mayor jailed for six years over bribes');
  });

  it.each([
    ['0', 'navigation'],
    ['$77.65 €92.01 ¥11.17', 'navigation'],
    ['-7.9 C', 'navigation'],
    ['Police stand outside the court in the capital on March 4, 2024. Reuters', 'image-caption'],
    ['Rescuers search the rubble in the city centre. AFP/Getty Images', 'image-caption'],
  ])('removes the page line "%s" (%s)', (line, reason) => {
    expect(removed(`Former mayor jailed for six years over bribes\n\n${story}\n\n${line}\n\nHis lawyer said he would appeal the verdict within ten days of the ruling.`)).toContainEqual([line, reason]);
  });

  it.each(['The vote was 325 to 306.', 'He was jailed in 2019.'])('keeps the story line "%s"', (line) => {
    expect(articleOf(`Former mayor jailed for six years over bribes\n\n${story}\n\n${line}`).text).toContain(line);
  });
});

describe('captions and topic lines in pasted pages (issue 14)', () => {
  const tail = 'His lawyer said he would appeal the verdict within ten days of the ruling.';
  it.each([
    ['The government lost the vote by an unprecedented margin Getty Images', 'image-caption'],
    ['Police stand outside the court in the capital. Photograph: John Smith/AP', 'image-caption'],
    ['Rescuers at the scene on Monday (Image credit: Getty)', 'image-caption'],
    ['Topics: Courts, Corruption, Local government', 'topic-list'],
    ['Tags: Brexit | Theresa May | House of Commons', 'topic-list'],
    ['Темы: Происшествия, Суд', 'topic-list'],
  ])('removes "%s" (%s)', (line, reason) => {
    expect(removed(`Former mayor jailed for six years over bribes\n\n${line}\n\n${story}\n\n${tail}`)).toContainEqual([line, reason]);
  });

  it.each([
    'Topics: the ministers said trade and energy would come first.',
    'The agency said the figures came from Reuters.',
    'Keywords: "stability" and "order" ran through the speech.',
    // An excerpt cut off by the page after a wire credit is the story, not a caption.
    'Rescue teams worked through the night in the flooded districts of the city, where the water stood two metres high in places and hundreds of residents waited on rooftops for boats, officials told reporters on Sunday, adding that the army had been called in to help AFP',
  ])('keeps the story line "%s"', (line) => {
    expect(articleOf(`Former mayor jailed for six years over bribes\n\n${story}\n\n${line}\n\n${tail}`).text).toContain(line);
  });
});
