/**
 * The rule tone toward actors applies after the model (src/analyses/actor-tone.ts, issue 13):
 * only words about the target count; a target with none is neutral. Applied here to one
 * NewsMTSC sentence, its target and the other names compromise finds in it, so that
 * `eval:tone` says how often the rule agrees with NewsMTSC's annotators.
 */
import type { Span, ToneLabel } from '../src/model.js';
import { prepareArticle } from '../src/text/prepare-article.js';
import { emptyHeader } from '../src/io/front-matter.js';
import { findActors } from '../src/analyses/actors/find-actors.js';
import { tagTokens } from '../src/analyses/actors/tag-tokens.js';
import { judgedOnly } from '../src/analyses/actor-tone.js';
import { indexSpans } from '../src/analyses/span-index.js';
import { toneToward } from '../src/analyses/tone/index.js';

/** The model's label when a word about the target survives the rule, else neutral. */
export function toneAboutTarget(sentence: string, target: Span): ToneLabel {
  const tone = toneToward(sentence, target);
  if (tone.label === 'neutral') return 'neutral';
  const prepared = prepareArticle({ file: 'newsmtsc.txt', format: 'txt', header: emptyHeader(), body: sentence });
  // Cleaning may change the text (a line taken for page chrome): keep the model's label there.
  if (!prepared.ok || prepared.value.text !== sentence) return tone.label;
  const article = prepared.value;
  const found = findActors(article);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const others = (found.applies ? found.mentions.map((m) => m.span) : []).filter((s) => !overlaps(s, target));
  const judged = judgedOnly(tagTokens(article, 'pos'), article, tone, indexSpans([target, ...others]), { own: target, rivals: others });
  return judged.evidence.length ? tone.label : 'neutral';
}
