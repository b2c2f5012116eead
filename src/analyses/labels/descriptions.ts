/**
 * Descriptions: a noun phrase standing in place of a name ("the activist", "the top US
 * diplomat", "the foreign minister", "US Secretary of State has said"), tied to an actor only
 * when one actor clearly fits, in this order:
 *   1. same-title: exactly one person whose labels contain the description's words ("the
 *      foreign minister" → "Russian Foreign Minister Sergey Lavrov"), then exactly one whose
 *      labels name the same office in other words ("the top US diplomat" → "Secretary of State
 *      Antony Blinken"); a country in the description ("US", "Russian", "the country's") rules
 *      out people whose labels give another country. Several fit: the one named in this
 *      sentence so far or the one before, if only one is (only-recent).
 *   2. only-recent: a role noun that usually re-describes someone ("the activist", "the
 *      dissident") and exactly one person named in this sentence so far or the one before.
 *   3. same-country: a government noun with its country ("the Russian regime"); without a
 *      country, the only government named in this sentence so far or the one before.
 * Not resolved: pronouns; indefinite phrases ("a senior official"); plurals ("the two", "the
 * diplomats"); relational nouns without apposition ("his counterpart", "the head of …");
 * role nouns that usually bring in someone new ("the judge", "the officer"); phrases two
 * actors fit ("the incoming leader" after "Putin congratulated Biden").
 */
import type { ActorMention, Article, Label, Span } from '../../model.js';
import { isCapitalised, isPossessive, surfaceOf } from '../actors/token-shape.js';
import { spanOfTokens, tokensIn } from '../text-positions.js';
import { countryAt, labelCountries, phraseCountry } from './nationality.js';
import { actorKindAt, isNominal, joinedInLabel, joinsTitle, mentionOf, usedAsModifier, type LabelScan } from './label-scan.js';

const longest = 6;

/** Words that make an office another one: a vice president is no president. */
const ranks = new Set(['vice', 'deputy', 'assistant', 'acting', 'interim', 'under', 'lieutenant', 'former', 'associate']);

/** The other article of a pair and the labels it gives by name. */
interface OtherNamed {
  article: Article;
  named: readonly Label[];
}

/**
 * Descriptions in the article, given the labels already found (they say who holds which title)
 * and, for one article of a pair, the other article's (a fallback when no one here holds it).
 */
export function findDescriptions(scan: LabelScan, named: readonly Label[], other: OtherNamed | null = null): Label[] {
  const { article, words } = scan;
  const countries = labelCountries(scan, named);
  const out: Label[] = [];
  const taken = (span: Span) => named.some((l) => l.span.start < span.end && span.start < l.span.end);
  article.sentences.forEach((sentence, s) => {
    for (let k = sentence.tokens.first; k < sentence.tokens.end; k++) {
      const norm = article.tokens[k]!.norm;
      const government = words.governmentHeads.has(norm);
      if (!(government || words.offices.has(norm) || words.roles.has(norm)) || scan.tags[k]!.has('Plural') || mentionOf(scan, k)) continue;
      let end = k + 1;
      // "Secretary of State": an office's complement belongs to it.
      while (end + 1 < sentence.tokens.end && joinsTitle(scan, end) && isCapitalised(surfaceOf(article, end + 1)) && joinedInLabel(article, end + 1)) end += 2;
      if (end < sentence.tokens.end && joinedInLabel(article, end) && (mentionOf(scan, end) || article.tokens[end]!.norm === 'of' || isNominal(scan, end))) continue;
      const from = modifiersStart(scan, k, sentence.tokens.first);
      if (from === null) continue;
      if (roleAfterAs(scan, from, end)) continue;
      const span = spanOfTokens(article, { first: from, end });
      if (taken(span) || out.some((l) => l.span.start === span.start)) continue;
      const d = { from, head: k, end, sentence: s, government };
      // "The Israeli businessman who had served as …, Ofer Biton, pleaded": the name the clause leads to.
      const named_ = appositionAhead(scan, d, named);
      if (named_) {
        out.push({ actor: named_, kind: 'description', sentence: s, span, mention: null, rule: 'apposition-before' });
        continue;
      }
      if (introducedJustBefore(scan, d)) continue;
      const found = resolve(scan, d, named, countries) ?? resolveByOther(scan, d, named, other);
      if (found) out.push({ actor: found.actor, kind: 'description', sentence: s, span, mention: null, rule: found.rule });
    }
  });
  return out;
}

