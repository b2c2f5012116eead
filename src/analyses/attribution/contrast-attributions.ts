/**
 * How two articles report the same speakers: for each speaker (joined by `Speaker.key`, the
 * surname for people, until the actor join gives canonical ids), the verb classes each side
 * uses, so "Lavrov said" against "Lavrov threatened" stands out. Different classes come
 * first, then speakers one side alone reports with a loaded verb, then the rest.
 */
import type { Attribution, AttributionContrast, Evidence, Side, SpeakerVerbs, VerbClass } from '../../model.js';

function emptyClasses(): Record<VerbClass, number> {
  return { neutral: 0, endorsing: 0, distancing: 0, concession: 0, denial: 0, emotive: 0 };
}

function bySpeaker(attributions: readonly Attribution[]): Map<string, SpeakerVerbs> {
  const speakers = new Map<string, SpeakerVerbs>();
  attributions.forEach((a, k) => {
    if (!a.speaker) return;
    let entry = speakers.get(a.speaker.key);
    if (!entry) {
      entry = { name: a.speaker.name, attributions: [], classes: emptyClasses() };
      speakers.set(a.speaker.key, entry);
    }
    entry.attributions.push(k);
    entry.classes[a.verb.verbClass] += 1;
  });
  return speakers;
}

/**
 * The verb classes a side uses, a negated verb apart: "Putin has not responded" against "Putin
 * said" is a difference, not the same kind of verb.
 */
function classesUsed(verbs: SpeakerVerbs, attributions: readonly Attribution[]): string {
  const used = new Set(verbs.attributions.map((k) => `${attributions[k]!.verb.negated ? 'not ' : ''}${attributions[k]!.verb.verbClass}`));
  return [...used].sort().join(',');
}

function evidence(side: Side, verbs: SpeakerVerbs | null, attributions: readonly Attribution[]): Evidence[] {
  return (verbs?.attributions ?? []).map((k) => ({ side, sentence: attributions[k]!.sentence, span: attributions[k]!.verb.span }));
}

function loaded(verbs: SpeakerVerbs | null): boolean {
  return verbs !== null && verbs.classes.neutral < verbs.attributions.length;
}

const order: Record<AttributionContrast['kind'], number> = { different: 0, 'left-only': 1, 'right-only': 1, same: 2 };

/** Per speaker, how the left and the right article report them. */
export function contrastAttributions(left: readonly Attribution[], right: readonly Attribution[]): AttributionContrast[] {
  const l = bySpeaker(left);
  const r = bySpeaker(right);
  const keys = [...new Set([...l.keys(), ...r.keys()])];
  const contrasts = keys.map((key): AttributionContrast => {
    const a = l.get(key) ?? null;
    const b = r.get(key) ?? null;
    const kind = !a ? 'right-only' : !b ? 'left-only' : classesUsed(a, left) === classesUsed(b, right) ? 'same' : 'different';
    return { key, kind, left: a, right: b, evidence: [...evidence('left', a, left), ...evidence('right', b, right)] };
  });
  const rank = (c: AttributionContrast) => order[c.kind] * 2 + (loaded(c.left) || loaded(c.right) ? 0 : 1);
  return contrasts.sort((x, y) => rank(x) - rank(y) || x.key.localeCompare(y.key));
}
