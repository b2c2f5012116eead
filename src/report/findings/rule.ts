/** The contract of a finding rule: it reads the report's sections and picks what a reader should look at. */
import type { Finding, FramingReport } from '../../model.js';

/** The report before findings and notices are chosen. */
export type ReportBody = Omit<FramingReport, 'findings' | 'notices' | 'ranking'>;

/** A finding rule. */
export type FindingRule = (report: ReportBody) => Finding[];
