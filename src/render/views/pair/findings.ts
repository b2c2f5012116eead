/**
 * The findings list beside the text: the report's findings in its order, grouped by kind, each
 * worded by the one wording table and linked to its evidence in the text.
 */
import type { FindingKind, FramingReport } from '../../../model.js';
import { wordFinding } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';
import type { Anchors, EvidenceLink } from './anchors.js';

/** One finding. */
export interface FindingItem {
  /** Its anchor on the page (`f-3`). */
  id: string;
  /** The finding in one sentence. */
  text: string;
  /** A question for a class. */
  question: string;
  /** The words behind it, each a link into the text. */
  evidence: EvidenceLink[];
}

/** The findings of one kind. */
export interface FindingGroup {
  /** The kind. */
  kind: FindingKind;
  /** Its heading. */
  title: string;
  /** How many. */
  count: number;
  /** The first few, always shown. */
  shown: FindingItem[];
  /** The rest, behind a "show more" (printed open). */
  more: FindingItem[];
  /** The "show more" label, or null. */
  moreLabel: string | null;
}

/** The findings section. */
export interface FindingsView {
  /** Introduction, or the "nothing found" sentence. */
  intro: string;
  /** Groups in order of each kind's first finding. */
  groups: FindingGroup[];
}

/** How many findings of one kind show before "show more". */
const shownPerKind = 4;

/** Links without repeats (two pieces of evidence can be the same words). */
const unique = (links: EvidenceLink[]) => links.filter((l, i) => links.findIndex((x) => x.href === l.href) === i);

/** The findings view. */
export function findingsView(r: FramingReport, anchors: Anchors): FindingsView {
  const groups = new Map<FindingKind, { title: string; items: FindingItem[] }>();
  r.findings.forEach((f, i) => {
    const w = wordFinding(f, r);
    const group = groups.get(f.kind) ?? { title: w.title, items: [] };
    groups.set(f.kind, group);
    group.items.push({ id: `f-${i}`, text: w.text, question: w.question, evidence: unique(f.evidence.map((e) => anchors.link(e.side, e.span))) });
  });
  return {
    intro: r.findings.length ? pageWording.pair.findingsIntro(r.findings.length) : pageWording.pair.findingsNone,
    groups: [...groups].map(([kind, g]) => {
      // Showing one more item beats a "show 1 more" button.
      const cutAt = g.items.length > shownPerKind + 1 ? shownPerKind : g.items.length;
      const more = g.items.slice(cutAt);
      return { kind, title: g.title, count: g.items.length, shown: g.items.slice(0, cutAt), more, moreLabel: more.length ? pageWording.pair.more(more.length) : null };
    }),
  };
}
