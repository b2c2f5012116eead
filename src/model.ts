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
    | 'too-complex'
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
  | 'credit-line'
  | 'section-label'
  | 'topic-list';

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

// ── Tone ────────────────────────────────────────────────────────────────────

/** The three tone classes, as in NewsMTSC (negative, neutral, positive). */
export type ToneLabel = 'negative' | 'neutral' | 'positive';

/**
 * A rule that changed a lexicon word's weight: `negated` (a negator stands up to three words
 * before, same clause), `intensified` / `diminished` ("very", "slightly" just before),
 * `before-but` / `after-but` (the word stands before or after the sentence's last contrast word:
 * "but", or clause-initial "however", "yet", "nevertheless", "nonetheless").
 */
export type ToneRule = 'negated' | 'intensified' | 'diminished' | 'before-but' | 'after-but';

/** Why no tone was measured: no letters at all, or text the English lexicon cannot read. */
export type ToneSkip = 'empty' | 'not-english';

/** A lexicon word that counted toward a tone score. */
export interface LexiconToneEvidence {
  /** Discriminant: the word's weight comes from the tone lexicon (AFINN-165). */
  kind: 'lexicon';
  /** The word, as offsets into the scored text. */
  span: Span;
  /** Its base valence in the lexicon, −5 (very negative) to +5 (very positive). */
  weight: number;
  /** Its weight after the rules (and, toward a target, after distance): what was summed. */
  contribution: number;
  /** The rules that changed the base weight, in the order applied. */
  rules: ToneRule[];
  /** The words that triggered those rules ("not", "very", "but"), as offsets into the text. */
  modifiers: Span[];
  /** True when the word stands inside quoted speech, not in the outlet's own voice. */
  quoted: boolean;
  /** Words between it and the target mention (0 inside or next to it); null for sentence tone. */
  distance: number | null;
}

/** A word whose features moved the trained model's decision toward a target. */
export interface ModelToneEvidence {
  /** Discriminant: the weight comes from the trained model (lexicons/tone-model.json). */
  kind: 'model';
  /** The word, as offsets into the scored text. */
  span: Span;
  /** How much the word's features raised the predicted label's log-odds over the others' mean. */
  support: number;
  /** The word's strongest feature, e.g. `right1:slam` (see analyses/tone/features.ts). */
  feature: string;
  /** True when the word stands inside quoted speech, not in the outlet's own voice. */
  quoted: boolean;
}

/** One piece of evidence behind a tone figure. */
export type ToneEvidence = LexiconToneEvidence | ModelToneEvidence;

/** A tone figure from lexicon words: a score, its label and how many words made it. */
export interface ToneScore {
  /** Sum s of the contributions scaled to −1..1 as s/√(s²+15) (VADER's normalisation). */
  score: number;
  /** `neutral` when |score| < 0.05 (VADER's threshold), else the score's sign. */
  label: ToneLabel;
  /** How many lexicon words contributed. */
  count: number;
}

/** Lexical tone of one sentence, with the outlet's voice and quoted speech kept apart. */
export interface SentenceTone extends ToneScore {
  /** Tone of the words outside quoted speech: the outlet's own voice. */
  voice: ToneScore;
  /** Tone of the words inside quoted speech: what the people quoted said. */
  quoted: ToneScore;
  /** Every lexicon word that counted, in text order. */
  evidence: LexiconToneEvidence[];
  /** Why nothing was scored, or null when the sentence was scored. */
  skipped: ToneSkip | null;
}

/** The probability of each tone class, summing to 1. */
export interface ToneProbabilities {
  /** Probability of a negative tone toward the target. */
  negative: number;
  /** Probability of no tone toward the target. */
  neutral: number;
  /** Probability of a positive tone toward the target. */
  positive: number;
}

