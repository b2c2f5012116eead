/**
 * Parallax's data model: every type that crosses a stage boundary lives here.
 *
 * Principles (see DESIGN.md): every text unit carries `{start, end}` offsets into the
 * text it was cut from; later structures refer to earlier ones by index or offset, never by
 * copies of text; variants are unions on a `kind` field; everything is plain JSON data, so a
 * report survives `JSON.parse(JSON.stringify(report))` unchanged. Absent values are `null`,
 * never `undefined`, for the same reason.
 */

// ── Positions ───────────────────────────────────────────────────────────────

/** A half-open range `[start, end)` of UTF-16 code-unit offsets into a text. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

/** A half-open range `[first, end)` of indices into a list (sentences, tokens…). */
export interface IndexRange {
  /** Index of the first item. */
  first: number;
  /** Index one past the last item. */
  end: number;
}

// ── Loading ─────────────────────────────────────────────────────────────────

/** The file formats Parallax reads. `paste` is text typed or pasted into the web form. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'paste';

/** Metadata fields an article header may give and the text may let us infer. */
export interface ArticleHeader {
  /** Stable id used in URLs and on the command line (`[a-z0-9][a-z0-9_-]*`). */
  id: string | null;
  /** The headline. */
  title: string | null;
  /** The outlet as the reader sees it (the site that published this copy). */
  outlet: string | null;
  /** Where the text really comes from when a site republishes another's story. */
  source: string | null;
  /** Address of the page the text was taken from. */
  url: string | null;
  /** Publication date, ISO 8601 (`2021-02-05` or `2021-02-05T09:26:00+03:00`). */
  published: string | null;
  /** Language code (ISO 639-1), e.g. `en`, `ru`. */
  language: string | null;
  /** The day the reported event happened, ISO date, where known. */
  eventDate: string | null;
  /** The author line, e.g. "Camilla Jessen". */
  byline: string | null;
}

/** A file's content as read from disk (or a form), before any cleaning. */
export interface RawArticle {
  /** File name relative to the corpus folder (or a label such as `pasted (left)`). */
  file: string;
  /** How the text was given. */
  format: SourceFormat;
  /** Header fields given explicitly (front matter or HTML metadata); `null` where absent. */
  header: ArticleHeader;
  /** The article text after the header (for HTML: the extracted text, headings as `## `). */
  body: string;
}

/** Why an article file could not be used, or what was wrong with part of it. */
export interface LoadProblem {
  /** File name relative to the corpus folder. */
  file: string;
  /** `error`: the file was skipped; `warning`: it loaded, with the named part ignored. */
  severity: 'error' | 'warning';
  /** Machine-readable kind of problem. */
  code:
    | 'empty'
    | 'binary'
    | 'encoding'
    | 'too-large'
    | 'unreadable'
    | 'no-article'
    | 'only-chrome'
    | 'bad-header'
    | 'bad-date'
    | 'duplicate-id'
    | 'bad-config';
  /** One sentence a person can act on, naming the file and the problem. */
  message: string;
}

// ── Cleaning ────────────────────────────────────────────────────────────────

/** Why a line of the raw text is not part of the article's body. */
export type RemovalReason =
  | 'navigation'
  | 'size-toggle'
  | 'image-caption'
  | 'repeated-caption'
  | 'image-label'
  | 'share-prompt'
  | 'cross-promotion'
  | 'comment-marker'
  | 'outlet-self-description'
  | 'footer'
  | 'byline'
  | 'dateline'
  | 'headline'
  | 'credit-line';

/** A line taken out of the raw text, kept so the reader can see what was removed and why. */
export interface RemovedLine {
  /** Where the line stands in `Article.raw`. */
  span: Span;
  /** Why it was removed. */
  reason: RemovalReason;
}

/** A piece of clean text copied verbatim from the raw text: maps clean offsets back to raw. */
export interface SourcePiece {
  /** Offset of the piece in `Article.text`. */
  clean: number;
  /** Offset of the same characters in `Article.raw`. */
  raw: number;
  /** Length of the piece in code units. */
  length: number;
}

/** Header fields that may be inferred from the text when no header gives them. */
export type InferredField = 'title' | 'outlet' | 'published' | 'language' | 'byline' | 'id';

