import { describe, expect, it } from 'vitest';
import type { Article, FramingReport } from '../../../src/model.js';
import { openWorkspace } from '../../../src/workspace.js';
import { articleOf } from '../../helpers.js';

function report(left: string, right: string): FramingReport {
  const a: Article = articleOf(left, 'left.txt');
  const b: Article = articleOf(right, 'right.txt');
  return openWorkspace({ corpus: { articles: [a, b], problems: [] } }).report(a, b);
}

// Real Fox copy (BASIL 01c59743): Trump's tweet, quoted, made "your favorite President" Fox's label for him.
describe('labels section: the outlets’ own words', () => {
  it('leaves labels inside a direct quotation out of the contrast: they are the speaker’s words', () => {
    const r = report(
      'Trump tweeted: “If anybody but your favorite President, Donald J. Trump, announced that we were leaving Syria, they would be happy.” Jim Mattis resigned on Thursday.',
      'President Donald Trump said the troops would leave Syria. Jim Mattis resigned on Thursday.',
    );
    const trump = r.labels.contrast.find((c) => c.actor.includes('trump'));
    const words = [...(trump?.leftOnly ?? []), ...(trump?.rightOnly ?? []), ...(trump?.shared ?? [])].map((w) => w.word);
    expect(words).not.toContain('favorite');
    expect(words).toContain('president');
    expect(r.labels.left.map((l) => r.articles.left.text.slice(l.span.start, l.span.end))).not.toContain('favorite President');
  });
});
