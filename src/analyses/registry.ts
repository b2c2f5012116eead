/**
 * The pair analyses, in order. Each is one module with the same small contract: it reads the
 * pair context and returns its section of the report. Adding an analysis is a file in
 * `sections/`, a field in `FramingReport`, and one line here.
 */
import type { ActorsResult, Alignment, Annotated, EventCheck, FramingReport, Label, QuoteMatch } from '../model.js';
import { attributionsSection } from './sections/attributions.js';
import { labelsSection } from './sections/labels.js';
import { quotesSection } from './sections/quotes.js';
import { sourcingSection } from './sections/sourcing.js';
import { termsSection } from './sections/terms.js';
import { toneSection } from './sections/tone.js';

/** What every pair analysis may read. */
export interface PairContext {
  /** The left article, its speakers joined to the pair's actors. */
  left: Annotated;
  /** The right article, likewise. */
  right: Annotated;
  /** Both sides' actors, ids unified across the pair. */
  actors: { left: ActorsResult; right: ActorsResult };
  /** Both sides' labels, on the unified actor ids. */
  labels: { left: Label[]; right: Label[] };
  /** Quotations shared by the two (they anchored the alignment). */
  quoteMatches: QuoteMatch[];
  /** The sentence alignment. */
  alignment: Alignment;
  /** The event check. */
  event: EventCheck;
}

/** The report sections the analyses fill. */
export type Sections = Pick<FramingReport, 'quotes' | 'attributions' | 'sourcing' | 'labels' | 'tone' | 'terms'>;

/** One pair analysis: the section it fills and how. */
export interface PairAnalysis<K extends keyof Sections> {
  /** The report section it fills. */
  key: K;
  /** Compute the section. */
  run(ctx: PairContext): Sections[K];
}

/** Run every analysis in order. */
export function runAnalyses(ctx: PairContext): Sections {
  return {
    quotes: quotesSection.run(ctx),
    attributions: attributionsSection.run(ctx),
    sourcing: sourcingSection.run(ctx),
    labels: labelsSection.run(ctx),
    tone: toneSection.run(ctx),
    terms: termsSection.run(ctx),
  };
}
