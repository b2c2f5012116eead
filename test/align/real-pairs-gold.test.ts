/**
 * The hand-made gold of real pairs (test/fixtures/real-pairs, issue 11) is well formed: every
 * sentence is an exact substring of its article's body, in order, and together they cover the
 * body; links are in range, unique and explained; `stats` match the links; the split follows the
 * BASIL triplet's uuid (dev 0-b, held out c-f), and each pair comes from its own triplet.
 * A gold that drifts from its text would make `npm run eval:align` score the wrong sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/io/front-matter.js';

const dir = fileURLToPath(new URL('../fixtures/real-pairs', import.meta.url));

interface Gold {
  split: string;
  triplet: string;
  event: string;
  left: { file: string; sentences: string[] };
  right: { file: string; sentences: string[] };
  links: { left: number; right: number; strength: string; why: string; disagree?: string }[];
  stats: Record<string, number>;
  notes: string;
}

const pairs = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, gold: JSON.parse(readFileSync(join(dir, d.name, 'gold.json'), 'utf8')) as Gold }));

/** Characters of `body` (not white space) that no sentence covers, and sentences not found in order. */
function coverage(body: string, sentences: readonly string[]): { missing: number[]; uncovered: string } {
  const covered = new Array<boolean>(body.length).fill(false);
  const missing: number[] = [];
  let cursor = 0;
  sentences.forEach((s, i) => {
    const at = body.indexOf(s, cursor);
    if (at < 0) return void missing.push(i);
    covered.fill(true, at, at + s.length);
    cursor = at + s.length;
  });
  const uncovered = [...body].filter((c, k) => !covered[k] && c.trim() !== '').join('');
  return { missing, uncovered };
}

describe('real-pairs gold', () => {
  it('has pairs in both splits, each from its own triplet', () => {
    expect(pairs.filter((p) => p.gold.split === 'dev').length).toBeGreaterThan(0);
    expect(pairs.filter((p) => p.gold.split === 'test').length).toBeGreaterThan(0);
    expect(new Set(pairs.map((p) => p.gold.triplet)).size).toBe(pairs.length);
  });

  it.each(pairs)('$name: sentences are the body, in order', ({ name, gold }) => {
    for (const side of [gold.left, gold.right]) {
      const text = readFileSync(join(dir, name, side.file), 'utf8');
      expect(text).toContain(gold.triplet);
      expect(coverage(parseFrontMatter(text).body, side.sentences)).toEqual({ missing: [], uncovered: '' });
    }
  });

  it.each(pairs)('$name: links, stats and split agree', ({ gold }) => {
    const [nl, nr] = [gold.left.sentences.length, gold.right.sentences.length];
    const keys = gold.links.map((l) => `${l.left}:${l.right}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of gold.links) {
      expect(l.left >= 0 && l.left < nl && l.right >= 0 && l.right < nr, `${l.left}:${l.right} in range`).toBe(true);
      expect(['same', 'shares']).toContain(l.strength);
      expect(l.why.length).toBeGreaterThan(0);
    }
    expect(gold.stats).toEqual({
      left_sentences: nl,
      right_sentences: nr,
      same: gold.links.filter((l) => l.strength === 'same').length,
      shares: gold.links.filter((l) => l.strength === 'shares').length,
      only_in_left: nl - new Set(gold.links.map((l) => l.left)).size,
      only_in_right: nr - new Set(gold.links.map((l) => l.right)).size,
      disagree: gold.links.filter((l) => l.disagree !== undefined).length,
    });
    expect(gold.split).toBe(/^[0-9a-b]/.test(gold.triplet) ? 'dev' : 'test');
    expect(gold.event.length * gold.notes.length).toBeGreaterThan(0);
  });
});
