/**
 * The event check: the one place that decides how two articles relate, with its evidence,
 * confidence, reasons in words and warning. The corpus pairing (`pairs`, the home page) and the
 * check of any two articles a user brings together (`compare`, the pair page, the report, its
 * findings) both ask it, so a pair gets one verdict everywhere (issue 12).
 *
 * What it weighs: the same text twice is a duplicate; event dates that make two reports
 * different occasions (see `compare-dates.ts`) make them `related` when they share the story
 * line (two people, or words well above the background), never `same-event` with a warning.
 * Otherwise, for two articles of the corpus its stories decide (they hold more evidence than one
 * pair: the signature facts of each event, see `find-events.ts`): one story, the same event;
 * two stories, related occasions when their words agree, else unrelated. For an article from
 * outside the corpus the words decide: the same event when they agree as much as an article
 * must with its nearest report to join its story (the attach bar over the pair's background).
 */
import type { DistinctFact, EventCheck, PairReasons, PairRelation } from '../model.js';
import { shortOutletName } from '../text/outlet-name.js';
import type { ArticleView } from './article-view.js';
import { acrossLanguages, factsAgree, sharedFacts } from './across-languages.js';
import { compareDates, differentOccasions, namedAlike, type DateComparison } from './compare-dates.js';
import { explainPair, warnPair, type PairStory } from './explain.js';
import { distinctFacts, pairReasons } from './reasons.js';
import type { PairSettings } from './settings.js';
import type { Vocabulary } from './vectors.js';

/** Where the corpus's stories put two articles: in one, in two different ones (or one in none), or unknown (an article from outside). */
export type Standing = 'together' | 'apart' | 'outside';

/** A judgement: the event check without where the pair came from. */
export type Judgement = Omit<EventCheck, 'origin'>;

/** The two articles and what is known of them. */
export interface JudgeInput {
  /** The left article. */
  left: ArticleView;
  /** The right article. */
  right: ArticleView;
  /** Their similarity (cosine of their vectors). */
  score: number;
  /** The pair's background similarity: the mean of the two articles'. */
  background: number;
  /** Where the corpus's stories put them. */
  standing: Standing;
  /** True when the two texts are the same (up to case, quotes and spacing). */
  sameText: boolean;
  /** The curation that forced the pair, or null. */
  forced: { file: string; note: string | null } | null;
}

/** What every judgement shares: word weights and settings. */
export interface JudgeContext {
  /** The vocabulary the two vectors were made with. */
  vocab: Vocabulary;
  /** Settings. */
  settings: PairSettings;
}

/** What the relation is decided from. */
export interface RelationEvidence {
  /** True for the same text twice. */
  sameText: boolean;
  /** How the two event dates compare. */
  dates: DateComparison;
  /** Similarity, and the pair's background. */
  score: number;
  background: number;
  /** How many people both name. */
  sharedPeople: number;
  /** Where the corpus's stories put them. */
  standing: Standing;
  /** For two articles in different languages, whether their shared names and figures make them one event's reports (see `across-languages.ts`); null in one language. */
  factsAgree: boolean | null;
  /** True when both quote one statement at length (`statementWords` words in a row). */
  sameStatement: boolean;
}

/**
 * Words in a row two reports must both quote to be reports of one statement: on a day both
 * name alike, the same event whatever else each adds (real Fox and NYT copy, BASIL 84678e18:
 * both quote Lois Lerner's 15-word statement to the committee, and the pair was "not the same
 * story" as Fox's angle was her past).
 */
export const statementWords = 10;

/** People two related articles must both name, when their words alone do not show the shared story line. */
const storyLinePeople = 2;

