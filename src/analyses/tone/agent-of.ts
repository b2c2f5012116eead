/**
 * Who does what a judging word says, and so is not judged by it (issue 13): the agent of a
 * passive ("accused of harassment by Lauren Greene"), and the one who accuses, attacks or warns
 * ("Greene accused Farenthold", "Greene's allegations", "Trump, warning Democrats", "condemnation
 * from Democrats"). Tone toward actors gives the word to someone else in the sentence or to no one.
 */
import type { Article, IndexRange } from '../../model.js';
import { stanceStems } from '../../lexicons/stance-verbs.js';
import { isPossessive, surfaceOf } from '../actors/token-shape.js';

const beForms = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets']);
/**
 * Words that may stand between a subject and its verb: auxiliaries, modals and common adverbs
 * ("author Lois Romano does criticize": real HuffPost copy, BASIL 550b80db, gave Romano the
 * tone of her own criticism).
 */
const between = new Set(['has', 'had', 'have', 'does', 'did', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'soon', 'also', 'again', 'repeatedly', 'publicly', 'later', 'then', 'once', 'previously', 'already', 'recently', 'falsely', 'often', 'sharply', 'strongly', 'openly']);
const farthestAgent = 10;
const courtesy = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'sen', 'senator', 'rep', 'gov', 'governor']);

/** True when a word of judging: its lower-case form starts with a stem ("accused", "allegations", "praising"). */
export function isAccusation(norm: string): boolean {
  return stanceStems.some((s) => norm.startsWith(s));
}

/** True when the mention at tokens `mention` does what the word at tokens `word` says; `first` is their sentence's first token. */
export function isAgentOf(article: Article, word: IndexRange, mention: IndexRange, first: number): boolean {
  return passiveAgent(article, word, mention, first) || accuser(article, word, mention) || inJudgedObject(article, word, mention) || judgementFrom(article, word, mention, first);
}

/**
 * "instant condemnation from Democrats", "criticism from Mr. Obama": a word of judging right
 * before "from" and the mention is the mention's own judging (real NYT copy, BASIL 3ae35b16:
 * "condemnation" was the Times' negative tone toward the Democrats who condemned).
 */
function judgementFrom(article: Article, word: IndexRange, mention: IndexRange, first: number): boolean {
  const from = beforeTitles(article, mention, first);
  return from === word.end && article.tokens[from]!.norm === 'from' && isAccusation(article.tokens[word.first]!.norm);
}

/** The token before the mention and any courtesy titles in front of it ("by Mr. Obama’s": "by"); `first` when none is left. */
function beforeTitles(article: Article, mention: IndexRange, first: number): number {
  let k = mention.first - 1;
  while (k > first && courtesy.has(article.tokens[k]!.norm)) k--;
  return k;
}

/**
 * "Mr. Obama has often hailed the progress on gay rights", "has repeatedly mourned victims of
 * mass shootings": what follows a verb of judging in its clause is what the doer judges, not
 * said of the doer (real NYT copy, BASIL 76810849: "progress" and "victims" were the Times'
 * tone toward Obama).
 */
function inJudgedObject(article: Article, word: IndexRange, mention: IndexRange): boolean {
  return judgingVerb(article, word, mention) >= 0;
}

/**
 * The token of the verb of judging the mention does and the word belongs to (the verb itself or
 * its object, in its clause), or −1: "Greene accused Farenthold of harassment" gives "accused"
 * for Greene and either word.
 */
export function judgingVerb(article: Article, word: IndexRange, mention: IndexRange): number {
  for (let v = mention.end; v <= word.first; v++) {
    if (!isAccusation(article.tokens[v]!.norm)) continue;
    if (!accuser(article, { first: v, end: v + 1 }, mention)) return -1;
    const gap = article.text.slice(article.tokens[v]!.span.end, article.tokens[word.first]!.span.start);
    return v === word.first || !/[,;:()\u2013\u2014]|--/.test(gap) ? v : -1;
  }
  return -1;
}

/** "had been accused of sexual harassment by Lauren Greene": words from the participle to "by" are the subject's. */
function passiveAgent(article: Article, word: IndexRange, mention: IndexRange, first: number): boolean {
  // "compounded by Mr. Obama’s inability": a courtesy title may stand between "by" and the name.
  const by = beforeTitles(article, mention, first);
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
