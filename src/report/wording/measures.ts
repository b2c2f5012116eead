/**
 * What every measure is, in words a 15-year-old understands, and what it cannot tell you. The
 * method page, the glossary of every report and the CLI's notes all print from this table.
 * Figures are the ones the project's evaluation scripts print (see the README); they change
 * only when those scripts are rerun and this table is updated with them.
 */

/** The measures Parallax reports. */
export type MeasureKey =
  | 'event-check' | 'alignment' | 'changed-words' | 'omission' | 'placement' | 'quotes'
  | 'reporting-verbs' | 'sourcing' | 'actors' | 'labels' | 'tone' | 'tone-toward' | 'terms' | 'figures' | 'lede';

/** How one measure is explained. */
export interface MeasureWording {
  /** Its name. */
  name: string;
  /** What it is, plainly. */
  plain: string;
  /** How it is computed, for the curious and for researchers. */
  how: string;
  /** What it cannot tell you. */
  limits: string[];
  /** How well it does on published test data, or null where nothing was measured. */
  measured: string | null;
}

export const measureWording: Record<MeasureKey, MeasureWording> = {
  'event-check': {
    name: 'Same event?',
    plain: 'Before comparing how two outlets tell a story, Parallax checks that they tell the same story: the same people and topic, and the same day.',
    how: 'Articles are compared by their rarer words, names and quotations (TF-IDF, with the weights taken from the whole corpus). Dates in the text ("on May 12", "on Thursday") are turned into calendar days using the publication date.',
    limits: ['Two articles can share names and even quotations and still report different occasions: then their differences may be news, not framing.', 'A date the text never names cannot be checked.'],
    measured: 'On ECB+, 982 news articles about 86 events in pairs of look-alikes (two different earthquakes, two different rehab stays): 95% of the pairs Parallax calls "same event" are, and it finds 92% of them (F1 0.936; a plain word-overlap score with the best threshold: 0.781).',
  },
  alignment: {
    name: 'Lined-up sentences',
    plain: 'Each sentence of one article is linked with the sentences of the other that report a fact it reports, even when the two put their facts in a different order. "Same fact" (=): the two say the same thing; "shares a fact" (≈): they share a fact and each says more.',
    how: 'For every pair of sentences a small statistical model (logistic regression, fitted on real article pairs aligned by hand) weighs their shared rare words, synonyms, names and numbers, the longest run of words they share in order (a quotation cut differently), how much of each sentence the other covers and whether either has a better partner; with sentence embeddings, also how close the two are in meaning. Pairs above a threshold are linked; sentences that share a quotation always are.',
    limits: ['A sentence that says the same thing in quite other words may go unlinked: it is then shown as having no clear counterpart, not as left out.', 'Two sentences about different facts with the same names may be linked.'],
    measured: 'On 12 real Fox, HuffPost and New York Times article pairs aligned by hand and never used for tuning: 67% of its links are right and it finds 32% of the pairs of sentences a person links (with sentence embeddings: 62% and 36%); before, 75% and 14%.',
  },
  'changed-words': {
    name: 'Changed words',
    plain: 'Inside two linked sentences that say the same thing, the words only one outlet uses are marked: underlined for words added, struck through for words the other side has. In sentences that share a fact, the shared words are bold.',
    how: 'A shortest word-by-word difference (Myers 1986) on the two sentences, with curly and straight quotation marks treated alike and invisible characters ignored; shared runs need two content words to count as the shared fact.',
    limits: ['It shows which words differ, not whether the difference matters.'],
    measured: null,
  },
  omission: {
    name: 'Only in one outlet',
    plain: 'Sentences that share no fact with any sentence of the other article: facts, quotes or context one outlet gives and the other leaves out.',
    how: 'Sentences whose likeliest counterpart in the other article is still very unlikely. A sentence with a possible but unclear counterpart is not called an omission.',
    limits: ['"Only in" can still mean "said in very different words". Read the other article before concluding something was left out.'],
    measured: 'On 12 real pairs aligned by hand and never used for tuning, 2% of the sentences it calls "only in" do have a counterpart (1 of 60; with sentence embeddings 7%); before, 35%.',
  },
  figures: {
    name: 'Figures that disagree',
    plain: 'Two sentences that report one fact but give it a different date, sum of money or number. One of the outlets may be wrong, out of date, or counting something else.',
    how: 'In every pair of linked sentences, dates ("May 12"), sums of money ("$5,687.75") and numbers with the words they count ("23 executive steps") are read; two of one kind that count the same thing but differ are shown. A rounded figure ("$43 million" for "$43,885,310") is not a difference, nor a sentence that gives both numbers.',
    limits: ['Only figures written in digits or as number words up to twenty are read; "a dozen" or "most" are not.', 'Two figures can count different things with the same word ("19 steps" this year, "23 steps" in all): read both sentences.'],
    measured: null,
  },
  lede: {
    name: 'Headline and first sentence',
    plain: 'News puts what it thinks matters most first. When two outlets open with different facts, each has ranked the story differently.',
    how: 'The two opening sentences are compared with the link model; when they do not share a fact, Parallax says where the other article reports each opening fact (its paragraph), if it does.',
    limits: ['Shown only when the two opening sentences share no fact at all; an opening sentence that packs several facts is placed by the fact it shares best.', 'Headlines are shown but not linked: they are often written by an editor, not the reporter.'],
    measured: null,
  },
  placement: {
    name: 'Moved facts',
    plain: 'A fact both outlets report, but one puts near the top and the other near the bottom. Readers often stop after the first paragraphs, so placement is a choice.',
    how: 'Matched sentences whose position in their article (0 = first, 1 = last) differs by half the article or more.',
    limits: ['Short articles have few positions; a move of one paragraph can look large.'],
    measured: null,
  },
  quotes: {
    name: 'Shared quotations',
    plain: 'Words both outlets put inside quotation marks, and how each one cut them: words left out, added, or punctuation changed.',
    how: 'Quotations are found from their quotation marks; two are the same when most of their words appear in the same order (longest common subsequence, at least 80% of the shorter one and 4 words).',
    limits: ['A quotation translated differently by two outlets may not be recognised as the same.', 'Only direct quotations are compared; reported speech without quotation marks is not.'],
    measured: null,
  },
  'reporting-verbs': {
    name: 'Reporting verbs',
    plain: 'The verb an outlet uses to report what someone said. "Said" is neutral; "claimed" casts doubt; "admitted" makes it sound like a confession; "threatened" makes the speaker sound hostile.',
    how: 'Verbs are classified from a word list (neutral, endorsing, distancing, concession, denial, emotive) and tied to their speaker; the two outlets are compared speaker by speaker.',
    limits: ['The classes are judgements; some verbs ("warned", "urged") are borderline and are marked so.', 'Only English verbs are classified.'],
    measured: null,
  },
  sourcing: {
    name: 'Sourcing',
    plain: 'Whom an outlet lets speak in its own words and for how long, the sources it does not name ("officials said"), the agencies and other outlets it relies on, words it puts in quotation marks to keep its distance ("so-called"), and words that hedge ("reportedly", "claimed").',
    how: 'Quotations and their speakers come from the attribution stage (quotation marks, reporting verbs, speakers with pronouns resolved); unnamed sources, outlets and hedges are found from word lists; a scare quote is a word or short phrase in marks that no one is reported saying.',
    limits: ['A speaker the tool gets wrong moves words to the wrong person: on PolNeAR\'s news articles about six in seven direct quotations found get the right speaker (dev split).', 'Only English word lists; an outlet named without a reporting verb in its sentence is not counted as cited.'],
    measured: 'On PolNeAR (US election news from 7 outlets, every attribution marked by hand), dev split: direct quotations found with F1 0.88 (a plain quotation-mark baseline 0.70); the right speaker for 80% of those found (baseline 52%); reporting words found with F1 0.72, sources 0.68.',
  },
  actors: {
    name: 'Who is named',
    plain: 'The people, organisations, governments and countries each article names, with "Moscow" or "the Kremlin" counted as the Russian government and "Washington" as the US government.',
    how: 'Names found with the compromise library and a table of known names and aliases (which a teacher can extend with corpus/aliases.json); spelling variants such as Sergei/Sergey are merged.',
    limits: ['Pronouns ("he", "they") are not counted as mentions.', 'A name the tool does not know and that has no title may be missed or left unclassified.'],
    measured: null,
  },
  labels: {
    name: 'Labels',
    plain: 'The words an outlet attaches to a person or group: titles ("Foreign Minister"), descriptions ("jailed opposition figure", "the activist"). Labels tell the reader what to think of someone before they read what the person did.',
    how: 'Words before a name, phrases set off by commas next to it, and descriptions that stand in for a name, compared actor by actor.',
    limits: ['Descriptions are tied to a person only when exactly one person fits; the rest are left out rather than guessed.'],
    measured: null,
  },
  tone: {
    name: 'Lexical tone',
    plain: 'How many words with a positive or negative feeling ("welcome", "crisis", "aggression") each sentence uses. An article\'s tone is shown as how many of its sentences lean negative, neutral or positive.',
    how: 'Words are scored with the AFINN-165 word list, with rules for "not" and "never", for "very", and for "but". Words inside quotation marks are counted apart from the outlet\'s own words.',
    limits: ['Lexical tone is not stance: a sentence full of negative words may report bad news neutrally.', 'A word list misses sarcasm and context.'],
    measured: 'Used to guess the tone toward a person, these sentence scores get macro-F1 0.533 on NewsMTSC devtest_mt (news sentences whose tone people marked; always answering "neutral": 0.22). They describe sentences, not people.',
  },
  'tone-toward': {
    name: 'Tone toward a person',
    plain: 'Whether the words around each mention of a person or group are negative, neutral or positive, in the outlet\'s own voice and, separately, inside quotations.',
    how: 'A model trained on NewsMTSC (news sentences where people marked the tone toward the person named) reads the words near each mention; its strongest words are shown as evidence.',
    limits: ['One sentence is a hint, not proof: look for patterns over many mentions.', 'The model is right about two times in three; the best published models, much larger, do better.'],
    measured: 'Macro-F1 0.651 on NewsMTSC devtest_mt (always answering "neutral": 0.22; counting words in the whole sentence: 0.53; counting words near the mention: 0.57; best published models: about 0.83).',
  },
  terms: {
    name: 'Words each outlet prefers',
    plain: 'Words and two-word phrases one outlet uses noticeably more than the other, with the sentences they come from.',
    how: 'Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), shown as z-scores; Dunning\'s G² with Benjamini–Hochberg corrected p-values; a log-ratio as the size of the difference. Only words used at least 3 times in the two articles together are tested.',
    limits: ['On two short articles these counts rank words; they do not prove that the outlets differ.', 'A word can be frequent because of the topic, not because of framing.'],
    measured: null,
  },
};
