/**
 * The archive's verdict from stored profiles agrees with the full event check, or leaves the pair
 * to it: a statement both quote at length can make two reports one event, and the profiles keep
 * only its five-word keys (issue 12; real Fox and NYT copy, BASIL 84678e18).
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/pair/settings.js';
import { storedProfile } from '../../src/store/stored-profile.js';
import { storedRelation } from '../../src/store/stored-verdict.js';
import { articleOf } from '../helpers.js';

const statement = '“I have not done anything wrong. I have not broken any laws. I have not violated any rules or regulations,” she said.';
const fox = `Lois Lerner refused to testify on Wednesday before a House panel. She worked at the Federal Election Commission for years before joining the agency, where critics say she pursued conservative groups. ${statement}`;
const nyt = `Lois Lerner invoked the Fifth Amendment on Wednesday at a hearing of the oversight committee, where lawmakers pressed the inspector general. ${statement}`;

describe('the archive verdict of two reports quoting one statement', () => {
  const pair = { score: 0.05, background: 0.05 };

  it('is left to the full judgement when they share enough of a quotation', () => {
    expect(storedRelation(storedProfile(articleOf(fox, 'fox.txt')), storedProfile(articleOf(nyt, 'nyt.txt')), pair, defaultSettings)).toBeNull();
  });

  it('is decided from the profiles when they share none', () => {
    const bare = (text: string) => text.replace(statement, 'She said nothing more.');
    expect(storedRelation(storedProfile(articleOf(bare(fox), 'fox.txt')), storedProfile(articleOf(bare(nyt), 'nyt.txt')), pair, defaultSettings)).toBe('unrelated');
  });
});
