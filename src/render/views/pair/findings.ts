/**
 * The findings list beside the text: the report's findings in its rank order (substance first,
 * `src/report/ranking`), grouped by kind, each worded by the one wording table and linked to its
 * evidence in the text, links to the same words grouped. Differences of form (punctuation, house
 * style, spelling) stand apart at the end, folded away.
 */
import type { Finding, FindingKind, FramingReport } from '../../../model.js';
import { wordFinding } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';
import type { Anchors } from './anchors.js';
import { evidenceGroups, type EvidenceGroup } from './evidence-groups.js';

/** One finding. */
export interface FindingItem {
  /** Its anchor on the page (`f-3`). */
  id: string;
  /** The kind's heading ("Different labels"), for a list that mixes kinds. */
  title: string;
  /** The finding in one sentence. */
  text: string;
  /** A question for a class. */
  question: string;
  /** The words behind it, grouped, each place a link into the text. */
  evidence: EvidenceGroup[];
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
  /** Groups of findings of substance, in order of each kind's first (heaviest) finding. */
  groups: FindingGroup[];
  /** Differences of form, folded away: their heading and items (none: null). */
  form: { title: string; intro: string; items: FindingItem[] } | null;
}

/** How many findings of one kind show before "show more". */
const shownPerKind = 3;

/** One finding as the page shows it; `i` is its index in the report. */
export function findingItem(r: FramingReport, anchors: Anchors, f: Finding, i: number): FindingItem {
  const w = wordFinding(f, r);
  return { id: `f-${i}`, title: w.title, text: w.text, question: w.question, evidence: evidenceGroups(r, anchors, f.evidence) };
}

/** The findings view. */
export function findingsView(r: FramingReport, anchors: Anchors): FindingsView {
  const groups = new Map<FindingKind, { title: string; items: FindingItem[] }>();
  const form: FindingItem[] = [];
  r.findings.forEach((f, i) => {
    const item = findingItem(r, anchors, f, i);
    if (i >= r.ranking.formFrom) {
      form.push(item);
      return;
    }
    const group = groups.get(f.kind) ?? { title: item.title, items: [] };
    groups.set(f.kind, group);
    group.items.push(item);
  });
  return {
    intro: r.findings.length ? pageWording.pair.findingsIntro(r.findings.length) : pageWording.pair.findingsNone,
    groups: [...groups].map(([kind, g]) => {
      // Showing one more item beats a "show 1 more" button.
      const cutAt = g.items.length > shownPerKind + 1 ? shownPerKind : g.items.length;
      const more = g.items.slice(cutAt);
      return { kind, title: g.title, count: g.items.length, shown: g.items.slice(0, cutAt), more, moreLabel: more.length ? pageWording.pair.more(more.length) : null };
    }),
    form: form.length ? { title: pageWording.pair.formTitle(form.length), intro: pageWording.pair.formIntro, items: form } : null,
  };
}