/** The relation of two articles. */
export function decideRelation(e: RelationEvidence, settings: Pick<PairSettings, 'attachMargin'>): PairRelation {
  if (e.sameText) return 'duplicate';
  // Two languages share no words: their names, figures and dates stand in for them.
  const wordsAgree = e.factsAgree ?? (e.score >= e.background + settings.attachMargin || e.sameStatement);
  if (differentOccasions(e.dates)) return wordsAgree || e.sharedPeople >= storyLinePeople ? 'related' : 'unrelated';
  if (e.standing === 'together') return 'same-event';
  if (e.standing === 'apart') return wordsAgree ? 'related' : 'unrelated';
  return wordsAgree ? 'same-event' : 'unrelated';
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** People both name. */
function sharedPeople(left: ArticleView, right: ArticleView): number {
  let n = 0;
  for (const [key, a] of left.profile.actors) {
    const b = right.profile.actors.get(key);
    if (b && (a.person || b.person)) n += 1;
  }
  return n;
}

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

/** How sure the relation is. */
function confidenceOf(relation: PairRelation, input: JudgeInput, dates: DateComparison, reasons: PairReasons, settings: PairSettings): number {
  if (relation === 'duplicate') return 1;
  // How far the words alone carry the pair: 0.5 at the event bar, 1 a full margin above it.
  const textEvidence = clamp((input.score - input.background) / (2 * settings.eventMargin), 0, 1);
  const { left, right } = input;
  if (relation === 'unrelated') return round2(clamp(1 - textEvidence, 0.05, 0.95));
  if (relation === 'related') {
    // Stages the words tell (a runoff announced, a runoff won), or days of the week, are as sure as a date read from a lede.
    const dated = dates.kind === 'stages' || dates.kind === 'weekdays' ? 0.5 : differentOccasions(dates) ? Math.min(left.dates.confidence, right.dates.confidence) : 0.5;
    return round2(dated * (0.5 + 0.5 * textEvidence));
  }
  const dateTerm = (dates.kind === 'agree' || dates.kind === 'announced') && dates.named ? 0.1 : 0;
  return round2(clamp(0.3 + 0.6 * textEvidence + dateTerm + (reasons.sharedQuotes.length > 0 ? 0.05 : 0), 0.05, 0.95));
}

/** Judge a pair: its relation, evidence, confidence, reasons in words and warning. */
export function judgePair(input: JudgeInput, ctx: JudgeContext): Judgement {
  const { left, right } = input;
  const { settings } = ctx;
  const dates = compareDates(left.dates, right.dates, settings);
  const languages = acrossLanguages(left.profile, right.profile) ? sharedFacts(left.profile, right.profile) : null;
  const reasons = pairReasons(left, right, ctx.vocab, settings.listLength);
  const sameStatement = reasons.sharedQuotes.some((q) => q.words >= statementWords);
  const evidence = { sameText: input.sameText, dates, score: input.score, background: input.background, sharedPeople: sharedPeople(left, right), standing: input.standing, factsAgree: languages && factsAgree(languages, namedAlike(dates)), sameStatement };
  const relation = decideRelation(evidence, settings);
  const facts: { left: DistinctFact[]; right: DistinctFact[] } =
    relation === 'duplicate'
      ? { left: [], right: [] }
      : { left: distinctFacts(left, right, 'left', ctx.vocab, settings.listLength), right: distinctFacts(right, left, 'right', ctx.vocab, settings.listLength) };
  const name = (v: ArticleView) => shortOutletName(v.article.meta);
  const story: PairStory = {
    relation,
    names: { left: name(left), right: name(right) },
    dates: { left: left.dates, right: right.dates },
    comparison: dates,
    reasons,
    facts,
    forced: input.forced,
    standing: input.standing,
    mainActors: mainActors(left, right),
    languages: languages && { left: left.article.meta.language, right: right.article.meta.language, ...languages },
  };
  return {
    relation,
    score: Math.round(input.score * 1000) / 1000,
    confidence: confidenceOf(relation, input, dates, reasons, settings),
    eventDates: { left: left.dates, right: right.dates },
    reasons,
    facts,
    explanation: explainPair(story),
    warning: warnPair(story),
  };
}
