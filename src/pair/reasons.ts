/**
 * The evidence behind a pair's score: the shared terms that weigh most, the actors both name,
 * the quotations both carry, and the facts only one side gives.
 */
import type { DistinctFact, PairReasons, SharedActor, SharedQuote, SharedTerm, Side, Span } from '../model.js';
import { evidenceAt } from './evidence.js';
import type { ArticleView } from './article-view.js';
import { sharedQuotes } from './quotes.js';
import { sharedTerms, type Vocabulary } from './vectors.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Readable form of a term in an article: the words where it is first used, or its title form. */
function surfaceOf(view: ArticleView, key: string): string | null {
  const span = view.profile.firstSpan.get(key);
  if (span) return view.article.text.slice(span.start, span.end);
  return view.profile.titleSurface.get(key) ?? null;
}

/** Evidence for a term on one side, or null when only the title uses it. */
function termEvidence(view: ArticleView, side: Side, key: string) {
  const span = view.profile.firstSpan.get(key);
  return span ? evidenceAt(view.article, side, span) : null;
}

/** True when a word is part of a name both articles share (listed with the actors, not again as a term). */
function isNamePart(key: string, left: ArticleView, right: ArticleView): boolean {
  const span = left.profile.firstSpan.get(key);
  // The word without a possessive: "Moscow’s" is part of the name "Moscow".
  const word = span ? left.article.text.slice(span.start, span.end).toLowerCase().replace(/['’]s$/, '') : null;
  if (!word) return false;
  for (const [k, a] of left.profile.actors) {
    if (right.profile.actors.has(k) && a.name.toLowerCase().split(/\s+/).includes(word)) return true;
  }
  return false;
}

/** Shared terms, actors and quotations of two articles, at most `limit` of each. */
export function pairReasons(left: ArticleView, right: ArticleView, vocab: Vocabulary, limit: number): PairReasons {
  const shared = sharedTerms(left.vector, right.vector);
  const terms: SharedTerm[] = [];
  const actors: SharedActor[] = [];
  for (const { id, weight } of shared) {
    const key = vocab.keys[id]!;
    if (key.startsWith('@')) {
      if (actors.length >= limit) continue;
      const a = left.profile.actors.get(key.slice(1))!;
      const b = right.profile.actors.get(key.slice(1))!;
      // Another spelling, not a shorter form ("Sergey Lavrov" for "Sergei Lavrov", not "Lavrov").
      const spelled = !a.name.includes(b.name) && !b.name.includes(a.name);
      actors.push({
        key: a.key,
        name: a.name,
        otherName: spelled ? b.name : null,
        left: evidenceAt(left.article, 'left', a.span),
        right: evidenceAt(right.article, 'right', b.span),
      });
    } else if (terms.length < limit && !isNamePart(key, left, right)) {
      terms.push({
        stem: key.replace(/^#/, ''),
        surface: surfaceOf(left, key) ?? key.replace(/^#/, ''),
        weight: round(weight),
        left: termEvidence(left, 'left', key),
        right: termEvidence(right, 'right', key),
      });
    }
  }
  const quotes: SharedQuote[] = sharedQuotes(left.quotes, right.quotes, right.quoteKeys)
    .slice(0, limit)
    .map((m) => ({
      text: left.article.text.slice(m.left.start, m.left.end),
      words: m.words,
      left: evidenceAt(left.article, 'left', m.left),
      right: evidenceAt(right.article, 'right', m.right),
    }));
  return { sharedTerms: terms, sharedActors: actors, sharedQuotes: quotes };
}

/**
 * Facts only `own` reports: names first, then numbers, then specific words (rarest in the
 * corpus first); numbers inside a date mention are dates, not facts. Title-only terms are
 * left out: a finding must point at words in the text.
 */
export function distinctFacts(own: ArticleView, other: ArticleView, side: Side, vocab: Vocabulary, limit: number): DistinctFact[] {
  const inDate = (span: Span) => own.dates.mentions.some((m) => span.start >= m.span.start && span.end <= m.span.end);
  const found: { fact: DistinctFact; rank: number }[] = [];
  for (const [key, count] of own.profile.terms) {
    if (other.profile.terms.has(key)) continue;
    const span = own.profile.firstSpan.get(key);
    if (!span || inDate(span)) continue;
    const id = vocab.ids.get(key)!;
    const kind: DistinctFact['kind'] = key.startsWith('@') ? 'name' : key.startsWith('#') ? 'number' : 'term';
    // A word is a fact only when specific: four letters or more, used by at most √N articles (at least 2).
    if (kind === 'term' && (key.length < 4 || vocab.df[id]! > Math.max(2, Math.sqrt(vocab.size)))) continue;
    const family = kind === 'name' ? 2 : kind === 'number' ? 1 : 0;
    const text = kind === 'name' ? own.profile.actors.get(key.slice(1))!.name : own.article.text.slice(span.start, span.end);
    found.push({ fact: { kind, text, evidence: evidenceAt(own.article, side, span) }, rank: family * 100 + vocab.idf[id]! + Math.log(1 + count) });
  }
  // A word inside a name listed already ("Ministry" in "Ministry of Foreign Affairs") says nothing more.
  const names = found.filter((f) => f.fact.kind === 'name').map((f) => f.fact.evidence.span);
  const inName = (f: DistinctFact) => f.kind === 'term' && names.some((n) => f.evidence.span.start >= n.start && f.evidence.span.end <= n.end);
  return found.filter((f) => !inName(f.fact)).sort((a, b) => b.rank - a.rank).slice(0, limit).map((f) => f.fact);
}
