/**
 * The seed corpus as golden fixtures: every seed's actors and labels, written out for review
 * in diffs, and the cases the design names checked one by one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findActors } from '../../../src/analyses/actors/find-actors.js';
import { unifyActors } from '../../../src/analyses/actors/unify-actors.js';
import { contrastLabels } from '../../../src/analyses/labels/contrast-labels.js';
import { findLabels } from '../../../src/analyses/labels/find-labels.js';
import { loadCorpus } from '../../../src/io/corpus.js';
import type { ActorsFound, Article, Label } from '../../../src/model.js';

interface Seed {
  article: Article;
  found: ActorsFound;
  labels: Label[];
}

const seeds = new Map<string, Seed>();
const seed = (id: string): Seed => seeds.get(id)!;
const text = (s: Seed, span: { start: number; end: number }) => s.article.text.slice(span.start, span.end);
const labelsOf = (s: Seed, actor: string) => s.labels.filter((l) => l.actor === actor).map((l) => `${l.kind}: ${text(s, l.span)}`);

beforeAll(async () => {
  for (const article of (await loadCorpus('corpus')).articles) {
    const found = findActors(article);
    if (!found.applies) throw new Error(found.reason);
    seeds.set(article.meta.id, { article, found, labels: findLabels(article, found) });
  }
});

describe('seed corpus', () => {
  it('matches the golden actors and labels', async () => {
    const lines: string[] = [];
    for (const [id, s] of seeds) {
      lines.push(`== ${id} ${s.article.meta.outlet ?? ''}`);
      for (const a of s.found.actors) lines.push(`${a.id} | ${a.name} | ${a.kind} | ${a.mentions} | ${a.forms.join(' / ')}`);
      for (const l of s.labels) lines.push(`  [${l.sentence}] ${l.actor} ${l.kind} (${l.rule}): ${text(s, l.span)}`);
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./golden/seed-actors.txt');
  });

  it('every mention and label slices back to its words', () => {
    for (const s of seeds.values()) {
      const forms = new Map(s.found.actors.map((a) => [a.id, a.forms]));
      for (const m of s.found.mentions) {
        expect(forms.get(m.actor)).toContain(text(s, m.span));
        expect(text(s, s.article.sentences[m.sentence]!.span)).toContain(text(s, m.span));
      }
      for (const l of s.labels) {
        const sentence = s.article.sentences[l.sentence]!.span;
        expect(l.span.start >= sentence.start && l.span.end <= sentence.end).toBe(true);
        expect(forms.has(l.actor)).toBe(true);
      }
    }
  });

  it('gives Sergei (RFE/RL) and Sergey (RT) Lavrov one id, with their titles', () => {
    expect(seed('000').found.actors.find((a) => a.id === 'sergei-lavrov')?.forms).toContain('Sergei Lavrov');
    expect(seed('001').found.actors.find((a) => a.id === 'sergei-lavrov')?.forms).toContain('Sergey Lavrov');
    expect(labelsOf(seed('000'), 'sergei-lavrov')).toContain('title: Russian Foreign Minister');
    expect(labelsOf(seed('001'), 'sergei-lavrov')).toEqual(['title: Russian Foreign Minister', 'description: foreign minister']);
  });

  it('finds how RT labels Navalny and Blinken', () => {
    expect(labelsOf(seed('001'), 'aleksei-navalni')).toEqual(['pre-modifier: jailed opposition figure', 'description: activist']);
    expect(labelsOf(seed('001'), 'antoni-blinken')).toEqual(['description: country’s top diplomat', 'title: American Secretary of State']);
    expect(labelsOf(seed('001'), 'joe-biden')).toEqual(['appositive: Blinken’s boss', 'title: President']);
  });

  it('resolves CNN’s "the top US diplomat" to Blinken', () => {
    expect(labelsOf(seed('003'), 'antoni-blinken')).toContain('description: top US diplomat');
  });

  it('takes "Moscow" and "the Kremlin" for Russia’s government, "in Moscow" for the city', () => {
    const rt = seed('001');
    const named = (id: string) => rt.found.mentions.filter((m) => m.actor === id).map((m) => text(rt, m.span));
    expect(named('russian-government')).toEqual(['Kremlin', 'Kremlin', 'Moscow', 'Russian authorities']);
    expect(named('moscow')).toEqual(['Moscow', 'Moscow']);
    expect(named('us-government')).toEqual(['US administration', 'White House', 'Washington']);
  });

  it('contrasts the labels of RFE/RL and RT for the actors both name', () => {
    const [left, right] = [seed('000'), seed('001')];
    const unified = unifyActors(left.found, right.found);
    expect(unified.right.actors.map((a) => a.id)).toContain('vladimir-putin');
    const contrast = contrastLabels(
      { article: left.article, labels: findLabels(left.article, unified.left) },
      { article: right.article, labels: findLabels(right.article, unified.right) },
    );
    const blinken = contrast.find((c) => c.actor === 'antoni-blinken')!;
    expect(blinken.shared.map((w) => w.word)).toEqual(['secretary', 'state']);
    expect(blinken.leftOnly.map((w) => w.word)).toEqual(['u.s']);
    expect(blinken.rightOnly.map((w) => w.word)).toEqual(['country', 'top', 'diplomat', 'american']);
    const navalny = contrast.find((c) => c.actor === 'aleksei-navalni')!;
    expect(navalny.rightOnly.map((w) => w.word)).toEqual(['jailed', 'opposition', 'figure', 'activist']);
    for (const w of navalny.rightOnly) for (const e of w.evidence) expect(text(right, e.span).toLowerCase()).toBe(w.word);
  });
});
