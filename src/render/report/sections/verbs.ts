/** Reporting verbs, speaker by speaker: each side's verbs with their kind and where they stand. */
import type { FramingReport, Side, SpeakerVerbs, VerbClass } from '../../../model.js';
import { reportWording, verbClassWording } from '../../../report/wording/index.js';
import { outletName, shortName, slice } from '../../../report/words.js';
import { b, type Block } from '../doc.js';
import { locateSpan } from '../locate.js';
import { limitsOf } from './limits.js';

/** One side's verbs for a speaker: “threatened” (emotive) ¶9 s1; … */
function verbsCell(r: FramingReport, side: Side, verbs: SpeakerVerbs | null): string {
  const w = reportWording.verbs;
  if (!verbs) return reportWording.none;
  return verbs.attributions
    .map((i) => r.attributions[side][i]!.verb)
    .map((v) => w.verb(slice(r, side, v.span), verbClassWording[v.verbClass].name, locateSpan(r, side, v.span, false), [...(v.borderline ? [w.borderline] : []), ...(v.negated ? [w.negated] : [])]))
    .join('; ');
}

/** The reporting-verbs section. */
export function verbsSection(r: FramingReport): Block[] {
  const w = reportWording.verbs;
  const contrasts = r.attributions.contrast;
  if (!contrasts.length) return [b.h(2, w.title, 'verbs'), b.p(w.none)];
  const rows = contrasts.map((c) => [(c.left ?? c.right)!.name, w.kind(c.kind, shortName(r, 'left'), shortName(r, 'right')), verbsCell(r, 'left', c.left), verbsCell(r, 'right', c.right)]);
  const classes = (Object.keys(verbClassWording) as VerbClass[]).map((k) => ({ term: verbClassWording[k].name, text: [verbClassWording[k].plain] }));
  return [
    b.h(2, w.title, 'verbs'),
    b.p(w.intro),
    limitsOf('reporting-verbs'),
    b.table(w.caption, [w.speaker, w.compared, outletName(r, 'left'), outletName(r, 'right')], rows),
    b.h(3, w.classes, 'verb-classes'),
    { kind: 'definitions', items: classes },
  ];
}
