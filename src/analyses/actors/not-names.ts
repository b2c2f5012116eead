/**
 * Capitalised words that are never (part of) an actor's name, found once per article before
 * the name scan (issue 13: "Mo", "Fla", "WASHINGTON", "Hmmm", "I'd", "Spanish" were actors):
 *
 * - the dateline that opens a wire story ("WASHINGTON --", "FERGUSON, Mo. (AP) —");
 * - party-state tags ("(R-Texas)", "R-S.C.", "(D-Calif.)", "(R)") and AP state abbreviations
 *   after a comma ("Ferguson, Mo.");
 * - contractions ("I'd"), interjections (compromise's Expression: "Hmmm", "No" of "No. 3"),
 *   everyday acronyms ("TV", "CEO");
 * - a capitalised word hyphened to a lower-case one ("Spanish-language", "Mexican-born"): a
 *   modifier, not a name;
 * - Latin that completes an office after it ("Senate President Pro Tem David Long", "Speaker
 *   pro tempore", "President Emeritus"): part of the title, so the name is "David Long".
 */
import type { Article, Span } from '../../model.js';
import { capitalisedCommonNouns, commonAcronyms, indefinitePronouns, stateAbbreviations } from '../../lexicons/actor-words.js';
import type { TokenTags } from './tag-tokens.js';
import { joinedToPrevious } from './token-shape.js';

const states = new Set(stateAbbreviations);
/** Latin after an office that completes it: "Pro Tem", "Pro Tempore", "Emeritus" (group 1). */
const officeTail = /\b(?:president|speaker|chairman|chairwoman|chair|professor|bishop|director)\s+((?:pro\s+tem(?:pore)?\.?|emerit(?:us|a)))(?=\s)/gi;
const acronyms = new Set(commonAcronyms);
const commonWords = new Set([...indefinitePronouns, ...capitalisedCommonNouns]);
/** A doctrine's name, alone ("Beck wrote \"Progressivism\" on it", real Fox and NYT copy, BASIL 6f95dcb9): an idea, no actor. */
const doctrine = /^\p{Lu}\p{Ll}{3,}isms?$/u;

/** A dateline: capitals (and an optional state), an optional agency in brackets, then a dash. */
const dateline = /^\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*(?:\([^)\n]{1,20}\)\s*)?(?:—|–|--|-|:)\s/;
/** A party-state tag: "R-Texas", "D-N.Y.", "I-Vt.", or a bare "(R)" / "(D)". */
const partyTag = /\b[RDI]-(?:[A-Z][A-Za-z]*\.?)(?:\s?[A-Z][A-Za-z]*\.?)*|\([RDI]\)/g;

/**
 * Where the article's dateline stands ("KANSAS CITY, Mo. —", "WASHINGTON --"): the place a
 * wire story was filed from, not a name the outlet chose. It opens the story, after a photo
 * caption at most: the first three paragraphs.
 */
function datelineSpans(article: Article): Span[] {
  const out: Span[] = [];
  for (const p of article.paragraphs.filter((p) => p.kind === 'body').slice(0, 3)) {
    const head = dateline.exec(article.text.slice(p.span.start, p.span.end));
    if (head) out.push({ start: p.span.start, end: p.span.start + head[0].length });
  }
  return out;
}

/** True when token `i` is an AP state abbreviation after a comma ("Kansas City, Mo."). */
function stateAfterComma(article: Article, i: number): boolean {
  const { text, tokens } = article;
  const t = tokens[i]!;
  const dotted = text.slice(t.span.start, t.span.end).endsWith('.') || text.startsWith('.', t.span.end);
  return states.has(t.norm.replace(/\.$/, '')) && dotted && /,\s$/.test(text.slice(Math.max(0, t.span.start - 2), t.span.start));
}

/**
 * Where the article names a place or a party without naming an actor: its dateline, party-state
 * tags ("R-Texas") and state abbreviations after a comma ("Kansas City, Mo."). A name, all the
 * same, not a word an outlet chooses (real HuffPost copy, BASIL 97b1305c: "Mo" three times).
 */
export function namesOfNoActor(article: Article): Span[] {
  const spans = [...datelineSpans(article), ...[...article.text.matchAll(partyTag)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  article.tokens.forEach((t, i) => {
    if (stateAfterComma(article, i)) spans.push(t.span);
  });
  return spans;
}

/**
 * Token indices of the article that may not start or continue a name: `blocked` (dateline,
 * party tags, state abbreviations) not even an alias-table name; `words` (contractions,
 * interjections, everyday acronyms, hyphened modifiers) no proper-name run, though an alias
 * may still match ("a Russia-linked network" names Russia).
 */
export function notNames(article: Article, tags: readonly TokenTags[]): { blocked: ReadonlySet<number>; words: ReadonlySet<number> } {
  const out = new Set<number>();
  const words = new Set<number>();
  const { text, tokens } = article;
  const cover = (start: number, end: number) => {
    tokens.forEach((t, i) => {
      if (t.span.start >= start && t.span.end <= end) out.add(i);
    });
  };
  for (const d of datelineSpans(article)) cover(d.start, d.end);
  for (const m of text.matchAll(partyTag)) cover(m.index, m.index + m[0].length);
  for (const m of text.matchAll(officeTail)) {
    const tail = m.index + m[0].length - m[1]!.length;
    tokens.forEach((t, i) => t.span.start >= tail && t.span.end <= m.index + m[0].length && words.add(i));
  }
  // Part of a longer name when joined to a capitalised word: "Center for Judaism" stays whole.
  const inName = (i: number) =>
    (i > 0 && joinedToPrevious(article, i) && /^\p{Lu}/u.test(text.slice(tokens[i - 1]!.span.start, tokens[i - 1]!.span.end))) ||
    (i + 1 < tokens.length && joinedToPrevious(article, i + 1) && /^\p{Lu}/u.test(text.slice(tokens[i + 1]!.span.start, tokens[i + 1]!.span.end)));
  tokens.forEach((t, i) => {
    const surface = text.slice(t.span.start, t.span.end);
    const after = text.slice(t.span.end, t.span.end + 2);
    if (stateAfterComma(article, i)) out.add(i);
    if (/['’](?:d|ll|ve|re|m)$/i.test(surface) || tags[i]!.has('Expression') || acronyms.has(t.norm.replace(/\./g, ''))) words.add(i);
    if (commonWords.has(t.norm) || (doctrine.test(surface) && !inName(i))) words.add(i);
    if (/^\p{Lu}/u.test(surface) && /^-\p{Ll}/u.test(after)) words.add(i);
  });
  for (const i of out) words.add(i);
  return { blocked: out, words };
}
