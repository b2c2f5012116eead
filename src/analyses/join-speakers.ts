/**
 * The actor join for speakers: a quotation's or attribution's speaker takes the actor its
 * words name — a mention overlapping its name ("Lavrov said", "he" resolved to "Sergey
 * Lavrov") or a description the labels analysis tied to one actor ("the top US diplomat told
 * reporters" → Antony Blinken). A joined speaker is keyed by the actor's id, so the two sides
 * of a pair meet on the same speaker whatever each calls them.
 */
import type { ActorsResult, Annotated, Annotations, Label, Speaker, Span } from '../model.js';

const trailingAdverbs = /(?:\s+(?:nevertheless|nonetheless|also|however|too|later|again|then|still|instead|meanwhile|even|only|just|now|once|first|himself|herself|themselves|itself|[a-z]+ly))+$/u;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The annotations of `side` with each speaker joined to its actor where the text allows. */
export function joinSpeakers(side: Annotated, actors: ActorsResult, labels: readonly Label[]): Annotations {
  const { annotations, article } = side;
  if (!actors.applies) return annotations;
  // "Lavrov’s account… He said": the name's head ends before a possessive.
  // "Mr. LePage nevertheless said", "President Obama even acknowledged": an adverb after the name
  // is not part of it (real NYT and Fox copy, BASIL 7a97de89 and 1bb79cc1, made "LePage
  // nevertheless" and "President Obama even" speakers of their own).
  const headEnd = (named: Span) => {
    const words = article.text.slice(named.start, named.end).replace(trailingAdverbs, '');
    return named.start + words.length - (/['’]s$/.test(words) ? 2 : 0);
  };
  const names = new Map(actors.actors.map((a) => [a.id, a.name]));
  const descriptions = labels.filter((l) => l.kind === 'description');
  const join = (speaker: Speaker | null): Speaker | null => {
    if (!speaker) return null;
    // "Mr. Romney and Mr. Obama said": names joined by "and" speak together, as no one actor.
    if (/\sand\s/u.test(article.text.slice(speaker.named.start, speaker.named.end)) && new Set(actors.mentions.filter((m) => overlaps(m.span, speaker.named)).map((m) => m.actor)).size > 1) return speaker;
    // A description stands for a whole phrase; a mention names the speaker only when it ends
    // the phrase (its head): "US" in "the US response" is a modifier, not the one speaking.
    const actor =
      descriptions.find((d) => overlaps(d.span, speaker.named))?.actor ??
      actors.mentions.find((m) => overlaps(m.span, speaker.named) && m.span.end >= headEnd(speaker.named))?.actor ??
      null;
    return actor ? { ...speaker, actor, key: actor, name: names.get(actor) ?? speaker.name } : speaker;
  };
  return {
    ...annotations,
    actors,
    quotes: annotations.quotes.map((q) => ({ ...q, speaker: join(q.speaker) })),
    attributions: annotations.attributions.map((a) => ({ ...a, speaker: join(a.speaker) })),
  };
}
