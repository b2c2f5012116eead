import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/analyses/actors/find-actors.js';
import { unifyActors } from '../../../src/analyses/actors/unify-actors.js';
import { contrastLabels, type LabelSide } from '../../../src/analyses/labels/contrast-labels.js';
import { findLabels } from '../../../src/analyses/labels/find-labels.js';
import type { ActorsFound } from '../../../src/model.js';
import { articleOf, slice } from '../actors/article-of.js';

function sides(leftText: string, rightText: string): [LabelSide, LabelSide] {
  const left = articleOf(leftText);
  const right = articleOf(rightText);
  const [l, r] = [findActors(left), findActors(right)] as ActorsFound[];
  const unified = unifyActors(l!, r!);
  return [
    { article: left, labels: findLabels(left, unified.left) },
    { article: right, labels: findLabels(right, unified.right) },
  ];
}

describe('contrastLabels', () => {
  it('lists the label words only one outlet uses, with evidence on the right side', () => {
    const [left, right] = sides(
      'The court jailed Kremlin critic Alexey Navalny on Tuesday.',
      'The court sentenced jailed opposition figure Alexey Navalny. The activist was silent.',
    );
    const [navalny] = contrastLabels(left, right);
    expect(navalny).toMatchObject({ actor: 'aleksei-navalni' });
    expect(navalny!.shared).toEqual([]);
    expect(navalny!.leftOnly.map((w) => w.word)).toEqual(['kremlin', 'critic']);
    expect(navalny!.rightOnly.map((w) => w.word)).toEqual(['jailed', 'opposition', 'figure', 'activist']);
    const activist = navalny!.rightOnly.find((w) => w.word === 'activist')!;
    expect(activist.evidence).toEqual([{ side: 'right', sentence: 1, span: expect.any(Object) }]);
    expect(slice(right.article, activist.evidence[0]!.span)).toBe('activist');
  });

  it('joins a surname-only actor to the full name first (unifyActors)', () => {
    const [left, right] = sides('Russian President Vladimir Putin spoke.', 'Kremlin leader Putin spoke.');
    expect(contrastLabels(left, right)).toMatchObject([{ actor: 'vladimir-putin', shared: [], leftOnly: [{ word: 'russian' }, { word: 'president' }], rightOnly: [{ word: 'kremlin' }, { word: 'leader' }] }]);
  });

  it('counts an abbreviated title and the title written out as one word ("Rep." and "Representative")', () => {
    const [left, right] = sides('Rep. Joe Sestak ran for the Senate.', 'Representative Joe Sestak ran for the Senate.');
    const [sestak] = contrastLabels(left, right);
    expect(sestak).toMatchObject({ leftOnly: [], rightOnly: [], shared: [{ word: 'representative' }] });
  });

  it('finds nothing one-sided in two identical articles', () => {
    const text = 'U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov.';
    const contrast = contrastLabels(...sides(text, text));
    expect(contrast.map((c) => [c.actor, c.leftOnly.length, c.rightOnly.length, c.shared.length])).toEqual([
      ['antoni-blinken', 0, 0, 3],
      ['sergei-lavrov', 0, 0, 3],
    ]);
  });

  it('is empty when neither side labels anyone', () => {
    expect(contrastLabels(...sides('Blinken met Lavrov.', 'It rained.'))).toEqual([]);
  });
});

// Issue 16: the labels of each actor are counted once, not for each comparison of the sort; the
// order is the one of the code before (most labelled first, ties in order of first labelling).
describe('contrastLabels: order of actors on the seed pairs', () => {
  it('is the order the count per comparison gave', async () => {
    const { seedBody, seedFiles } = await import('../../helpers.js');
    const files = Object.values(seedFiles);
    let actors = 0;
    for (const a of files) {
      for (const b of files) {
        if (a === b) continue;
        const [left, right] = sides(seedBody(a), seedBody(b));
        const all = [...left.labels, ...right.labels];
        const countBefore = (id: string) => [...left.labels, ...right.labels].filter((x) => x.actor === id).length;
        const before = [...new Set(all.map((x) => x.actor))].sort((x, y) => countBefore(y) - countBefore(x));
        const order = contrastLabels(left, right).map((c) => c.actor);
        expect(order).toEqual(before);
        actors += order.length;
      }
    }
    expect(actors).toBeGreaterThan(40);
  });
});
