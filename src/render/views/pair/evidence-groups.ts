/**
 * Evidence links grouped (issue 14: the same "● POLITICO “written”" link stood five times in a
 * row). A finding's evidence is one line per outlet: the outlet once, then its words, each a
 * link; words used in several places are written once, with one short link per place ("¶1",
 * "¶4"), each still pointing at its own words.
 */
import type { Evidence, FramingReport, Side } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import type { Anchors } from './anchors.js';

/** One place of a group: a link and where it stands. */
export interface EvidencePlace {
  /** `#w-l-847-857`. */
  href: string;
  /** "¶4" (two uses in one paragraph: "¶4", "¶4 (2)"). */
  place: string;
  /** The link's full name for a screen reader: "POLITICO, “written”, paragraph 4". */
  label: string;
}

/** Links to the same words on one side. */
export interface EvidenceWords {
  /** The words, quoted. */
  words: string;
  /** The single link when there is one place; else null. */
  href: string | null;
  /** Every place when there are two or more; else empty. */
  places: EvidencePlace[];
}

/** One side's evidence of a finding: the outlet once, then its words. */
export interface EvidenceGroup {
  /** Which article. */
  side: Side;
  /** The outlet's short name. */
  outlet: string;
  /** The words, in the order first met. */
  items: EvidenceWords[];
}

/** The paragraph (from 0) that holds a piece of evidence. */
function paragraphOf(r: FramingReport, e: Evidence): number {
  const a = r.articles[e.side];
  if (e.sentence !== null) return a.sentences[e.sentence]?.paragraph ?? 0;
  return Math.max(0, a.paragraphs.findIndex((p) => p.span.start <= e.span.start && e.span.start < p.span.end));
}

/** Group a finding's evidence: one entry per side (in the order first met), the same words once. */
export function evidenceGroups(r: FramingReport, anchors: Anchors, evidence: readonly Evidence[]): EvidenceGroup[] {
  type Words = { words: string; links: { href: string; paragraph: number }[] };
  const sides = new Map<Side, { outlet: string; words: Map<string, Words> }>();
  for (const e of evidence) {
    const link = anchors.link(e.side, e.span);
    const side = sides.get(e.side) ?? { outlet: link.outlet, words: new Map<string, Words>() };
    sides.set(e.side, side);
    const key = link.words.toLowerCase();
    const group = side.words.get(key) ?? { words: link.words, links: [] };
    side.words.set(key, group);
    if (!group.links.some((l) => l.href === link.href)) group.links.push({ href: link.href, paragraph: paragraphOf(r, e) + 1 });
  }
  return [...sides].map(([side, s]) => ({
    side,
    outlet: s.outlet,
    items: [...s.words.values()].map((g): EvidenceWords => {
      if (g.links.length === 1) return { words: g.words, href: g.links[0]!.href, places: [] };
      const seen = new Map<number, number>();
      const places = g.links.map((l) => {
        const n = (seen.get(l.paragraph) ?? 0) + 1;
        seen.set(l.paragraph, n);
        return { href: l.href, place: pageWording.pair.place(l.paragraph, n), label: pageWording.pair.placeLabel(s.outlet, g.words, l.paragraph) };
      });
      return { words: g.words, href: null, places };
    }),
  }));
}
