/**
 * The findings in the report's order, grouped by kind: each group names its measure's limits
 * once, and each finding gives its sentence from the wording table and its evidence in context.
 */
import type { Finding, FindingKind, FramingReport } from '../../../model.js';
import { reportWording, wordFinding } from '../../../report/wording/index.js';
import { b, type Block } from '../doc.js';
import { excerptsOf } from '../excerpts.js';
import { limitsOf } from './limits.js';

/** How many sentences of evidence a finding shows before listing the rest by location. */
const shownPerFinding = 4;

/** One finding: its number, its sentence, its evidence. */
function findingBlock(r: FramingReport, f: Finding, number: number): Block {
  const shown = excerptsOf(r, f.evidence, shownPerFinding);
  return b.group(`finding-${number}`, [
    b.p(wordFinding(f, r).text, `${number}.`),
    b.excerpts(shown.items),
    ...(shown.more ? [b.p(shown.more)] : []),
  ]);
}

/** The findings section. */
export function findingsSection(r: FramingReport): Block[] {
  const w = reportWording.findings;
  if (!r.findings.length) return [b.h(2, w.title, 'findings'), b.p(w.none)];
  const kinds = [...new Set(r.findings.map((f) => f.kind))];
  const count = (k: FindingKind) => r.findings.filter((f) => f.kind === k).length;
  const title = (k: FindingKind) => wordFinding(r.findings.find((f) => f.kind === k)!, r).title;
  const blocks: Block[] = [b.h(2, w.title, 'findings'), b.p(w.intro(r.findings.length, kinds.map((k) => w.count(count(k), title(k)))))];
  for (const kind of kinds) {
    const first = r.findings.find((f) => f.kind === kind)!;
    blocks.push(b.h(3, `${title(kind)} (${count(kind)})`, `findings-${kind}`), limitsOf(wordFinding(first, r).measure));
    r.findings.forEach((f, i) => {
      if (f.kind === kind) blocks.push(findingBlock(r, f, i + 1));
    });
  }
  return blocks;
}
