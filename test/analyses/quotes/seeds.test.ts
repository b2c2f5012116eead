/**
 * The seed articles as golden fixtures: quotations, attributions and cross-article matches,
 * with what issue 4 requires of 002 (POLITICO) against 003 (CNN) and of 001 (RT), and every
 * span sliced back out of its article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastAttributions } from '../../../src/analyses/attribution/contrast-attributions.js';
import { findAttributions } from '../../../src/analyses/attribution/find-attributions.js';
import { verbForm } from '../../../src/analyses/attribution/verb-forms.js';
import { findQuotes } from '../../../src/analyses/quotes/find-quotes.js';
import { matchQuotes, quoteAnchors } from '../../../src/analyses/quotes/match-quotes.js';
import { loadCorpus } from '../../../src/io/corpus.js';
import type { Article, Attribution, Quote, QuoteMatch, Span } from '../../../src/model.js';

interface Seed {
  article: Article;
  quotes: Quote[];
  attributions: Attribution[];
}

const seeds = new Map<string, Seed>();
beforeAll(async () => {
  const { articles } = await loadCorpus('corpus');
  for (const article of articles) {
    const quotes = findQuotes(article);
    seeds.set(article.meta.id, { article, quotes, attributions: findAttributions(article, quotes) });
  }
});
const seed = (id: string) => seeds.get(id)!;
const text = (a: Article, s: Span | null | undefined) => (s ? a.text.slice(s.start, s.end) : null);
const matchesOf = (l: string, r: string) => matchQuotes(seed(l).article, seed(l).quotes, seed(r).article, seed(r).quotes);

/** A span that is non-empty, inside the text, and starts and ends on a word (a token edge). */
function expectWords(a: Article, s: Span): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(a.text.length);
  expect(s.end).toBeGreaterThan(s.start);
  expect(a.tokens.some((t) => t.span.start === s.start)).toBe(true);
  expect(a.tokens.some((t) => t.span.end === s.end)).toBe(true);
}

/** A span of quoted words: non-empty, inside the text, no white space at its ends, holding words. */
function expectQuoted(a: Article, s: Span): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(a.text.length);
  const words = a.text.slice(s.start, s.end);
  expect(words).toBe(words.trim());
  expect(a.tokens.some((t) => t.span.start >= s.start && t.span.end <= s.end)).toBe(true);
}

/** One line per quotation and attribution: the golden file a reviewer reads in a diff. */
function golden({ article, quotes, attributions }: Seed): string {
  const who = (s: Quote['speaker']) => (s ? `${s.name} [${s.key}, ${s.kind}, ${s.via}: "${text(article, s.span)}"]` : '—');
  return [
    ...quotes.map((q, k) => `Q${k} s${q.sentences.first}–${q.sentences.end - 1} ${q.kind} ${q.marks}${q.problem ? ` ${q.problem}` : ''}${q.within === null ? '' : ` in Q${q.within}`} “${text(article, q.inner)}” — ${who(q.speaker)} / ${q.verb ? `${text(article, q.verb.span)} (${q.verb.verbClass})` : '—'}`),
    ...attributions.map((a) => `A s${a.sentence} ${text(article, a.verb.span)} (${a.verb.lemma}, ${a.verb.verbClass}${a.verb.borderline ? ', borderline' : ''}${a.verb.negated ? ', negated' : ''}) ← ${who(a.speaker)}${a.quotes.length ? ` quotes ${a.quotes.join(',')}` : ''}`),
  ].join('\n') + '\n';
}

