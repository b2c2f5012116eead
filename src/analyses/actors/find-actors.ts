/**
 * The people, organisations, governments, countries and places an article names, with every
 * mention as a span: compromise's tags, the alias table, title zones and proper-noun runs
 * (find-candidates.ts), then grouping by folded spelling and surname (group-actors.ts).
 *
 * Not mentions here: pronouns (the quotes analysis resolves a speaker's "he"), descriptions
 * standing for a name ("the activist": the labels analysis ties those to actors). A body's
 * short name ("the bureau" after the FBI) is one, added last (short-names.ts); a handle
 * ("@realDonaldTrump") is a form of its owner (handles.ts).
 */
import type { ActorsResult, AliasTable, Article, NotApplicable } from '../../model.js';
import { builtInAliases } from '../../lexicons/aliases.js';
import { compileAliases } from './alias-table.js';
import { findCandidates } from './find-candidates.js';
import { groupActors } from './group-actors.js';
import { joinHandles } from './handles.js';
import { joinWithin } from './same-actor.js';
import { addShortNames } from './short-names.js';
import { tagTokens } from './tag-tokens.js';

const languageNames: Record<string, string> = { ru: 'Russian', uk: 'Ukrainian', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', und: 'an undetermined language' };

/**
 * Null when English rules apply to the article, else why not. Titles, role nouns, capitalised
 * names and compromise's lexicons are English; an article in another language gets a reason,
 * never an empty list that would read as "no actors".
 */
function englishOnly(article: Article, what: string): NotApplicable | null {
  const language = article.meta.language;
  if (language === 'en') return null;
  const name = languageNames[language];
  const said = name === undefined ? `language "${language}"` : language === 'und' ? name : `${name} (${language})`;
  return { applies: false, language, reason: `${what} are found with English rules; this article is in ${said}.` };
}

/** Find the actors of an article. `aliases` defaults to the built-in table (merge a user's with `mergeAliasTables`). */
export function findActors(article: Article, aliases: AliasTable = builtInAliases): ActorsResult {
  const skip = englishOnly(article, 'Actors');
  if (skip) return skip;
  const tags = tagTokens(article, 'lexicon');
  const matcher = compileAliases(aliases);
  const { actors, mentions } = groupActors(article, tags, matcher, findCandidates(article, tags, matcher));
  return addShortNames(article, joinHandles(article, joinWithin({ applies: true, actors, mentions })), matcher);
}
