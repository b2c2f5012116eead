/**
 * A cue the learned model found, as a verb use the speaker search understands: its subject is
 * looked for before its first word ("Clinton is expected", "Sanders wants"), an -ing form hangs
 * on its clause's subject, a participle followed by "by" names its agent.
 */
import type { Article } from '../../model.js';
import type { LearnedCue } from './cue-model.js';
import { byMeans, type VerbUse } from './find-reporting-verbs.js';
import type { FormShape } from './verb-forms.js';
import { spanOfTokens } from '../text-positions.js';

function shapeOf(norm: string): FormShape {
  if (/ing$/u.test(norm)) return 'ing';
  if (/ed$/u.test(norm)) return 'past';
  if (/[^s]s$/u.test(norm)) return 's';
  return 'bare';
}

/** The verb use of one learned cue; its head is its most probable word. */
export function learnedUse(article: Article, cue: LearnedCue, scores: Float64Array): VerbUse {
  const { first, end } = cue.tokens;
  let head = first;
  for (let i = first; i < end; i += 1) if (scores[i]! > scores[head]!) head = i;
  const shape = shapeOf(article.tokens[head]!.norm);
  const span = spanOfTokens(article, cue.tokens);
  const lemma = article.text.slice(span.start, span.end).toLowerCase().replace(/\s+/gu, ' ');
  const next = article.tokens[end];
  return {
    sentence: cue.sentence,
    token: first,
    end,
    form: { entry: { lemma, verbClass: 'neutral' }, shape, then: null },
    passive: shape === 'past' && end < article.sentences[cue.sentence]!.tokens.end && next?.norm === 'by' && !byMeans(article, end, article.sentences[cue.sentence]!.tokens.end),
    verb: { span, lemma, verbClass: 'neutral', borderline: false, negated: false },
  };
}