/** An article's metadata after loading and cleaning. */
export interface ArticleMeta extends ArticleHeader {
  /** Always set: from the header or derived from the file name. */
  id: string;
  /** Always set: from the header, the first line, or the file name. */
  title: string;
  /** Always set: from the header or detected from the text (`und` when unknown). */
  language: string;
  /** A reporting credit such as "With reporting by dpa, AP, and Reuters". */
  credits: string | null;
  /** File name relative to the corpus folder. */
  file: string;
  /** How the text was given. */
  format: SourceFormat;
  /** Fields whose value was inferred from the text rather than given. */
  inferred: InferredField[];
}

// ── Segmentation ────────────────────────────────────────────────────────────

/** A paragraph of clean text: body text, or a subhead kept as a heading (no sentences). */
export interface Paragraph {
  /** Where the paragraph stands in `Article.text`. */
  span: Span;
  /** `heading` paragraphs are subheads: shown, never aligned or scored. */
  kind: 'body' | 'heading';
  /** The paragraph's sentences (empty for headings). */
  sentences: IndexRange;
}

/** A sentence of body text. */
export interface Sentence {
  /** Where the sentence stands in `Article.text` (no surrounding whitespace). */
  span: Span;
  /** Index of its paragraph. */
  paragraph: number;
  /** Its tokens. */
  tokens: IndexRange;
}

/** A word or number. Punctuation and spaces are not tokens; they stay in the text. */
export interface Token {
  /** Where the token stands in `Article.text`. */
  span: Span;
  /** Lower-cased, curly quotes made straight, possessive `'s` dropped. */
  norm: string;
  /** Stem of `norm` (Porter for English, the Russian Porter stemmer for Russian). */
  stem: string;
  /** True for function words; reporting verbs ("said", "claimed") are never stopwords. */
  stop: boolean;
  /** `number` for tokens made of digits (with separators); `word` otherwise. */
  kind: 'word' | 'number';
}

/** A cleaned, segmented article: the unit every analysis works on. */
export interface Article {
  /** Metadata, given or inferred. */
  meta: ArticleMeta;
  /** The text as loaded, before cleaning (offsets of removed lines point here). */
  raw: string;
  /** The clean text: body paragraphs and headings separated by blank lines. */
  text: string;
  /** Lines removed from `raw`, in order. */
  removed: RemovedLine[];
  /** Maps offsets in `text` back to `raw`. */
  sourceMap: SourcePiece[];
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
  /** Body sentences in order. */
  sentences: Sentence[];
  /** Tokens in order. */
  tokens: Token[];
}

/** A loaded corpus: the articles that could be used and what was wrong with the rest. */
export interface Corpus {
  /** Articles in id order. */
  articles: Article[];
  /** Problems met while loading, per file. */
  problems: LoadProblem[];
}

// ── Results ─────────────────────────────────────────────────────────────────

/** An expected failure is a value, not an exception (see STYLE.md, habit 9). */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

// ── Evidence (shared by every finding) ──────────────────────────────────────

/** Which article of a pair: the left one (first named) or the right one. */
export type Side = 'left' | 'right';

/** Words in one article that back a finding: where they stand and in which sentence. */
export interface Evidence {
  /** Which article of the pair. */
  side: Side;
  /** Index of the sentence holding the words, or null for words outside body sentences. */
  sentence: number | null;
  /** The words, as offsets into that article's clean text. */
  span: Span;
}

// ── Distinctive terms ───────────────────────────────────────────────────────

/** Word counts of a background corpus, keyed like the terms (stems, space-joined for phrases). */
export interface TermBackground {
  /** How many articles were counted. */
  articles: number;
  /** Content-word counts by stem. */
  words: Record<string, number>;
  /** Two-word phrase counts by the two stems joined with a space. */
  phrases: Record<string, number>;
}

/**
 * Where the Dirichlet prior of the log-odds comes from (Monroe, Colaresi & Quinn 2008):
 * `pooled` from the two texts (α_w = α_0·(y_A+y_B)/(n_A+n_B)), `uniform` (α_w = alpha for every
 * word, α_0 = alpha × vocabulary size; weak for short texts), or `background` from a corpus.
 */
export type TermPriorChoice =
  | {
      /** Prior pooled from the two texts. */
      kind: 'pooled';
      /** α_0, the prior's total pseudo-count. */
      alpha0: number;
    }
  | {
      /** The same pseudo-count for every word. */
      kind: 'uniform';
      /** α_w, the pseudo-count of each word. */
      alpha: number;
    }
  | {
      /** Prior from a background corpus, to which the two texts' own counts are added. */
      kind: 'background';
      /** α_0, the prior's total pseudo-count. */
      alpha0: number;
      /** The corpus counts (best: the corpus without the two texts). */
      background: TermBackground;
    };

