/**
 * Reporting verbs per speaker: for each speaker either outlet reports, the verbs each uses,
 * grouped by verb with how often, their kind in words (never colour alone) and a link to the
 * first use.
 */
import type { Attribution, AttributionContrast, FramingReport, Side, VerbClass } from '../../../model.js';
import { reportWording, verbClassWording } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';
import { shortName, slice } from '../../../report/words.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One verb as one side uses it for one speaker. */
export interface VerbChip {
  /** The verb as first written ("said", "pointed out"). */
  verb: string;
  /** Its kind, for styling. */
  verbClass: VerbClass;
  /** Its kind in words, with "borderline" or "negated" where they apply. */
  kind: string;
  /** "×3" when used more than once, else empty. */
  count: string;
  /** Its first use in the text. */
  link: EvidenceLink;
}

/** One speaker. */
export interface VerbRow {
  /** The speaker's name. */
  speaker: string;
  /** What the comparison shows, in words. */
  compared: string;
  /** True when the two outlets use different kinds of verb. */
  differs: boolean;
  /** The left outlet's verbs then the right's; null for an outlet that does not report the speaker. */
  sides: (VerbChip[] | null)[];
}

/** One side's verbs for a speaker, grouped by lemma, kind and negation. */
function chips(r: FramingReport, side: Side, c: AttributionContrast, anchors: Anchors): VerbChip[] | null {
  const verbs = c[side];
  if (!verbs) return null;
  const groups = new Map<string, { first: Attribution; n: number }>();
  for (const i of verbs.attributions) {
    const a = r.attributions[side][i]!;
    const key = `${a.verb.lemma}|${a.verb.verbClass}|${a.verb.negated}`;
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { first: a, n: 1 });
  }
  return [...groups.values()].map(({ first, n }) => ({
    verb: slice(r, side, first.verb.span),
    verbClass: first.verb.verbClass,
    kind: [verbClassWording[first.verb.verbClass].name, ...(first.verb.borderline ? [reportWording.verbs.borderline] : []), ...(first.verb.negated ? [reportWording.verbs.negated] : [])].join(', '),
    count: pageWording.verbs.count(n),
    link: anchors.link(side, first.verb.span),
  }));
}

/** The speakers, those reported differently first. */
export function verbsView(r: FramingReport, anchors: Anchors): VerbRow[] {
  const names = { left: shortName(r, 'left'), right: shortName(r, 'right') };
  const rows = r.attributions.contrast.map((c) => ({
    speaker: (c.left ?? c.right)!.name,
    compared: pageWording.verbs.kind(c.kind, names),
    differs: c.kind === 'different',
    sides: [chips(r, 'left', c, anchors), chips(r, 'right', c, anchors)],
  }));
  return [...rows.filter((x) => x.differs), ...rows.filter((x) => !x.differs)];
}
