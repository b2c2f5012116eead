/**
 * Run Parallax on the real pairs of the people gold (test/fixtures/people-gold) and say, for
 * each side, the actors, labels and tone toward each actor it found, as plain text: what
 * `npm run eval:people` scores, and what a reader checks by eye (`eval:people -- --show`).
 */
import { join } from 'node:path';
import type { FramingReport } from '../src/model.js';
import { openWorkspaceAt } from '../src/io/open-workspace.js';

/** One side of a pair as the tool sees it: actors, labels, tone toward each actor. */
export interface SidePeople {
  /** The article's clean text (labels and evidence are offsets into it). */
  text: string;
  /** Actors found: id, name, kind, surface forms. */
  actors: { id: string; name: string; kind: string; forms: string[]; mentions: number }[];
  /** Labels: the actor's id and the label's words. */
  labels: { actor: string; text: string; kind: string; rule: string }[];
  /** Tone toward each actor in the outlet's voice, with its evidence words. */
  tone: { actor: string; label: string; voice: number | null; evidence: string[] }[];
}

/** Run the tool on one pair folder (left.txt, right.txt). */
export async function runPair(dir: string): Promise<{ report: FramingReport; left: SidePeople; right: SidePeople }> {
  const ws = await openWorkspaceAt(dir, { cache: null });
  const [l, r] = ['left', 'right'].map((side) => {
    const article = ws.corpus.articles.find((a) => a.meta.file.startsWith(side));
    if (!article) throw new Error(`eval: no ${side}.txt in ${dir}`);
    return article;
  }) as [NonNullable<ReturnType<typeof ws.article>>, NonNullable<ReturnType<typeof ws.article>>];
  const report = ws.report(l, r);
  const side = (which: 'left' | 'right', text: string): SidePeople => {
    const actors = report.actors[which];
    return {
      text,
      actors: actors.applies ? actors.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, forms: a.forms, mentions: a.mentions })) : [],
      labels: report.labels[which].map((x) => ({ actor: x.actor, text: text.slice(x.span.start, x.span.end), kind: x.kind, rule: x.rule })),
      tone: report.tone.actors.flatMap((t) => {
        const s = t[which];
        if (!s) return [];
        const evidence = s.mentions.flatMap((m) => (m.tone.evidence ?? []).map((e) => text.slice(e.span.start, e.span.end)));
        return [{ actor: t.actor, label: s.label, voice: s.voice, evidence: [...new Set(evidence)] }];
      }),
    };
  };
  return { report, left: side('left', l.text), right: side('right', r.text) };
}

/** The pair's people as text, for reading. */
export function showSide(name: string, s: SidePeople): string {
  const lines = [`== ${name}`];
  for (const a of s.actors) {
    const labels = s.labels.filter((x) => x.actor === a.id).map((x) => `${x.text} [${x.kind}/${x.rule}]`);
    const tone = s.tone.find((t) => t.actor === a.id);
    lines.push(`  ${a.name} (${a.kind}, ${a.mentions}) forms: ${a.forms.join(' | ')}`);
    if (labels.length) lines.push(`     labels: ${labels.join('; ')}`);
    if (tone) lines.push(`     tone: ${tone.label} ${tone.voice?.toFixed(2) ?? '-'} ev: ${tone.evidence.slice(0, 8).join(', ')}`);
  }
  return lines.join('\n');
}

export const pairDir = (root: string, pair: string) => join(root, pair);
