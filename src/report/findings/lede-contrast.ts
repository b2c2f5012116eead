/**
 * Headline and lede (issue 11): news puts its most important fact first (the inverted pyramid;
 * Pöttker 2003), so two outlets that open with different facts have ranked the story
 * differently. When the two opening sentences are not linked to each other, the finding says
 * what each opens with and where the other article reports that fact (its paragraph), or that
 * it has no clear counterpart there.
 */
import type { Evidence, SentencePlace, Side } from '../../model.js';
import type { FindingRule } from './rule.js';

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export const ledeContrast: FindingRule = (report) => {
  const { left, right } = report.articles;
  if (left.sentences.length === 0 || right.sentences.length === 0) return [];
  const links = report.alignment.links;
  if (links.some((l) => l.left === 0 && l.right === 0)) return [];
  /** The likeliest sentence of the other side linked with this side's opening sentence. */
  const elsewhere = (side: Side): SentencePlace | null => {
    const linked = links.filter((l) => l[side] === 0).sort((a, b) => b.probability - a.probability)[0];
    if (!linked) return null;
    const sentence = linked[other(side)];
    const count = report.articles[other(side)].sentences.length;
    return { sentence, paragraph: report.articles[other(side)].sentences[sentence]!.paragraph, relative: count > 1 ? sentence / (count - 1) : 0 };
  };
  const ledes = { left: { sentence: 0, elsewhere: elsewhere('left') }, right: { sentence: 0, elsewhere: elsewhere('right') } };
  // Two ledes that may share a fact say nothing about ranking, even when each is linked to
  // another sentence by a fact of its own: "The House on Friday approved a sweeping election
  // reform bill" / "The House passed the Democrats' showcase … legislation on Friday" (Fox/NYT,
  // BASIL 2f3e86b6); "FBI official Peter Strzok, who played a lead role in …, has been fired" /
  // "FBI Special Agent Peter Strzok, who was taken off … team, has been fired" (Fox/HuffPost,
  // BASIL 2a3fde8a), each linked by its relative clause. Only ledes surely apart are contrasted.
  if (!report.alignment.ledesApart) return [];
  const at = (side: Side, sentence: number): Evidence => ({ side, sentence, span: report.articles[side].sentences[sentence]!.span });
  const evidence = [at('left', 0), at('right', 0)];
  for (const side of ['left', 'right'] as const) {
    const place = ledes[side].elsewhere;
    if (place) evidence.push(at(other(side), place.sentence));
  }
  return [{ kind: 'lede-contrast', ledes, evidence }];
};
