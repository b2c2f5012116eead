/**
 * toneSkip counts letters code point by code point since issue 16 (it matched the whole text
 * twice, building an array of every letter): it must give what the two /u patterns give, on
 * English, Russian and mixed news text and on characters where "letter" and "Latin script" part
 * (Roman numerals are Latin but not letters; "ª" and accented capitals are both).
 */
import { describe, expect, it } from 'vitest';
import { toneSkip } from '../../../src/analyses/tone/tone-words.js';

function byPatterns(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'empty';
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters < 0.5 ? 'not-english' : null;
}

const cases = [
  'Sergey Lavrov said on Monday that talks would resume.',
  'Министр иностранных дел России Сергей Лавров заявил в понедельник.',
  'Лавров (Lavrov) told RIA Novosti: «переговоры продолжатся».',
  'Kremlin: Путин и Байден',
  'Путин и Байден говорили, Biden said',
  '12,000 — 4.5% (2022)',
  '',
  'ⅫⅫⅫ Ⅻ ab',
  'Ⅻ Ⅻ Ⅻ Ⅻ б',
  'ªº Ça São Paulo, Ærø, Łódź, İstanbul',
  '日本の首相 said',
  'emoji 😀😀 ok',
];

describe('toneSkip', () => {
  it.each(cases)('gives what the two patterns give: %s', (text) => {
    expect(toneSkip(text)).toBe(byPatterns(text));
  });
});
