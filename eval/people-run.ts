/**
 * Run Parallax on the real pairs of the people gold (test/fixtures/people-gold) and say, for
 * each side, the actors, labels and tone toward each actor it found, as plain text: what
 * `npm run eval:people` scores, and what a reader checks by eye (`eval:people -- --show`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleHeader, FramingReport } from '../src/model.js';
import { openWorkspaceAt } from '../src/io/open-workspace.js';
import { prepareArticle } from '../src/pipeline.js';
import { openWorkspace, type Workspace } from '../src/workspace.js';
import { dataDir } from './pairing-data.js';

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

/** Two BASIL articles (`year/uuid`, article numbers) read from ../shared/data, never copied into the repo. */
export interface BasilPair {
  /** The triplet: its year folder and uuid ("2010/2b95d2cf-e979-4f9c-ae27-9a5370934f23"). */
  triplet: string;
  /** The article number (1-3) of each side. */
  left: number;
  right: number;
}

const basilOutlets: Record<string, string> = { fox: 'Fox News', hpo: 'HuffPost', nyt: 'New York Times' };

/** One BASIL article as Parallax prepares it (paragraphs apart, as eval/pairing-real-data.ts reads them); null when the data is absent. */
function basilArticle(triplet: string, n: number): Article | null {
  const [year, uuid] = triplet.split('/') as [string, string];
  const dir = join(dataDir, 'basil', 'articles', year);
  const file = (() => {
    try {
      return readdirSync(dir).find((f) => f.startsWith(uuid) && f.endsWith(`_${n}.json`));
    } catch {
      return undefined;
    }
  })();
  if (!file) return null;
  const d = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { title: string; date: string; url: string; source: string; 'body-paragraphs': string[][] };
  const id = file.replace(/\.json$/, '');
  const header: ArticleHeader = { id, title: d.title, outlet: basilOutlets[d.source.toLowerCase()] ?? d.source, source: null, url: d.url, published: d.date, language: 'en', eventDate: null, byline: null };
  const prepared = prepareArticle({ file: `${id}.txt`, format: 'txt', header, body: d['body-paragraphs'].map((p) => p.join(' ')).join('\n\n') });
  if (!prepared.ok) throw new Error(`eval: ${prepared.error.message}`);
  return prepared.value;
}

/** The two articles of a gold pair: a real-pairs folder (left.txt, right.txt) or two BASIL articles; null when BASIL is absent. */
async function openPair(where: string | BasilPair): Promise<{ ws: Workspace; l: Article; r: Article } | null> {
  if (typeof where !== 'string') {
    const [l, r] = [basilArticle(where.triplet, where.left), basilArticle(where.triplet, where.right)];
    if (!l || !r) return null;
    return { ws: openWorkspace({ corpus: { articles: [l, r], problems: [] } }), l, r };
  }
  const ws = await openWorkspaceAt(where, { cache: null });
  const [l, r] = ['left', 'right'].map((side) => {
    const article = ws.corpus.articles.find((a) => a.meta.file.startsWith(side));
    if (!article) throw new Error(`eval: no ${side}.txt in ${where}`);
    return article;
  }) as [Article, Article];
  return { ws, l, r };
}

/** Run the tool on one pair (a real-pairs folder, or two BASIL articles); null when BASIL is absent. */
export async function runPair(where: string | BasilPair): Promise<{ report: FramingReport; left: SidePeople; right: SidePeople } | null> {
  const opened = await openPair(where);
  if (!opened) return null;
  const { ws, l, r } = opened;
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
