/**
 * The Dirichlet prior of the log-odds (Monroe, Colaresi & Quinn 2008, §3.5): a pseudo-count α_w
 * per term, summing to α_0 over the vocabulary. Counts are kept per phrase length, each its
 * own multinomial, so words and phrases each get their own prior.
 */
import type { TermPrior, TermPriorChoice } from '../../model.js';

/** What the prior needs to know about one term list (words or phrases) of the two texts. */
export interface PriorInput {
  /** How many distinct terms the two texts hold together. */
  vocabulary: number;
  /** Terms counted in the left text. */
  nLeft: number;
  /** Terms counted in the right text. */
  nRight: number;
  /** Background counts for this term list, by key (empty without a background). */
  background: Readonly<Record<string, number>>;
}

/** α_0 and the α_w of each term. */
export interface Prior {
  /** The prior's total pseudo-count. */
  alpha0: number;
  /** The pseudo-count of a term, given its counts in the two texts. */
  alphaOf: (key: string, yLeft: number, yRight: number) => number;
}

/** Sum of a record's values. */
function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The prior for one term list. */
export function buildPrior(choice: TermPriorChoice, input: PriorInput): Prior {
  const n = input.nLeft + input.nRight;
  switch (choice.kind) {
    case 'pooled':
      // Each term's share of the two texts together: rare words are shrunk hard, frequent ones little.
      return { alpha0: choice.alpha0, alphaOf: (_key, yL, yR) => (choice.alpha0 * (yL + yR)) / n };
    case 'uniform': {
      // α_0 = α × the number of distinct terms in the two texts (what the test vector assumes).
      return { alpha0: choice.alpha * input.vocabulary, alphaOf: () => choice.alpha };
    }
    case 'background': {
      // The two texts are part of the corpus the prior describes, as in Monroe et al., whose
      // prior is estimated from all the speeches; it also keeps every counted term's α_w > 0.
      const b = input.background;
      const size = total(b) + n;
      return {
        alpha0: choice.alpha0,
        alphaOf: (key, yL, yR) => (choice.alpha0 * ((Object.hasOwn(b, key) ? b[key]! : 0) + yL + yR)) / size,
      };
    }
  }
}

/** The prior as recorded in a result: a background is reduced to its size. */
export function describePrior(choice: TermPriorChoice): TermPrior {
  switch (choice.kind) {
    case 'pooled':
      return { kind: 'pooled', alpha0: choice.alpha0 };
    case 'uniform':
      return { kind: 'uniform', alpha: choice.alpha };
    case 'background':
      return { kind: 'background', alpha0: choice.alpha0, articles: choice.background.articles, words: total(choice.background.words) };
  }
}
