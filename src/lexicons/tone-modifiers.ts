/**
 * Words that change the weight of nearby tone words, with the factors used.
 *
 * Source: the rules of VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text", ICWSM 2014; github.com/cjhutto/vaderSentiment,
 * MIT licence): its NEGATE list, its BOOSTER_DICT and its "but" rule, trimmed to words news
 * prose uses. VADER's factors are kept where it states them (−0.74 for negation, 0.5 and 1.5
 * around "but"); its additive booster step (±0.293 on a −4..4 scale, about 15 % of a typical
 * word) is written here as a factor so it works on AFINN's −5..5 scale.
 */

/** Words that negate the tone words just after them. `n't` forms are matched by ending. */
export const negators: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'without',
  'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont',
  'wouldnt', 'shouldnt', 'couldnt', 'hasnt', 'havent', 'hadnt', 'aint', 'lack', 'lacked',
  'lacking', 'lacks', 'rarely', 'seldom', 'hardly', 'barely', 'scarcely',
]);

/** Pairs that look like negation but are not ("not only … but also", "no doubt"). */
export const notNegating: ReadonlySet<string> = new Set(['not only', 'not just', 'no doubt', 'without doubt']);

/** VADER's negation factor: a negated word keeps 74 % of its weight, with the sign flipped. */
export const negationFactor = -0.74;

/** How many words after a negator stay in its scope (VADER looks three words back). */
export const negationScope = 3;

/** Words that make the next tone word stronger. */
export const intensifiers: ReadonlySet<string> = new Set([
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply',
  'enormously', 'entirely', 'especially', 'exceptionally', 'extremely', 'fully', 'greatly',
  'highly', 'hugely', 'incredibly', 'intensely', 'most', 'particularly', 'purely', 'quite',
  'really', 'remarkably', 'so', 'strongly', 'substantially', 'thoroughly', 'totally',
  'tremendously', 'truly', 'unusually', 'utterly', 'very', 'more', 'profoundly', 'severely',
  'seriously', 'gravely', 'bitterly', 'sharply', 'fiercely', 'wildly', 'vastly',
]);

/** Words that make the next tone word weaker. */
export const diminishers: ReadonlySet<string> = new Set([
  'almost', 'marginally', 'less', 'little', 'mildly', 'moderately', 'partly', 'partially',
  'relatively', 'slightly', 'somewhat', 'fairly', 'rather', 'modestly', 'occasionally',
  'least',
]);

/** Factor for a tone word right after an intensifier or diminisher. */
export const intensifierFactor = 1.3;
export const diminisherFactor = 0.7;

/** How many words before a tone word an intensifier or diminisher may stand. */
export const modifierScope = 2;

/**
 * Contrast words: what follows weighs more than what precedes (VADER's "but" rule). "yet" and
 * "however" count only at the start of a clause ("not yet" is not a contrast).
 */
export const contrastWords: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'nevertheless', 'nonetheless']);
export const clauseInitialContrast: ReadonlySet<string> = new Set(['however', 'yet']);
/** "but" followed by these is not a contrast ("not only … but also", "all but certain"). */
export const notContrastAfter: ReadonlySet<string> = new Set(['also']);
export const beforeContrastFactor = 0.5;
export const afterContrastFactor = 1.5;
