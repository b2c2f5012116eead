/**
 * The findings in the report's rank order (substance first, `src/report/ranking`): first the
 * few the ranking leads with, quoted in context, then every finding grouped by kind, each group
 * naming its measure's limits once. Differences of form close the list as one short list of
 * sentences without quotations, so a printed report stays a handful of pages (issue 14).
 */
import type { Finding, FindingKind, FramingReport } from '../../../model.js';
import { reportWording, wordFinding } from '../../../report/wording/index.js';
import { b, type Block } from '../doc.js';
import { excerptsOf } from '../excerpts.js';
import { limitsOf } from './limits.js';

/** How many sentences of evidence a finding shows before listing the rest by location. */
const shownPerFinding = 2;

/** One finding: its number, its sentence, its evidence (none when the lead already quoted it). */
function findingBlock(r: FramingReport, f: Finding, number: number, quoted: boolean): Block {
  const text = wordFinding(f, r).text;
  if (quoted) return b.group(`finding-${number}`, [b.p(`${text} ${reportWording.findings.shownFirst}`, `${number}.`)]);
  // A preferred word is a count: where it stands is enough (the appendix's term table quotes it).
  const shown = excerptsOf(r, f.evidence, f.kind === 'distinctive-term' ? 0 : shownPerFinding);
  return b.group(`finding-${number}`, [b.p(text, `${number}.`), ...(shown.items.length ? [b.excerpts(shown.items)] : []), ...(shown.more ? [b.p(shown.more)] : [])]);
}

/** What to notice first: the findings the ranking leads with, each with its words. */
export function leadSection(r: FramingReport): Block[] {
  const w = reportWording.lead;
  if (!r.findings.length) return [];
  if (!r.ranking.lead.length) return [b.h(2, w.title, 'lead'), b.p(w.none)];
  return [
    b.h(2, w.title, 'lead'),
    b.p(w.intro(r.ranking.lead.length)),
    ...r.ranking.lead.map((i) => {
      const f = r.findings[i]!;
      const shown = excerptsOf(r, f.evidence, shownPerFinding);
      const wording = wordFinding(f, r);
      return b.group(`lead-${i + 1}`, [b.p(wording.text, `${wording.title}:`), b.excerpts(shown.items), ...(shown.more ? [b.p(shown.more)] : [])]);
    }),
  ];
}

/** The findings section. */
export function findingsSection(r: FramingReport): Block[] {
  const w = reportWording.findings;
  if (!r.findings.length) return [b.h(2, w.title, 'findings'), b.p(w.none)];
  const substance = r.findings.slice(0, r.ranking.formFrom);
  const kinds = [...new Set(substance.map((f) => f.kind))];
  const count = (k: FindingKind) => substance.filter((f) => f.kind === k).length;
  const title = (k: FindingKind) => wordFinding(substance.find((f) => f.kind === k)!, r).title;
  const form = r.findings.length - substance.length;
  const parts = [...kinds.map((k) => w.count(count(k), title(k))), ...(form ? [w.count(form, w.formTitle)] : [])];
  const blocks: Block[] = [b.h(2, w.title, 'findings'), b.p(w.intro(r.findings.length, parts))];
  for (const kind of kinds) {
    const first = substance.find((f) => f.kind === kind)!;
    blocks.push(b.h(3, `${title(kind)} (${count(kind)})`, `findings-${kind}`), limitsOf(wordFinding(first, r).measure));
    substance.forEach((f, i) => {
      if (f.kind === kind) blocks.push(findingBlock(r, f, i + 1, r.ranking.lead.includes(i)));
    });
  }
  if (form) {
    blocks.push(b.h(3, `${w.formTitle} (${form})`, 'findings-form'), b.p(w.formIntro));
    blocks.push(b.list(r.findings.slice(r.ranking.formFrom).map((f, j) => `${r.ranking.formFrom + j + 1}. ${wordFinding(f, r).text}`)));
  }
  return blocks;
}
