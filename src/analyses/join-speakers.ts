/**
 * The actor join for speakers: a quotation's or attribution's speaker takes the id of the
 * actor mention its name overlaps, so "he" resolved to "Sergey Lavrov" and "Lavrov said" both
 * point at `sergei-lavrov`.
 */
import type { ActorsResult, Annotations, Speaker } from '../model.js';

/** The annotations with each speaker's `actor` filled where a mention overlaps its name. */
export function joinSpeakers(annotations: Annotations, actors: ActorsResult): Annotations {
  if (!actors.applies) return annotations;
  const join = (speaker: Speaker | null): Speaker | null => {
    if (!speaker) return null;
    const hit = actors.mentions.find((m) => m.span.start < speaker.named.end && speaker.named.start < m.span.end);
    return hit ? { ...speaker, actor: hit.actor } : speaker;
  };
  return {
    ...annotations,
    actors,
    quotes: annotations.quotes.map((q) => ({ ...q, speaker: join(q.speaker) })),
    attributions: annotations.attributions.map((a) => ({ ...a, speaker: join(a.speaker) })),
  };
}
