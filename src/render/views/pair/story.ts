/**
 * The first screen's story (issue 14): after the headlines and the event verdict, the three to
 * five findings the report's ranking leads with, each with its evidence, so a teacher sees what
 * to raise before scrolling.
 */
import type { FramingReport } from '../../../model.js';
import { pageWording } from '../../../report/wording/pages.js';
import type { Anchors } from './anchors.js';
import { findingItem, type FindingItem } from './findings.js';

/** The story block. */
export interface StoryView {
  /** Heading. */
  title: string;
  /** What the list is, or that nothing of substance was found. */
  intro: string;
  /** The leading findings, in rank order. */
  items: FindingItem[];
}

/** The story of a report. */
export function storyView(r: FramingReport, anchors: Anchors): StoryView {
  const items = r.ranking.lead.map((i) => ({ ...findingItem(r, anchors, r.findings[i]!, i), id: `lead-${i}` }));
  const w = pageWording.pair;
  return { title: w.storyTitle, intro: items.length ? w.storyIntro(items.length, r.findings.length) : w.storyNone, items };
}
