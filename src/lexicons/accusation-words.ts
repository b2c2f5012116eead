/**
 * Words of accusing and attacking: a judgement they carry falls on the one accused or attacked,
 * not on the one who accuses ("Greene accused Farenthold of harassment", "accused of harassment
 * by Lauren Greene", "Ms. Greene's allegations": the harassment and the allegations judge
 * Farenthold; real HuffPost and NYT copy, BASIL 06ffda2d). Matched on the start of a lower-case
 * word, so each stem covers its verb and noun forms ("accuse", "accused", "accusation").
 *
 * Source: compiled for Parallax from the English verbs of judging and accusing (Levin, English
 * Verb Classes and Alternations, 1993: 33 "judgement verbs", 37.8 "complain verbs") that AFINN-165
 * rates negative: speech acts that report a judgement of someone else. Lower case. Licence: MIT, as the project.
 */
export const accusationStems: readonly string[] = [
  'accus', 'alleg', 'blam', 'critici', 'condemn', 'denounc', 'lambast', 'assail', 'rebuk',
  'berat', 'scold', 'slam', 'blast', 'warn', 'complain', 'sue', 'suing', 'lawsuit',
  // "Republicans have repeatedly charged that…" (real NYT copy, BASIL 9879bbc0); the verb forms
  // only: "Trump's charges" are as often the charges brought against him.
  'charged', 'charging',
];
// Not acts that judge their doer: "attacked", "threatened", "insulted", "harassed" say something of the one who does them.
