/**
 * Russian Cyrillic letters in Latin, for comparing names across languages ("Галявиев" and
 * "Galyaviev", "Керчь" and "Kerch"). Source: the BGN/PCGN 1947 romanization of Russian (as the
 * English-language press mostly uses it), simplified: no diacritics, hard and soft signs dropped.
 * Licence: MIT, as the project.
 */
export const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
