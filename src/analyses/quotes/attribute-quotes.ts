/**
 * Who said each quotation, and with which verb. The reporting verb is the one nearest the
 * quotation in the sentences it touches (“…,” he said; Blinken said the response “sets out…”).
 * Without one, a quotation that opens its sentence continues the quotation before it in the
 * paragraph (“That we will uphold…” after “…,” Blinken told reporters); otherwise the
 * subject of its clause is the speaker, with no verb (Lavrov “gave detailed explanations…”),
 * unless it is a fragment, a scare quote in the outlet's own words, which no one speaks.
 * A quotation inside another (NATO’s ‘open door’) is its host's speaker's.
 */
import type { Article, Quote, Speaker } from '../../model.js';
import { namesAWork } from './title-or-scare.js';
import { indexPersonNames, nameRuns, nameSpeaker, type NameIndex } from '../attribution/name-speaker.js';
import { spanOfTokens, tokensIn } from '../text-positions.js';
import { quotedSpans } from '../attribution/find-attributions.js';
import { clauseSubject, findSpeech, type Speech } from '../attribution/find-speech.js';

function distance(quote: Quote, use: Speech): number {
  const { start, end } = use.verb.span;
  return start >= quote.outer.end ? start - quote.outer.end : end <= quote.outer.start ? quote.outer.start - end : 0;
}

/**
 * The verb a quotation belongs to: for a partial quotation or fragment, woven into a reported
 * clause, the nearest verb before it (Blinken said the response “sets out…”, telling
 * reporters…); otherwise, or when none stands before it, the nearest one (“…,” he said).
 */
function nearestVerb(article: Article, quote: Quote, speech: readonly Speech[]): Speech | null {
  const candidates = speech.filter((use) => use.sentence >= quote.sentences.first && use.sentence < quote.sentences.end);
  const before = candidates.filter((use) => use.verb.span.end <= quote.outer.start);
  const pool = quote.kind !== 'full' && before.length > 0 ? before : candidates;
  let best: Speech | null = null;
  for (const use of pool) if (!best || distance(quote, use) < distance(quote, best)) best = use;
  // Words woven into what a group "has said", itself reported by a person earlier in the
  // sentence (he said the response reiterated what the US and NATO have said — “open-door
  // policy”), are that person's quotation: the outlet quotes him, not the group.
  if (best && quote.kind !== 'full' && best.speaker?.kind !== 'person' && best.verb.span.end <= quote.outer.start) {
    const reporter = before.findLast((use) => use.sentence === best!.sentence && use.token < best!.token && use.speaker?.kind === 'person');
    if (reporter) return reporter;
  }
  // “…,” aides said Mr. Ryan told his colleagues: the aides relay Ryan's words, so the
  // quotation is his (real NYT copy, BASIL 79bf99c6, gave it to "unnamed aides").
  if (best && best.verb.span.start >= quote.outer.end && best.speaker !== null && best.speaker.span.end <= best.verb.span.start) {
    const relayed = candidates.find((use) => use.sentence === best!.sentence && use.token > best!.token && use.speaker?.kind === 'person' && use.speaker.span.start >= best!.verb.span.end && /^\s*(?:that\s+)?$/u.test(article.text.slice(best!.verb.span.end, use.speaker.span.start)));
    if (relayed) return relayed;
  }
  return best;
}

/**
 * A name standing right after a quotation and before its verb, set off by an appositive: in
 * “…,” House Speaker Paul Ryan, the convention chair, told reporters, the speaker is Ryan, not
 * the appositive the verb sees.
 */
function nameRightAfter(article: Article, quote: Quote, use: Speech, names: NameIndex): Speaker | null {
  if (use.verb.span.start < quote.outer.end || use.speaker?.via === 'inverted') return null;
  const range = article.sentences[use.sentence]!.tokens;
  const first = tokensIn(article, { start: quote.outer.end, end: use.verb.span.start });
  if (first.first >= first.end || !/^\s+$/u.test(article.text.slice(quote.outer.end, article.tokens[first.first]!.span.start))) return null;
  const run = nameRuns(article, { first: first.first, end: Math.min(range.end, use.token) }).find((r) => r.first === first.first);
  if (!run || run.end >= use.token || !/^,/u.test(article.text.slice(article.tokens[run.end - 1]!.span.end))) return null;
  if (use.speaker && use.speaker.span.start === article.tokens[run.first]!.span.start) return null;
  const named = nameSpeaker(article, run, names);
  return named.kind === 'person' ? { ...named, span: spanOfTokens(article, run), via: 'subject', actor: null } : null;
}

/** The speaker and verb of a top-level quotation, given the top-level quotation before it. */
function attribute(article: Article, quote: Quote, previous: Quote | null, found: ReturnType<typeof findSpeech> & { names: NameIndex }): Pick<Quote, 'speaker' | 'verb'> {
  // A paragraph set off after "…, saying:" is the words of that verb's speaker.
  if (quote.marks === 'none') {
    const lead = found.speech.findLast((use) => use.sentence === quote.sentences.first - 1);
    return { speaker: lead?.speaker ?? null, verb: lead?.verb ?? null };
  }
  if (namesAWork(article, quote)) return { speaker: null, verb: null };
  const use = nearestVerb(article, quote, found.speech);
  if (use) return { speaker: nameRightAfter(article, quote, use, found.names) ?? use.speaker, verb: use.verb };
  const continues =
    previous?.speaker &&
    quote.kind === 'full' &&
    article.sentences[previous.sentences.end - 1]!.paragraph === article.sentences[quote.sentences.first]!.paragraph &&
    quote.sentences.first <= previous.sentences.end;
  if (continues) return { speaker: { ...previous.speaker!, via: 'previous-quote' }, verb: previous.verb };
  // A fragment with no verb is the outlet's own words in marks, a scare quote (the established
  // “coastal” Democrats): no one is reported saying it (real NYT copy, BASIL 79bf99c6).
  if (quote.kind === 'fragment') return { speaker: null, verb: null };
  return { speaker: clauseSubject(article, { sentence: quote.sentences.first, token: quote.tokens.first }, [], found.mentions), verb: null };
}

/** The quotations with their speakers and verbs filled in (a new list; the input is not changed). */
export function attributeQuotes(article: Article, quotes: readonly Quote[]): Quote[] {
  const { speech, mentions } = findSpeech(article, quotedSpans(quotes));
  const names = indexPersonNames(article);
  const out: Quote[] = [];
  let previous: Quote | null = null; // the last top-level quotation
  for (const quote of quotes) {
    if (quote.within !== null) {
      const host = out[quote.within]!;
      out.push({ ...quote, speaker: host.speaker, verb: host.verb });
      continue;
    }
    previous = { ...quote, ...attribute(article, quote, previous, { speech, mentions, names }) };
    out.push(previous);
  }
  return out;
}
