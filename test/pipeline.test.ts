import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus, FramingReport } from '../src/model.js';
import { loadCorpus } from '../src/io/corpus.js';
import { openWorkspace, type Workspace } from '../src/workspace.js';
import { articleOf } from './helpers.js';

let corpus: Corpus;
let ws: Workspace;
const seed = (id: string) => corpus.articles.find((a) => a.meta.id === id)!;
const named = (a: Article, id: string): Article => ({ ...a, meta: { ...a.meta, id } });

beforeAll(async () => {
  corpus = await loadCorpus('corpus');
  ws = openWorkspace({ corpus });
});

/** Every evidence span of every finding lies inside its article. */
function spansFit(r: FramingReport): void {
  for (const f of r.findings) for (const e of f.evidence) {
    expect(e.span.start).toBeGreaterThanOrEqual(0);
    expect(e.span.end).toBeLessThanOrEqual(r.articles[e.side].text.length);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('compare on bad and odd input', () => {
  it('two identical articles: everything matched, nothing left out, and the terms say so', () => {
    const a = seed('002');
    const r = ws.report(named(a, 'copy-a'), named(a, 'copy-b'));
    expect(r.alignment.rows.every((row) => row.kind === 'match')).toBe(true);
    expect(r.findings.filter((f) => f.kind === 'omission' || f.kind === 'distinctive-term' || f.kind === 'quote-cut')).toEqual([]);
    expect(r.terms.notes.map((n) => n.kind)).toContain('same-words');
    expect(r.event.relation).toBe('duplicate');
    spansFit(r);
  });

  it('one passage against the same words quoted in two pieces: the passage\'s own words make one finding, not one per piece', () => {
    const left = articleOf('The governor said: "We will secure the border within a year with thousands of new agents." He added: "Our states and our nation will be far safer for it."', 'pieces.txt');
    const right = articleOf('The governor said: "We will secure the border within a year with thousands of new agents. Our states and our nation will be far safer for it. Nobody else has a plan."', 'passage.txt');
    const r = ws.report(named(left, 'pieces'), named(right, 'passage'));
    const cuts = r.findings.filter((f) => f.kind === 'quote-cut');
    expect(r.quotes.matches.filter((m) => m.kind === 'quoted')).toHaveLength(2);
    expect(cuts).toHaveLength(1);
    const words = cuts[0]!.evidence.slice(2).map((e) => r.articles[e.side].text.slice(e.span.start, e.span.end));
    expect(words).toEqual(['Nobody else has a plan']);
    spansFit(r);
  });

  it('words both outlets quote make no "does not quote them" finding, whoever each names as speaker', () => {
    const quote = '"We would be remiss in our duty if we did not challenge your continuing misuse of our teaching to defend a budget plan that decimates food programs for struggling families."';
    const left = articleOf(`The faculty wrote to the congressman on Tuesday. ${quote} the letter says.`, 'letter.txt');
    const right = articleOf(`Professors challenged the congressman on Tuesday. ${quote} the professors wrote.`, 'professors.txt');
    const r = ws.report(named(left, 'letter'), named(right, 'professors'));
    expect(r.quotes.matches.filter((m) => m.kind === 'quoted')).toHaveLength(1);
    expect(r.findings.filter((f) => f.kind === 'sourcing-gap' && f.aspect === 'speaker')).toEqual([]);
  });

  it('an article against itself', () => {
    const a = seed('004');
    const r = ws.report(a, a);
    expect(r.alignment.rows.filter((row) => row.kind !== 'match')).toEqual([]);
    spansFit(r);
  });

  it.each([
    ['one sentence', 'Blinken said the United States delivered a written response to Moscow on Wednesday.'],
    ['one word', 'Blinken.'],
    ['unbalanced quotation marks', 'Blinken said "the response is ready.\n\nLavrov said the talks would go on, "whatever happens.'],
    ['a quotation longer than a paragraph', '“We will not give in. We will talk.\n\n“We will keep talking until the end,” Lavrov said on Wednesday.'],
    ['only quotations', '“We won’t allow it.”\n\n“Never.”\n\n“This is over.”'],
    ['no actors and no lexicon words', 'The document was delivered on Wednesday.\n\nIt has four pages.'],
  ])('%s against a seed: a clear report, no crash', (_name, text) => {
    const r = ws.report(articleOf(text, 'odd.txt'), seed('002'));
    expect(r.alignment.rows.length).toBeGreaterThan(0);
    spansFit(r);
  });

  it('a Russian article: the English-only analyses say they do not apply', () => {
    const ru = articleOf('Госсекретарь США Энтони Блинкен заявил в среду, что Вашингтон передал Москве письменный ответ.\n\n«Мы не позволим утопить наши предложения в бесконечных обсуждениях», — сказал министр иностранных дел России Сергей Лавров.', 'ru.txt');
    expect(ru.meta.language).toBe('ru');
    const r = ws.report(ru, seed('002'));
    expect(r.actors.left.applies).toBe(false);
    expect(r.tone.left.applies).toBe(false);
    expect(r.notices.map((n) => n.topic)).toEqual(expect.arrayContaining(['actors', 'tone', 'terms']));
    expect(r.terms.notes.map((n) => n.kind)).toContain('different-languages');
    spansFit(r);
  });
});
