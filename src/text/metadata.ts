/**
 * An article's metadata: what the header gives, completed from what cleaning found in the
 * text and from the file name, each inferred field marked as such.
 */
import type { ArticleMeta, InferredField, RawArticle } from '../model.js';
import type { FoundMeta } from './clean.js';

/**
 * A URL-safe slug of a text, "" when nothing is left: lower case, accents dropped (decomposed,
 * then the marks removed: "Zürich" → "zurich", not "zu-rich"), every other run of characters
 * a hyphen ("U.S. talks" → "u-s-talks").
 */
export function slugOf(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A URL-safe id from a file name: "000_55eef350874ca0e1.txt" → "000_55eef350874ca0e1". */
export function idFromFile(file: string): string {
  return slugOf(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')) || 'article';
}

/** A title from a file name when nothing better is known. */
function titleFromFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || file;
}

/** Merge header, found metadata and detected language; list what was inferred. */
export function buildMeta(raw: RawArticle, found: FoundMeta, detectedLanguage: string): ArticleMeta {
  const h = raw.header;
  const inferred: InferredField[] = [];
  const pick = <T>(given: T | null, guess: T | null, field: InferredField): T | null => {
    if (given !== null) return given;
    if (guess !== null) inferred.push(field);
    return guess;
  };
  const id = pick(h.id, idFromFile(raw.file), 'id')!;
  const title = pick(h.title, found.title ?? titleFromFile(raw.file), 'title')!;
  return {
    id,
    title,
    outlet: pick(h.outlet, found.outlet, 'outlet'),
    source: h.source,
    url: h.url,
    published: pick(h.published, found.published, 'published'),
    language: pick(h.language, detectedLanguage, 'language')!,
    eventDate: h.eventDate,
    byline: pick(h.byline, found.byline, 'byline'),
    credits: found.credits,
    file: raw.file,
    format: raw.format,
    inferred,
  };
}
