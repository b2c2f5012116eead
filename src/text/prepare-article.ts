/**
 * The first stages of the pipeline (src/pipeline.ts) for one article: clean, then segment. Kept
 * apart from the later stages so that loading a corpus loads only these (issue 16).
 */
import type { Article, LoadProblem, RawArticle, Result } from '../model.js';
import { clean } from './clean.js';
import { detectLanguage } from './language.js';
import { buildMeta } from './metadata.js';
import { segment } from './segment.js';

/** Clean and segment one raw article; an article that is only chrome is a problem, not an article. */
export function prepareArticle(raw: RawArticle): Result<Article, LoadProblem> {
  const cleaned = clean(raw);
  if (!cleaned.paragraphs.some((p) => p.kind === 'body')) {
    const n = cleaned.removed.length;
    return {
      ok: false,
      error: { file: raw.file, severity: 'error', code: 'only-chrome', message: `${raw.file} has no article text: all ${n} line${n === 1 ? ' is' : 's are'} page chrome (menus, captions, share prompts…)` },
    };
  }
  const meta = buildMeta(raw, cleaned.found, detectLanguage(cleaned.text));
  const units = segment(cleaned.text, cleaned.paragraphs, meta.language);
  return {
    ok: true,
    value: { meta, raw: raw.body, text: cleaned.text, removed: cleaned.removed, sourceMap: cleaned.sourceMap, ...units },
  };
}
