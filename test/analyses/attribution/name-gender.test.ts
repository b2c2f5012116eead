/**
 * A name's gender from compromise's lexicon of given names (issue 16: the full tagger's first
 * use builds its post-tagger, a tenth of a second of a cold `compare`, for words the lexicon
 * step reads alike). Names as news copy writes them; the hyphenated word is the one kind where
 * the two readings differed on 30,606 capitalised word types of AllSides, BASIL, PolNeAR and
 * NewsMTSC ("Cap-Eden-Roc": the lexicon finds "Eden" inside it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import nlp from '../../../src/text/nlp.js';
import { nameGender } from '../../../src/analyses/attribution/name-gender.js';

afterEach(() => vi.restoreAllMocks());

describe('nameGender', () => {
  it.each([
    ['Hillary Clinton', 'she'],
    ['Democrat Hillary Clinton', 'she'],
    ['Bernie Sanders', 'he'],
    ['Mrs. Clinton', 'she'],
    ['Mr. Obama', 'he'],
    ['Christie', null],
    ['Sergei Lavrov', 'he'],
  ])('%s → %s', (name, gender) => {
    expect(nameGender(name)).toBe(gender);
  });

  it('reads a word of letters with the lexicon step, never the full tagger', () => {
    const full = vi.spyOn(nlp, 'tag');
    expect(nameGender('Kamala Harris')).toBe('she');
    expect(nameGender('Antony Blinken')).toBe('he');
    expect(full).not.toHaveBeenCalled();
  });

  it('keeps the full tagger for a word of several terms, where the lexicon step reads otherwise', () => {
    const full = vi.spyOn(nlp, 'tag');
    expect(nameGender('Cap-Eden-Roc Hotel')).toBe(null);
    expect(full).toHaveBeenCalledWith('Cap-Eden-Roc');
  });
});
