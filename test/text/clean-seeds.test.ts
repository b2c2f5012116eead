import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/model.js';
import { loadCorpus } from '../../src/io/corpus.js';
import sentences from '../fixtures/seed-sentences.json' with { type: 'json' };

// What SOURCES.md says about each seed: the page chrome it contains and the body's ends.
const seeds: Record<string, { first: string; last: string; chrome: string[] }> = {
  '000': {
    first: 'U.S. Secretary of State Antony Blinken has told Russian Foreign Minister Sergei Lavrov',
    last: 'Alongside Russia and the United States, Denmark, Finland, Iceland, Canada, Norway, and Sweden are also members of the council.',
    chrome: ['Accessibility links', 'Breaking News', 'U.S. Secretary of State Antony Blinken (file photo)', 'Russian Foreign Minister Sergei Lavrov (file photo)',
      'RFE/RL journalists report the news in 27', 'has been declared an "undesirable organization"', 'you could face fines or imprisonment', 'To find out more, click here.',
      '16x9 Image', 'XS', 'SM', 'MD', 'LG', 'With reporting by dpa, AP, and Reuters'],
  },
  '001': {
    first: 'The new US administration has unveiled its approach to working with Russia',
    last: 'after they came under pressure during the tenure of former president Donald Trump.',
    chrome: ['Also on rt.com Putin congratulates Biden', 'Also on rt.com New START treaty', 'If you like this story, share it with a friend!', '5 Feb, 2021 09:26 / Updated 4 years ago'],
  },
  '002': {
    first: 'The United States has delivered a written response to Russia addressing Moscow’s security demands',
    last: 'approves every component of our response and our efforts in this process.”',
    chrome: [],
  },
  '003': {
    first: 'The United States has given Moscow its written response aimed at deterring a Russian invasion of Ukraine',
    last: 'the Russian foreign ministry said in a statement.',
    chrome: ['Comments'],
  },
  '004': {
    first: 'US Secretary of State has expressed Washington\'s willingness to discuss with Ukraine',
    last: 'Peskov accused Washington of pursuing a policy aimed at prolonging the war "to the last Ukrainian."',
    chrome: ['Written by Camilla Jessen', 'May.23 - 2024 7:37 AM CET', 'News', 'Photo: Wikimedia Commons', 'Trending Now'],
  },
};

let corpus: Corpus;
const article = (id: string): Article => corpus.articles.find((a) => a.meta.id === id)!;
const lineOf = (a: Article, at: number) => a.raw.slice(a.raw.lastIndexOf('\n', at - 1) + 1, (a.raw.indexOf('\n', at) + 1 || a.raw.length + 1) - 1);

beforeAll(async () => {
  corpus = await loadCorpus('corpus');
});

describe.each(Object.entries(seeds))('seed %s', (id, seed) => {
  it('keeps the first and last sentences of the body', () => {
    const a = article(id);
    const all = a.sentences.map((s) => a.text.slice(s.span.start, s.span.end));
    expect(all[0]).toContain(seed.first);
    expect(all.at(-1)).toContain(seed.last);
  });

  it('removes every chrome line SOURCES.md names, keeping each with a reason', () => {
    const a = article(id);
    const removedLines = a.removed.map((r) => a.raw.slice(r.span.start, r.span.end));
    for (const chrome of seed.chrome) {
      const lines = a.raw.split(/\r?\n/).filter((l) => l.trim() === chrome || (chrome.length > 8 && l.includes(chrome)));
      expect(lines.length, `"${chrome}" is in the raw text`).toBeGreaterThan(0);
      for (const l of lines) expect(removedLines).toContain(l.trim());
      if (chrome.length > 8) expect(a.text).not.toContain(chrome);
    }
  });

  it('keeps every quotation of the body', () => {
    const a = article(id);
    const removedStarts = new Set(a.removed.map((r) => r.span.start));
    const quotes = [...a.raw.matchAll(/[“"]([^“”"\n]{3,}?)[”"]/g)].filter((m) => {
      const line = lineOf(a, m.index);
      return !removedStarts.has(a.raw.indexOf(line.trim()));
    });
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(a.text).toContain(q[1]);
  });

  it('reproduces the hand-checked sentences exactly', () => {
    const a = article(id);
    expect(a.sentences.map((s) => a.text.slice(s.span.start, s.span.end))).toEqual((sentences as Record<string, string[]>)[id]);
  });

  it('keeps each removed line with offsets into the raw text', () => {
    const a = article(id);
    for (const r of a.removed) {
      const text = a.raw.slice(r.span.start, r.span.end);
      expect(text).toBe(text.trim());
      expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe('seed metadata from the text', () => {
  it('turns bylines, datelines and credits into metadata', () => {
    expect(article('004').meta.byline).toBe('Camilla Jessen');
    expect(article('004').meta.inferred).toContain('byline');
    expect(article('000').meta.credits).toBe('With reporting by dpa, AP, and Reuters');
  });

  it('keeps 004’s subheads as headings, not sentences', () => {
    const a = article('004');
    const headings = a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.span.start, p.span.end));
    expect(headings).toEqual(['Blinken\'s Remarks', 'Russian Response']);
    for (const p of a.paragraphs.filter((p) => p.kind === 'heading')) expect(p.sentences.end - p.sentences.first).toBe(0);
  });
});
