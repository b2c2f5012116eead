/**
 * Fast name extraction for pairing: runs of capitalised words in body sentences, keyed so that
 * spellings of one name meet ("Sergei Lavrov", "Sergey Lavrov", "Lavrov" → `lavrov`).
 *
 * Pairing must run over 10,000 articles in seconds, so this reads only the tokens segmentation
 * already made; the full actor analysis (compromise, alias tables) lives elsewhere.
 */
import type { Article, Span } from '../model.js';
import { builtInAliases } from '../lexicons/aliases.js';
import { calendarWords, headNouns, nameJoiners, nationalWords, roleWords } from '../lexicons/pair-names.js';
import { withoutCaseEnding } from './skeletons.js';

// Country and capital names that may stand before a person's name in a title run
// ("U.S. Ambassador to Russia John Sullivan" leaves the run "Russia John Sullivan").
const places = builtInAliases.actors
  .filter((a) => a.kind === 'country' || a.kind === 'place' || a.kind === 'government')
  .flatMap((a) => [a.name, ...a.aliases, ...a.metonyms])
  .filter((n) => !/\s/.test(n))
  .map((n) => n.toLowerCase());
const roles = new Set([...roleWords, ...nationalWords]);
const rolesOrPlaces = new Set([...roles, ...places]);
const nationals = new Set(nationalWords);
const heads = new Set(headNouns);
const joiners = new Set(nameJoiners);
const calendar = new Set(calendarWords);

/** One named actor in one article. */
export interface ActorInfo {
  /** Comparison key (see `actorKey`). */
  key: string;
  /** The fullest name the article uses, role words left out. */
  name: string;
  /** How many times it is named. */
  count: number;
  /** True when it looks like a person: keyed by a surname and named somewhere with a first name. */
  person: boolean;
  /** Index of the sentence that first names it. */
  sentence: number;
  /** Where it is first named. */
  span: Span;
}

/**
 * Fold transliteration variants of one name: accents dropped, "ks" → "x", and the endings
 * -y, -yy, -iy, -ii, -ey, -ei made one ("Sergei"/"Sergey", "Aleksei"/"Alexey",
 * "Zelensky"/"Zelenskyy"/"Zelenskiy"), as BGN/PCGN and the press variously romanise Russian
 * and Ukrainian -ий/-ей/-ый; a Russian word loses its case ending first.
 */
export function foldName(word: string): string {
  // "I.R.S." and "IRS" are one name (the Times' style against the others': real BASIL 84678e18
  // listed each as named by one outlet only).
  if (/^(?:\p{L}\.)+\p{L}\.?$/u.test(word)) return word.replace(/\./g, '').toLowerCase();
  // A Russian name is keyed without its case ending ("Басманного" and "Басманный" meet).
  return withoutCaseEnding(word.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ks/g, 'x')
    .replace(/(?:yy|iy|ii|ey|ei|y)$/, 'i');
}

/**
 * A name's key and where its shown form starts: for a person or place, the last word (a surname:
 * "Antony Blinken", "Blinken" → `blinken`), shown without the titles before it; for organisations
 * and places ending in a head noun ("U.S. State Department"), every word after leading country
 * words (`state department`), shown whole. `surname` says which of the two. Null when the run ends
 * in a role word ("the Ambassador").
 */
export function nameOf(norms: readonly string[]): { key: string; shownFrom: number; surname: boolean } | null {
  const last = norms[norms.length - 1]!;
  if (roles.has(last)) return null;
  if (!heads.has(last)) return { key: foldName(last), shownFrom: personFrom(norms), surname: true };
  let from = 0;
  while (from < norms.length - 1 && (nationals.has(norms[from]!) || joiners.has(norms[from]!))) from += 1;
  // Country words leave the key (so "Congress" meets "U.S. Congress") but not the name shown ("Russian Federation").
  return { key: norms.slice(from).map(foldName).join(' '), shownFrom: 0, surname: false };
}

/**
 * Where a person's name starts in a run ending in a surname: after the last role, place or
 * organisation word ("Deputy Minister of Foreign Affairs of Russia Alexander V. Grushko" →
 * "Alexander V. Grushko"); joiners stay when a name word stands before them ("Ursula von der Leyen").
 */
