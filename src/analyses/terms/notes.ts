/**
 * The notes shown with a term contrast: when the lists are empty or meaningless, and when they
 * are not to be over-read. Worded for a student and exact enough for a researcher.
 */
import type { Side, TermNote, TermTotals } from '../../model.js';

/** What the notes depend on. */
export interface NoteFacts {
  /** The language codes of the left and right texts. */
  languages: readonly [string, string];
  /** Content words counted per text. */
  words: TermTotals;
  /** True when both texts use every word and phrase equally often. */
  sameWords: boolean;
  /** Terms tested. */
  tested: number;
  /** Tested terms significant after the Benjamini–Hochberg correction. */
  significant: number;
  /** The false discovery rate used. */
  fdr: number;
  /** The minimum combined count for a term to be tested. */
  minCount: number;
  /** The text length below which a text counts as short. */
  smallSample: number;
}

const sides = ['left', 'right'] as const satisfies readonly Side[];

/** A note that says the comparison has nothing to work on, or null. */
function emptyNote(facts: NoteFacts): TermNote | null {
  const empty = sides.filter((side) => facts.words[side] === 0);
  if (empty.length > 0) {
    const which = empty.length === 2 ? 'Neither text has any' : `The ${empty[0]} text has no`;
    return {
      kind: 'no-words',
      message: `${which} words to count (only function words such as "the" or "of", or numbers), so there is no word choice to compare.`,
    };
  }
  if (facts.sameWords) {
    return {
      kind: 'same-words',
      message: 'Both texts use the same words the same number of times: neither outlet prefers any word over the other.',
    };
  }
  return null;
}

/** The notes for a contrast, most important first. */
export function termNotes(facts: NoteFacts): TermNote[] {
  const empty = emptyNote(facts);
  if (empty) return [empty];
  const { words, smallSample, languages } = facts;
  const notes: TermNote[] = [];
  if (languages[0] !== languages[1] && !languages.includes('und')) {
    notes.push({
      kind: 'different-languages',
      message: `The texts are in different languages (${languages[0]} and ${languages[1]}): they share almost no words, so nearly every word looks distinctive. Compare two texts in the same language.`,
    });
  }
  const short = sides.filter((side) => words[side] < smallSample).length;
  if (short > 0) {
    notes.push({
      kind: 'small-sample',
      message:
        `${short === 2 ? 'Two short texts' : 'A short text'} (${words.left} and ${words.right} words counted, left and right; ` +
        `a fair test needs about ${smallSample} in each): these counts rank the words each outlet uses more; ` +
        'they do not prove that the outlets differ.',
    });
  }
  if (facts.significant === 0) {
    const rate = `${Number((facts.fdr * 100).toPrecision(6))}%`;
    notes.push({
      kind: 'none-significant',
      message:
        facts.tested === 0
          ? `No word is used often enough (${facts.minCount} times in the two texts together) to be tested, so no difference can be shown to be more than chance.`
          : `${facts.tested === 1 ? 'The one term tested does not pass' : `None of the ${facts.tested} terms tested passes`} ` +
            `a test that allows for chance when many words are tested at once (at most ${rate} of the words it passes may be chance): ` +
            'each difference listed could be chance.',
    });
  }
  return notes;
}