/**
 * First token of the description whose head is `head`: back over modifiers to "the" (left
 * out of the span). No article: only a capitalised title ("US Secretary of State has said").
 */
function modifiersStart(scan: LabelScan, head: number, sentenceFirst: number): number | null {
  const { article, words } = scan;
  let k = head;
  while (k > sentenceFirst && head - k < longest && joinedInLabel(article, k)) {
    const prev = k - 1;
    const norm = article.tokens[prev]!.norm;
    if (words.articles.has(norm)) return norm === 'the' ? k : null;
    if (words.possessives.has(norm)) return null;
    const country = countryAt(scan, prev) !== null;
    const countryPossessive = isPossessive(surfaceOf(article, prev)) && (country || words.countryNouns.has(norm));
    const institution = mentionOf(scan, prev) !== null && actorKindAt(scan, prev) !== 'person' && !isPossessive(surfaceOf(article, prev));
    const modifier = isNominal(scan, prev) && !mentionOf(scan, prev) && !isPossessive(surfaceOf(article, prev));
    if (!(country || countryPossessive || institution || modifier)) break;
    k = prev;
  }
  return isCapitalised(surfaceOf(article, head)) && words.offices.has(article.tokens[head]!.norm) ? k : null;
}

/**
 * True for a role after "as" with no verb of its own: "The Deputy Director, as the senior career
 * FBI official, has…" says it of its clause's subject, not of someone named before (real Fox
 * copy, BASIL 2a3fde8a, gave Peter Strzok the Deputy Director's "senior career FBI official").
 * "as the country's top diplomat used a call" opens a clause and is resolved as usual.
 */
function roleAfterAs(scan: LabelScan, from: number, end: number): boolean {
  const { article } = scan;
  if (from < 2 || article.tokens[from - 1]!.norm !== 'the' || article.tokens[from - 2]!.norm !== 'as') return false;
  const sentence = article.sentences[scan.sentenceOf[from]!]!;
  const verbAfter = end < sentence.tokens.end && joinedInLabel(article, end) && scan.tags[end]!.has('Verb');
  return from - 2 >= sentence.tokens.first && !verbAfter;
}

/**
 * The actor of an apposition-before label later in the sentence with no comma between it and
 * the description: the description and the appositive phrase describe the name that follows
 * ("The Israeli businessman who had served as Grimm's liaison to Pinto's followers, Ofer Biton,").
 */
function appositionAhead(scan: LabelScan, d: Description, named: readonly Label[]): string | null {
  // Only through a relative clause: "the government after the death of her wife, Thea Spyer" is no apposition.
  if (d.government || d.end >= scan.article.sentences[d.sentence]!.tokens.end || !/^(who|whom|whose|that)$/.test(scan.article.tokens[d.end]!.norm)) return null;
  const at = scan.article.tokens[d.end - 1]!.span.end;
  const label = named.find((l) => l.rule === 'apposition-before' && l.sentence === d.sentence && l.span.start >= at);
  return label && !scan.article.text.slice(at, label.span.start).includes(',') ? label.actor : null;
}

/**
 * True when the description's head was brought in with "a"/"an" in the two sentences before ("two former
 * deliverymen hired a lawyer … The lawyer eventually sued"): "the lawyer" is that new person,
 * not a named one whose label says lawyer.
 */
function introducedJustBefore(scan: LabelScan, d: Description): boolean {
  const { article } = scan;
  const from = article.sentences[Math.max(0, d.sentence - 2)]!.tokens.first;
  const head = article.tokens[d.head]!.norm;
  for (let k = from; k < d.from; k++) {
    if (article.tokens[k]!.norm !== head) continue;
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
      const norm = article.tokens[j]!.norm;
      if (norm === 'a' || norm === 'an') return true;
      if (!isNominal(scan, j)) break;
    }
  }
  return false;
}

interface Description {
  from: number;
  head: number;
  end: number;
  sentence: number;
  government: boolean;
}

type Resolution = { actor: string; rule: Label['rule'] } | null;

