/**
 * Language detection, enough to pick a stemmer and to say when English-only analyses do not
 * apply. Script first (Cyrillic → Russian or Ukrainian), then function-word hits for Latin text.
 */

const functionWords: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'said', 'has'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'dem', 'den', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'pas', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una', 'con', 'para'],
  it: ['il', 'di', 'che', 'della', 'non', 'per', 'una', 'sono', 'gli', 'con', 'anche', 'nel'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'к', 'он', 'из'],
  uk: ['і', 'та', 'що', 'не', 'на', 'з', 'як', 'це', 'до', 'від', 'він', 'україни'],
};

/** ISO 639-1 code of the text's language, or `und` when it cannot tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  let best = 'und';
  let bestHits = 0;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [code, list] of Object.entries(functionWords)) {
    const hits = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (hits > bestHits) [best, bestHits] = [code, hits];
  }
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (cyrillic / letters > 0.5) return best === 'uk' ? 'uk' : 'ru';
  // Too few function words to be sure: a headline-only text is most likely English here.
  return bestHits / words.length >= 0.03 || words.length < 30 ? (best === 'und' ? 'en' : best) : 'und';
}
