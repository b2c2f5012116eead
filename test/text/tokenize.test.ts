import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { normalizeWord, tokenize } from '../../src/text/tokenize.js';

const tokens = (text: string, language = 'en') => tokenize(text, { start: 0, end: text.length }, language);

describe('tokenize', () => {
  it('keeps names with accents, possessives and initialisms whole, with offsets', () => {
    const text = 'José Blinken’s U.S. aides met in Kyiv.';
    const t = tokens(text);
    expect(t.map((x) => text.slice(x.span.start, x.span.end))).toEqual(['José', 'Blinken’s', 'U.S.', 'aides', 'met', 'in', 'Kyiv']);
    expect(t.map((x) => x.norm)).toEqual(['josé', 'blinken', 'u.s', 'aides', 'met', 'in', 'kyiv']);
  });

  it('stems with Porter and keeps reporting verbs and negations as content words', () => {
    const t = tokens('He said they claimed it was never threatened');
    const by = Object.fromEntries(t.map((x) => [x.norm, x]));
    expect(by['said']!.stop).toBe(false);
    expect(by['claimed']!.stem).toBe('claim');
    expect(by['never']!.stop).toBe(false);
    expect(by['threatened']!.stem).toBe('threaten');
    expect(by['he']!.stop).toBe(true);
    expect(by['was']!.stop).toBe(true);
  });

  it('marks numbers', () => {
    const t = tokens('Troops: 100,000 on May 12, $5.5 billion');
    expect(t.filter((x) => x.kind === 'number').map((x) => x.norm)).toEqual(['100,000', '12', '5.5']);
  });

  it('makes US and U.S. the same word, and not the pronoun us', () => {
    expect(normalizeWord('US')).toBe(normalizeWord('U.S.'));
    expect(normalizeWord('us')).toBe('us');
    const t = tokens('harm us or US interests');
    expect(t.map((x) => x.norm)).toEqual(['harm', 'us', 'or', 'u.s', 'interests']);
    expect(t[3]!.stop).toBe(false);
  });

  it('segments, tokenises and stems Russian text', () => {
    const text = 'Министр иностранных дел России Сергей Лавров провёл переговоры.';
    const t = tokens(text, 'ru');
    expect(t).toHaveLength(8);
    expect(t.find((x) => x.norm === 'переговоры')!.stem).toBe('переговор');
    expect(t.find((x) => x.norm === 'иностранных')!.stem).toBe('иностра');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The United States has delivered a written response to Russia, the secretary said on Wednesday.', 'en'],
    ['Соединённые Штаты передали России письменный ответ на её предложения по гарантиям безопасности, сообщил госсекретарь.', 'ru'],
    ['Die Vereinigten Staaten haben Russland eine schriftliche Antwort übergeben, sagte der Außenminister am Mittwoch und die Gespräche gehen weiter.', 'de'],
    ['', 'und'],
  ])('%s → %s', (text, code) => expect(detectLanguage(text)).toBe(code));
});
