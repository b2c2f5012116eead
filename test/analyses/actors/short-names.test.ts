import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/analyses/actors/find-actors.js';
import { articleOf, slice } from './article-of.js';

/** "words→actor" for every short-name mention, in text order. */
function shortNames(text: string): string[] {
  const article = articleOf(text);
  const found = findActors(article);
  if (!found.applies) throw new Error(found.reason);
  return found.mentions.filter((m) => m.rule === 'short-name').map((m) => `${slice(article, m.span)}→${m.actor}`);
}

// Issue 13: a body named in full, then by the head of its name in lower case.
const cases: [string, string[]][] = [
  ['The FBI opened an inquiry. The bureau said it had no comment.', ['bureau→fbi']],
  // The head must end its phrase: "the bureau chief" is a person, "the board of trustees" another body.
  ['The FBI opened an inquiry. The bureau chief left. The bureau confirmed it.', ['bureau→fbi']],
  ['The Supreme Court ruled. The court’s decision was final.', ['court→supreme-court']],
  ['The Republican National Committee met. The committee, members say, will vote.', ['committee→republican-national-committee']],
  ['The Georgetown University Board met. Later the board of trustees voted.', []],
  // Two bodies with the head: neither.
  ['The House Ethics Committee and the Senate Ethics Committee met. The committee voted.', []],
  // Only a body named before: "the bureau" before any bureau is named stands for none.
  ['The bureau said so. Later the FBI agreed.', []],
];

describe('short names', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(shortNames(text)).toEqual(expected);
  });
});
