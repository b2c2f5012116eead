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

/**
 * A transcript's speaker label inside a paragraph, at a sentence start: "Q:", "A:" or a name in
 * capitals ("KATE BOULDUAN: Why not debate? JOEL BENENSON: This is a man who…"; PolNeAR train,
 * where interviews run on in one paragraph). Only where the article has two labels or more, so
 * one capitalised word before a colon is not read as a transcript.
 */
const transcriptLabel = /^(Q|A|[\p{Lu}][\p{Lu}.’'-]+(?: [\p{Lu}][\p{Lu}.’'-]+){0,2}):[ \t]+(?=[^\s\d])/u;

/** Starts of the units where a label may stand: paragraphs, and sentences inside a transcript; and whether the article is one. */
function labelStarts(article: Article): { starts: number[]; transcript: boolean } {
  const starts = article.paragraphs.map((p) => p.span.start);
  const labelled = article.sentences.map((s) => s.span.start).filter((at) => transcriptLabel.test(article.text.slice(at, at + 60)));
  const inside = labelled.filter((at) => !starts.includes(at));
  const transcript = labelled.length >= 2;
  return { starts: transcript ? [...starts, ...inside] : starts, transcript };
}

/** Attributions of colon-introduced words in the outlet's voice at paragraph starts (and a transcript's labels), not already in `found`. */
export function colonHeadlines(article: Article, found: readonly TextAttribution[]): TextAttribution[] {
  const { text } = article;
  const out: TextAttribution[] = [];
  const paragraphStarts = new Set(article.paragraphs.map((p) => p.span.start));
  const { starts, transcript } = labelStarts(article);
  for (const at of starts) {
    const inParagraph = !paragraphStarts.has(at);
    const m = inParagraph ? transcriptLabel.exec(text.slice(at, at + 60)) : /^([^\n:.!?"“”]{1,50}?):[ \t]+(?=[^\s"“'‘\d])/u.exec(text.slice(at, article.paragraphs.find((p) => p.span.start === at)!.span.end));
    if (!m) continue;
    const label = m[1]!.trim();
    const words = label.split(/\s+/u);
    // "Q:" and "A:" are an interview's labels only in a transcript; elsewhere "A:" opens no one's words.
    const interview = transcript && (label === 'Q' || label === 'A');
    if (words.length > MAX_WORDS || (kickers.has(words[0]!.toLowerCase()) && !interview)) continue;
    if (!words.every((w) => /^[\p{Lu}]/u.test(w) || inner.has(w))) continue;
    if (!inParagraph && label === label.toUpperCase() && words.length > 1) continue; // a section label: "FIX IS IN", "THE TOTAL"
    const colon = at + m[1]!.length;
    if (found.some((a) => a.cue !== null && a.cue.start <= colon && colon < a.cue.end)) continue;
    const sentence = article.sentences.find((s) => s.span.start <= colon && colon < s.span.end);
    if (!sentence) continue;
    const after = text.slice(colon + 1, sentence.span.end);
    if ((after.match(/[\p{L}’']+/gu) ?? []).length < 3) continue;
    const start = colon + 1 + (after.length - after.trimStart().length);
    const end = colon + 1 + after.trimEnd().length;
    const source = { start: at + (m[1]!.length - m[1]!.trimStart().length), end: colon };
    out.push({ kind: 'indirect', content: { start, end }, cue: { start: colon, end: colon + 1 }, source, speaker: label });
  }
  return out;
}