function resolve(scan: LabelScan, d: Description, named: readonly Label[], countries: Map<string, Set<string>>): Resolution {
  const country = phraseCountry(scan, d.from, d.end);
  if (d.government) {
    const id = country === null ? null : scan.aliases.governments.get(country);
    if (id !== undefined && id !== null && scan.actors.has(id)) return { actor: id, rule: 'same-country' };
    return country === null ? onlyRecent(scan, d, 'government', null) : null;
  }
  const fits = (id: string) => country === null || !countries.has(id) || countries.get(id)!.has(country);
  const core = coreWords(scan, d);
  const group = synonymGroup(scan, core) ?? [];
  // The description's own words first, then the same office in other words, then its head alone.
  // A rank the description gives must be the holder's too: "the vice president" is not
  // "President Barack Obama" (real HuffPost copy, BASIL b5eefefb); and in every tier the rank
  // the holder's label gives its head must be the description's: "Vice President Mike Pence" is
  // not "the new president" (real Fox copy, BASIL 84b3c118).
  const head = scan.article.tokens[d.head]!.norm;
  const sameRank = (words: readonly string[]) => core.every((w) => !ranks.has(w) || words.includes(w));
  const holderRank = (words: readonly string[]) =>
    words.every((w, i) => i === 0 || !scan.words.offices.has(w) || !ranks.has(words[i - 1]!) || core.includes(words[i - 1]!));
  const tiers: ((words: string[]) => boolean)[] = [
    (words) => holderRank(words) && contains(words, core),
    (words) => sameRank(words) && holderRank(words) && group.some((p) => contains(words, p.split(' '))),
    (words) => sameRank(words) && holderRank(words) && contains(words, [head]),
  ];
  // By its head alone (or a core of one word), a description that names a country needs a
  // holder of that country: "the U.S. attorney in Brooklyn" (a federal prosecutor) is not
  // "Grimm's attorney" (real Fox copy, BASIL 33521e65).
  const fitsHead = (id: string) => country === null || (countries.get(id)?.has(country) ?? false);
  for (const [i, tier] of tiers.entries()) {
    const holders = new Set(named.filter((l) => scan.actors.get(l.actor)?.kind === 'person' && (i < 2 && core.length > 1 ? fits(l.actor) : fitsHead(l.actor)) && tier(labelWords(scan, l))).map((l) => l.actor));
    if (holders.size === 1) return { actor: [...holders][0]!, rule: 'same-title' };
    if (holders.size > 1) return onlyRecent(scan, d, 'person', holders) ?? onlyNamedBefore(scan, d, holders);
  }
  if (!scan.words.redescribing.has(scan.article.tokens[d.head]!.norm)) return null;
  const found = onlyRecent(scan, d, 'person', null);
  return found && fits(found.actor) ? found : null;
}

/**
 * "the RNC chairman" where this article never titles Michael Steele: the person this article
 * names whom the other article of the pair gives a label with the description's words, or its
 * head ("party Chairman Michael Steele"), when exactly one fits and no one here holds a label
 * with that head (real HuffPost copy beside Fox's, BASIL 2b95d2cf: "the RNC chairman", "the
 * Weekly Standard editor" had no holder). Offices only, and the holder must be named in this
 * article before the description: the other outlet's title says who holds the office, not
 * who a role noun ("the critic") stands for.
 */
function resolveByOther(scan: LabelScan, d: Description, named: readonly Label[], other: OtherNamed | null): Resolution {
  if (!other || d.government) return null;
  const head = scan.article.tokens[d.head]!.norm;
  const core = coreWords(scan, d);
  const hasHead = (words: readonly string[]) => words.includes(head);
  if (named.some((l) => scan.actors.get(l.actor)?.kind === 'person' && hasHead(labelWords(scan, l)))) return null;
  const start = scan.article.tokens[d.from]!.span.start;
  const here = new Set(scan.found.mentions.filter((m) => m.span.start < start && scan.actors.get(m.actor)?.kind === 'person').map((m) => m.actor));
  const words = (l: Label) => {
    const { first, end } = tokensIn(other.article, l.span);
    return other.article.tokens.slice(first, end).map((t) => t.norm);
  };
  const sameRank = (w: readonly string[]) => core.every((x) => !ranks.has(x) || w.includes(x));
  for (const tier of [(w: string[]) => contains(w, core), (w: string[]) => sameRank(w) && hasHead(w)]) {
    const holders = new Set(other.named.filter((l) => here.has(l.actor) && tier(words(l))).map((l) => l.actor));
    if (holders.size === 1) return { actor: [...holders][0]!, rule: 'same-title' };
    if (holders.size > 1) return null;
  }
  return null;
}