function personFrom(norms: readonly string[]): number {
  const title = (w: string) => rolesOrPlaces.has(w) || heads.has(w);
  let from = norms.length - 1;
  while (from > 0 && !title(norms[from - 1]!)) {
    if (!joiners.has(norms[from - 1]!)) {
      from -= 1;
      continue;
    }
    let k = from - 1; // the first joiner of the run
    while (k > 0 && joiners.has(norms[k - 1]!)) k -= 1;
    if (k === 0 || title(norms[k - 1]!)) break;
    from = k - 1;
  }
  return from;
}

const isCapitalised = (s: string) => /^\p{Lu}/u.test(s) && !/^\p{Lu}{6,}$/u.test(s);

/** Named actors of an article, by key, in order of first mention. */
export function extractActors(article: Article): Map<string, ActorInfo> {
  const { text, tokens, sentences } = article;
  // Words written capitalised in mid-sentence somewhere: a sentence-initial capital proves nothing.
  const midCapital = new Set<string>();
  for (const s of sentences) {
    for (let i = s.tokens.first + 1; i < s.tokens.end; i++) {
      const t = tokens[i]!;
      if (!t.stop && isCapitalised(text.slice(t.span.start, t.span.end))) midCapital.add(t.norm);
    }
  }
  const actors = new Map<string, ActorInfo>();
  sentences.forEach((s, si) => {
    const { first, end } = s.tokens;
    const cap = (i: number) => {
      const t = tokens[i]!;
      return t.kind === 'word' && isCapitalised(text.slice(t.span.start, t.span.end));
    };
    // A middle initial ("Alexander V. Grushko") is a stopword letter but part of the name.
    const isInitial = (i: number) => /^\p{Lu}$/u.test(text.slice(tokens[i]!.span.start, tokens[i]!.span.end)) && text[tokens[i]!.span.end] === '.' && i + 1 < end && cap(i + 1);
    // A Title Case line ("Blinken Says Talks Will Go On") tells nothing by its capitals.
    let capitalStops = 0;
    for (let i = first + 1; i < end; i++) if (tokens[i]!.stop && cap(i) && !joiners.has(tokens[i]!.norm)) capitalStops += 1;
    if (capitalStops >= 2) return;
    let i = first;
    while (i < end) {
      const t = tokens[i]!;
      if (!cap(i) || t.stop || calendar.has(t.norm)) {
        i += 1;
        continue;
      }
      let j = i + 1;
      while (j < end) {
        const gap = text.slice(tokens[j - 1]!.span.end, tokens[j]!.span.start);
        if (!/^[\s.]*$/.test(gap)) break;
        if ((cap(j) && !tokens[j]!.stop && !calendar.has(tokens[j]!.norm)) || isInitial(j)) j += 1;
        else if (joiners.has(tokens[j]!.norm) && j + 1 < end && cap(j + 1) && !tokens[j + 1]!.stop) j += 2;
        else break;
      }
      // A capital at the start of a sentence or quote proves nothing unless the word has one elsewhere.
      const initial = i === first || /["“‘'(:]\s*$/.test(text.slice(tokens[i - 1]!.span.end, t.span.start));
      const from = initial && !midCapital.has(t.norm) ? i + 1 : i;
      if (from < j) addRun(actors, article, si, from, j);
      i = j;
    }
  });
  return actors;
}

/** Record the run of tokens [from, to) as a mention. */
function addRun(actors: Map<string, ActorInfo>, article: Article, sentence: number, from: number, to: number): void {
  const runTokens = article.tokens.slice(from, to);
  const name = nameOf(runTokens.map((t) => t.norm));
  if (!name) return;
  const shown = runTokens.slice(name.shownFrom);
  // The name, not the possessive of its use ("Moscow’s demands"): the span is what the name's evidence shows.
  const end = shown[shown.length - 1]!.span.end;
  const span = { start: shown[0]!.span.start, end: /['’]s$/.test(article.text.slice(end - 2, end)) ? end - 2 : end };
  const surface = article.text.slice(span.start, span.end);
  const person = name.surname && shown.length >= 2 && !shown.some((t) => t.norm === 'of');
  const seen = actors.get(name.key);
  if (!seen) {
    actors.set(name.key, { key: name.key, name: surface, count: 1, sentence, span, person });
    return;
  }
  seen.count += 1;
  seen.person ||= person;
  if (shown.length > seen.name.split(/\s+/).length) seen.name = surface;
}
