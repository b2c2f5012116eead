/**
 * How one article sources its story (issue 13): who it quotes and for how many words, sources
 * it leaves unnamed, agencies and outlets it cites, scare quotes, and hedges in its own voice.
 * Every item carries its words' span and sentence. English only: the word lists are English.
 */
import type { Annotated, Article, Quote, QuotedSpeaker, SourcingItem, SourcingSide, Span } from '../../model.js';
import { anonymousSources, citedOutlets, hedgeWords } from '../../lexicons/sourcing.js';
import { isTitleOrScare } from '../quotes/title-or-scare.js';
import { claimedBy } from './claimed-words.js';
import { judgedBy } from './judged-words.js';
import { quotedSpans } from '../attribution/find-attributions.js';
import { insideAny, sentencesIn } from '../text-positions.js';
import { alternationOf, escapeRegExp } from '../../text/regexp.js';

const anonymous = new RegExp(`\\b(?:${anonymousSources.join('|')})\\b`, 'giu');
const outlets = new RegExp(`(?<![\\p{L}])(?:the )?(?:${alternationOf(citedOutlets)})(?![\\p{L}])`, 'gu');
const hedges = new RegExp(`\\b(?:${hedgeWords.map(escapeRegExp).join('|')})\\b`, 'giu');

/**
 * An outlet after "on" is where someone spoke ("said on the CNN program “State of the Union”",
 * "appeared on CBS' “Face the Nation”"), not reporting the article relies on: real NYT copy
 * (BASIL 65cb14cb) was said to use other outlets twice where Fox, naming the same shows, used none.
 */
const isVenue = (article: Article, item: SourcingItem): boolean => /\bon\s+$/iu.test(article.text.slice(Math.max(0, item.span.start - 4), item.span.start));

/** A name without case, spaces and punctuation, to compare outlets' names. */
const squeeze = (name: string): string => name.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');

/** Every match of `pattern` in the article's body sentences outside `quoted`, as items. */
function matches(article: Article, pattern: RegExp, rule: SourcingItem['rule'], quoted: readonly Span[], keep: (sentence: number) => boolean = () => true): SourcingItem[] {
  const out: SourcingItem[] = [];
  article.sentences.forEach((s, sentence) => {
    const text = article.text.slice(s.span.start, s.span.end);
    for (const m of text.matchAll(pattern)) {
      const span = { start: s.span.start + m.index, end: s.span.start + m.index + m[0].length };
      if (insideAny(quoted, span.start) || !keep(sentence)) continue;
      out.push({ rule, span, sentence, name: rule === 'outlet' ? m[0].replace(/^the /u, '') : m[0].toLowerCase() });
    }
  });
  return out;
}

/** Quoted words per speaker, most first; quotations inside quotations, titles and scare quotes left out. */
function quotedSpeakers(side: Annotated): { speakers: QuotedSpeaker[]; unattributed: number } {
  const { article, annotations } = side;
  const bySpeaker = new Map<string, QuotedSpeaker>();
  let unattributed = 0;
  for (const q of annotations.quotes) {
    if (q.within !== null || q.kind === 'fragment' || isTitleOrScare(article, q)) continue;
    const words = q.tokens.end - q.tokens.first;
    if (!q.speaker) {
      unattributed += words;
      continue;
    }
    const key = q.speaker.actor ?? q.speaker.key;
    const entry = bySpeaker.get(key) ?? { name: q.speaker.name, key, quotes: 0, words: 0, evidence: [] };
    entry.quotes += 1;
    entry.words += words;
    entry.evidence.push(q.inner);
    bySpeaker.set(key, entry);
  }
  return { speakers: [...bySpeaker.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name)), unattributed };
}

/** Sourcing of one annotated article. */
/**
 * A whole utterance set off by a comma or a colon ("declined … with a nonchalant, “Nah.”"):
 * a capital first letter and its own closing punctuation inside the marks. Someone's words,
 * not the outlet's distance (real HuffPost copy, BASIL 96b7046f, listed "Nah." as a scare quote).
 */
function isUtterance(article: Article, q: Quote): boolean {
  const inner = article.text.slice(q.inner.start, q.inner.end).trim();
  return /^\p{Lu}/u.test(inner) && /[.!?]$/u.test(inner) && /[,:]\s*$/u.test(article.text.slice(Math.max(0, q.outer.start - 3), q.outer.start));
}

export function findSourcing(side: Annotated): SourcingSide {
  const { article, annotations } = side;
  const english = article.meta.language === 'en' || article.meta.language === 'und';
  if (!english) return { applies: false, speakers: [], unattributedWords: 0, anonymous: [], outlets: [], scareQuotes: [], hedges: [] };
  const quoted = quotedSpans(annotations.quotes);
  const { speakers, unattributed } = quotedSpeakers(side);
  const reporting = new Set(annotations.attributions.map((a) => a.sentence));
  // A fragment in marks that no one is reported saying or judging someone with, or anything after "so-called".
  const scareQuotes: SourcingItem[] = annotations.quotes
    .filter((q) => q.within === null && q.kind === 'fragment' && (q.speaker === null || q.verb === null) && !isTitleOrScare(article, q) && !judgedBy(article, q) && !claimedBy(article, q) && !isUtterance(article, q))
    .map((q) => ({ rule: 'scare-quote' as const, span: q.inner, sentence: sentencesIn(article, q.inner).first, name: article.text.slice(q.inner.start, q.inner.end).toLowerCase() }));
  const distancing: SourcingItem[] = annotations.attributions
    .filter((a) => a.verb.verbClass === 'distancing' && !a.verb.negated)
    .map((a) => ({ rule: 'distancing-verb' as const, span: a.verb.span, sentence: a.sentence, name: article.text.slice(a.verb.span.start, a.verb.span.end).toLowerCase() }));
  return {
    applies: true,
    speakers,
    unattributedWords: unattributed,
    anonymous: matches(article, anonymous, 'anonymous', quoted),
    // An outlet named where the sentence reports speech is cited, not just mentioned, unless it is where someone spoke.
    // Its own name is no other outlet ("HuffPost reported in November 2012", in HuffPost: real
    // copy, BASIL 13792511, counted HuffPost among the outlets HuffPost cites).
    outlets: matches(article, outlets, 'outlet', quoted, (s) => reporting.has(s)).filter((o) => !isVenue(article, o) && (article.meta.outlet === null || squeeze(o.name) !== squeeze(article.meta.outlet))),
    scareQuotes,
    hedges: [...matches(article, hedges, 'hedge', quoted), ...distancing].sort((a, b) => a.span.start - b.span.start),
  };
}
