/**
 * Social-media handles ("@realDonaldTrump", "@DCGopGirl") are forms of the person or body whose
 * account they are, not actors of their own (issue 13: real NYT copy, BASIL 96b7046f, made
 * "DCGopGirl" an actor beside Elizabeth Lauten, "who has more than 14,000 followers on Twitter
 * as @DCGopGirl"; a teacher saw "@realDonaldTrump" apart from Trump).
 *
 * The owner is, first, the one person or body of the article whose name the handle spells
 * ("realDonaldTrump" holds "donaldtrump"; a surname of four letters or more will do when one
 * actor has it); else the person named last before the handle in its sentence, when the handle
 * is introduced as a name of hers ("as @DCGopGirl", "(@DCGopGirl)"). Otherwise it stays apart.
 */
import type { Actor, ActorsFound, Article } from '../../model.js';
import { renameActors } from './same-actor.js';

const owners: ReadonlySet<string> = new Set(['person', 'organisation', 'government']);

/** True when the mention's span is written right after an "@". */
function isHandle(article: Article, start: number): boolean {
  return start > 0 && article.text[start - 1] === '@';
}

/** Letters of a name or handle, folded, no separators ("Donald Trump" → "donaldtrump"). */
const letters = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

/** The one actor whose name the handle spells, by full name, else by a surname of four letters or more. */
function spelledOwner(handle: string, actors: readonly Actor[]): Actor | null {
  const h = letters(handle);
  const full = actors.filter((a) => a.name.includes(' ') && h.includes(letters(a.name)));
  if (full.length === 1) return full[0]!;
  if (full.length > 1) return null;
  const surname = (a: Actor) => letters(a.name.slice(a.name.lastIndexOf(' ') + 1));
  const bySurname = actors.filter((a) => a.kind === 'person' && surname(a).length >= 4 && h.includes(surname(a)));
  return bySurname.length === 1 ? bySurname[0]! : null;
}

/** Join each actor named only by handles to the actor whose account the handle is. */
export function joinHandles(article: Article, found: ActorsFound): ActorsFound {
  const byId = new Map(found.actors.map((a) => [a.id, a]));
  const renamed = new Map<string, Actor>();
  for (const actor of found.actors) {
    const mine = found.mentions.filter((m) => m.actor === actor.id);
    if (mine.length === 0 || !mine.every((m) => isHandle(article, m.span.start))) continue;
    const others = found.actors.filter((a) => a.id !== actor.id && owners.has(a.kind));
    let owner = spelledOwner(actor.name, others);
    if (owner === null) {
      const first = mine[0]!;
      const before = article.text.slice(Math.max(0, first.span.start - 5), first.span.start - 1);
      const introduced = /(?:\bas|\(|,)\s*$/.test(before);
      const previous = found.mentions.filter((m) => m.sentence === first.sentence && m.span.end <= first.span.start && byId.get(m.actor)?.kind === 'person').at(-1);
      owner = introduced && previous ? byId.get(previous.actor)! : null;
    }
    if (owner) renamed.set(actor.id, owner);
  }
  return renameActors(found, renamed);
}