/** Tone toward the person (or group) mentioned at a span of a sentence. */
export interface ToneToward {
  /** The tone class. */
  label: ToneLabel;
  /** −1..1: P(positive) − P(negative) for the model; the scaled lexicon sum for `lexicon`. */
  score: number;
  /** Which method decided: the trained model, or distance-weighted lexicon words. */
  method: 'model' | 'lexicon';
  /** The model's class probabilities; null for the lexicon method. */
  probabilities: ToneProbabilities | null;
  /** True when the mention itself stands inside quoted speech: the tone is then the speaker's. */
  targetQuoted: boolean;
  /** The words behind the decision, strongest first. */
  evidence: ToneEvidence[];
  /** Why nothing was scored, or null when the sentence was scored. */
  skipped: ToneSkip | null;
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
  /**
   * Where each text names someone or somewhere (the actors' mentions, the dateline) or
   * otherwise writes words that are no choice of words (a neutral verb attributing speech);
   * default none. A term every use of which, on both sides, is inside such a span ("Nancy
   * Pelosi", "Louis" of "St. Louis Tea Party") is not listed: a name is who is named, not a
   * choice of words (issue 13).
   */
  names?: { left: readonly Span[]; right: readonly Span[] };
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

// ── Pairing ─────────────────────────────────────────────────────────────────

/**
 * How two articles relate (the verdict of the event check, `src/pair/verdict.ts`). `same-event`:
 * both report one event, so their differences are framing; `related`: same actors and topic but
 * different occasions, so differences may be news, not framing; `duplicate`: the same text twice;
 * `unrelated`: too little in common to be reports of one event (only for pairs a teacher forced
 * or a user brought together: the pairing lists no such pair).
 */
export type PairRelation = 'same-event' | 'related' | 'duplicate' | 'unrelated';

/** A calendar date; a part is null where the text leaves it open ("May 12": no year). */
export interface CalendarDate {
  /** Year, e.g. 2021, or null when not known. */
  year: number | null;
  /** Month 1–12, or null when not known. */
  month: number | null;
  /** Day of the month 1–31, or null when not known. */
  day: number | null;
}

/** How finely a date mention names its time. */
export type DateGranularity = 'day' | 'week' | 'month' | 'year';

/**
 * What a date is to the story its sentence tells: a day something happened (`told`), the day
 * news of it was told (`announced`: "has been fired, his lawyer said Monday"; the event may be
 * days older), a day to come (`planned`), or a day looked back on (`background`: "born on…").
 */
export type DateRole = 'told' | 'announced' | 'planned' | 'background';

/** A date named in an article's text ("on May 12", "on Thursday", "last week"): evidence for when its event happened. */
export interface DateMention {
  /** Index of the sentence holding the words. */
  sentence: number;
  /** The words, as offsets into the article's clean text. */
  span: Span;
  /** The date they name, resolved as far as the text and the publication date allow. */
  date: CalendarDate;
  /** How finely they name it ("last week": `week`). */
  granularity: DateGranularity;
  /** True when the words name a date only relative to another ("on Thursday", "yesterday"). */
  relative: boolean;
  /** False for a relative date with no publication date to resolve it against: `date` is then empty. */
  resolved: boolean;
  /** Days from the publication date (negative: before), or null without a full date on both sides. */
  daysFromPublished: number | null;
  /** What the words around it make the day (see `DateRole`). */
  role: DateRole;
  /**
   * The day of the week the words name ("on Thursday": 4; 0 is Sunday), when they name one; kept
   * when the day cannot be placed for want of a publication date.
   */
  weekday?: number;
}

/** Where an article's event date was taken from. */
export type EventDateSource = 'header' | 'text' | 'published' | 'none';

/** When the event an article reports happened, as far as the article says. */
export interface EventDate {
  /** The day, possibly partial; null when nothing names it. */
  date: CalendarDate | null;
  /** ISO 8601 form: `2021-02-04`, or `--05-12` when the year is unknown; null when no day is known. */
  iso: string | null;
  /** The date in words for people: "4 Feb 2021", "12 May (year not given)", "unknown". */
  label: string;
  /** Where it comes from: the header's `event_date`, the text, the publication date, or nowhere. */
  source: EventDateSource;
  /** How sure, in [0, 1]: 1 for a header, lower for dates read from the text, low for the publication date. */
  confidence: number;
  /** The publication date used to resolve relative dates (ISO date), or null when the article has none. */
  published: string | null;
  /** Every date mention found in the article's text, in order. */
  mentions: DateMention[];
  /** Indices into `mentions` of those that name the chosen date. */
  evidence: number[];
  /**
   * True when the text names the chosen day only as the day news was told ("said Monday"): the
   * event itself may have happened a few days before.
   */
  announced: boolean;
  /** One sentence saying how the date was decided (and what is missing). */
  note: string;
  /**
   * The stages of a news process (a runoff, a verdict, a sentence) the text tells in its lede or
   * names only as to come; absent when it names none (see `src/pair/occasion-stages.ts`).
   */
  stages?: OccasionStages;
  /**
   * For an article with no day at all (no publication date to place "on Thursday" against): the
   * day of the week its opening lines tell the event happened (0 is Sunday), read as a day is
   * (see `src/pair/event-dates.ts`); absent otherwise.
   */
  weekday?: number;
}

/** The stages of news processes a report tells and those it names only as to come. */
export interface OccasionStages {
  /** Stages its title or lede tells as happened ("Erdogan wins runoff"), sorted. */
  told: string[];
  /** Stages it names only as to come ("the race goes to a run-off"), never as happened, sorted. */
  toCome: string[];
}

/** A term both articles weigh heavily (TF-IDF over the corpus). */
export interface SharedTerm {
  /** The stem compared (for numbers, the number). */
  stem: string;
  /** A readable form as the left article writes it. */
  surface: string;
  /** Its contribution to the pair's score (product of the two TF-IDF weights). */
  weight: number;
  /** Where the left article first uses it, or null when only its title does. */
  left: Evidence | null;
  /** Where the right article first uses it, or null when only its title does. */
  right: Evidence | null;
}

/** A named actor (person, place, organisation) both articles mention. */
export interface SharedActor {
  /** The comparison key: a folded surname or name ("lavrov" for "Sergei"/"Sergey Lavrov"). */
  key: string;
  /** The fullest name the left article uses. */
  name: string;
  /** The right article's fullest name, when spelled differently; otherwise null. */
  otherName: string | null;
  /** Where the left article first names it. */
  left: Evidence | null;
  /** Where the right article first names it. */
  right: Evidence | null;
}

/** A quoted word sequence (≥ 5 words) found inside quotation marks in both articles. */
export interface SharedQuote {
  /** The words, as the left article writes them. */
  text: string;
  /** How many words are shared in a row. */
  words: number;
  /** The words in the left article. */
  left: Evidence;
  /** The words in the right article. */
  right: Evidence;
}

/** Why two articles were paired: the evidence behind the score. */
export interface PairReasons {
  /** The shared terms that weigh most, heaviest first. */
  sharedTerms: SharedTerm[];
  /** Named actors both mention. */
  sharedActors: SharedActor[];
  /** Quotations both carry. */
  sharedQuotes: SharedQuote[];
}

/** A fact only one side of a pair reports: a number, a name or a specific term the other lacks. */
export interface DistinctFact {
  /** `number`: a figure; `name`: a named person, place or thing; `term`: a specific word. */
  kind: 'number' | 'name' | 'term';
  /** The words as the article writes them. */
  text: string;
  /** Where they stand. */
  evidence: Evidence;
}

/** Two articles the tool (or a teacher) put side by side, with the event check. */
export interface Pair {
  /** Id of the left article. */
  left: string;
  /** Id of the right article. */
  right: string;
  /** How they relate. */
  relation: PairRelation;
  /** Similarity in [0, 1]: cosine of TF-IDF vectors over content stems, numbers and actor names. */
  score: number;
  /** How sure the relation is, in [0, 1]. */
  confidence: number;
  /** The evidence behind the score. */
  reasons: PairReasons;
  /** When the event happened, on each side. */
  eventDates: { left: EventDate; right: EventDate };
  /** Facts each side reports that the other lacks, most specific first. */
  facts: { left: DistinctFact[]; right: DistinctFact[] };
  /** The reasons in words, one short sentence each. */
  explanation: string[];
  /** A plain warning for the reader (different occasions, duplicates), or null. */
  warning: string | null;
  /** `found` by the tool, or `forced` by the corpus's curated pairs. */
  origin: 'found' | 'forced';
  /** Index into `Pairing.stories` of the story holding both, or null (related and unrelated pairs). */
  story: number | null;
}

/** A day a story's articles give for its event, and how many give it. */
export interface StoryDate {
  /** ISO date (`2021-02-04`, or `--02-04` without a year). */
  iso: string;
  /** In words: "4 Feb 2021". */
  label: string;
  /** How many of the story's articles date the event to it (by header or text). */
  articles: number;
}

/**
 * A story: the articles found to report one event (one occasion: no two of them give event days
 * that make different occasions), with the pairs inside it and links to related stories (the
 * same people on other occasions). An article that is only in a related pair is a story of one.
 */
export interface Story {
  /** Ids of its articles, in corpus order. */
  members: string[];
  /** How many different outlets its articles come from. */
  outlets: number;
  /** The days its articles give for the event, most given first (empty when none names a day). */
  dates: StoryDate[];
  /** The names most of its articles use, people first (at most three). */
  actors: string[];
  /** Key words most of its articles lead with (at most three). */
  terms: string[];
  /** Why its articles are one story, one short sentence each. */
  why: string[];
  /** Indices into `Pairing.pairs` of the pairs inside it. */
  pairs: number[];
  /** Related stories: the other story, and the index into `Pairing.pairs` of the related pair that links them. */
  related: { story: number; pair: number }[];
}

/** The pairing of a corpus. */
export interface Pairing {
  /** The stories, largest first, then the stories of one article that a related pair links. */
  stories: Story[];
  /**
   * The pairs, `same-event` and `duplicate` first, then `related`, then forced `unrelated` ones; by
   * score within each. A story of up to six articles lists all its pairs; a larger one each
   * article with its three closest fellows (`stories` has every member).
   */
  pairs: Pair[];
  /** Ids of articles in no pair. */
  unpaired: string[];
  /** Corpus-level notes in words ("One article: nothing to pair."). */
  notes: string[];
  /** How much work the pairing did. */
  stats: PairingStats;
}

/** How much work a pairing did: it compares candidate pairs, never all pairs. */
export interface PairingStats {
  /** Candidate pairs the inverted index proposed. */
  candidates: number;
  /** Article pairs whose similarity was computed (candidates and pairs inside merged groups). */
  similarities: number;
  /** The corpus's background similarity (the median of its articles', see `src/pair/background.ts`). */
  background: number;
}

/** One line of a curation file: two article ids and why. */
export interface CuratedPair {
  /** Id of the left article. */
  left: string;
  /** Id of the right article. */
  right: string;
  /** The teacher's note, or null. */
  note: string | null;
}

/** A teacher's curation of the pairing (`corpus/pairs.json`). */
export interface PairCuration {
  /** The file it was read from, named in explanations and errors. */
  file: string;
  /** Pairs to show whatever the tool finds (they still get the event check). */
  force: CuratedPair[];
  /** Pairs never to make. */
  forbid: CuratedPair[];
}

/** One pair as `parallax pairs --json` prints it: the pair's own fields, `warning` only when there is one. */
export type PairJson = Pick<Pair, 'left' | 'right' | 'relation' | 'score' | 'confidence' | 'reasons' | 'eventDates' | 'explanation'> & {
  /** Present only when there is something to warn about. */
  warning?: string;
};

/** The pairing as `parallax pairs --json` prints it. */
export interface PairingJson {
  /** The pairs. */
  pairs: PairJson[];
  /** Ids of articles in no pair. */
  unpaired: string[];
}

// ── Quotations and attribution ──────────────────────────────────────────────

/**
 * The stance a reporting verb lends to the words it reports (src/lexicons/reporting-verbs.ts):
 * `neutral` (said, told), `endorsing` (noted, revealed: presented as true), `distancing`
 * (claimed, insisted: doubt cast), `concession` (admitted), `denial` (denied), `emotive`
 * (threatened, slammed: the speaker's manner dramatised or cast as hostile).
 */
export type VerbClass = 'neutral' | 'endorsing' | 'distancing' | 'concession' | 'denial' | 'emotive';

/** A reporting verb as it stands in the text. */
export interface ReportingVerb {
  /** The verb with its particle ("said", "pointed out", "according to", "declined to"). */
  span: Span;
  /** Its dictionary form, as in the lexicon ("say", "point out"). */
  lemma: string;
  /** The stance it lends. */
  verbClass: VerbClass;
  /** True when the class is a judgement call the lexicon explains (e.g. "warned", "urged"). */
  borderline: boolean;
  /** True when negated ("did not confirm", "never claimed"). */
  negated: boolean;
}

/**
 * How a speaker was found: `subject` (before the verb: "Blinken said"), `inverted` (after it:
 * "said Blinken"), `according-to`, `agent` (a passive's "by X"), `clause-subject` (the subject
 * of the clause a participle or coordinated verb hangs on: "…, adding that"), `pronoun`
 * (he/she/they resolved to an earlier named speaker), `previous-quote` (a quotation that
 * continues the one before it, whose speaker it takes).
 */
export type SpeakerSource =
  | 'subject'
  | 'inverted'
  | 'according-to'
  | 'agent'
  | 'clause-subject'
  | 'pronoun'
  | 'previous-quote';

/** Who is reported as speaking. */
export interface Speaker {
  /** The words naming the speaker where the verb is: a name, a description or a pronoun. */
  span: Span;
  /**
   * The name itself: the proper name inside `span` without its titles ("Ned Price" in "State
   * Department spokesperson Ned Price"), the phrase for a description, or for a pronoun the
   * earlier mention it was resolved to. Actor mentions overlapping it give the speaker's actor.
   */
  named: Span;
  /** Display name: the person's fullest name in the article ("Sergey Lavrov"), else the phrase ("Russian foreign ministry"). */
  name: string;
  /** Join key across articles: a person's lower-case surname ("lavrov"), else the lower-case phrase. */
  key: string;
  /** `person`, `group` (an institution, government or plural), or `unknown`. */
  kind: 'person' | 'group' | 'unknown';
  /** True when the speaker is named (a proper name), false for a description ("the top US diplomat"). */
  proper: boolean;
  /** How it was found. */
  via: SpeakerSource;
  /** The actor's canonical id, filled by the actor join stage; null until then. */
  actor: string | null;
}

/**
 * What kind of quotation: `full` (a whole statement: starts with a capital at the start of the
 * sentence or after "said," / ":"), `partial` (woven into the outlet's sentence: it “sets out a
 * serious… path”), `fragment` (fewer than 4 words: scare quotes such as “fully coordinated”).
 */
export type QuoteKind = 'full' | 'partial' | 'fragment';

/**
 * The quotation marks used; `none` for a paragraph set off after a colon that reports speech
 * ("Trump lashed out on Twitter, saying:" and the tweet as its own paragraph), which online
 * copy gives without marks.
 */
export type QuoteMarks = 'straight' | 'curly' | 'guillemets' | 'low' | 'single' | 'none';

/**
 * What was wrong with a quotation's marks: `unclosed` (no closing mark: the quotation was cut
 * at the end of its paragraph), `unopened` (a closing mark with no opening one: the quotation
 * was taken from the start of its sentence). Null when the marks are well formed.
 */
export type QuoteProblem = 'unclosed' | 'unopened';

/** A direct quotation: words the article presents, inside quotation marks or set off after a colon, as someone's. */
export interface Quote {
  /** The quoted words, inside the marks (for a quotation over several paragraphs, first word to last). */
  inner: Span;
  /** The whole quotation, marks included. */
  outer: Span;
  /** The quoted words paragraph by paragraph: one piece, or one per paragraph it runs over. */
  pieces: Span[];
  /** Sentences it touches. */
  sentences: IndexRange;
  /** Tokens of the quoted words. */
  tokens: IndexRange;
  /** Full statement, partial quotation or fragment. */
  kind: QuoteKind;
  /** The marks used. */
  marks: QuoteMarks;
  /** Index (in the same list) of the quotation this one stands inside (‘open door’ inside a quote), or null. */
  within: number | null;
  /** What was wrong with the marks, or null. */
  problem: QuoteProblem | null;
  /** Who is quoted, or null when no speaker could be found. */
  speaker: Speaker | null;
  /** The reporting verb that introduces it, or null (Lavrov “gave detailed explanations…”). */
  verb: ReportingVerb | null;
}

/** A reporting verb with its speaker: direct ("…,” he said) or indirect ("Biden claimed that…") speech. */
export interface Attribution {
  /** Index of the sentence holding the verb. */
  sentence: number;
  /** The verb. */
  verb: ReportingVerb;
  /** Who speaks, or null when no speaker is named (an agentless passive: "it was claimed"). */
  speaker: Speaker | null;
  /** Indices of the quotations this verb introduces; empty for indirect speech. */
  quotes: number[];
}

/**
 * One attribution of a plain text (`extractAttributions`), in PolNeAR's terms (Newell et al.,
 * LREC 2018): what is reported (content), the words that report it (cue) and who it comes
 * from (source, as written). Offsets are into the text as given.
 */
export interface TextAttribution {
  /** `direct`: the content is a quotation in marks; `indirect`: reported speech in the outlet's words (a partial quotation inside it included). */
  kind: 'direct' | 'indirect';
  /** What is reported: the quotation with its marks (from its first mark to its last, for one broken by "he said"), or the reported clause. */
  content: Span;
  /** The reporting words ("said", "according to", "told reporters:"), or null (a quotation continuing the one before it). */
  cue: Span | null;
  /** The mention of the source as written (a name, a description, a pronoun), or null when none is written. */
  source: Span | null;
  /** Who speaks, resolved (a pronoun to its person, a surname to the full name), or null when unknown. */
  speaker: string | null;
}

/** One side's attributions to one speaker, in an attribution contrast. */
export interface SpeakerVerbs {
  /** The speaker's display name on this side. */
  name: string;
  /** Indices into this side's attributions. */
  attributions: number[];
  /** How many of them use each verb class. */
  classes: Record<VerbClass, number>;
}

/**
 * How two articles report one speaker (joined by `Speaker.key`): `different` when the verb
 * classes differ ("Lavrov said" against "Lavrov threatened"), `same`, or present on one side only.
 */
export interface AttributionContrast {
  /** The speaker's join key. */
  key: string;
  /** What the comparison shows. */
  kind: 'different' | 'same' | 'left-only' | 'right-only';
  /** The left article's attributions to the speaker, or null. */
  left: SpeakerVerbs | null;
  /** The right article's attributions to the speaker, or null. */
  right: SpeakerVerbs | null;
  /** The verbs, side by side, in text order on each side. */
  evidence: Evidence[];
}

/** One side of a quotation match: a quotation, or the same words standing without quote marks. */
export interface QuoteMatchSide {
  /** Index of the quotation in that article's list, or null for words found outside quotation marks. */
  quote: number | null;
  /** The words compared: the quotation's inner span, or the unquoted words from first to last shared word. */
  span: Span;
  /** Sentences holding them. */
  sentences: IndexRange;
}

/**
 * A difference inside a matched quotation: `only` (words one side has and the other lacks,
 * at the start, inside or at the end: a cut or a splice), `changed` (different words at the
 * same place), `punctuation` (the same two words with different punctuation between them).
 */
export type QuoteDiff =
  | {
      /** Words only one side has. */
      kind: 'only';
      /** The side that has them. */
      side: Side;
      /** The words, in that side's text. */
      span: Span;
      /** Where: before the first shared word, between shared words, or after the last. */
      at: 'start' | 'inside' | 'end';
    }
  | {
      /** Different words at the same place. */
      kind: 'changed';
      /** The left article's words. */
      left: Span;
      /** The right article's words. */
      right: Span;
    }
  | {
      /** The same words at another place: "Smoothie, D-Money and Shifty" against "D-Money, Smoothie (and) Shifty". */
      kind: 'moved';
      /** The words where the left article has them. */
      left: Span;
      /** The words where the right article has them. */
      right: Span;
    }
  | {
      /** Different punctuation between the same two words. */
      kind: 'punctuation';
      /** The characters between the two words in the left article. */
      left: Span;
      /** The characters between the two words in the right article. */
      right: Span;
    };

/** The same quotation in two articles, and how each outlet cut or spliced it. */
export interface QuoteMatch {
  /** `quoted` when both sides quote it; `paraphrased-left` / `-right` when that side has the words without quote marks. */
  kind: 'quoted' | 'paraphrased-left' | 'paraphrased-right';
  /** The left article's side. */
  left: QuoteMatchSide;
  /** The right article's side. */
  right: QuoteMatchSide;
  /** Words the two share, in order (longest common subsequence of normalised words). */
  shared: number;
  /** `shared` divided by the word count of the shorter side, 0..1. */
  overlap: number;
  /** The differences, in text order. */
  diffs: QuoteDiff[];
  /** [left sentence, right sentence] pairs linked by shared words: anchors for sentence alignment. */
  anchors: Array<[number, number]>;
}

// ── Actors and labels ───────────────────────────────────────────────────────

/**
 * What an actor is. `country`: the state as a whole ("Russia", "the United States");
 * `government`: those who rule it, often named by metonym ("the Kremlin", "Moscow",
 * "Washington"); `other`: a proper name found but not classified ("New START", "SolarWinds").
 */
export type ActorKind = 'person' | 'organisation' | 'government' | 'country' | 'place' | 'other';

/** A person, organisation, government, country or place an article names. */
export interface Actor {
  /**
   * Stable id, the same in every article: slug of the canonical name, a person's spelling
   * variants folded ("sergei-lavrov" for both "Sergei" and "Sergey Lavrov").
   */
  id: string;
  /** Canonical name: the alias table's, else the fullest form the article uses. */
  name: string;
  /** What the actor is. */
  kind: ActorKind;
  /** Id of the country the actor belongs to, where the alias table says (Russian government → `russia`); null otherwise. */
  country: string | null;
  /** Distinct surface forms in order of first use ("Sergei Lavrov", "Lavrov", "Moscow", "Kremlin"). */
  forms: string[];
  /** How many times the article names it. */
  mentions: number;
}

/**
 * How a mention was recognised: `alias` (a name in the alias table), `metonym` (a place that
 * stands for a government: "Moscow"), `name` (a proper name found in the text), `surname` (a
 * surname matched to the full name the article uses elsewhere), `short-name` (the head of a body's
 * name in lower case after "the", standing for the one body named before with that head: "the
 * bureau" for the FBI).
 */
export type MentionRule = 'alias' | 'metonym' | 'name' | 'surname' | 'short-name';

/** One place an article names an actor. Pronouns are not mentions. */
export interface ActorMention {
  /** Id of the actor named. */
  actor: string;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** The name's words only: no title, no article, no possessive 's ("Lavrov" in "Lavrov's"). */
  span: Span;
  /** How the mention was recognised. */
  rule: MentionRule;
}

/** One known actor in an alias table and the other names it goes by. */
export interface AliasEntry {
  /** Canonical name; its slug is the actor's id. */
  name: string;
  /** What the actor is. */
  kind: ActorKind;
  /** Names that always mean this actor ("Kremlin", "Russian Federation"), whole words, any case after the first letter. */
  aliases: string[];
  /** Place names that stand for this actor (a capital for its government) except after "in", "near"…, where they name the place. */
  metonyms: string[];
  /** Adjectives of nationality ("Russian"): never mentions; they tell whose title a word is. */
  demonyms: string[];
  /** Canonical name of the country the actor belongs to (for a government or a ministry), or null. */
  country: string | null;
}

/** Known actors: the built-in table (src/lexicons/aliases.ts), extended by a corpus's `aliases.json`. */
export interface AliasTable {
  /** Entries; a later entry with the same name adds to an earlier one, and a later alias wins. */
  actors: AliasEntry[];
}

/** The actors of an article that the English-language rules apply to. */
export interface ActorsFound {
  /** Discriminant: the analysis ran. */
  applies: true;
  /** Actors in order of first mention. */
  actors: Actor[];
  /** Mentions in text order. */
  mentions: ActorMention[];
}

/** An analysis that does not apply to an article says so, rather than reporting zeros. */
export interface NotApplicable {
  /** Discriminant: the analysis did not run. */
  applies: false;
  /** The article's language code, the usual reason. */
  language: string;
  /** One sentence a reader understands, e.g. "Actors are found with English rules; this article is in Russian (ru)." */
  reason: string;
}

/** What `findActors` returns. */
export type ActorsResult = ActorsFound | NotApplicable;

/**
 * What sort of words a label is: `title` (an office before a name: "Russian Foreign
 * Minister"), `pre-modifier` (other words before a name: "jailed opposition figure"),
 * `appositive` (a noun phrase set off by commas: "the State Department spokesman",
 * "Blinken's boss"), `description` (a noun phrase standing in place of the name: "the activist").
 */
export type LabelKind = 'title' | 'pre-modifier' | 'appositive' | 'description';

/**
 * How a label was tied to its actor: `before-name` (directly before a mention),
 * `apposition-after` ("Ned Price, the State Department spokesman"), `apposition-before`
 * ("Blinken's boss, President Joe Biden,"), `same-title` (a description whose office matches
 * the title or label of exactly one actor), `same-country` (a description of a government
 * naming its country: "the new US administration"), `only-recent` (exactly one candidate named
 * in the sentence so far or the one before), `relative-clause` (the noun phrase after "who is"
 * or "who was" beside a name: "Joe Smith, who is the chairman of the committee,").
 */
export type LabelRule = 'before-name' | 'apposition-after' | 'apposition-before' | 'same-title' | 'same-country' | 'only-recent' | 'relative-clause';

/** Words an outlet attaches to an actor. */
export interface Label {
  /** Id of the actor labelled. */
  actor: string;
  /** What sort of words. */
  kind: LabelKind;
  /** Index of the sentence holding the label. */
  sentence: number;
  /** The label's words, without a leading article ("State Department spokesman"). */
  span: Span;
  /** The mention the label is attached to; null for a description, which stands in for a name. */
  mention: Span | null;
  /** How the label was tied to the actor. */
  rule: LabelRule;
}

/** One word of the labels a side gives an actor, with every place it is used. */
export interface LabelWord {
  /** The word, normalised (lower case; "US" and "U.S." alike). */
  word: string;
  /** Each use of the word inside a label. */
  evidence: Evidence[];
}

/** How two outlets label one actor: the words both use and the words only one side uses. */
export interface LabelContrast {
  /** Id of the actor. */
  actor: string;
  /** Words both sides use, with the evidence from both. */
  shared: LabelWord[];
  /** Words only the left article uses for this actor. */
  leftOnly: LabelWord[];
  /** Words only the right article uses for this actor. */
  rightOnly: LabelWord[];
}

// ── Alignment ───────────────────────────────────────────────────────────────

/**
 * Document frequencies for sentence similarity's IDF weights: a background (news texts by
 * default, or a corpus) on which the compared pair is counted too.
 */
export interface IdfTable {
  /** How many documents were counted. */
  documents: number;
  /** In how many documents each key occurs: a stem, or a number's digits. Absent keys: none. */
  frequencies: Record<string, number>;
}

/** Two sentences the caller knows report one fact (e.g. they carry the same quotation). */
export interface AlignmentAnchor {
  /** Index of the sentence in the left article. */
  left: number;
  /** Index of the sentence in the right article. */
  right: number;
}

/**
 * A piece of a word-level difference. `same`: words both sides have (a span on each side);
 * `left-only`/`right-only`: words one side has in that place (a span on that side only).
 */
export interface DiffPart {
  /** Which side has the words. */
  kind: 'same' | 'left-only' | 'right-only';
  /** The words in the left article's text; null for `right-only`. */
  left: Span | null;
  /** The words in the right article's text; null for `left-only`. */
  right: Span | null;
}

/**
 * The word-level difference of matched sentences (a shortest edit script over their words,
 * compared with quotes straightened and invisible characters ignored). `aborted` when it ran
 * out of its budget of counted steps: then no parts, never a hang, the same for the same input.
 */
export type WordDiff =
  | {
      /** The diff finished. */
      kind: 'complete';
      /** The pieces in reading order; each lies inside one sentence of its side. */
      parts: DiffPart[];
    }
  | {
      /** The diff used up its budget of steps and was given up. */
      kind: 'aborted';
      /** The budget it had, in steps of the edit-script search (`src/align/edit-script.ts`). */
      budget: number;
    };

/**
 * Why sentences were linked: `anchor` (the caller paired them, e.g. a shared quotation) or
 * `matching` (the link model found that they share a fact).
 */
export type MatchBasis = 'anchor' | 'matching';

/**
 * How much two linked sentences share (issue 11): `same` (they say the same thing, words
 * aside) or `shares` (they share a fact or statement and each says more: one outlet packs two
 * facts into a sentence, or adds a clause).
 */
export type LinkStrength = 'same' | 'shares';

/** Sentence embeddings of an article's body sentences, from one model: plain arrays, so a cache can store them. */
export interface SentenceEmbeddings {
  /** The model that made them (name@version); two articles' vectors are compared only when this is equal. */
  model: string;
  /** One vector per body sentence, in the order of `Article.sentences`. */
  vectors: number[][];
}

/** Two sentences, one on each side, that share a fact. */
export interface SentenceLink {
  /** Index of the left sentence. */
  left: number;
  /** Index of the right sentence. */
  right: number;
  /** How much they share. */
  strength: LinkStrength;
  /** The link model's probability that they share a fact, in [0, 1]. */
  probability: number;
  /** Why they are linked. */
  basis: MatchBasis;
}

/** A row of an alignment, in reading order; every sentence stands in exactly one row. */
export type AlignmentRow =
  | {
      /** Linked sentences: each shares a fact with a sentence on the other side of the row. */
      kind: 'match';
      /** Left sentence indices, ascending (more than one where the right side packs their facts together). */
      left: number[];
      /** Right sentence indices, ascending (more than one where the left side packs their facts together). */
      right: number[];
      /** `same` only for one sentence a side saying the same thing; otherwise `shares`. */
      strength: LinkStrength;
      /** Lexical similarity of the two sides' sentences taken together, in [0, 1]. */
      similarity: number;
      /** How the row's first link was made. */
      basis: MatchBasis;
      /**
       * The word-level difference. In a `shares` row its `same` parts are the shared part only
       * (runs of at least one content word), the rest of each side is that side's "more in".
       */
      diff: WordDiff;
    }
  | {
      /** A left sentence with no counterpart: only the left outlet reports it. */
      kind: 'only-left';
      /** Index of the left sentence. */
      left: number;
    }
  | {
      /** A right sentence with no counterpart: only the right outlet reports it. */
      kind: 'only-right';
      /** Index of the right sentence. */
      right: number;
    }
  | {
      /**
       * A left sentence neither linked nor shown as only in its article: the other article has
       * a sentence too close to rule out a shared fact, too far to link (no omission is claimed).
       */
      kind: 'unclear-left';
      /** Index of the left sentence. */
      left: number;
      /** The right sentence most likely to share its fact. */
      nearest: number;
    }
  | {
      /** A right sentence neither linked nor shown as only in its article (see `unclear-left`). */
      kind: 'unclear-right';
      /** Index of the right sentence. */
      right: number;
      /** The left sentence most likely to share its fact. */
      nearest: number;
    };

/** Where a sentence stands in its article. */
export interface SentencePlace {
  /** Index of the sentence. */
  sentence: number;
  /** Index of its paragraph (counting headings, as in `Article.paragraphs`). */
  paragraph: number;
  /** Its position from 0 (first sentence) to 1 (last sentence). */
  relative: number;
}

/** A matched fact the two outlets place far apart (e.g. the lede in one, near the end in the other). */
export interface Placement {
  /** Index of the `match` row in `Alignment.rows`. */
  row: number;
  /** Where the left article places it (its first sentence in the row). */
  left: SentencePlace;
  /** Where the right article places it (its first sentence in the row). */
  right: SentencePlace;
  /** `right.relative − left.relative`: positive when the right outlet puts it later. */
  shift: number;
}

/** Two articles lined up sentence by sentence. */
export interface Alignment {
  /** Id of the left article. */
  left: string;
  /** Id of the right article. */
  right: string;
  /** The probability a pair needed to be linked (anchors excepted). */
  threshold: number;
  /** The embedding model whose vectors joined the lexical evidence, or null when the lexical evidence ran alone. */
  embedding: string | null;
  /** Every link, by left then right sentence; a sentence may have several (one-to-many). */
  links: SentenceLink[];
  /** Matches and one-side-only sentences, ordered by the left article with right-only sentences near their neighbours. */
  rows: AlignmentRow[];
  /** Matched facts placed far apart, largest shift first. */
  placements: Placement[];
  /**
   * True when the two opening sentences surely share no fact (their link probability is below
   * the bar under which a sentence is "only in" one article); false when they may, or when
   * either article has none. Two ledes are told apart only then (findings/lede-contrast.ts).
   */
  ledesApart: boolean;
}

// ── Comparison and report ───────────────────────────────────────────────────

/** What the annotate stage adds to an article: per-article facts every later stage reads. */
export interface Annotations {
  /** Direct quotations, in text order. */
  quotes: Quote[];
  /** Reporting verbs with their speakers, in text order. */
  attributions: Attribution[];
  /** Actors and their mentions, or why the English rules do not apply. */
  actors: ActorsResult;
  /** Lexical tone of each body sentence (same order as `Article.sentences`); evidence spans are offsets into the article's text. */
  tone: SentenceTone[];
  /** Sentence embeddings, when a model covering the article's language embedded it (`embedArticle`); absent otherwise. */
  embeddings?: SentenceEmbeddings;
}

/** An article with its annotations. */
export interface Annotated {
  /** The cleaned, segmented article. */
  article: Article;
  /** What the annotate stage found in it. */
  annotations: Annotations;
}

/** A sentence as a report carries it: where it stands, nothing copied. */
export interface ReportSentence {
  /** Offsets into the article's text. */
  span: Span;
  /** Index of its paragraph. */
  paragraph: number;
}

/** One article as a report carries it: enough to slice every span of the report. */
export interface ReportArticle {
  /** Metadata. */
  meta: ArticleMeta;
  /** The clean text every span of the report points into. */
  text: string;
  /** Paragraphs (headings included). */
  paragraphs: Paragraph[];
  /** Body sentences. */
  sentences: ReportSentence[];
  /** Number of words (tokens). */
  words: number;
}

/**
 * The event check of a compared pair: the pairing's verdict when the pair comes from a corpus,
 * or the same check run on the two articles alone (`origin: 'ad-hoc'`).
 */
export interface EventCheck {
  /** How the two relate; `unrelated` when the check finds no common event or topic. */
  relation: PairRelation;
  /** Similarity in [0, 1]. */
  score: number;
  /** How sure the relation is, in [0, 1]. */
  confidence: number;
  /** When the event happened, on each side. */
  eventDates: { left: EventDate; right: EventDate };
  /** The evidence behind the score. */
  reasons: PairReasons;
  /** Facts each side reports that the other lacks. */
  facts: { left: DistinctFact[]; right: DistinctFact[] };
  /** The reasons in words. */
  explanation: string[];
  /** A warning for the reader (different occasions, unrelated, duplicates), or null. */
  warning: string | null;
  /** Found by the tool, forced by a teacher, or checked for two articles brought together. */
  origin: 'found' | 'forced' | 'ad-hoc';
}

/** Lexical tone of one article: every sentence, and the spread over sentences. */
export interface ArticleTone {
  /** False (with the reason) when the English lexicon does not apply to the article's language. */
  applies: boolean;
  /** Why not, or null. */
  reason: string | null;
  /** How many sentences are negative, neutral and positive: the article's tone as a distribution. */
  distribution: Record<ToneLabel, number>;
  /** The same, counting only the outlet's own voice (quoted speech left out). */
  voice: Record<ToneLabel, number>;
  /** Indices of the most negative and most positive sentences (up to three each), as evidence. */
  extremes: { negative: number[]; positive: number[] };
}

/** Tone toward an actor at one mention. */
export interface MentionTone {
  /** Index of the sentence. */
  sentence: number;
  /** The mention, as offsets into the article's text. */
  mention: Span;
  /** The tone toward the actor there; evidence spans are offsets into the article's text. */
  tone: ToneToward;
}

/** How one side speaks of one actor. */
export interface ActorToneSide {
  /** The actor's name on this side. */
  name: string;
  /** Every scored mention, in text order. */
  mentions: MentionTone[];
  /** Mean score over mentions in the outlet's own voice, or null when every mention is quoted. */
  voice: number | null;
  /** Mean score over mentions inside quoted speech, or null when there are none. */
  quoted: number | null;
  /** The label of the voice mean (or of the quoted mean when only quoted mentions exist). */
  label: ToneLabel;
}

/** Tone toward one actor on both sides. */
export interface ActorTone {
  /** The actor's id (the same on both sides after the pair's actors are unified). */
  actor: string;
  /** A name to show. */
  name: string;
  /** The left side, or null when it does not mention the actor. */
  left: ActorToneSide | null;
  /** The right side, or null. */
  right: ActorToneSide | null;
  /** Right voice mean minus left voice mean, or null when either is missing. */
  gap: number | null;
}

/** The tone section of a report. */
export interface ToneContrast {
  /** Each article's tone. */
  left: ArticleTone;
  /** Each article's tone. */
  right: ArticleTone;
  /** Tone toward each actor both or either side mentions, largest gap first. */
  actors: ActorTone[];
}

// ── Sourcing ────────────────────────────────────────────────────────────────

/** One piece of sourcing evidence: the words, where they stand, and the rule that found them. */
export interface SourcingItem {
  /** Which rule found it (`anonymous`, `outlet`, `scare-quote`, `hedge`, `distancing-verb`). */
  rule: 'anonymous' | 'outlet' | 'scare-quote' | 'hedge' | 'distancing-verb';
  /** The words, as offsets into the article's clean text. */
  span: Span;
  /** Index of the sentence holding them. */
  sentence: number;
  /** For an outlet, its name as written; for the rest, the words in lower case. */
  name: string;
}

/** A speaker an outlet quotes, with how many quoted words they get. */
export interface QuotedSpeaker {
  /** Display name (the actor's name when joined). */
  name: string;
  /** Join key across the pair (the actor id, else the speaker's key). */
  key: string;
  /** How many quotations. */
  quotes: number;
  /** How many words inside the marks, over all of them. */
  words: number;
  /** The quoted words of each quotation, as offsets into the article's clean text. */
  evidence: Span[];
}

/** How one article sources its story. */
export interface SourcingSide {
  /** False when the article is not in English (the word lists are English): the lists are then empty. */
  applies: boolean;
  /** Who is quoted in marks, most words first. */
  speakers: QuotedSpeaker[];
  /** Words of quotations with no known speaker. */
  unattributedWords: number;
  /** Sources left unnamed ("officials said", "a person familiar with"). */
  anonymous: SourcingItem[];
  /** Agencies and other outlets cited ("according to Reuters", "told CNN"). */
  outlets: SourcingItem[];
  /** Scare quotes: a word or short phrase in marks that no one is reported saying, or "so-called". */
  scareQuotes: SourcingItem[];
  /** Hedges in the outlet's own voice ("reportedly", "allegedly") and distancing reporting verbs ("claimed"). */
  hedges: SourcingItem[];
}

/** The sourcing section of a report. */
export interface SourcingContrast {
  /** The left article. */
  left: SourcingSide;
  /** The right article. */
  right: SourcingSide;
}

/** A notable difference a reader should look at, with the words behind it. */
export type Finding =
  | {
      /** The two articles report events on different days (a `related` pair). */
      kind: 'different-dates';
      /** The date mentions behind each side's event date. */
      evidence: Evidence[];
    }
  | {
      /** A sentence only one outlet has. */
      kind: 'omission';
      /** The side that has it (the other left it out). */
      side: Side;
      /** Index of the `only-left`/`only-right` row in the alignment. */
      row: number;
      /** The sentence. */
      evidence: Evidence[];
    }
  | {
      /** A quotation both carry, cut or spliced differently, or quoted by one and paraphrased by the other. */
      kind: 'quote-cut';
      /** Index into `FramingReport.quotes.matches`. */
      match: number;
      /** The quotation on each side and the differing words. */
      evidence: Evidence[];
    }
  | {
      /** A speaker reported with verbs of different classes ("said" against "threatened"), or with a loaded verb on one side only. */
      kind: 'verb-contrast';
      /** Index into `FramingReport.attributions.contrast`. */
      contrast: number;
      /** The verbs. */
      evidence: Evidence[];
    }
  | {
      /** An actor labelled with words only one outlet uses. */
      kind: 'label-contrast';
      /** Index into `FramingReport.labels.contrast`. */
      contrast: number;
      /** The label words only one side uses. */
      evidence: Evidence[];
    }
  | {
      /** Clearly different tone toward one actor in the outlets' own voices. */
      kind: 'tone-gap';
      /** Index into `FramingReport.tone.actors`. */
      actor: number;
      /** The words that carried the tone on each side. */
      evidence: Evidence[];
    }
  | {
      /** A fact both report but place far apart (the lede in one, near the end in the other). */
      kind: 'moved-fact';
      /** Index into `FramingReport.alignment.placements`. */
      placement: number;
      /** The sentences on each side. */
      evidence: Evidence[];
    }
  | {
      /** A word or phrase one outlet prefers. */
      kind: 'distinctive-term';
      /** The side that prefers it. */
      side: Side;
      /** Index into that side's list in `FramingReport.terms`. */
      term: number;
      /** Its uses. */
      evidence: Evidence[];
    }
  | {
      /** Linked sentences that give a different figure for one fact: a date, an amount, a count ("23 executive steps" against "19"). */
      kind: 'fact-disagreement';
      /** What kind of fact differs. */
      fact: 'date' | 'amount' | 'number' | 'standing';
      /** Index into `FramingReport.alignment.links`. */
      link: number;
      /** The figure on the left, then on the right. */
      evidence: Evidence[];
    }
  | {
      /** One outlet relies on a kind of sourcing the other barely uses (unnamed sources, outlets cited, scare quotes, hedges), or quotes at length someone the other does not quote. */
      kind: 'sourcing-gap';
      /** Which kind of sourcing. */
      aspect: 'anonymous' | 'outlets' | 'scare-quotes' | 'hedges' | 'speaker';
      /** The side that uses it more. */
      side: Side;
      /** For `speaker`, the speaker's name; otherwise null. */
      speaker: string | null;
      /** Items on each side (quoted words, for `speaker`). */
      counts: Record<Side, number>;
      /** The words on the side that uses it more (at most six). */
      evidence: Evidence[];
    }
  | {
      /** The outlets open with different facts: where each reports the fact the other leads with. */
      kind: 'lede-contrast';
      /** Per side, its opening sentence and where the other article reports that sentence's fact (null: nowhere clearly). */
      ledes: Record<Side, { sentence: number; elsewhere: SentencePlace | null }>;
      /** The two opening sentences, then the sentences elsewhere that share their facts. */
      evidence: Evidence[];
    };

/** The kinds of finding. */
export type FindingKind = Finding['kind'];

/** A note the reader must see next to the numbers: a limit, an analysis that does not apply. */
export interface Notice {
  /** Which part of the report it concerns. */
  topic: 'actors' | 'labels' | 'tone' | 'terms' | 'quotes' | 'alignment' | 'event';
  /** The note in words. */
  message: string;
}

/** Everything Parallax found about how two articles frame an event: plain JSON data. */
export interface FramingReport {
  /** Format version of this structure. */
  version: 1;
  /** The two articles, with the text every span points into. */
  articles: { left: ReportArticle; right: ReportArticle };
  /** Do they report the same event? */
  event: EventCheck;
  /** The two articles lined up sentence by sentence. */
  alignment: Alignment;
  /** Quotations on each side and the ones they share. */
  quotes: { left: Quote[]; right: Quote[]; matches: QuoteMatch[] };
  /** Reporting verbs on each side and how each side reports each speaker. */
  attributions: { left: Attribution[]; right: Attribution[]; contrast: AttributionContrast[] };
  /** Actors on each side (ids unified across the pair). */
  actors: { left: ActorsResult; right: ActorsResult };
  /** Labels on each side and how each side labels each actor. */
  labels: { left: Label[]; right: Label[]; contrast: LabelContrast[] };
  /** Tone, overall and toward each actor. */
  tone: ToneContrast;
  /** Words each outlet prefers. */
  terms: TermContrast;
  /** Who each outlet quotes and cites, unnamed sources, scare quotes and hedges. */
  sourcing: SourcingContrast;
  /** The notable differences, most telling first (substance before form: `src/report/ranking`), each with its evidence. */
  findings: Finding[];
  /** What a reader meets first: the findings that lead and where differences of form begin. */
  ranking: Ranking;
  /** Limits and notes that stand beside the numbers. */
  notices: Notice[];
}

/**
 * The ranking of a report, the story of a pair on one screen (issue 14): the three to five findings a teacher would raise
 * first, and which findings and terms are matters of form (punctuation, house style, spelling,
 * grammar words), to be ranked last or folded away by every surface.
 */
export interface Ranking {
  /** Indices into `FramingReport.findings` of the findings that lead, in rank order (empty when none is of substance). */
  lead: number[];
  /** Index into `FramingReport.findings` where differences of form begin; `findings.length` when there are none. */
  formFrom: number;
  /** Per side, indices into that side's `terms` list of terms that are house style or grammar ("US" against "United States", "not"). */
  houseStyle: Record<Side, number[]>;
}
