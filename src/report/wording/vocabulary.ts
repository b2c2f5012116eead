/** Words for the model's small closed sets (relations, verb classes, label kinds, sides). */
import type { LabelKind, PairRelation, ToneLabel, VerbClass } from '../../model.js';

/** A pair's relation, said to a reader. */
export const relationWording: Record<PairRelation, { title: string; plain: string }> = {
  'same-event': { title: 'Same event', plain: 'Both articles report the same event: their differences are differences of framing.' },
  related: { title: 'Related, different occasions', plain: 'Same people and topic, but different occasions: some differences are news, not framing.' },
  duplicate: { title: 'Duplicates', plain: 'The two texts are (almost) the same article.' },
  unrelated: { title: 'Not the same story', plain: 'The two articles share too little to be reports of the same event.' },
};

/** A reporting verb class, said to a reader. */
export const verbClassWording: Record<VerbClass, { name: string; plain: string }> = {
  neutral: { name: 'neutral', plain: 'reports the words without judging them (said, told)' },
  endorsing: { name: 'endorsing', plain: 'presents the words as true (noted, revealed, pointed out)' },
  distancing: { name: 'distancing', plain: 'casts doubt on the words (claimed, alleged, insisted)' },
  concession: { name: 'concession', plain: 'makes the words sound like a confession (admitted, acknowledged)' },
  denial: { name: 'denial', plain: 'frames the words as a refusal (denied, rejected)' },
  emotive: { name: 'emotive', plain: 'dramatises the speaker as hostile or emotional (threatened, slammed, boasted)' },
};

/** A label kind, said to a reader. */
export const labelKindWording: Record<LabelKind, string> = {
  title: 'title',
  'pre-modifier': 'description before the name',
  appositive: 'description next to the name',
  description: 'description instead of the name',
};

/** A tone class, said to a reader. */
export const toneWording: Record<ToneLabel, string> = { negative: 'negative', neutral: 'neutral', positive: 'positive' };
