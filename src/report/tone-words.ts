/**
 * The strongest words behind one outlet's tone toward an actor, in its own voice: the first two
 * unquoted evidence words of each mention that is not itself quoted, each distinct word once, at
 * its first place. The tone-gap finding, the report's tone table and the pair page all name these.
 */
import type { ActorToneSide, Evidence, Side } from '../model.js';
import type { ReportBody } from './findings/rule.js';

/** Words the report's table and the pair page show per side. */
export const shownWords = 3;

/** Words per mention, strongest first. */
const perMention = 2;

/** At most `limit` distinct words, as evidence. */
export function strongestToneWords(r: ReportBody, side: Side, tone: ActorToneSide | null, limit: number): Evidence[] {
  const text = r.articles[side].text;
  const found = new Map<string, Evidence>();
  for (const m of tone?.mentions ?? []) {
    if (m.tone.targetQuoted) continue;
    for (const e of m.tone.evidence.filter((x) => !x.quoted).slice(0, perMention)) {
      const words = text.slice(e.span.start, e.span.end);
      if (!found.has(words)) found.set(words, { side, sentence: m.sentence, span: e.span });
    }
  }
  return [...found.values()].slice(0, limit);
}
