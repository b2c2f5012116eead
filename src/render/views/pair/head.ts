/**
 * The top of a pair page: the two articles' headlines, outlets and dates face to face, and the
 * event check, its warning first when the two report different occasions or no common event.
 */
import type { FramingReport, Side } from '../../../model.js';
import { relationWording } from '../../../report/wording/index.js';
import { pageWording } from '../../../report/wording/pages.js';
import { outletName, shortName } from '../../../report/words.js';
import { formatDate } from '../../format.js';
import { noticesOn } from './measure.js';

/** One article's headline card. */
export interface HeadSide {
  /** Which article. */
  side: Side;
  /** The outlet as readers know it. */
  outlet: string;
  /** The headline. */
  title: string;
  /** "Published 5 Feb 2021" or "date unknown". */
  published: string;
  /** The author line, or null. */
  byline: string | null;
  /** "412 words". */
  words: string;
  /** The article's own page, or null for an uploaded article. */
  href: string | null;
}

/** The event check. */
export interface EventView {
  /** The relation's short title. */
  title: string;
  /** What the relation means. */
  plain: string;
  /** The warning for the reader, or null. */
  warning: string | null;
  /** Each side's event date in a sentence. */
  dates: string[];
  /** How sure Parallax is of the relation, in words. */
  confidence: string;
  /** Who paired them. */
  origin: string;
  /** The reasons in words. */
  explanation: string[];
  /** Other notices about the event check. */
  notices: string[];
}

/** The top of the page. */
export interface PairHead {
  /** The page's heading. */
  heading: string;
  /** Left then right. */
  sides: HeadSide[];
  /** The event check. */
  event: EventView;
}

/** The head of a pair page; `links` are the articles' own pages where they have one. */
export function pairHead(r: FramingReport, links: Record<Side, string | null>): PairHead {
  const side = (s: Side): HeadSide => {
    const a = r.articles[s];
    return {
      side: s,
      outlet: outletName(r, s),
      title: a.meta.title,
      published: a.meta.published ? pageWording.pair.published(formatDate(a.meta.published)) : pageWording.pair.dateUnknown,
      byline: a.meta.byline,
      words: pageWording.pair.words(a.words),
      href: links[s],
    };
  };
  const e = r.event;
  const relation = relationWording[e.relation];
  return {
    heading: pageWording.pair.heading(shortName(r, 'left'), shortName(r, 'right'), r.event.relation),
    sides: [side('left'), side('right')],
    event: {
      title: relation.title,
      plain: relation.plain,
      warning: e.warning,
      dates: (['left', 'right'] as const).map((s) => pageWording.pair.eventDate(shortName(r, s), e.eventDates[s].label)),
      confidence: pageWording.pair.confidence(e.confidence),
      origin: pageWording.pair.origin[e.origin],
      explanation: e.explanation,
      notices: noticesOn(r.notices, 'event').filter((n) => n !== e.warning),
    },
  };
}
