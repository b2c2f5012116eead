/**
 * How the printed framing report speaks: section titles, introductions, table headings and the
 * sentences around the findings. The findings themselves are worded in findings.ts and the
 * measures in measures.ts; the report renderers (Markdown, HTML, PDF) print only from here.
 */
import type { AttributionContrast, EventDateSource, LinkStrength, Notice, QuoteKind, QuoteMatch } from '../../model.js';
import { listOf, plural } from '../words.js';


export const reportWording = {
  title: (left: string, right: string) => `Framing report: ${left} and ${right}`,
  /** `appendix`: whether the full tables and the texts follow (the short PDF leaves them out). */
  intro: (appendix: boolean, texts: boolean) =>
    `This report sets two outlets’ accounts side by side. Every finding quotes the words it rests on and says where they stand: “¶5 s2” means paragraph 5, sentence 2 of that article.${appendix ? ` An appendix at the end holds every measure’s full table${texts ? ' and the two texts, with numbered paragraphs' : ''}.` : ''}`,
  readFirst: 'Read this first',
  footer: (version: number | null) => `Made with Parallax, which shows how two news outlets frame the same event.${version === null ? '' : ` Report format version ${version}.`}`,
  /** Where words stand: "POLITICO ¶5 s2", "¶5 s2–s3", "¶5 s3–¶6 s1"; "¶1" for words outside sentences. */
  location: (outlet: string | null, from: { paragraph: number; sentence: number | null }, to: { paragraph: number; sentence: number | null } | null) => {
    const at = (p: { paragraph: number; sentence: number | null }) => `¶${p.paragraph}${p.sentence === null ? '' : ` s${p.sentence}`}`;
    const end = !to || (to.paragraph === from.paragraph && to.sentence === from.sentence) ? '' : to.paragraph === from.paragraph ? `–s${to.sentence}` : `–${at(to)}`;
    return `${outlet ? `${outlet} ` : ''}${at(from)}${end}`;
  },
  alsoAt: (places: readonly string[]) => `Also at ${listOf(places)}.`,
  foundAt: (places: readonly string[]) => `At ${listOf(places)}.`,
  limitsTitle: 'How far to trust this',
  measured: (figure: string) => `Measured: ${figure}`,
  notApplicable: 'Not measured',
  none: '—',

  articles: {
    title: 'The two articles',
    fields: { outlet: 'Outlet', headline: 'Headline', byline: 'Author', published: 'Published', eventDate: 'Event date', words: 'Words', address: 'Address', file: 'File' },
    caption: 'The two articles compared',
    field: 'Field',
    unknownDate: 'date unknown',
  },

  event: {
    title: 'Same event?',
    verdict: (title: string, plain: string, score: number, confidence: number) => `${title}. ${plain} (Similarity ${score.toFixed(2)}, confidence ${confidence.toFixed(2)}.)`,
    origin: { found: 'Parallax paired these articles itself.', forced: 'A teacher paired these articles (corpus/pairs.json).', 'ad-hoc': 'These articles were brought together by hand; Parallax ran the same check on them.' },
    datesCaption: 'When the event happened, according to each article',
    dateHead: ['Outlet', 'Event date', 'Taken from', 'How it was decided'],
    source: { header: 'the article’s header', text: 'the text', published: 'the publication date', none: 'nowhere' } satisfies Record<EventDateSource, string>,
    dateWords: 'The words that name the date',
    why: 'Why Parallax thinks so',
    factsTitle: (outlet: string) => `Facts only ${outlet} gives`,
    factKind: { number: 'a figure', name: 'a name', term: 'a word' },
  },

  findings: {
    title: 'Findings',
    intro: (total: number, parts: readonly string[]) => `${plural(total, 'finding')}, the most telling first: ${listOf(parts)}.`,
    count: (n: number, title: string) => `${n} × ${title.toLowerCase()}`,
    none: 'Parallax found nothing to point out: the two texts say the same things in the same words, as far as its measures can tell. The sections it would fill are left out.',
    /** A finding the first section already shows with its words. */
    shownFirst: 'Its words are quoted under “What to notice first”.',
    formTitle: 'Differences of form only',
    formIntro: 'Punctuation, house style and spelling: how each outlet writes rather than what it says. Listed, not quoted.',
  },

  appendix: {
    title: 'Appendix: every measure in detail',
    facts: 'Facts only one article gives',
    intro: 'The full tables behind the findings above, the whole glossary and the two texts, for whoever wants to check a finding or look further.',
  },

  lead: {
    title: 'What to notice first',
    intro: (n: number) => `The ${plural(n, 'difference')} a class could start with, the weightiest first. Every finding follows under “Findings”.`,
    none: 'Parallax found no difference of substance between the two accounts: only the wording or punctuation differs, if anything.',
  },

  quotes: {
    title: 'Shared quotations',
    intro: 'Words both outlets put inside quotation marks, side by side. The marked words are where the two differ.',
    none: 'The two articles share no quotation.',
    match: (i: number) => `Quotation ${i + 1}`,
    kind: { quoted: 'Both outlets quote these words', 'paraphrased-left': 'The right outlet quotes these words; the left one uses them without quotation marks', 'paraphrased-right': 'The left outlet quotes these words; the right one uses them without quotation marks' } satisfies Record<QuoteMatch['kind'], string>,
    overlap: (shared: number, overlap: number) => `${plural(shared, 'word')} shared (${Math.round(overlap * 100)}% of the shorter one).`,
    speaker: (outlet: string, speaker: string | null, verb: string | null) => `${outlet}: ${speaker ?? 'no speaker found'}${verb ? `, “${verb}”` : ''}.`,
    identical: 'The two outlets quote these words alike.',
    byOutlet: (outlet: string) => `Everyone ${outlet} quotes`,
    head: ['Where', 'Speaker', 'Verb', 'Kind', 'Quotation'],
    quoteKind: { full: 'whole statement', partial: 'part of a sentence', fragment: 'a few words' } satisfies Record<QuoteKind, string>,
    noSpeaker: 'not found',
  },

  verbs: {
    title: 'Reporting verbs, speaker by speaker',
    intro: 'The verb an outlet chooses to report what someone said tells the reader how to take the words. Each speaker’s verbs on both sides, with where they stand:',
    none: 'Neither article reports anyone speaking with a reporting verb Parallax knows.',
    caption: 'Reporting verbs per speaker',
    speaker: 'Speaker',
    compared: 'Compared',
    kind: (kind: AttributionContrast['kind'], left: string, right: string) =>
      ({ different: 'different kinds of verb', same: 'the same kind of verb', 'left-only': `only ${left} reports them`, 'right-only': `only ${right} reports them` })[kind],
    verb: (verb: string, klass: string, where: string, flags: readonly string[]) => `“${verb}” (${[klass, ...flags].join(', ')}) ${where}`,
    borderline: 'borderline',
    negated: 'negated',
    classes: 'The kinds of verb',
  },

  sourcing: {
    title: 'Sourcing',
    intro: 'Whom each outlet lets speak and for how many of its words, the sources it leaves unnamed, the agencies and outlets it cites, words it puts in marks to keep its distance, and the hedges in its own voice.',
    notEnglish: (outlet: string) => `${outlet} is not in English: Parallax's word lists for sourcing are English, so its sourcing is not shown.`,
    speakersCaption: 'Who is quoted, in quoted words',
    speaker: 'Speaker',
    words: (words: number, quotes: number) => `${plural(words, 'word')} in ${plural(quotes, 'quotation')}`,
    unattributed: 'Quotations with no speaker found',
    noSpeakers: 'Neither outlet quotes anyone in quotation marks.',
    aspectsCaption: 'Unnamed sources, outlets cited, scare quotes and hedges',
    aspect: 'What',
    aspects: { anonymous: 'Unnamed sources', outlets: 'Agencies and outlets cited', scareQuotes: 'Scare quotes', hedges: 'Hedges and distancing verbs' },
    item: (words: string, where: string) => `“${words}” ${where}`,
    notApplicable: 'not in English',
  },

  labels: {
    title: 'Labels, actor by actor',
    intro: 'The words each outlet attaches to a person or group: titles, descriptions before the name, and descriptions that stand in for it.',
    none: 'Parallax found no labels attached to anyone in these articles.',
    caption: 'Labels per actor',
    actor: 'Actor',
    onlyWords: 'Words only one outlet uses',
    label: (phrase: string, kindName: string, where: string) => `“${phrase}” (${kindName}, ${where})`,
    only: (outlet: string, words: readonly string[]) => `${outlet}: ${listOf(words.map((w) => `“${w}”`))}`,
  },

  tone: {
    title: 'Tone',
    articles: 'Tone of each article',
    articlesIntro: 'How many sentences of each article lean negative, neutral or positive, counting all words, then only the outlet’s own words (quotations left out).',
    articlesCaption: 'Sentences by lexical tone',
    articlesHead: ['Outlet', 'Negative', 'Neutral', 'Positive', 'Own voice: neg. / neutral / pos.'],
    extreme: { negative: 'Most negative sentence', positive: 'Most positive sentence' },
    actors: 'Tone toward each actor',
    actorsIntro: 'The tone of the words around each mention of a person or group, in each outlet’s own voice (a score from −1, negative, to +1, positive). Mentions inside quotations are the speaker’s tone, shown apart.',
    actorsNone: 'Neither article mentions a person or group Parallax could score.',
    actorsCaption: 'Tone toward each actor, in the outlets’ own voices',
    actorsHead: (left: string, right: string) => ['Actor', left, right, 'Gap (right − left)', 'Strongest words'],
    actorCell: (score: string, label: string, mentions: number, quoted: string | null) => `${score} ${label}, ${plural(mentions, 'mention')}${quoted ? `; in quotations ${quoted}` : ''}`,
    absent: 'not mentioned',
    allQuoted: 'only in quotations',
    chartTitle: 'Tone toward each actor',
    chartDescription: (left: string, right: string) => `For each actor, the mean tone of ${left} (circle) and ${right} (square) in their own voices, from −1 (negative) to +1 (positive); the values are in the table below.`,
  },

  terms: {
    /** A term the ranking found to be house style or grammar, listed last. */
    houseStyle: (term: string) => `${term} (house style)`,
    title: 'Words each outlet prefers',
    setup: (prior: string, minCount: number, tested: number, significant: number, fdr: number, words: { left: number; right: number }) =>
      `Prior: ${prior}. Terms used at least ${minCount} times in the two texts together were tested: ${tested}, of which ${significant} pass the significance test at a ${Math.round(fdr * 100)}% false discovery rate. Content words counted: ${words.left} and ${words.right}.`,
    prior: { pooled: (a: number) => `pooled from the two texts (α₀ = ${a})`, uniform: (a: number) => `uniform (α = ${a} per word)`, background: (a: number, n: number) => `from ${plural(n, 'background article')} (α₀ = ${a})` },
    none: 'Neither outlet uses any word or phrase distinctively more than the other.',
    chartTitle: 'Words each outlet prefers',
    chartDescription: (left: string, right: string) => `Bars to the left are words ${left} uses more, bars to the right words ${right} uses more; the length is the z-score, and the counts are written beside each bar.`,
    chartNote: (z: string, left: number, right: number) => `z ${z} · ${left} vs ${right}`,
    caption: 'Distinctive words and phrases, with their statistics',
    head: (left: string, right: string) => ['Term', 'Used more by', left, right, 'z', 'G²', 'Adjusted p', 'Log-ratio', 'Where'],
    columns: 'z: how many standard errors the difference stands from none (log-odds with a Dirichlet prior). G²: Dunning’s log-likelihood. Adjusted p: the chance of so large a G² with no real difference, corrected for testing many words at once (Benjamini–Hochberg). Log-ratio: log₂ of how many times more often, per word, one outlet uses the term.',
  },

  alignment: {
    title: 'Omissions and moved facts',
    summary: (n: { same: number; shares: number; onlyLeft: number; onlyRight: number; unclear: number }, left: string, right: string) =>
      `Parallax linked ${plural(n.same + n.shares, 'group')} of sentences that report a fact both articles give: ${n.same} saying the same thing, ${n.shares} sharing a fact while each says more. ${left} has ${plural(n.onlyLeft, 'sentence')} that ${n.onlyLeft === 1 ? 'shares' : 'share'} no fact with ${right}; ${right} has ${n.onlyRight}. Each of those is a finding above.${n.unclear > 0 ? ` ${plural(n.unclear, 'more sentence')} ${n.unclear === 1 ? 'has' : 'have'} no clear counterpart: the other article may report ${n.unclear === 1 ? 'it' : 'them'} in other words, so no omission is claimed.` : ''}`,
    only: (outlet: string) => `Only in ${outlet}`,
    // Not "every sentence has a counterpart": sentences with no clear counterpart are neither linked nor omissions.
    onlyNone: (outlet: string) => `Parallax calls no sentence of ${outlet} an omission: each has a counterpart, or a possible one, in the other article.`,
    moved: 'Moved facts',
    movedNone: 'No fact both report is placed far apart.',
    movedCaption: 'Facts both report, placed far apart',
    movedHead: (left: string, right: string) => ['Fact', left, right],
    position: (where: string, relative: number) => `${where} (${Math.round(relative * 100)}% of the way down)`,
    method: (embedding: string | null) => (embedding ? `sentences compared by their words and their meaning (sentence embeddings, ${embedding})` : 'sentences compared by their words only'),
    matched: 'Linked sentences and their changed words',
    legend: 'Same fact: struck-through words are the left outlet’s own, underlined words the right outlet’s own; unmarked words are shared. Shares a fact: the bold words report the shared fact in both; the rest of each sentence is more in that outlet.',
    similarity: (i: number, strength: LinkStrength, similarity: number, anchored: boolean) =>
      `Link ${i + 1}, ${strength === 'same' ? 'same fact (=)' : 'shares a fact (≈)'}: similarity ${similarity.toFixed(2)}${anchored ? ', linked on a shared quotation' : ''}.`,
    aborted: (steps: number) => `Too long to compare word by word within ${steps.toLocaleString('en-US')} steps: shown without changed words.`,
  },

  notices: {
    title: 'Notices',
    actorsSkipped: (outlet: string, reason: string) => `${outlet}: ${reason} Labels and tone toward actors are therefore not shown for it.`,
    toneSkipped: (outlet: string, reason: string) => `${outlet}: ${reason}`,
    wordsOnly: 'Sentences were compared by their words only (no sentence-embedding model ran for this pair): a sentence that reports a fact in quite other words may be shown without a clear counterpart.',
    diffsAborted: (n: number) =>
      `${plural(n, 'matched sentence pair')} ${n === 1 ? 'was' : 'were'} too long to compare word by word within the step limit; they are shown matched but without changed words.`,
    topic: { actors: 'Actors', labels: 'Labels', tone: 'Tone', terms: 'Distinctive words', quotes: 'Quotations', alignment: 'Alignment', event: 'Same event?' } satisfies Record<Notice['topic'], string>,
  },

  glossary: {
    title: 'Glossary of the measures',
    how: (text: string) => `How: ${text}`,
    limits: (items: readonly string[]) => `Limits: ${items.join(' ')}`,
  },

  texts: {
    title: 'The two texts',
    intro: 'The articles as Parallax read them, page chrome removed, with paragraphs numbered and each sentence’s number before it.',
    heading: (outlet: string, title: string) => `${outlet}: ${title}`,
  },

  index: {
    title: 'Framing reports for every pair',
    intro: (pairs: number) => `${plural(pairs, 'pair')} of articles, each with its framing report, a teacher’s guide and a student worksheet. Open a report to see every finding with the words behind it.`,
    none: 'Parallax found no pair of articles reporting the same event or a related one in this corpus.',
    pair: (left: string, right: string) => `${left} and ${right}`,
    findings: (n: number) => (n ? `${plural(n, 'finding')}.` : 'No findings.'),
    edition: { report: 'Framing report', teacher: 'Teacher’s guide', worksheet: 'Student worksheet' },
    link: (edition: string, pair: string, format: string) => `${edition}: ${pair} (${format.toUpperCase()})`,
    unpaired: (ids: readonly string[]) => `Articles in no pair: ${ids.join(', ')}.`,
  },
};
