/**
 * The method page, built only from the wording table: every measure with what it is, how it
 * is computed, its limits and measured figures, the finding kinds each one gives, the kinds of
 * reporting verb, how two articles can relate and the kinds of label.
 */
import type { FindingKind } from '../../model.js';
import { findingWording, labelKindWording, measureWording, relationWording, verbClassWording, type MeasureKey } from '../../report/wording/index.js';

/** One measure. */
export interface MeasureSection {
  /** Anchor id. */
  id: string;
  /** Its name. */
  name: string;
  /** What it is. */
  plain: string;
  /** How it is computed. */
  how: string;
  /** What it cannot tell you. */
  limits: string[];
  /** How well it does on published data, or null. */
  measured: string | null;
  /** Headings of the findings it gives. */
  findings: string[];
}

/** The method page. */
export interface MethodView {
  /** The measures in the order a pair page shows them. */
  measures: MeasureSection[];
  /** Kinds of reporting verb. */
  verbs: { name: string; plain: string }[];
  /** How two articles can relate. */
  relations: { title: string; plain: string }[];
  /** Kinds of label. */
  labels: string[];
}

/** The method page's view model. */
export function methodPage(): MethodView {
  const kinds = Object.keys(findingWording) as FindingKind[];
  return {
    measures: (Object.keys(measureWording) as MeasureKey[]).map((key) => ({
      id: `m-${key}`,
      ...measureWording[key],
      findings: kinds.filter((k) => findingWording[k].measure === key).map((k) => findingWording[k].title),
    })),
    verbs: Object.values(verbClassWording),
    relations: Object.values(relationWording),
    labels: Object.values(labelKindWording),
  };
}
