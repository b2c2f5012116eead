/**
 * Who does what a judging word says, and so is not judged by it (issue 13): the agent of a
 * passive ("accused of harassment by Lauren Greene"), and the one who accuses, attacks or warns
 * ("Greene accused Farenthold", "Greene's allegations", "Trump, warning Democrats"). Tone toward
 * actors gives the word to someone else in the sentence or to no one.
 */
import type { Article, IndexRange } from '../../model.js';
import { accusationStems } from '../../lexicons/accusation-words.js';
import { isPossessive, surfaceOf } from '../actors/token-shape.js';

const beForms = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets']);
/** Words that may stand between a subject and its verb: auxiliaries and common adverbs. */
const between = new Set(['has', 'had', 'have', 'also', 'again', 'repeatedly', 'publicly', 'later', 'then', 'once', 'previously', 'already', 'recently', 'falsely']);
const farthestAgent = 10;

/** True when an accusing word: its lower-case form starts with a stem ("accused", "allegations"). */
export function isAccusation(norm: string): boolean {
  return accusationStems.some((s) => norm.startsWith(s));
}

/** True when the mention at tokens `mention` does what the word at tokens `word` says; `first` is their sentence's first token. */
export function isAgentOf(article: Article, word: IndexRange, mention: IndexRange, first: number): boolean {
  return passiveAgent(article, word, mention, first) || accuser(article, word, mention);
}

/** "had been accused of sexual harassment by Lauren Greene": words from the participle to "by" are the subject's. */
function passiveAgent(article: Article, word: IndexRange, mention: IndexRange, first: number): boolean {
  const by = mention.first - 1;
  if (by < first || article.tokens[by]!.norm !== 'by' || word.end > by) return false;
  for (let j = by - 1; j >= Math.max(first, by - farthestAgent); j--) {
    if (!beForms.has(article.tokens[j]!.norm) || j + 1 >= by) continue;
    const participle = j + 1;
    return /(ed|en|wn)$/.test(article.tokens[participle]!.norm) && word.first >= participle;
  }
  return false;
}

/** "Greene accused", "Greene has repeatedly accused", "Greene's allegations": the mention accuses. */
function accuser(article: Article, word: IndexRange, mention: IndexRange): boolean {
  const norm = article.tokens[word.first]!.norm;
  if (mention.end > word.first || !isAccusation(norm)) return false;
  if (mention.end === word.first) {
    // "Ukraine, allegations of …" is a list; "Trump, warning Democrats" a participle of its subject.
    const gap = article.text.slice(article.tokens[mention.end - 1]!.span.end, article.tokens[word.first]!.span.start);
    return /^\s*$/.test(gap) || isPossessive(surfaceOf(article, mention.end - 1)) || (/^,\s*$/.test(gap) && norm.endsWith('ing'));
  }
  for (let k = mention.end; k < word.first; k++) if (!between.has(article.tokens[k]!.norm)) return false;
  // A possessive is no subject of a verb after other words: only "Greene's allegations" is.
  return !isPossessive(surfaceOf(article, mention.end - 1));
}
