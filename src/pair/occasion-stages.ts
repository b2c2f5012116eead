/**
 * Which stages of a news process a report tells and which it names as to come (see
 * src/lexicons/pair-occasion-stages.ts): a first-round report says the race "goes to a run-off",
 * a verdict report that the judge "will" pass sentence; the runoff's and the sentence's reports
 * tell those stages. A report that names a stage only as to come is of an earlier occasion than
 * one whose lede tells it, whatever dates either gives: an undated first-round report and a
 * verdict report "вынес приговор" were merged into the stories of the runoff and of the sentence
 * (issue 12, pages test2: 27 pairs of different occasions).
 */
import { notNounAfterDate } from '../lexicons/pair-date-roles.js';
import { notAfterTo, occasionStages, sameDayWords, stageBackground, toComeAfter, toComeBefore } from '../lexicons/pair-occasion-stages.js';
import type { Article, OccasionStages } from '../model.js';

const source = (forms: readonly string[]) => forms.map((f) => f.replace(/ /g, '\\s+')).join('|');
const wordsOf = (forms: readonly string[]) => new RegExp(`(?<!\\p{L})(?:${source(forms)})(?!\\p{L})`, 'iu');
const stageWords = occasionStages.map((s) => ({ stage: s.stage, re: new RegExp(wordsOf([...s.tells, ...s.names]).source, 'giu'), tells: wordsOf(s.tells) }));
/** Any stage word at all: most reports name none, and are read no further (speed). */
const anyStage = wordsOf(occasionStages.flatMap((s) => [...s.tells, ...s.names]));
const backgroundBefore = wordsOf(stageBackground);
const sameDay = wordsOf(sameDayWords);
const notNoun = new Set(notNounAfterDate);
/** A to-come word before the stage word ("may" in lower case only: "May 14" is a month), or an infinitive ("to avoid a run-off"). */
const before = new RegExp(
  `(?<![\\p{L}'’])(?:${source(toComeBefore)})(?!\\p{L})|(?<!\\p{L})to\\s+(?!(?:${source(notAfterTo)})(?!\\p{L}))\\p{L}`,
  'iu',
);
/** The modal "may", in lower case: "May" is mostly the month. */
const mayModal = /(?<!\p{L})may(?!\p{L})/u;
/** A to-come word right after the stage word, a few small words at most between ("the run-off will be held"). */
const after = new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${source(toComeAfter)})(?!\\p{L})`, 'iu');

/** Sentences from the top whose stages are a report's news: the title and lede (as `ledeSentences` in compare-dates.ts). */
const ledeSentences = 5;

/**
 * What the clause of the stage word at `start`–`end` in `sentence` makes it: to come (a to-come
 * word between the clause's start, the nearest comma, semicolon, colon, dash or bracket, and the
 * word, or right after it), background (an "already" before it; a participle used as an adjective,
 * "a convicted sex offender", "convicted rapist Arcade Comeaux", ECB+ 3_3, 3_8), or told; null when
 * it is to come on the day of the report ("will be arraigned today": no other occasion).
 */
function clauseRole(sentence: string, start: number, end: number): 'toCome' | 'told' | 'background' | null {
  const head = sentence.slice(0, start);
  const from = Math.max(...[',', ';', ':', '—', '–', '(', ')'].map((c) => head.lastIndexOf(c)));
  const clauseHead = head.slice(from + 1);
  const rest = sentence.slice(end);
  const cut = rest.search(/[,;:—–()]/);
  const clauseTail = cut < 0 ? rest : rest.slice(0, cut);
  if (backgroundBefore.test(clauseHead)) return 'background';
  const word = sentence.slice(start, end);
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
  if (/ed$/i.test(word) && ((next && !notNoun.has(next) && !/ly$/.test(next)) || /(?:^|\s)(?:a|an|the)\s+$/i.test(head))) return 'background';
  if (before.test(clauseHead) || mayModal.test(clauseHead) || after.test(clauseTail)) return sameDay.test(`${clauseHead} ${clauseTail}`) ? null : 'toCome';
  return 'told';
}

/** The stages an article tells (in its lede, or anywhere) and those it names only as to come; null when it names none. */
export function readStages(article: Article): OccasionStages | null {
  if (!anyStage.test(article.text)) return null;
  const told = new Set<string>();
  const lede = new Set<string>();
  const ahead = new Set<string>();
  article.sentences.forEach((s, index) => {
    const text = article.text.slice(s.span.start, s.span.end);
    for (const { stage, re, tells } of stageWords) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const role = clauseRole(text, m.index, m.index + m[0].length);
        if (role === 'toCome') ahead.add(stage);
        else if (role === 'told' && tells.test(m[0])) {
          told.add(stage);
          if (index < ledeSentences) lede.add(stage);
        }
      }
    }
  });
  const toComeOnly = [...ahead].filter((s) => !told.has(s));
  if (lede.size === 0 && toComeOnly.length === 0) return null;
  return { told: [...lede].sort(), toCome: toComeOnly.sort() };
}

/**
 * The stage one report names only as to come and the other's lede tells, or null: the two are
 * then reports of different occasions (the earlier announces the later).
 */
export function stagesClash(a: OccasionStages | undefined, b: OccasionStages | undefined): string | null {
  if (!a || !b) return null;
  return a.toCome.find((s) => b.told.includes(s)) ?? b.toCome.find((s) => a.told.includes(s)) ?? null;
}
