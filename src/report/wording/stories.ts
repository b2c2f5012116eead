/**
 * How a story and its links are said, on the home page and by `parallax pairs` alike: "3 outlets
 * on Antony Blinken and Sergey Lavrov, “response”, 26 Jan 2022".
 */
import type { Story } from '../../model.js';
import { listOf, plural, q } from '../words.js';

/** The words a story is named by; `outletOf` gives an article's outlet (a story of one is named by its outlet). */
export function storyHeading(story: Story, outletOf: (id: string) => string): string {
  const who = story.members.length === 1 ? outletOf(story.members[0]!) : story.outlets === story.members.length ? plural(story.outlets, 'outlet') : plural(story.members.length, 'article');
  const about = [listOf(story.actors.slice(0, 2)), ...story.terms.slice(0, 1).map(q)].filter(Boolean).join(', ');
  const when = story.dates[0]?.label ?? 'no day named';
  return `${who} on ${about || 'one event'}, ${when}`;
}

export const storyWording = {
  title: 'Stories',
  plain: 'Articles found to report one event, one occasion: within a story, differences between two accounts are differences of framing.',
  count: (n: number) => `${n}`,
  members: 'Its articles',
  pairs: 'Pairs inside it',
  related: 'Related, a different occasion',
  /** A link to a related story, with both days. */
  relatedLink: (heading: string, own: string, other: string) => `${heading} (this story: ${own}; that one: ${other})`,
  relatedTitle: 'Related occasions',
  relatedPlain: 'Pairs about the same people on different occasions: what differs between them may be news, not framing.',
  otherTitle: 'Other pairs',
  otherPlain: 'Pairs a teacher set that the event check does not find to report one event.',
  none: 'No two articles report one event.',
};
