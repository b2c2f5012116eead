/**
 * Who the article talks about as acting, in text order, so that "he said" can take the last
 * named speaker: names that are the subject of a clause ("President Joe Biden, gave…",
 * "Lavrov “gave…"), speakers of reporting verbs, and he/she, each resolved to the nearest
 * earlier compatible named mention (a person for he/she; a group for they/it).
 */
import type { Article, IndexRange, Span } from '../../model.js';
import { clauseOpeners as clauseOpenerWords, groupPlurals, irregularPasts, nounMarkers, organisationHeads, phraseBoundaries, singlePersonOffices, subjectIntensifiers, titleWords, verbLeadIns } from '../../lexicons/reporting-verbs-speakers.js';
import { nameRuns, nameSpeaker, pronounKind, type NameIndex, type SpeakerName } from './name-speaker.js';
import { isCapitalised, isJoined, isPeople } from './speaker-phrase.js';
import { insideAny, tokensIn } from '../text-positions.js';
import { verbForm } from './verb-forms.js';
import { nameGender, type Gender } from './name-gender.js';

/** A phrase naming someone, resolved when it is a pronoun. */
export interface Mention {
  /** Index of its sentence. */
  sentence: number;
  /** Its tokens. */
  phrase: IndexRange;
  /** What it names; for a pronoun, its antecedent's name; null for an unresolved pronoun. */
  name: SpeakerName | null;
  /** True for a pronoun. */
  pronoun: boolean;
  /** True when it names the speaker of a reporting verb. */
  speaks: boolean;
  /** True for one word whose only capital is the one its sentence's opening gives it ("Polls show"): perhaps no name. */
  doubtful: boolean;
  /** True for a description opening its sentence ("The governor then left…"), standing for the person named last. */
  description?: boolean;
}

/** How far back (in sentences) a pronoun looks for its antecedent. */
const WINDOW = 5;
/** How far back a he/she with no one in WINDOW looks for a named person. */
const LONG_WINDOW = 60;
const boundaries = new Set(phraseBoundaries);
const markers = new Set(nounMarkers);
const leadIns = new Set(verbLeadIns);
const intensifiers = new Set(subjectIntensifiers);
const honorifics = new Set(['mr', 'mrs', 'ms', 'dr']);
const pasts = new Set(irregularPasts);
const clauseOpeners = new Set(clauseOpenerWords);
const titles = new Set(titleWords);
const organisations = new Set(organisationHeads);
const finiteAuxiliaries = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does']);
const plurals = new Set(groupPlurals);

/**
 * True when a proper name ends in a word naming an organisation, a place or a people ("NBC
 * News", "Latinos"), or is an acronym ("CNN", "FBI"): never he or she. Real HuffPost copy
 * (BASIL 3ae35b16): "Trump asserted …, according to CNN. He called it “the easy route”" gave
 * Trump's words to CNN.
 */
function namesNoPerson(name: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(name.trim())) return true;
  const last = /([\p{L}.]+)\W*$/u.exec(name)?.[1]?.toLowerCase().replace(/\.$/u, '') ?? '';
  return organisations.has(last) || plurals.has(last);
}

