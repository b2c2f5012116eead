import { describe, expect, it } from 'vitest';
import { foldWord, nameKeyWords, personId, slugify } from '../../../src/analyses/actors/name-key.js';

// Romanisations of one name that news copy mixes (BGN/PCGN, ALA-LC, passports, house styles).
const sameName: [string, string, string][] = [
  ['Sergei', 'Sergey', 'sergei'],
  ['Alexei', 'Alexey', 'aleksei'],
  ['Alexey', 'Aleksei', 'aleksei'],
  ['Navalny', 'Navalnyy', 'navalni'],
  ['Zelensky', 'Zelenskyy', 'zelenski'],
  ['Zelenskiy', 'Zelenskii', 'zelenski'],
  ['Dmitry', 'Dmitriy', 'dmitri'],
  ['Yevgeny', 'Evgeniy', 'evgeni'],
  ['Mariya', 'Maria', 'maria'],
  ['Dostoyevsky', 'Dostoevsky', 'dostoevski'],
  ['Shoygu', 'Shoigu', 'shoigu'],
  ['Volodymyr', 'Volodimir', 'volodimir'],
  ['Yury', 'Yuriy', 'yuri'],
  ['José', 'Jose', 'jose'],
];

describe('foldWord', () => {
  it.each(sameName)('%s and %s fold to %s', (a, b, key) => {
    expect(foldWord(a)).toBe(key);
    expect(foldWord(b)).toBe(key);
  });

  it('keeps different names apart', () => {
    expect(foldWord('Lavrov')).not.toBe(foldWord('Lavrova'));
    expect(foldWord('Biden')).not.toBe(foldWord('Bidet'));
  });
});

describe('ids', () => {
  it('drops initials and generational suffixes from a person id', () => {
    expect(nameKeyWords('Alexander V. Grushko')).toEqual(['aleksander', 'grushko']);
    expect(personId('Joseph R. Biden Jr.')).toBe('joseph-biden');
    expect(personId('[Bill] Keating')).toBe('bill-keating');
  });

  it('slugs institution names', () => {
    expect(slugify('U.S. State Department')).toBe('us-state-department');
    expect(slugify("People's Republic of China")).toBe('peoples-republic-of-china');
    expect(slugify('RFE/RL')).toBe('rfe-rl');
  });
});
