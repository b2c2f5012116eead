/** One pair with its event check, evidence, confidence, reasons in words and warning. */
import type { Pair, PairRelation } from '../model.js';
import type { ArticleView } from './article-view.js';
import { compareDates } from './compare-dates.js';
import { explainPair, warnPair, type PairStory } from './explain.js';
import { distinctFacts, pairReasons } from './reasons.js';
import type { PairSettings } from './settings.js';
import type { Vocabulary } from './vectors.js';
import { shortOutletName } from '../text/outlet-name.js';

/** What a pair is built from. */
export interface PairDraft {
  /** The left article. */
  left: ArticleView;
  /** The right article. */
  right: ArticleView;
  /** Their similarity. */
  score: number;
  /** How they relate. */
  relation: PairRelation;
  /** Index of their event group, or null. */
  event: number | null;
  /** The curation that forced the pair, or null. */
  forced: { file: string; note: string | null } | null;
}

/** The corpus context every pair is judged in. */
export interface PairContext {
  /** The corpus vocabulary. */
  vocab: Vocabulary;
  /** The corpus's background similarity. */
  background: number;
  /** Settings. */
  settings: PairSettings;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Names both use, people first, then by how often the less insistent side names them. */
function mainActors(left: ArticleView, right: ArticleView): string[] {
  const both = [...left.profile.actors.values()].flatMap((a) => {
    const b = right.profile.actors.get(a.key);
    return b ? [{ name: a.name, person: a.person || b.person, count: Math.min(a.count, b.count) }] : [];
  });
  both.sort((p, q) => Number(q.person) - Number(p.person) || q.count - p.count);
  const people = both.filter((a) => a.person);
  return (people.length >= 2 ? people : both).slice(0, 2).map((a) => a.name);
}

/** Build the pair. */
export function buildPair(draft: PairDraft, ctx: PairContext): Pair {
  const { left, right, relation } = draft;
  const { settings } = ctx;
  const reasons = pairReasons(left, right, ctx.vocab, settings.listLength);
  const facts =
    relation === 'duplicate'
      ? { left: [], right: [] }
      : { left: distinctFacts(left, right, 'left', ctx.vocab, settings.listLength), right: distinctFacts(right, left, 'right', ctx.vocab, settings.listLength) };
  const comparison = compareDates(left.dates, right.dates, settings);
  // How far the words alone carry the pair: 0.5 at the event bar, 1 a full margin above it.
  const textEvidence = clamp((draft.score - ctx.background) / (2 * settings.eventMargin), 0, 1);
  let confidence: number;
  if (relation === 'duplicate') confidence = 1;
  else if (relation === 'related') confidence = Math.min(left.dates.confidence, right.dates.confidence) * (0.5 + 0.5 * textEvidence);
  else {
    const dateTerm = comparison.kind === 'agree' && comparison.named ? 0.1 : comparison.kind === 'near' || comparison.kind === 'differ' ? -0.15 : 0;
    confidence = clamp(0.3 + 0.6 * textEvidence + dateTerm + (reasons.sharedQuotes.length > 0 ? 0.05 : 0), 0.05, 0.95);
  }
  const name = (v: ArticleView) => shortOutletName(v.article.meta);
  const story: PairStory = {
    relation,
    names: { left: name(left), right: name(right) },
    dates: { left: left.dates, right: right.dates },
    comparison,
    reasons,
    facts,
    forced: draft.forced,
    belowBar: draft.event === null && draft.score < ctx.background + settings.eventMargin,
    mainActors: mainActors(left, right),
  };
  return {
    left: left.article.meta.id,
    right: right.article.meta.id,
    relation,
    score: Math.round(draft.score * 1000) / 1000,
    confidence: round2(confidence),
    reasons,
    eventDates: { left: left.dates, right: right.dates },
    facts,
    explanation: explainPair(story),
    warning: warnPair(story),
    origin: draft.forced ? 'forced' : 'found',
    event: draft.event,
  };
}