/**
 * The one actor (among `among`, if given) named in this sentence before the description or
 * in the one before. For a person, names of unknown kind count too ("Putin congratulated
 * Biden … the incoming leader": compromise knows Putin, not Biden, and either may be meant),
 * except names used as modifiers ("the SolarWinds cyber breach").
 */
function onlyRecent(scan: LabelScan, d: Description, kind: 'person' | 'government', among: ReadonlySet<string> | null): Resolution {
  const start = scan.article.tokens[d.from]!.span.start;
  const fits = (m: ActorMention) => {
    const actorKind = scan.actors.get(m.actor)?.kind;
    if (actorKind === kind) return true;
    return kind === 'person' && actorKind === 'other' && !usedAsModifier(scan, tokensIn(scan.article, m.span).end - 1);
  };
  // A person named earlier in the same sentence is, as a rule, not the one a description there
  // stands for ("Fox said Americans will not elect the real estate tycoon": the tycoon is
  // Trump; binding theory's Principle C); that sentence's names still rule a person out when
  // two fit. Governments keep the same sentence ("Moscow said the regime…" is rare).
  const window = (m: ActorMention) => (kind === 'person' && among === null ? m.sentence === d.sentence - 1 : m.sentence >= d.sentence - 1);
  const recent = new Set(
    scan.found.mentions
      .filter((m) => window(m) && m.span.start < start && (among === null || among.has(m.actor)) && fits(m))
      .map((m) => m.actor),
  );
  if (kind === 'person' && among === null && scan.found.mentions.some((m) => m.sentence === d.sentence && m.span.start < start && fits(m) && !recent.has(m.actor))) return null;
  const [only] = recent;
  return recent.size === 1 && only !== undefined && scan.actors.get(only)?.kind === kind ? { actor: only, rule: 'only-recent' } : null;
}

/**
 * The one holder of the office named anywhere before the description, when the others are
 * named only after it: a reader takes "the president" for the president already met (real
 * NYT copy, BASIL 3ae35b16: "On point after point, the president insisted", with President
 * Trump in the lede and Presidents Bush and Obama named only near the end, was a speaker
 * "president" of its own).
 */
function onlyNamedBefore(scan: LabelScan, d: Description, holders: ReadonlySet<string>): Resolution {
  const start = scan.article.tokens[d.from]!.span.start;
  const before = new Set(scan.found.mentions.filter((m) => m.span.start < start && holders.has(m.actor)).map((m) => m.actor));
  const [only] = before;
  return before.size === 1 && only !== undefined ? { actor: only, rule: 'same-title' } : null;
}

/** The description's words without country words and possessives ("the top US diplomat" → top diplomat). */
function coreWords(scan: LabelScan, d: Description): string[] {
  const out: string[] = [];
  for (let k = d.from; k < d.end; k++) if (countryAt(scan, k) === null && !isPossessive(surfaceOf(scan.article, k))) out.push(scan.article.tokens[k]!.norm);
  return out;
}

/** The office synonyms of the longest tail of `core` that has any ("top diplomat" → secretary of state, foreign minister…). */
function synonymGroup(scan: LabelScan, core: readonly string[]): readonly string[] | null {
  for (let i = 0; i < core.length; i++) {
    const g = scan.words.officeGroup.get(core.slice(i).join(' '));
    if (g !== undefined) return [...scan.words.officeGroup.entries()].filter(([, n]) => n === g).map(([p]) => p);
  }
  return null;
}

function labelWords(scan: LabelScan, label: Label): string[] {
  const { first, end } = tokensIn(scan.article, label.span);
  return scan.article.tokens.slice(first, end).map((t) => t.norm);
}

function contains(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, j) => words[i + j] === w)) return true;
  return false;
}