/** The prior a contrast used, as recorded in its result (the background reduced to its size). */
export type TermPrior =
  | Extract<TermPriorChoice, { kind: 'pooled' | 'uniform' }>
  | {
      /** Prior from a background corpus plus the two texts. */
      kind: 'background';
      /** α_0, the prior's total pseudo-count. */
      alpha0: number;
      /** How many background articles were counted. */
      articles: number;
      /** How many content words the background holds. */
      words: number;
    };

/** Settings of a term contrast; every field has a default. */
export interface TermContrastOptions {
  /** The prior; default `{ kind: 'pooled', alpha0: 10 }`. */
  prior?: TermPriorChoice;
  /** A term is tested only when used at least this often in both texts together; default 3. */
  minCount?: number;
  /**
   * A term is listed only when its text uses it at least 2^minLogRatio times as often, per word
   * counted, as the other; default 1 (twice as often).
   */
  minLogRatio?: number;
  /** At most this many terms listed per side; default 20. */
  limit?: number;
  /** False discovery rate for the Benjamini–Hochberg test; default 0.05. */
  fdr?: number;
  /** Below this many counted words in either text, the small-sample note shows; default 300. */
  smallSample?: number;
}

/** One term (a word or a two-word phrase) and how differently the two texts use it. */
export interface TermStat {
  /** The stems the term's occurrences share, joined by a space for a phrase. */
  key: string;
  /** The form to show: the one most often written, e.g. "Russian aggression". */
  term: string;
  /** 1 for a word, 2 for a two-word phrase. */
  words: 1 | 2;
  /** The text that uses the term relatively more (the sign of `z`). */
  side: Side;
  /** Occurrences in the left text. */
  left: number;
  /** Occurrences in the right text. */
  right: number;
  /** The prior pseudo-count α_w the term got. */
  alpha: number;
  /** Log-odds difference δ_w, natural log: positive when the left text uses the term more. */
  delta: number;
  /** δ_w divided by its standard deviation: how many standard errors from no difference. */
  z: number;
  /** Dunning's log-likelihood G² over the 2×2 table, positive when the left text uses it more. */
  g2: number;
  /** p-value of G² (χ², one degree of freedom). */
  p: number;
  /** p adjusted for testing every term at once (Benjamini–Hochberg). */
  pAdjusted: number;
  /** log2 of the ratio of relative frequencies, left over right (Hardie 2014); null when a text has no words. */
  logRatio: number | null;
  /** Every occurrence, left text first, in text order. */
  evidence: Evidence[];
}

/** Why a term contrast should be read with care, or why it is empty. */
export interface TermNote {
  /**
   * `no-words`: a text has no content words; `same-words`: both texts use the same words
   * equally often; `different-languages`: the texts are in two languages; `small-sample`: a
   * text is short; `none-significant`: no term passes the corrected significance test.
   */
  kind: 'no-words' | 'same-words' | 'different-languages' | 'small-sample' | 'none-significant';
  /** The note in words a student understands. */
  message: string;
}

/** Counted totals of the two texts (the n of the statistics). */
export interface TermTotals {
  /** In the left text. */
  left: number;
  /** In the right text. */
  right: number;
}

/** The words and phrases each text of a pair uses distinctively more than the other. */
export interface TermContrast {
  /** The prior of the log-odds. */
  prior: TermPrior;
  /** Minimum combined count for a term to be tested. */
  minCount: number;
  /** Minimum |log-ratio| for a term to be listed (1: used twice as often). */
  minLogRatio: number;
  /** False discovery rate of the significance test. */
  fdr: number;
  /** Content words counted (n for words). */
  words: TermTotals;
  /** Two-word phrases counted (n for phrases, a separate count). */
  phrases: TermTotals;
  /** How many terms reached `minCount` and were tested (the Benjamini–Hochberg family). */
  tested: number;
  /** How many tested terms have an adjusted p below `fdr`. */
  significant: number;
  /** Terms the left text uses more, highest z first. */
  left: TermStat[];
  /** Terms the right text uses more, most negative z first. */
  right: TermStat[];
  /** Notes to show with the lists. */
  notes: TermNote[];
}
