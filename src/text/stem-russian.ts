/**
 * The Russian stemmer Parallax has always used: natural's `porter_stemmer_ru.js` (natural 8.1.1,
 * lib/natural/stemmers), a Porter/Snowball-style suffix stripper, copied here with its types so
 * that `natural` (74 MB with its dependencies) need not be installed for it. The rules and their
 * order are unchanged, so stems are too (checked in test/text/stem.test.ts).
 *
 * Copyright (c) 2012, Polyakov Vladimir, Chris Umbel. MIT licence:
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 * and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions: The above copyright
 * notice and this permission notice shall be included in all copies or substantial portions of
 * the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
 * PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 * DEALINGS IN THE SOFTWARE.
 */

type Rule = readonly [RegExp, string];

/** The word with the first matching rule applied, or null when none matches. */
function replaceFirst(token: string, rules: readonly Rule[]): string | null {
  for (const [pattern, replacement] of rules) {
    if (pattern.test(token)) return token.replace(pattern, replacement);
  }
  return null;
}

// Each rule anchors at the end of the word; none is global, so `test` keeps no state between words.
const perfectiveGerund: Rule[] = [[/[ая]в(ши|шись)$/, ''], [/(ив|ивши|ившись|ывши|ывшись|ыв)$/, '']];
const adjective: Rule[] = [[/(ее|ие|ые|ое|ими|ыми|ей|ий|ый|ой|ем|им|ым|ом|его|ого|ему|ому|их|ых|ую|юю|ая|яя|ою|ею)$/, '']];
const participle: Rule[] = [[/([ая])(ем|нн|вш|ющ|щ)$/, '$1'], [/(ивш|ывш|ующ)$/, '']];
const reflexive: Rule[] = [[/(ся|сь)$/, '']];
const verb: Rule[] = [
  [/([ая])(ла|на|ете|йте|ли|й|л|ем|н|ло|но|ет|ют|ны|ть|ешь|нно)$/, '$1'],
  [/(ила|ыла|ена|ейте|уйте|ите|или|ыли|ей|уй|ил|ыл|им|ым|ен|ило|ыло|ено|ят|ует|ит|ыт|ены|ить|ыть|ишь|ую|ю)$/, ''],
];
const noun: Rule[] = [[/(а|ев|ов|ие|ье|е|иями|ями|ами|еи|ии|и|ией|ей|ой|ий|й|иям|ям|ием|ем|ам|ом|о|у|ах|иях|ях|ы|ь|ию|ью|ю|ия|ья|я)$/, '']];
const superlative: Rule[] = [[/(ейш|ейше)$/, '']];
const derivational: Rule[] = [[/(ост|ость)$/, '']];

/** An adjectival ending, then a participle ending before it. */
function adjectival(token: string): string | null {
  const result = replaceFirst(token, adjective);
  return result === null ? null : replaceFirst(result, participle) || result;
}

/** The region after the first vowel, and what comes before it. */
const afterFirstVowel = /^(.*?[аеиоюяуыиэ])(.*)$/;

/** The stem of a Russian word. */
export function stemRussian(word: string): string {
  const token = word.toLowerCase().replace(/ё/g, 'е');
  const rv = afterFirstVowel.exec(token);
  if (!rv) return token;
  const head = rv[1]!;
  const region = rv[2]!;
  const r2 = afterFirstVowel.exec(region);
  let result = replaceFirst(region, perfectiveGerund);
  if (result === null) {
    const unreflexive = replaceFirst(region, reflexive) || region;
    result = adjectival(unreflexive) ?? replaceFirst(unreflexive, verb) ?? replaceFirst(unreflexive, noun) ?? unreflexive;
  }
  result = result.replace(/и$/, '');
  // natural tests the derivational ending on the R2 region, then strips it from the whole result.
  const derived = r2 && r2[2] && replaceFirst(r2[2], derivational) !== null ? replaceFirst(result, derivational) : result;
  const base = derived ?? result;
  return head + (replaceFirst(base, superlative) || base).replace(/(н)н/g, '$1').replace(/ь$/, '');
}
