/**
 * One predicate, one cue: "said in a statement", "issued a statement saying" are one cue in
 * PolNeAR's annotation (train: "said in a statement" 38 of 65 times, never "statement" alone
 * after "said"), where the verb list finds "said" and the learned model "statement" apart and
 * gives the noun a source of its own ("a"). A cue joined to the one before it in its sentence by
 * a preposition and a determiner ("in a", "during the"), or after a verb that puts out a
 * statement by a determiner alone ("issued a"), or by a comma or space when it is an -ing form
 * ("statement saying"), is merged into it: one attribution with the first one's source. A lone
 * determiner is no source ("made a statement" gave the noun the source "a"). Pieces of one verb
 * group with only auxiliaries, particles or adverbs between them are one cue too ("has also
 * attempted"; cueGlueWords).
 */
import type { Article, Span, TextAttribution } from '../../model.js';
import { cueGlueWords, statementVerbs } from '../../lexicons/reporting-verbs-speakers.js';

const glue = new Set(cueGlueWords);
/** Most words that may stand between two pieces of one verb group ("has also | attempted"). */
const GLUE_WORDS = 3;

/** A gap of one to three auxiliaries, particles or adverbs, spaces between them and nothing else. */
function glueGap(gap: string): boolean {
  if (!/^\s+(?:[\p{L}'’]+\s+)*$/u.test(gap)) return false;
  const words = gap.trim().split(/\s+/u).filter((w) => w !== '');
  return words.length >= 1 && words.length <= GLUE_WORDS && words.every((w) => glue.has(w.toLowerCase()) || /^\p{Ll}+ly$/u.test(w));
}

const putOut = new Set(statementVerbs);
const DETERMINER = '(?:a|an|the|his|her|their|its|this|that)\\s+(?:[\\p{Ll}-]+\\s+)?';
const byPreposition = new RegExp(`^\\s+(?:in|during|through|via|with|on)\\s+${DETERMINER}$`, 'u');
const statementNoun = /^(?:statement|release|letter|comments?|remarks?)$/u;
const byDeterminer = new RegExp(`^\\s+${DETERMINER}$`, 'u');

function sentenceAt(article: Article, offset: number): number {
  return article.sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end);
}

/** The words after `cue` to the end of its sentence, without the closing stop, or null. */
function rest(article: Article, cue: Span): Span | null {
  const sentence = article.sentences[sentenceAt(article, cue.start)];
  if (!sentence) return null;
  const text = article.text.slice(cue.end, sentence.span.end);
  const start = cue.end + (text.length - text.trimStart().length);
  const end = cue.end + text.replace(/[\s.]+$/u, '').length;
  return end > start ? { start, end } : null;
}

/** Whether cue `b` continues cue `a` (see the file comment). */
function continues(article: Article, a: Span, b: Span, bLearned: boolean): boolean {
  if (b.start < a.end || sentenceAt(article, a.start) !== sentenceAt(article, b.start)) return false;
  const gap = article.text.slice(a.end, b.start);
  const last = article.text.slice(a.start, a.end).toLowerCase().split(/\s+/u).pop() ?? '';
  const next = article.text.slice(b.start, b.end).toLowerCase();
  if (/^[a-z]+ing\b/u.test(next)) {
    // "issued a statement saying", "statement, saying": the -ing form says what the statement does.
    if (/^,?\s+$/u.test(gap)) return statementNoun.test(last);
    const object = new RegExp(`^\\s+${DETERMINER}(\\p{L}+),?\\s+$`, 'u').exec(gap);
    return object !== null && putOut.has(last) && statementNoun.test(object[1]!.toLowerCase());
  }
  // "has also attempted", "went on to endorse": one verb group found in pieces is one cue.
  if (glueGap(gap)) return true;
  if (!bLearned) return false;
  return byPreposition.test(gap) || (putOut.has(last) && byDeterminer.test(gap));
}

/** The attributions with cues merged as the file comment says, in the same order. */
export function mergeCues(article: Article, attributions: readonly TextAttribution[], learned: readonly Span[]): TextAttribution[] {
  const isLearned = (s: Span) => learned.some((l) => l.start === s.start && l.end === s.end);
  const out: TextAttribution[] = [];
  for (const a of attributions) {
    const previous = [...out].reverse().find((o) => o.cue !== null);
    if (previous?.cue && a.cue && continues(article, previous.cue, a.cue, isLearned(a.cue))) {
      const cue = { start: previous.cue.start, end: a.cue.end };
      // The content is what follows the whole cue: the later one's when the earlier one's holds the cue words.
      // A quotation before the cue stays the content ("“…,” Sinovic said in a statement on Monday").
      const content = previous.kind === 'direct' ? previous.content : ([a.content, previous.content].find((c) => c.start >= cue.end) ?? rest(article, cue) ?? previous.content);
      previous.cue = cue;
      previous.content = content;
      if (previous.kind === 'indirect') previous.kind = a.kind;
      continue;
    }
    // A lone determiner before a noun cue ("made a statement": "a") names no source.
    const lone = a.source !== null && /^(?:a|an|the|this|these|those)$/iu.test(article.text.slice(a.source.start, a.source.end));
    out.push(lone ? { ...a, source: null, speaker: null } : { ...a });
  }
  return out;
}
