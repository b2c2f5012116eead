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
    { article: left, labels: findLabels(left, unified.left), actors: unified.left },
    { article: right, labels: findLabels(right, unified.right), actors: unified.right },
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

// Issue 13: house style is no contrast. Real Fox/HuffPost/NYT copy (BASIL 74708dbf, 33521e65)
// led its findings with "RNC" against "Republican National Committee" and "attorney" against
// "lawyer for Mr. Grimm".
describe('contrastLabels: one thing in two house styles', () => {
  const only = (l: string, r: string) => {
    const [left, right] = sides(l, r);
    return contrastLabels(left, right).map((c) => ({ actor: c.actor, left: c.leftOnly.map((w) => w.word), right: c.rightOnly.map((w) => w.word), shared: c.shared.map((w) => w.word) }));
  };

  it('takes an initialism for the words it abbreviates', () => {
    expect(only('RNC chairman Michael Steele spoke.', 'Republican National Committee chairman Michael Steele spoke.')).toEqual([{ actor: 'michael-steele', left: [], right: [], shared: expect.arrayContaining(['rnc', 'chairman']) }]);
  });

  it('leaves out a courtesy title and reads "attorney" as "lawyer"', () => {
    expect(only("Grimm's attorney, William McGinley, spoke.", 'William McGinley, a lawyer for Mr. Grimm, spoke.')).toEqual([{ actor: 'william-mcginlei', left: [], right: [], shared: ['grimm', 'lawyer'] }]);
  });

  it('reads "GOP" as "Republican" and "ex-" as "former"', () => {
    expect(only('GOP Rep. Paul Ryan spoke, and ex-Senator Bob Dole listened.', 'Republican Rep. Paul Ryan spoke, and former Senator Bob Dole listened.').every((c) => c.left.length === 0 && c.right.length === 0)).toBe(true);
  });
});