describe('seed articles', () => {
  it.each(['000', '001', '002', '003', '004'])('%s: quotations and attributions match the golden file', async (id) => {
    await expect(golden(seed(id))).toMatchFileSnapshot(`./golden/${id}.txt`);
  });

  it.each(['000', '001', '002', '003', '004'])('%s: every span slices back to its words', (id) => {
    const { article, quotes, attributions } = seed(id);
    for (const q of quotes) {
      expectQuoted(article, q.inner);
      for (const piece of q.pieces) expectQuoted(article, piece);
      expect(text(article, q.outer)!.startsWith(text(article, { start: q.outer.start, end: q.inner.start })!)).toBe(true);
      expect(/^["“„«‘']/.test(text(article, q.outer)!)).toBe(true);
      if (q.problem === null) expect(/["”“»’']$/.test(text(article, q.outer)!)).toBe(true);
      expect(article.text.slice(q.inner.start, q.inner.end)).toBe(text(article, q.outer)!.slice(q.inner.start - q.outer.start, q.inner.end - q.outer.start));
    }
    for (const { speaker, verb } of [...quotes, ...attributions]) {
      if (verb) {
        expectWords(article, verb.span);
        expect(verbForm(article.tokens.find((t) => t.span.start === verb.span.start)!.norm)?.entry.lemma).toBe(verb.lemma);
      }
      if (speaker) {
        expectWords(article, speaker.span);
        expectWords(article, speaker.named);
      }
    }
  });

  it('round-trips through JSON', () => {
    const { quotes, attributions } = seed('002');
    expect(JSON.parse(JSON.stringify({ quotes, attributions }))).toEqual({ quotes, attributions });
  });
});

describe('002 (POLITICO) against 003 (CNN)', () => {
  let matches: QuoteMatch[];
  beforeAll(() => {
    matches = matchesOf('002', '003');
  });
  const left = () => seed('002').article;
  const right = () => seed('003').article;
  const find = (start: string) => matches.find((m) => text(left(), m.left.span)?.startsWith(start));

  it('matches the Blinken quotation and shows the two commas', () => {
    const m = find('sets out a serious')!;
    expect(m.kind).toBe('quoted');
    expect(text(right(), m.right.span)).toBe('sets out a serious diplomatic path forward should Russia choose it,');
    expect(m.diffs).toHaveLength(2);
    for (const d of m.diffs) {
      expect(d.kind).toBe('punctuation');
      if (d.kind === 'punctuation') expect([text(left(), d.left), text(right(), d.right)]).toEqual([', ', ' ']);
    }
    expect(text(left(), { start: m.diffs[0]!.kind === 'punctuation' ? m.diffs[0]!.left.start - 7 : 0, end: m.diffs[0]!.kind === 'punctuation' ? m.diffs[0]!.left.end : 0 })).toBe('serious, ');
  });

  it('matches "because we think (that) diplomacy…" with "that" on the CNN side only', () => {
    const m = find('because we think')!;
    expect(m.diffs).toHaveLength(1);
    const [d] = m.diffs;
    expect(d!.kind === 'only' && [d.side, d.at, text(right(), d.span)]).toEqual(['right', 'inside', 'that']);
  });

  it('has Lavrov’s warning only in 002, said by Lavrov (via "he said"), after "threatened"', () => {
    const { quotes, attributions } = seed('002');
    const k = quotes.findIndex((q) => text(left(), q.inner)!.startsWith('We won’t allow our proposals'));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(quotes[k]!.speaker).toMatchObject({ key: 'lavrov', via: 'pronoun', kind: 'person' });
    expect(text(left(), quotes[k]!.speaker!.span)).toBe('he');
    expect(text(left(), quotes[k]!.verb!.span)).toBe('said');
    expect(matches.some((m) => m.left.quote === k)).toBe(false);
    const threatened = attributions.find((a) => text(left(), a.verb.span) === 'threatened')!;
    expect(threatened).toMatchObject({ sentence: quotes[k]!.sentences.first - 1, quotes: [] });
    expect(threatened.verb.verbClass).toBe('emotive');
    expect(threatened.speaker?.name).toBe('Sergey Lavrov');
  });

  it('has the ministry’s statement on Grushko only in 003', () => {
    const k = seed('003').quotes.findIndex((q) => text(right(), q.inner)!.includes('Grushko'));
    expect(seed('003').quotes[k]!.speaker?.name).toBe('Russian foreign ministry');
    expect(matches.some((m) => m.right.quote === k)).toBe(false);
  });

  it('sets Lavrov (threatened, emotive) against nothing comparable in 003', () => {
    const lavrov = contrastAttributions(seed('002').attributions, seed('003').attributions).find((c) => c.key === 'lavrov')!;
    expect(lavrov.kind).toBe('left-only');
    expect(lavrov.left?.classes.emotive).toBe(1);
  });

  it('keeps Price’s four-sentence quotation whole', () => {
    const q = seed('003').quotes.find((x) => text(right(), x.inner)!.startsWith('There will be no surprises.'))!;
    expect(q.sentences).toEqual({ first: 8, end: 12 });
    expect(q.speaker?.name).toBe('Ned Price');
  });

  it('anchors sentence alignment on the shared quotations', () => {
    expect(quoteAnchors(matches)).toEqual([
      [3, 5],
      [4, 3],
      [6, 15],
    ]);
  });

  it('every span of every match slices back to its words', () => {
    for (const m of matches) {
      expectQuoted(left(), m.left.span);
      expectQuoted(right(), m.right.span);
      for (const d of m.diffs) {
        if (d.kind === 'only') expectWords(d.side === 'left' ? left() : right(), d.span);
        if (d.kind === 'changed') {
          expectWords(left(), d.left);
          expectWords(right(), d.right);
        }
        if (d.kind === 'punctuation') expect(/\p{L}/u.test(text(left(), d.left)! + text(right(), d.right)!)).toBe(false);
      }
    }
  });
});

describe('000 (RFE/RL) and 001 (RT)', () => {
  it('RT has Biden "claimed" (distancing), resolved from "he"', () => {
    const { article, attributions } = seed('001');
    const claimed = attributions.find((a) => text(article, a.verb.span) === 'claimed')!;
    expect(claimed.verb.verbClass).toBe('distancing');
    expect(claimed.speaker).toMatchObject({ name: 'Joe Biden', via: 'pronoun' });
  });

  it('sets Biden "suggested" (RFE/RL) against "claimed" (RT)', () => {
    const biden = contrastAttributions(seed('000').attributions, seed('001').attributions).find((c) => c.key === 'biden')!;
    expect(biden.kind).toBe('different');
    expect(biden.right?.classes.distancing).toBe(1);
  });

  it('finds the State Department formula both outlets quote, each cut its own way', () => {
    const matches = matchesOf('000', '001');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.overlap).toBeGreaterThan(0.8);
    expect(matches[0]!.diffs.map((d) => d.kind)).toEqual(['changed', 'only', 'only', 'only']);
  });
});

describe('issue 13 on the seeds', () => {
  it('003 (CNN): Blinken speaks "open-door policy", reported through what the US and NATO "have said"', () => {
    const { article, quotes } = seed('003');
    const q = quotes.find((x) => text(article, x.inner)?.startsWith('open-door policy'))!;
    expect(q.speaker?.name).toBe('Antony Blinken');
    expect(text(article, q.verb?.span)).toBe('said');
  });

  it('002 (POLITICO): Lavrov "threatened"; 001 (RT): Biden "claimed", distancing', () => {
    const lavrov = seed('002').attributions.find((a) => a.verb.lemma === 'threaten')!;
    expect([lavrov.speaker?.name, lavrov.verb.verbClass]).toEqual(['Sergey Lavrov', 'emotive']);
    const claimed = seed('001').attributions.find((a) => a.verb.lemma === 'claim')!;
    expect([claimed.speaker?.name, claimed.verb.verbClass]).toEqual(['Joe Biden', 'distancing']);
  });
});
