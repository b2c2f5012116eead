/** Quotations both articles carry: five words in a row inside quotation marks on both sides. */
import { describe, expect, it } from 'vitest';
import { quoteKeys, quotedSpans, quotedWords, sharedQuotes } from '../../src/pair/quotes.js';
import { articleOf } from '../helpers.js';

const shared = (a: string, b: string) => {
  const left = articleOf(a, 'l.txt');
  const right = articleOf(b, 'r.txt');
  const r = quotedWords(right);
  return sharedQuotes(quotedWords(left), r, quoteKeys(r)).map((m) => [left.text.slice(m.left.start, m.left.end), right.text.slice(m.right.start, m.right.end), m.words]);
};

describe('shared quotations', () => {
  it('finds the State Department boilerplate in RFE/RL and RT, whatever the quote marks and the U.S. spelling', () => {
    expect(
      shared(
        '"Secretary Blinken reiterated President Biden’s resolve to protect U.S. citizens and act firmly in defense of U.S. interests in response to actions by Russia," Price said.',
        'According to Blinken, the purpose was to reiterate “our resolve to act firmly in defense of US interests in response to Russian actions.”',
      ),
    ).toEqual([['act firmly in defense of U.S. interests in response to', 'act firmly in defense of US interests in response to', 10]]);
  });

  it('ignores runs shorter than five words and words outside quotation marks', () => {
    expect(shared('"We will respond firmly," he said on Monday.', '"We will respond firmly, as always," the minister said.')).toEqual([]);
    expect(shared('He said the talks would continue next week in Geneva.', '"The talks would continue next week in Geneva," he said.')).toEqual([]);
  });

  it('ends a quotation left open with its paragraph (quotes running over paragraphs)', () => {
    const a = articleOf('He said: “We will not move our troops anywhere at all.\n\n“Nor will we talk.”');
    expect(quotedSpans(a).map((s) => a.text.slice(s.start, s.end))).toEqual(['We will not move our troops anywhere at all.', 'Nor will we talk.']);
  });
});
