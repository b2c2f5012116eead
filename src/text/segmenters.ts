/** Intl.Segmenter instances, one per language and granularity: they are costly to build and safe to share. */

const cache = new Map<string, Intl.Segmenter>();

/** The segmenter for a language (`und`, unknown, segments as English). */
export function segmenterFor(language: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${language}:${granularity}`;
  let s = cache.get(key);
  if (!s) cache.set(key, (s = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity })));
  return s;
}
