/**
 * Every sentence Parallax says to a person about a kind of thing, in one table per kind,
 * used by the CLI, the web app and the reports alike (STYLE.md, habit 8). The tables are
 * exhaustive: TypeScript fails the build when a kind has no wording.
 */
import type { RemovalReason } from '../../model.js';

/** Why a line was removed, said to a reader. */
export const removalWording: Record<RemovalReason, string> = {
  navigation: 'site navigation or label',
  'size-toggle': 'image size picker',
  'image-caption': 'photo caption',
  'repeated-caption': 'line repeated (a caption, or a headline cut short)',
  'image-label': 'image label or credit',
  'share-prompt': 'prompt to share or follow',
  'cross-promotion': 'link to another article',
  'comment-marker': 'comments section marker',
  'outlet-self-description': "the outlet's description of itself",
  footer: "site footer after the story's reporting credit",
  byline: 'byline (kept as the author)',
  dateline: 'dateline (kept as the publication date)',
  headline: 'headline (kept as the title)',
  'credit-line': 'reporting credit (kept as metadata)',
  'section-label': 'section label or tag above the headline',
  'topic-list': "the site's list of topics or tags",
};
