/**
 * The cleaning rules: each says what makes a line page chrome, in order. A rule sees the line
 * and its neighbours, never a list of known articles' strings (the patterns are in
 * lexicons/chrome.ts). Adding a rule is one entry in `chromeRules`.
 */
import type { RemovalReason } from '../model.js';
import {
  captionCredit, commentMarker, creditLine, crossPromotion, imageLabel, interfaceWords,
  selfDescription, sharePrompt, sizeToggle, topicList, trailingPhotoCredit,
} from '../lexicons/chrome.js';

/** A non-blank line of the raw text, trimmed. */
export interface Line {
  /** The trimmed text. */
  text: string;
  /** Offset of the trimmed text in the raw body. */
  start: number;
  /** True when a blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
}

/** What a rule may look at: the lines, which one, and what is known so far. */
export interface RuleContext {
  /** All non-blank lines. */
  lines: readonly Line[];
  /** Index of the line being classified. */
  i: number;
  /** True once a reporting credit has closed the story: what follows is footer. */
  inFooter: boolean;
  /** The outlet's name, when known, to recognise it speaking of itself. */
  outlet: string | null;
}

/** A cleaning rule: the reason it gives and the test that decides it. */
export interface ChromeRule {
  /** The reason recorded for a removed line. */
  reason: RemovalReason;
  /** True when the line is chrome for this reason. */
  test(ctx: RuleContext): boolean;
}

const uiWords = new Set(interfaceWords);
const terminal = /[.!?…:;,"”’»)\]]$/;

const line = (ctx: RuleContext, offset = 0) => ctx.lines[ctx.i + offset]?.text ?? null;
const words = (text: string) => text.toLowerCase().split(/[\s/|•·>»–—-]+/).filter(Boolean);
const inTail = (ctx: RuleContext) => ctx.i >= ctx.lines.length * (2 / 3);

/** The same short line twice in a row: a photo caption and its alt text. */
function isRepeated(ctx: RuleContext): boolean {
  const text = line(ctx)!;
  const same = (other: string | null) => other !== null && other === text;
  return !/[.!?]["”]?$/.test(text) && text.split(/\s+/).length <= 20 && (same(line(ctx, -1)) || same(line(ctx, 1)));
}

/** A line ending in an ellipsis whose words open the next line: a teaser cut from it. */
function isCutCopy(text: string, next: string | null): boolean {
  const head = /^(.{12,}?)\s*(?:\.\.\.|…)$/.exec(text)?.[1];
  return head !== undefined && next !== null && next.length > head.length && next.startsWith(head);
}

/**
 * A line closing on a photo credit with no sentence punctuation before it, and no reporting
 * credit ("With reporting by AP and Reuters"). A caption is a sentence or two: a longer line is a
 * story's text cut off by the page (an excerpt cut short, not a caption).
 */
const captionWords = 40;
const isCreditedCaption = (text: string) =>
  !/[.!?…;,"”’»]$/.test(text) && text.split(/\s+/).length <= captionWords && trailingPhotoCredit.test(text) && !creditLine.test(text);

const chromeRules: readonly ChromeRule[] = [
  { reason: 'comment-marker', test: (ctx) => commentMarker.test(line(ctx)!) },
  {
    reason: 'size-toggle',
    test: (ctx) => sizeToggle.test(line(ctx)!) && [line(ctx, -1), line(ctx, 1)].some((n) => n !== null && sizeToggle.test(n)),
  },
  {
    reason: 'navigation',
    test: (ctx) => {
      const ws = words(line(ctx)!);
      return ws.length <= 5 && !terminal.test(line(ctx)!) && ws.every((w) => uiWords.has(w));
    },
  },
  {
    // A page widget: a short line mostly of figures and signs ("0", "$77.65 €92.01", "-7.9 C", "Views: 2628").
    reason: 'navigation',
    test: (ctx) => {
      const text = line(ctx)!;
      const visible = text.replace(/\s/g, '');
      return text.split(/\s+/).length <= 6 && /\p{N}/u.test(text) && !terminal.test(text) && (visible.match(/\p{L}/gu) ?? []).length < 0.5 * visible.length;
    },
  },
  { reason: 'image-label', test: (ctx) => imageLabel.test(line(ctx)!.replace(/^[•·*\-–\s]+/, '')) },
  {
    reason: 'repeated-caption',
    // The second copy; the first is taken by 'image-caption' below. Or a line cut short with an
    // ellipsis that the next line gives whole ("Theresa May's Government Survi...").
    test: (ctx) => (isRepeated(ctx) && line(ctx, -1) === line(ctx)) || isCutCopy(line(ctx)!, line(ctx, 1)),
  },
  {
    reason: 'image-caption',
    test: (ctx) => isRepeated(ctx) || captionCredit.test(line(ctx)!) || isCreditedCaption(line(ctx)!),
  },
  {
    reason: 'topic-list',
    test: (ctx) => topicList.test(line(ctx)!) && !/[.!?]["”’»]?$/.test(line(ctx)!) && !/["“”«]/.test(line(ctx)!) && line(ctx)!.split(/\s+/).length <= 30,
  },
  // A promotion names another story in a line; "WATCH:" before a page's whole excerpt run into
  // one line (headline, date and lede, 40 words: issue 12, pages dev-2 a100) is the page's own text.
  { reason: 'cross-promotion', test: (ctx) => crossPromotion.test(line(ctx)!) && !/["“”]/.test(line(ctx)!) && line(ctx)!.split(/\s+/).length <= 30 },
  {
    reason: 'share-prompt',
    test: (ctx) => sharePrompt.test(line(ctx)!) && !/["“”«]/.test(line(ctx)!) && line(ctx)!.split(/\s+/).length <= 25,
  },
  { reason: 'credit-line', test: (ctx) => creditLine.test(line(ctx)!) && line(ctx)!.split(/\s+/).length <= 25 },
  {
    reason: 'outlet-self-description',
    test: (ctx) => {
      const text = line(ctx)!;
      if (!ctx.inFooter && !inTail(ctx)) return false;
      const named = ctx.outlet !== null && (text === ctx.outlet || text.startsWith(`${ctx.outlet} `));
      return named || selfDescription.some((p) => p.test(text));
    },
  },
  // After a reporting credit the story is over: what follows is the site's footer.
  { reason: 'footer', test: (ctx) => ctx.inFooter },
];

/** The first rule that calls the line chrome, or null for a line of the article. */
export function chromeReason(ctx: RuleContext): RemovalReason | null {
  return chromeRules.find((rule) => rule.test(ctx))?.reason ?? null;
}
