/**
 * Scoring for the people gold (test/fixtures/people-gold, issue 13): the tool's actors, labels
 * and tone toward actors on one pair against the hand-made gold. Pure: plain data in, counts out.
 */
import type { BasilPair, SidePeople } from './people-run.js';

type Side = 'left' | 'right';
type Tone = 'negative' | 'neutral' | 'positive';

/** One real actor of a pair, as annotated by hand. */
export interface GoldActor {
  name: string;
  kind: 'person' | 'organisation' | 'government' | 'country' | 'place' | 'group' | 'other';
  /** Every way either article names the actor (honorifics and titles left out). */
  variants: string[];
  /** Descriptions each outlet gives the actor: counted for recall and precision. */
  labels: Partial<Record<Side, string[]>>;
  /** Descriptions also acceptable (quoted, party tags, relative clauses): precision only. */
  also?: Partial<Record<Side, string[]>>;
  /** The tones a reader finds plausible for the outlet's own voice toward the actor. */
  tone?: Partial<Record<Side, Tone[]>>;
}

/** A pair's gold. */
export interface PeopleGold {
  /** The real-pairs folder holding the two texts, or, with `basil`, the pair's name. */
  pair: string;
  /** Two BASIL articles read from ../shared/data/basil (texts not copied into the repo). */
  basil?: BasilPair;
  split: 'dev' | 'test';
  actors: GoldActor[];
}

/** What one pair scores, with the cases behind each count. */
export interface PeopleScore {
  labels: { found: number; right: number; gold: number; recalled: number };
  /** Gold people and bodies named on a side (a variant written in its text), and those the tool found as actors there. */
  actors: { named: number; found: number };
  junk: string[];
  duplicates: string[];
  swallowed: string[];
  tone: { scored: number; plausible: number };
  wrongLabels: string[];
  missedLabels: string[];
  implausibleTone: string[];
  /** Gold people and bodies a side names that no tool actor of that side is. */
  missedActors: string[];
}

const leading = /^(?:the|a|an|his|her|its|their)\s+/;

/** A name or label as compared: lower case, straight quotes, no possessive, no final dots. */
export function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',(]+|[\s"',.)]+$/g, '')
    .replace(/'s?$/, '')
    .replace(leading, '');
}

const words = (s: string) => s.split(' ').filter(Boolean);
const within = (inner: string, outer: string) => ` ${outer} `.includes(` ${inner} `);

/** A tool label matches a gold label: the same words, or one inside the other when the inner is substantial. */
export function labelMatches(tool: string, gold: string): boolean {
  const [t, g] = [normal(tool), normal(gold)];
  if (!t || !g) return false;
  if (t === g) return true;
  const [short, long] = t.length <= g.length ? [t, g] : [g, t];
  if (!within(short, long)) return false;
  return words(short).length >= 2 || words(short).length / words(long).length >= 0.5;
}

/** The gold actor a tool actor is, and whether its name swallowed words before the real name. */
function goldOf(name: string, forms: string[], gold: GoldActor[]): { actor: GoldActor; swallowed: boolean } | null {
  let best: { actor: GoldActor; len: number; swallowed: boolean } | null = null;
  for (const form of [name, ...forms].map(normal)) {
    for (const actor of gold) {
      for (const variant of actor.variants.map(normal)) {
        const exact = form === variant;
        // Only a form as written can swallow a title; the shown name may be an alias table's ("US Treasury Department").
        const suffix = !exact && form !== normal(name) && words(variant).length >= 2 && form.endsWith(` ${variant}`);
        if ((exact || suffix) && (!best || variant.length > best.len)) best = { actor, len: variant.length, swallowed: suffix };
      }
    }
  }
  return best && { actor: best.actor, swallowed: best.swallowed };
}

const notPeople = new Set(['place', 'country', 'other']);

/** Whether a side's text names the actor: one of its variants as a whole word, case as written. */
function named(actor: GoldActor, text: string): boolean {
  return actor.variants.some((v) => new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

/** Score one pair. */
export function scorePair(gold: PeopleGold, tool: Record<Side, SidePeople>): PeopleScore {
  const score: PeopleScore = { labels: { found: 0, right: 0, gold: 0, recalled: 0 }, actors: { named: 0, found: 0 }, junk: [], duplicates: [], swallowed: [], tone: { scored: 0, plausible: 0 }, wrongLabels: [], missedLabels: [], implausibleTone: [], missedActors: [] };
  const idsOf = new Map<GoldActor, Set<string>>();
  for (const side of ['left', 'right'] as const) {
    const mapped = new Map<string, GoldActor>();
    for (const a of tool[side].actors) {
      const hit = goldOf(a.name, a.forms, gold.actors);
      if (!hit || (a.kind === 'person' && notPeople.has(hit.actor.kind))) {
        score.junk.push(`${side}: "${a.forms.join(' | ')}" as ${a.kind}`);
        continue;
      }
      if (hit.swallowed) score.swallowed.push(`${side}: "${a.forms[0]}"`);
      mapped.set(a.id, hit.actor);
      const ids = idsOf.get(hit.actor) ?? new Set<string>();
      ids.add(a.id);
      idsOf.set(hit.actor, ids);
    }
    const seen = new Set(mapped.values());
    for (const actor of gold.actors) {
      if (notPeople.has(actor.kind) || !named(actor, tool[side].text)) continue;
      score.actors.named++;
      if (seen.has(actor)) score.actors.found++;
      else score.missedActors.push(`${side}: ${actor.name} (${actor.kind})`);
    }
    for (const label of tool[side].labels) {
      score.labels.found++;
      const actor = mapped.get(label.actor);
      const accepted = actor ? [...(actor.labels[side] ?? []), ...(actor.also?.[side] ?? [])] : [];
      if (accepted.some((g) => labelMatches(label.text, g))) score.labels.right++;
      else score.wrongLabels.push(`${side}: "${label.text}" on ${actor?.name ?? label.actor}`);
    }
    for (const actor of gold.actors) {
      for (const g of actor.labels[side] ?? []) {
        score.labels.gold++;
        const mine = tool[side].labels.filter((l) => mapped.get(l.actor) === actor);
        if (mine.some((l) => labelMatches(l.text, g))) score.labels.recalled++;
        else score.missedLabels.push(`${side}: "${g}" for ${actor.name}`);
      }
    }
    for (const t of tool[side].tone) {
      const actor = mapped.get(t.actor);
      const plausible = actor?.tone?.[side];
      if (!actor || !plausible) continue;
      score.tone.scored++;
      if (plausible.includes(t.label as Tone)) score.tone.plausible++;
      else score.implausibleTone.push(`${side}: ${actor.name} ${t.label} (gold ${plausible.join('/')}), evidence: ${t.evidence.slice(0, 6).join(', ')}`);
    }
  }
  for (const [actor, ids] of idsOf) if (ids.size > 1) score.duplicates.push(`${actor.name}: ${[...ids].join(', ')}`);
  return score;
}