/** True when the gap after token `i` holds only spaces and, optionally, one opening quote mark (Lavrov “gave). */
function openGap(article: Article, i: number): boolean {
  return /^\s+(?:["“«]|'')?$/.test(article.text.slice(article.tokens[i]!.span.end, article.tokens[i + 1]!.span.start));
}

/**
 * True when a verb follows the run (after auxiliaries, adverbs, a comma or an opening quote
 * mark): an -ed, -s or irregular past form, or any lower-case word after an auxiliary. Without
 * a part-of-speech tagger this is a guess; it tells "Putin formally congratulated" (a subject)
 * from "US presidential election" (not one).
 */
function verbFollows(article: Article, last: number, range: IndexRange): boolean {
  let j = last + 1;
  if (j >= range.end) return false;
  const gap = article.text.slice(article.tokens[last]!.span.end, article.tokens[j]!.span.start);
  if (!/^\s+(?:["“«]|'')?$/.test(gap) && !/^,\s+$/.test(gap)) return false;
  // A finite auxiliary right after the name makes it the subject whatever follows ("Mr. Trump was
  // just as blunt", "Christie was not having it"; PolNeAR train, where the "he said" after such a
  // sentence went to a name further back).
  if (/^\s+$/.test(gap) && finiteAuxiliaries.has(article.tokens[j]!.norm)) return true;
  let auxiliary = false;
  while (j < range.end - 1 && openGap(article, j) && (leadIns.has(article.tokens[j]!.norm) || intensifiers.has(article.tokens[j]!.norm) || /ly$/.test(article.tokens[j]!.norm))) {
    auxiliary ||= leadIns.has(article.tokens[j]!.norm);
    j += 1;
  }
  const norm = article.tokens[j]!.norm;
  if (isCapitalised(article, j) || boundaries.has(norm) || markers.has(norm) || /['’]s$/.test(norm)) return false;
  // "the Senate Foreign Relations and Senate Intelligence committees": the plural of an
  // organisation's head is the noun the name qualifies, no verb (real NYT copy, BASIL 7f9c83f7,
  // made "Senate Intelligence" a person, and the next "he" its speaker).
  const organisationPlural = norm.endsWith('s') && organisations.has(norm.slice(0, -1));
  return auxiliary || pasts.has(norm) || verbForm(norm) !== null || (/[a-z]{2,}(ed|[^s']s)$/.test(norm) && !organisationPlural);
}

/** Name runs of a sentence that are the subject of a clause. */
function subjectRuns(article: Article, sentence: number, quoted: readonly Span[]): IndexRange[] {
  const range = article.sentences[sentence]!.tokens;
  return nameRuns(article, range).map((run) => withPeopleHead(article, run, range)).filter((run) => {
    if (insideAny(quoted, article.tokens[run.first]!.span.start)) return false;
    const before = run.first > range.first && isJoined(article, run.first - 1) ? article.tokens[run.first - 1]!.norm : null;
    if (before !== null && !clauseOpeners.has(before) && !describedFromStart(article, run.first, range)) return false; // "questions from Blinken": an object
    const possessiveOpener = run.first === range.first && /['’]s?$/.test(article.text.slice(article.tokens[run.end - 1]!.span.start, article.tokens[run.end - 1]!.span.end));
    // "Sen. Max Baucus, D-Mont., the representative for Senate Democrats, indicated…": a title
    // before the opening name still opens the sentence (real Fox copy, BASIL ae243a95: the
    // "he said" after it went to Obama, named a sentence earlier).
    // So does a title with a place in it ("Former Arkansas Rep. Asa Hutchinson, who led…", real
    // Fox copy, BASIL 68748e7f): capitalised words may join title words if a title word ends it.
    const opens = run.first === range.first || (titles.has(article.tokens[run.first - 1]!.norm) && article.tokens.slice(range.first, run.first).every((t, k) => titles.has(t.norm) || isCapitalised(article, range.first + k)));
    return possessiveOpener || verbFollows(article, run.end - 1, range) || (opens && verbAfterAside(article, run.end - 1, range));
  });
}

/**
 * True when only a description stands between the sentence's start and a name at `first`:
 * capitalised words and lower-case words that are no verb, preposition or clause word
 * ("Republican front-runner Ben Carson spoke": PolNeAR train, where the "he said" after such a
 * sentence found no one). "questions from Blinken" and "told Blinken" stay objects.
 */
function describedFromStart(article: Article, first: number, range: IndexRange): boolean {
  for (let k = first - 1; k >= range.first; k -= 1) {
    if (!isJoined(article, k)) return false;
    const norm = article.tokens[k]!.norm;
    const lower = !isCapitalised(article, k);
    if (lower && (boundaries.has(norm) || markers.has(norm) || pasts.has(norm) || verbForm(norm) !== null || /^[a-z]+(?:ed|ing|ly)$/u.test(norm) || finiteAuxiliaries.has(norm))) return false;
  }
  return true;
}

/**
 * "Republican senators met…": a name run that qualifies a plural naming people, with a verb
 * after that plural, is a group's subject, the plural its head (real BASIL copy, read as a
 * teacher: "Some said" after it spoke as "Republican", the plural taken for the verb).
 */
function withPeopleHead(article: Article, run: IndexRange, range: IndexRange): IndexRange {
  if (run.end >= range.end || !isJoined(article, run.end - 1) || !isPeople(article, run.end)) return run;
  return verbFollows(article, run.end, range) ? { first: run.first, end: run.end + 1 } : run;
}

/** Most words of an aside between a sentence's opening name and its verb. */
const ASIDE_WORDS = 10;

/**
 * True when a verb follows an aside set off by commas after the name that opens a sentence:
 * "Schiff, in response to his critics, doubled down…" (a real HuffPost article: the "he said"
 * after it went to a name further up, issue 13).
 */
function verbAfterAside(article: Article, last: number, range: IndexRange): boolean {
  const gapAfter = (j: number) => article.text.slice(article.tokens[j]!.span.end, article.tokens[j + 1]!.span.start);
  if (last + 1 >= range.end || !/^,\s+$/.test(gapAfter(last))) return false;
  // Asides may follow one another ("Baucus, D-Mont., the representative for …, indicated").
  for (let j = last + 1; j < range.end - 1 && j <= last + ASIDE_WORDS; j += 1) {
    const gap = gapAfter(j);
    if (/^,\s+$/.test(gap) && verbFollows(article, j, range)) return true;
    if (!/^[.,]*\s+$/.test(gap) && gap !== '-') return false;
  }
  return false;
}

/**
 * Whether a mention can be what a pronoun stands for: he/she want a named person, they/it a
 * group or an unknown name. At `level` 1 a bare name of unknown kind that speaks ("Lavrov
 * said", with no title or full name anywhere in the article) will do for he/she; at level 2 any
 * bare name ("Christie wasn't having it. “…,” he said": PolNeAR train, where such "he" had
 * no speaker at all) that does not open its sentence, where any word is capitalised.
 */
function compatible(mention: Mention, want: 'person' | 'group', level: 0 | 1 | 2, gender: Gender): boolean {
  const name = mention.name;
  if (!name) return false;
  if (gender && name.kind !== 'group') {
    const known = nameGender(name.name);
    if (known && known !== gender) return false; // "she said" is not Bernie Sanders
  }
  if (want === 'group') return name.kind !== 'person';
  if (namesNoPerson(name.name)) return false;
  if (level === 0) return name.kind === 'person' && name.proper;
  return name.kind === 'unknown' && name.proper && (mention.speaks || (level === 2 && !mention.doubtful));
}

/** How far back (in sentences) a speaking pronoun looks first for the one who spoke last. */
const SPEAKER_WINDOW = 1;

/**
 * The nearest earlier mention a pronoun in `sentence` can stand for, or null. A pronoun that
 * speaks ("…,” he said) first takes whoever spoke in its sentence or the one before: a quotation
 * goes on with its speaker, not with the person the speaker talked about (on two thirds of
 * PolNeAR train, direct-quotation speakers 0.793 -> 0.799 and 0.822 -> 0.830). Two sentences
 * back gained 9 of 3,589 on train but gave RT's "he claimed" to Lavrov, who spoke two sentences
 * before, over President Joe Biden, the subject of the sentence right before: kept at one.
 */
function antecedent(mentions: readonly Mention[], sentence: number, want: 'person' | 'group', gender: Gender, speaks = false): Mention | null {
  if (speaks) {
    for (let k = mentions.length - 1; k >= 0 && mentions[k]!.sentence >= sentence - SPEAKER_WINDOW; k -= 1) {
      // "The governor then left him a voicemail, which he followed up by threatening…": the
      // subject described in the pronoun's own sentence comes before the last speaker (real NYT
      // copy, BASIL 7a97de89, gave "threatening" to the lawmaker who had "called" him a racist).
      // So does a person named as the subject earlier in the pronoun's own sentence: "Asa
      // Hutchinson, who led the review, appeared to ease off -- he said…" (real Fox copy, BASIL
      // 68748e7f, gave "he said" to LaPierre, who had spoken the sentence before).
      const here = mentions[k]!.sentence === sentence;
      if (here && mentions[k]!.description) return compatible(mentions[k]!, want, 0, gender) ? mentions[k]! : null;
      if (here && !mentions[k]!.pronoun && !mentions[k]!.speaks && compatible(mentions[k]!, want, 0, gender)) return mentions[k]!;
      if (mentions[k]!.speaks && (compatible(mentions[k]!, want, 0, gender) || compatible(mentions[k]!, want, 1, gender))) return mentions[k]!;
    }
  }
  // Nearest first at each level; a he/she with no one in the window looks further back for a
  // named person (a profile names its subject once and quotes "he" for paragraphs).
  for (const [level, window] of [[0, WINDOW], [1, WINDOW], [2, WINDOW], [0, LONG_WINDOW], [1, LONG_WINDOW]] as const) {
    if (level === 2 && want !== 'person') continue;
    for (let k = mentions.length - 1; k >= 0 && mentions[k]!.sentence >= sentence - window; k -= 1) {
      if (compatible(mentions[k]!, want, level, gender)) return mentions[k]!;
    }
  }
  return null;
}

/** True when `title` stands among the words before the name in the mention's phrase ("Supreme Court Justice Ruth Bader Ginsburg"). */
function titledAs(article: Article, mention: Mention, title: string): boolean {
  if (honorifics.has(title)) return false;
  const named = mention.name!.named.start;
  for (let i = mention.phrase.first; i < mention.phrase.end && article.tokens[i]!.span.end <= named; i += 1) if (article.tokens[i]!.norm === title) return true;
  return false;
}

/**
 * Every mention of the article in text order, pronouns resolved. `speakers` are the phrases
 * found next to reporting verbs; he/she anywhere outside quotations are added.
 */
export function findMentions(article: Article, speakers: readonly { sentence: number; phrase: IndexRange }[], quoted: readonly Span[], names: NameIndex): Mention[] {
  const found = new Map<number, { sentence: number; phrase: IndexRange; speaks: boolean }>();
  article.sentences.forEach((s, sentence) => {
    for (const phrase of subjectRuns(article, sentence, quoted)) found.set(phrase.first, { sentence, phrase, speaks: false });
    for (let i = s.tokens.first; i < s.tokens.end; i += 1) {
      const norm = article.tokens[i]!.norm;
      if ((norm === 'he' || norm === 'she') && !insideAny(quoted, article.tokens[i]!.span.start)) found.set(i, { sentence, phrase: { first: i, end: i + 1 }, speaks: false });
    }
  });
  // A reporting verb's speaker phrase is the better-bounded one where both start at one word.
  for (const s of speakers) found.set(s.phrase.first, { ...s, speaks: true });
  const midCapitals = new Set(article.sentences.flatMap((s) => article.tokens.slice(s.tokens.first + 1, s.tokens.end).flatMap((t, k) => (isCapitalised(article, s.tokens.first + 1 + k) ? [t.norm] : []))));
  const described = new Set<number>();
  article.sentences.forEach((s, sentence) => {
    const phrase = openingDescription(article, s.tokens);
    // "The press seems to be very gentle with him,” she said": inside a quotation it is the speaker's word, no mention.
    if (phrase && !found.has(phrase.first) && !insideAny(quoted, article.tokens[phrase.first]!.span.start)) {
      found.set(phrase.first, { sentence, phrase, speaks: false });
      described.add(phrase.first);
    }
  });
  // "Both sides are being selective in how they describe…": a plural subject opening the
  // sentence is what its "they" stands for (real Fox copy, BASIL 2ec04201, gave "describe" to
  // the Obama campaign, the group named last).
  article.sentences.forEach((s, sentence) => {
    const phrase = openingGroup(article, s.tokens);
    if (phrase && !found.has(phrase.first) && !insideAny(quoted, article.tokens[phrase.first]!.span.start)) found.set(phrase.first, { sentence, phrase, speaks: false });
  });
  const mentions: Mention[] = [];
  for (const { sentence, phrase, speaks } of [...found.values()].sort((a, b) => a.phrase.first - b.phrase.first)) {
    if (described.has(phrase.first)) {
      const person = describedPerson(article, mentions, sentence, phrase);
      if (person) mentions.push({ sentence, phrase, name: person.name, pronoun: false, speaks: false, doubtful: false, description: true });
      continue;
    }
    // "…, the presumptive Republican presidential nominee acknowledged": a speaker named by a
    // definite office held by one person stands for the person named last, as an opening
    // description does (real HuffPost copy, BASIL 8dc7ccfe, had that office speak in the verb contrast).
    if (speaks && definiteOffice(article, phrase)) {
      const person = describedPerson(article, mentions, sentence, phrase);
      if (person) {
        mentions.push({ sentence, phrase, name: person.name, pronoun: false, speaks, doubtful: false, description: true });
        continue;
      }
    }
    // "The board noted…" after "The Washington Post’s editorial board said": a definite
    // organisation word stands for the body named before that it heads (real Fox copy, BASIL
    // 8385a996, had "board" speak as a source of its own).
    const body = speaks ? namedBody(article, mentions, phrase) : null;
    if (body) {
      mentions.push({ sentence, phrase, name: body.name, pronoun: false, speaks, doubtful: false, description: true });
      continue;
    }
    const want = pronounKind(article, phrase);
    const norm = article.tokens[phrase.first]!.norm;
    const gender: Gender = norm === 'he' ? 'he' : norm === 'she' ? 'she' : null;
    const found = want ? (antecedent(mentions, sentence, want, gender, speaks)?.name ?? null) : (coordinatedName(article, phrase) ?? nameSpeaker(article, phrase, names));
    // "in the Rose Garden": a name right after "the" names a place or a thing, never he or she
    // (real Fox copy, BASIL 3ae35b16: "Trump, in the Rose Garden, declared … as he confirmed"
    // gave "confirmed" to the Rose Garden, a person's name by its given name). A description
    // ("the top US diplomat") is not a name written after "the".
    const afterThe = !want && found?.kind === 'person' && /^\p{Lu}/u.test(article.text.slice(found.named.start, found.named.end)) && article.tokens[tokensIn(article, found.named).first - 1]?.norm === 'the';
    const name = afterThe ? { ...found!, kind: 'unknown' as const } : found;
    mentions.push({ sentence, phrase, name, pronoun: want !== null, speaks, doubtful: afterThe || (phrase.end - phrase.first === 1 && phrase.first === article.sentences[sentence]!.tokens.first && !midCapitals.has(article.tokens[phrase.first]!.norm)) });
  }
  return mentions;
}

/**
 * "Mr. Romney and Mr. Obama", "Republicans and Democrats": names joined by "and", both ending on
 * a capital, speak together as a group of their own, never as the last of them (real NYT copy,
 * BASIL 8dc7ccfe, gave the Democrats alone what both parties said).
 */
function coordinatedName(article: Article, phrase: IndexRange): SpeakerName | null {
  const and = article.tokens.slice(phrase.first + 1, phrase.end - 1).findIndex((t) => t.norm === 'and') + phrase.first + 1;
  // "White House officials and lawmakers": plurals naming people join the same way.
  if (and <= phrase.first) return null;
  const joined = (isCapitalised(article, and - 1) && isCapitalised(article, phrase.end - 1)) || (isPeople(article, and - 1) && isPeople(article, phrase.end - 1));
  if (!joined) return null;
  let first = phrase.first;
  while (first < and && ['the', 'both'].includes(article.tokens[first]!.norm)) first += 1;
  const named = { start: article.tokens[first]!.span.start, end: article.tokens[phrase.end - 1]!.span.end };
  const tokens = article.tokens.slice(first, phrase.end);
  return { name: article.text.slice(named.start, named.end), key: tokens.map((t) => t.norm).join(' '), named, kind: 'group', proper: tokens.some((_, k) => isCapitalised(article, first + k)) };
}

/**
 * "The governor", "The Republican governor": a sentence opening with "the", at most two
 * lower-case words and a title word, then a lower-case word (a verb, not a name), or null.
 */
function openingDescription(article: Article, range: IndexRange): IndexRange | null {
  if (range.end - range.first < 3 || article.tokens[range.first]!.norm !== 'the') return null;
  for (let k = range.first + 1; k < Math.min(range.end - 1, range.first + 4); k += 1) {
    if (isCapitalised(article, k) || !isJoined(article, k - 1)) return null;
    if (titles.has(article.tokens[k]!.norm)) return isCapitalised(article, k + 1) || !isJoined(article, k) ? null : { first: range.first, end: k + 1 };
  }
  return null;
}

const groupOpeners = new Set(['both', 'many', 'most', 'all', 'the']);

/** "Both sides are…", "Many critics say…": an opener, up to two lower-case words and a lower-case plural, then a verb; or null. */
function openingGroup(article: Article, range: IndexRange): IndexRange | null {
  if (range.end - range.first < 3 || !groupOpeners.has(article.tokens[range.first]!.norm)) return null;
  for (let k = range.first + 1; k < Math.min(range.end - 1, range.first + 4); k += 1) {
    if (isCapitalised(article, k) || !isJoined(article, k - 1)) return null;
    if (/^[a-z]{3,}[^s']s$/u.test(article.tokens[k]!.norm) && verbFollows(article, k, range)) return { first: range.first, end: k + 1 };
  }
  return null;
}

/** The earlier mention of a body of several words that "the" and its head word (`phrase`, "The board") stand for, or null. */
function namedBody(article: Article, mentions: readonly Mention[], phrase: IndexRange): Mention | null {
  const head = article.tokens[phrase.end - 1]!.norm;
  if (phrase.end - phrase.first !== 2 || article.tokens[phrase.first]!.norm !== 'the' || !organisations.has(head) || isCapitalised(article, phrase.end - 1)) return null;
  return mentions.findLast((m) => !m.pronoun && m.name !== null && m.name.kind !== 'person' && /\s/u.test(m.name.name) && m.name.name.toLowerCase().endsWith(` ${head}`)) ?? null;
}

/** Offices one person holds, as the head of a definite description ("the Republican nominee"); unnamed sources' roles ("the official") are left out. */
const singleOffices = new Set(singlePersonOffices);

/** "the presumptive Republican presidential nominee": "the", up to four words, and a lower-case single office. */
function definiteOffice(article: Article, phrase: IndexRange): boolean {
  const last = phrase.end - 1;
  return article.tokens[phrase.first]!.norm === 'the' && last - phrase.first >= 1 && last - phrase.first <= 5 && singleOffices.has(article.tokens[last]!.norm) && !isCapitalised(article, last);
}

/**
 * The person a description stands for: the nearest earlier named person whose name carries no
 * other title word ("The governor" is not "a Democratic lawmaker" named just before) and no
 * outlet's possessive, or null.
 */
function describedPerson(article: Article, mentions: readonly Mention[], sentence: number, phrase: IndexRange): Mention | null {
  const title = article.tokens[phrase.end - 1]!.norm;
  // "The liberal icon justice had kicked off the storm": a description headed by a title the
  // article gave by name to one person ("Supreme Court Justice Ruth Bader Ginsburg") is that
  // person, however many were named since (real Fox copy, BASIL 8385a996, gave it to Trump,
  // named last, and the "she said" after it followed).
  const holders = mentions.filter((m) => !m.pronoun && !m.description && m.name?.kind === 'person' && titledAs(article, m, title));
  if (new Set(holders.map((m) => m.name!.name)).size === 1) return holders[holders.length - 1]!;
  for (let k = mentions.length - 1; k >= 0 && mentions[k]!.sentence >= sentence - WINDOW; k -= 1) {
    const m = mentions[k]!;
    if (!compatible(m, 'person', 0, null) && !compatible(m, 'person', 1, null)) continue;
    // "CNN's Gloria Borger": someone named through an outlet is its journalist, not the office holder.
    if (/['’]s\s/u.test(m.name!.name)) continue;
    const words = m.name!.name.toLowerCase().split(/[^\p{L}]+/u);
    if (!words.some((w) => titles.has(w) && w !== title && !honorifics.has(w))) return m;
  }
  return null;
}
