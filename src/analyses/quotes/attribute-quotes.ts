/**
 * Who said each quotation, and with which verb. The reporting verb is the one nearest the
 * quotation in the sentences it touches (“…,” he said; Blinken said the response “sets out…”).
 * Without one, a quotation that opens its sentence continues the quotation before it in the
 * paragraph (“That we will uphold…” after “…,” Blinken told reporters); otherwise the
 * subject of its clause is the speaker, with no verb (Lavrov “gave detailed explanations…”).
 * A quotation inside another (NATO’s ‘open door’) is its host's speaker's.
 */
import type { Article, Quote } from '../../model.js';
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
function nearestVerb(quote: Quote, speech: readonly Speech[]): Speech | null {
  const candidates = speech.filter((use) => use.sentence >= quote.sentences.first && use.sentence < quote.sentences.end);
  const before = candidates.filter((use) => use.verb.span.end <= quote.outer.start);
  const pool = quote.kind !== 'full' && before.length > 0 ? before : candidates;
  let best: Speech | null = null;
  for (const use of pool) if (!best || distance(quote, use) < distance(quote, best)) best = use;
  return best;
}

/** The speaker and verb of a top-level quotation, given the top-level quotation before it. */
function attribute(article: Article, quote: Quote, previous: Quote | null, found: ReturnType<typeof findSpeech>): Pick<Quote, 'speaker' | 'verb'> {
  const use = nearestVerb(quote, found.speech);
  if (use) return { speaker: use.speaker, verb: use.verb };
  const continues =
    previous?.speaker &&
    quote.kind === 'full' &&
    article.sentences[previous.sentences.end - 1]!.paragraph === article.sentences[quote.sentences.first]!.paragraph &&
    quote.sentences.first <= previous.sentences.end;
  if (continues) return { speaker: { ...previous.speaker!, via: 'previous-quote' }, verb: previous.verb };
  return { speaker: clauseSubject(article, { sentence: quote.sentences.first, token: quote.tokens.first }, [], found.mentions), verb: null };
}

/** The quotations with their speakers and verbs filled in (a new list; the input is not changed). */
export function attributeQuotes(article: Article, quotes: readonly Quote[]): Quote[] {
  const { speech, mentions } = findSpeech(article, quotedSpans(quotes));
  const out: Quote[] = [];
  let previous: Quote | null = null; // the last top-level quotation
  for (const quote of quotes) {
    if (quote.within !== null) {
      const host = out[quote.within]!;
      out.push({ ...quote, speaker: host.speaker, verb: host.verb });
      continue;
    }
    previous = { ...quote, ...attribute(article, quote, previous, { speech, mentions }) };
    out.push(previous);
  }
  return out;
}
