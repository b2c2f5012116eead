/**
 * Whose country a phrase names: "US", "Russian", "the Kremlin's" inside a title or description,
 * and the country an actor's own labels give it ("Russian Foreign Minister" → russia).
 */
import type { Label } from '../../model.js';
import { isPossessive, surfaceOf } from '../actors/token-shape.js';
import { tokensIn } from '../text-positions.js';
import { mentionOf, type LabelScan } from './label-scan.js';

/** The country id token `k` names, or null: a country or government mention, or a demonym. */
export function countryAt(scan: LabelScan, k: number): string | null {
  const mention = mentionOf(scan, k);
  if (mention) {
    const actor = scan.actors.get(mention.actor);
    if (actor?.kind === 'country') return actor.id;
    if (actor?.kind === 'government') return actor.country;
    return null;
  }
  return scan.aliases.demonyms.get(scan.article.tokens[k]!.norm) ?? null;
}

/**
 * The country tokens `from`..`to - 1` name. "the country's" stands for the first country the
 * sentence names outside the phrase: in news the sentence's topic comes first ("The new US
 * administration has unveiled …, as the country's top diplomat …" → the US).
 */
export function phraseCountry(scan: LabelScan, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const direct = countryAt(scan, k);
    if (direct !== null) return direct;
    if (isPossessive(surfaceOf(scan.article, k)) && scan.words.countryNouns.has(scan.article.tokens[k]!.norm)) {
      const sentence = scan.article.sentences[scan.sentenceOf[k]!]!;
      for (let j = sentence.tokens.first; j < sentence.tokens.end; j++) {
        if (j >= from && j < to) continue;
        const topic = countryAt(scan, j);
        if (topic !== null) return topic;
      }
    }
  }
  return null;
}

/** Countries each actor's labels give it, by actor id. */
export function labelCountries(scan: LabelScan, labels: readonly Label[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const actor of scan.found.actors) if (actor.country !== null) out.set(actor.id, new Set([actor.country]));
  for (const label of labels) {
    const { first, end } = tokensIn(scan.article, label.span);
    const country = phraseCountry(scan, first, end);
    if (country === null) continue;
    const set = out.get(label.actor) ?? new Set<string>();
    set.add(country);
    out.set(label.actor, set);
  }
  return out;
}
