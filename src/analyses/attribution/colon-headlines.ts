/**
 * A name, then a colon, then what they said, opening a paragraph: the headline convention
 * "Sanders: Brexit’s message could draw Trump support in US." and the transcript's "TAPPER: Do
 * you think…". PolNeAR annotates the colon as the cue and the name as the source (train: of
 * 145 colon cues, 117 were missed, most of them such headlines). A quotation after the colon is
 * found by the quotation search already; this covers the words in the outlet's own voice.
 * The label is at most five capitalised words and opens with no kicker ("Breaking:",
 * "Editor's note:", "The Latest:"); what follows holds three words or more and opens with no digit
 * ("Clinton: 2,316." is a tally).
 */
import type { Article, TextAttribution } from '../../model.js';
import { headlineKickers } from '../../lexicons/reporting-verbs-speakers.js';

const kickers = new Set(headlineKickers);
const MAX_WORDS = 5;
/** Lower-case words a label may hold between its names ("Clinton camp", "Secretary of State"). */
const inner = new Set(['of', 'and', 'camp', 'de', 'la', 'van', 'von']);

/** Attributions of colon-introduced words in the outlet's voice at paragraph starts, not already in `found`. */
export function colonHeadlines(article: Article, found: readonly TextAttribution[]): TextAttribution[] {
  const { text } = article;
  const out: TextAttribution[] = [];
  for (const paragraph of article.paragraphs) {
    const m = /^([^\n:.!?"“”]{1,50}?):[ \t]+(?=[^\s"“'‘\d])/u.exec(text.slice(paragraph.span.start, paragraph.span.end));
    if (!m) continue;
    const label = m[1]!.trim();
    const words = label.split(/\s+/u);
    if (words.length > MAX_WORDS || kickers.has(words[0]!.toLowerCase())) continue;
    if (!words.every((w) => /^[\p{Lu}]/u.test(w) || inner.has(w))) continue;
    if (label === label.toUpperCase() && words.length > 1) continue; // a section label: "FIX IS IN", "THE TOTAL"
    const colon = paragraph.span.start + m[1]!.length;
    if (found.some((a) => a.cue !== null && a.cue.start <= colon && colon < a.cue.end)) continue;
    const sentence = article.sentences.find((s) => s.span.start <= colon && colon < s.span.end);
    if (!sentence) continue;
    const after = text.slice(colon + 1, sentence.span.end);
    if ((after.match(/[\p{L}’']+/gu) ?? []).length < 3) continue;
    const start = colon + 1 + (after.length - after.trimStart().length);
    const end = colon + 1 + after.trimEnd().length;
    const source = { start: paragraph.span.start + (m[1]!.length - m[1]!.trimStart().length), end: colon };
    out.push({ kind: 'indirect', content: { start, end }, cue: { start: colon, end: colon + 1 }, source, speaker: label });
  }
  return out;
}
