/** What the server-side charts share: their accessible text and each outlet's fill. */

/** A chart's accessible title and description, and the two outlets' names. */
export interface ChartText {
  /** Short title (the SVG's accessible name). */
  title: string;
  /** One-sentence description of what the chart shows. */
  description: string;
  /** Name of the left outlet. */
  left: string;
  /** Name of the right outlet. */
  right: string;
}

/**
 * Each outlet's fill, as an attribute so a chart keeps its colours where no stylesheet reaches it
 * (the self-contained report); every chart also tells the sides apart by place or shape and
 * writes its values as text, so nothing depends on the colour.
 */
export const sideFill = { left: '#1f5fa8', right: '#a3461b' } as const;
