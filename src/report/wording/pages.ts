/**
 * How the web pages speak: introductions, legends, tabs, form messages and error pages. The
 * findings and measures are worded in findings.ts and measures.ts; the views print only what
 * their view models take from these tables.
 */
import type { LinkStrength, MatchBasis, PairRelation, SentencePlace, Side } from '../../model.js';
import { listOf, plural } from '../words.js';

const percent = (x: number) => `${Math.round(x * 100)}%`;
/** Bytes as megabytes for people: "3.8 MB". */
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
/** A stretch of a listing for people: "51–100 of 2,130", or "none of 0". */
const span = (s: { from: number; to: number; of: number }) => (s.to < s.from ? `none of ${s.of.toLocaleString('en-US')}` : `${s.from.toLocaleString('en-US')}–${s.to.toLocaleString('en-US')} of ${s.of.toLocaleString('en-US')}`);

/** How sure the pairing is, in words for a class (the figure stays in the report's data). */
const sureness = (c: number) => (c >= 0.8 ? 'Parallax is quite sure of this' : c >= 0.5 ? 'Parallax is fairly sure of this' : 'Parallax is unsure of this: check the dates and facts yourself');

export const pageWording = {
  home: {
    title: 'Articles and pairs',
    heading: 'Two outlets, one event',
    lede: 'Parallax lines up how two news outlets tell the same story, sentence by sentence: what each says, what each leaves out, whom they quote and with which words.',
    pairsTitle: 'Pairs',
    articlesTitle: (n: number) => `The articles (${n})`,
    columns: { outlet: 'Outlet', published: 'Published', title: 'Title', words: 'Words', pairs: 'Pairs' },
    eventOn: (date: string) => `event ${date}`,
    pairsIntro: 'Articles that report the same event, found by the words, names and quotations they share and the day each says the event happened.',
    pairsPending: 'Parallax is still working out which articles report the same event. Reload the page in a few seconds to see the pairs.',
    noPairs: 'No two articles of this corpus report the same event. Bring a second account of one of them to compare.',
    sureness,
    compare: 'Compare the two articles',
    /** Opens the pair page in side-by-side mode (issue 14: it opened aligned rows). */
    compareSide: 'Compare side by side',
    sharedQuotes: 'Quotations both carry',
    sharedActors: 'Both name',
    sharedTerms: 'Key words both use',
    why: 'Why Parallax paired them',
    unpairedTitle: 'Articles without a counterpart',
    unpairedIntro: 'No other article in the corpus reports the same event as these. Bring another outlet’s account of it and Parallax will compare the two.',
    invite: 'Bring a counterpart',
    empty: 'The corpus is empty. Drop .txt, .md or .html articles into the corpus folder, or paste two articles on the compare page.',
    pairsOf: (n: number) => `in ${plural(n, 'pair')}`,
    problems: 'Files that could not be used',
    /** An archive's home page, a page at a time (`serve --store`). */
    archivePage: (pairs: { from: number; to: number; of: number }, articles: { from: number; to: number; of: number }, waiting: number) =>
      `Pairs ${span(pairs)}; articles ${span(articles)}${waiting > 0 ? `; ${plural(waiting, 'article')} not yet paired (parallax pairs --store)` : ''}.`,
    archivePairsTitle: 'The pairs on this page',
    archivePrev: 'Previous page',
    archiveNext: 'Next page',
  },

  pair: {
    /** Only a same-event pair (or duplicates) is "one story"; other pairs are two accounts, and the event check says why. */
    heading: (left: string, right: string, relation: PairRelation) =>
      relation === 'same-event' || relation === 'duplicate' ? `One story, two accounts: ${left} and ${right}` : `Two accounts side by side: ${left} and ${right}`,
    tabs: { aligned: 'Aligned rows', side: 'Side by side' } satisfies Record<PairViewMode, string>,
    tabIntro: {
      aligned: 'One row per fact. Where both outlets report it, the two sentences stand side by side with the words only one of them uses marked; a sentence only one outlet has stands alone.',
      side: 'Each article whole, in its own order. Move the mouse over a sentence, or reach it with the Tab key, to light the sentence that reports the same fact in the other article.',
    } satisfies Record<PairViewMode, string>,
    legendTitle: 'How to read the marks',
    /** The marks each reading mode shows, and only those (issue 14: side by side has no struck or underlined words). */
    legend: (left: string, right: string, mode: PairViewMode): { mark: LegendMark; sample: string; text: string }[] => [
      ...(mode === 'aligned'
        ? [
            { mark: 'del' as const, sample: 'struck', text: `words only ${left} uses here (struck through)` },
            { mark: 'ins' as const, sample: 'underlined', text: `words only ${right} uses here (underlined)` },
            { mark: 'shared' as const, sample: 'bold', text: 'in a sentence that shares a fact: the words both report (bold); the rest is more in that outlet' },
            { mark: 'only-row' as const, sample: 'Only in…', text: 'a sentence with no counterpart in the other article (a dotted edge)' },
          ]
        : [
            { mark: 'only' as const, sample: 'dotted', text: 'a sentence with no counterpart in the other article (dotted underline)' },
            { mark: 'lit' as const, sample: 'lit', text: 'the sentence that reports the same fact, when you point at or tab to its counterpart' },
          ]),
      { mark: 'ev' as const, sample: 'outlined', text: 'words a finding points at (outlined when you follow a link)' },
    ],
    onlyIn: (outlet: string) => `Only in ${outlet}`,
    notIn: (outlet: string) => `Not in ${outlet}`,
    notClearlyIn: (outlet: string) => `Not clearly in ${outlet}: it may say this in other words`,
    strength: { same: '= Same fact', shares: '≈ Shares a fact' } satisfies Record<LinkStrength, string>,
    unclear: (outlet: string, row: number) => `No clear counterpart in ${outlet} (closest: row ${row})`,
    rowHead: 'Row',
    textCaption: (left: string, right: string) => `The two articles lined up fact by fact: ${left} on the left, ${right} on the right.`,
    skipToFindings: 'Skip to the findings',
    articlePage: 'The article and what was removed from the page',
    published: (date: string) => `Published ${date}`,
    dateUnknown: 'Publication date unknown',
    words: (n: number) => plural(n, 'word'),
    eventTitle: 'Same event?',
    eventDate: (outlet: string, label: string) => `${outlet}: the event happened on ${label}`,
    confidence: (confidence: number) => `${sureness(confidence)}.`,
    origin: { found: 'Parallax paired these articles itself.', forced: 'A teacher paired these articles (corpus/pairs.json).', 'ad-hoc': 'You brought these articles together; Parallax ran the same check on them.' },
    why: 'Why Parallax thinks so',
    readWithCare: 'Read with care',
    findingsTitle: 'What differs',
    findingsIntro: (n: number) => `${plural(n, 'finding')}, the most telling first. Each link shows the words in the text.`,
    findingsNone: 'Parallax found nothing to point out: as far as its measures can tell, the two texts say the same things in the same words.',
    more: (n: number) => `Show ${n} more`,
    /** A place in an evidence group: "¶4", a second use in the same paragraph "¶4 (2)". */
    place: (paragraph: number, nth: number) => (nth > 1 ? `¶${paragraph} (${nth})` : `¶${paragraph}`),
    placeLabel: (outlet: string, words: string, paragraph: number) => `${outlet}, ${words}, paragraph ${paragraph}`,
    /** A folded run of sentences without a counterpart, by outlet. */
    runSummary: (count: Record<Side, number>, names: Record<Side, string>) =>
      `${plural(count.left + count.right, 'sentence')} with no clear match in the other article: ${listOf((['left', 'right'] as const).filter((s) => count[s] > 0).map((s) => `${count[s]} from ${names[s]}`))}`,
    runOpen: 'Open to read them',
    storyTitle: 'What to notice first',
    storyIntro: (shown: number, all: number) =>
      all > shown ? `The ${plural(shown, 'difference')} a class could start with, the weightiest first. All ${all} findings are listed under “What differs”, with the text.` : 'The differences a class could start with, the weightiest first.',
    storyNone: 'Parallax found no difference of substance between the two accounts: only the wording or punctuation differs, if anything.',
    formTitle: (n: number) => `Differences of form only (${n}): punctuation, house style, spelling`,
    formIntro: 'How each outlet writes rather than what it says: worth a glance, not a lesson.',
    question: 'A question for the class',
    aboutMeasure: 'How far to trust this',
    method: 'How it is computed, and how often it is right',
    exportsTitle: 'Take it away',
    exportsIntro: 'The framing report of this pair, with every finding and the words behind it:',
    print: 'Print this page',
    exports: { md: 'Markdown', html: 'HTML page, with every table', json: 'JSON data', pdf: 'PDF (A4, the short report)' },
    table: { speaker: 'Speaker', actor: 'Actor', outlet: 'Outlet', term: 'Term', usedMoreBy: 'Used more by', gap: 'Gap (right − left)', where: 'Where', inText: 'Show in the text', notReported: 'not reported speaking',
      noLabel: 'no label', onlyHereSample: 'bold', onlyHereLegend: 'words only this outlet uses for the person or group' },
    savedToCorpus: 'Your articles were saved to the corpus: they are now listed on the home page for everyone using this server.',
    notSaved: (why: string) => `Your article could not be saved to the corpus: ${why}. The comparison is shown, but it is kept only until the server restarts.`,
  },

  text: {
    /** How a row was matched, in words (the similarity figure stays in the report's data); null when there is nothing to say. */
    matchNote: (basis: MatchBasis, aborted: boolean): string | null =>
      [basis === 'anchor' ? 'Linked on a shared quotation' : null, aborted ? 'Too long to compare word by word, so no words are marked' : null].filter(Boolean).join('; ') || null,
    moreIn: (names: Record<Side, string>) => `The bold words report the shared fact in both; the rest of each sentence is more in ${names.left} or ${names.right}.`,
    moved: (names: Record<Side, string>, left: SentencePlace, right: SentencePlace) =>
      `Moved: ${names.left} puts this in paragraph ${left.paragraph + 1} (${percent(left.relative)} of the way down), ${names.right} in paragraph ${right.paragraph + 1} (${percent(right.relative)}).`,
  },

  sections: {
    quotes: { title: 'Shared quotations', intro: 'Words both outlets put inside quotation marks. Struck-through words are only in the left outlet’s version, underlined words only in the right one’s; boxed marks are punctuation that differs.', none: 'The two articles share no quotation.' },
    verbs: { title: 'Reporting verbs', intro: 'The verb each outlet uses to report what someone said, speaker by speaker.', none: 'Neither article reports anyone speaking with a reporting verb Parallax knows.' },
    tone: { title: 'Tone toward each actor', intro: 'The tone of the words around each mention of a person or group, in each outlet’s own voice, from −1 (negative) to +1 (positive). Words inside quotations are the speaker’s, shown apart.', none: 'Neither article mentions a person or group Parallax could score.' },
    sourcing: { title: 'Sourcing', intro: 'Whom each outlet quotes and for how many words, unnamed sources, agencies and outlets cited, scare quotes and hedges; each item links to its words.', none: 'Neither article quotes or cites anyone Parallax could find.' },
    labels: { title: 'Labels', intro: 'The words each outlet attaches to a person or group: titles, descriptions before the name, descriptions instead of it.', none: 'Parallax found no labels attached to anyone in these articles.' },
    terms: { title: 'Words each outlet prefers', intro: 'Words and two-word phrases one outlet uses noticeably more. Each term links to its sentences.', none: 'Neither outlet uses any word or phrase distinctively more than the other.' },
  },

  quotes: {
    kind: { quoted: 'Both outlets quote these words', 'paraphrased-left': 'The right outlet quotes these words; the left one uses them without quotation marks', 'paraphrased-right': 'The left outlet quotes these words; the right one uses them without quotation marks' },
    overlap: (shared: number, overlap: number) => `${plural(shared, 'word')} in common (${percent(overlap)} of the shorter version)`,
    speaker: (name: string, verb: string | null) => (verb ? `${name}, “${verb}”` : name),
    noSpeaker: 'speaker not found',
  },

  verbs: {
    kind: (kind: 'different' | 'same' | 'left-only' | 'right-only', names: Record<Side, string>) =>
      kind === 'different' ? 'different kinds of verb' : kind === 'same' ? 'the same kind of verb' : `only ${names[kind === 'left-only' ? 'left' : 'right']} reports this speaker`,
    count: (n: number) => (n > 1 ? `×${n}` : ''),
  },

  tone: {
    articlesTitle: 'Tone of each article',
    articlesIntro: 'How many sentences lean negative, neutral or positive: all words, then the outlet’s own words only (quotations left out).',
    allWords: 'All words',
    ownVoice: 'Own voice only',
    cell: (score: number, label: string, mentions: number) => `${score >= 0 ? '+' : '−'}${Math.abs(score).toFixed(2)} ${label} (${plural(mentions, 'mention')})`,
    quoted: (score: number) => `in quotations ${score >= 0 ? '+' : '−'}${Math.abs(score).toFixed(2)}`,
    allQuoted: 'only inside quotations',
    absent: 'not mentioned',
    gap: (gap: number | null) => (gap === null ? '—' : `${gap >= 0 ? '+' : '−'}${Math.abs(gap).toFixed(2)}`),
    chartTitle: 'Tone toward each actor, in the outlets’ own voices',
    chartDescription: (left: string, right: string) => `For each actor, the mean tone of ${left} (circle) and ${right} (square) from −1 (negative) to +1 (positive); the table below gives the values.`,
    distribution: (n: Record<'negative' | 'neutral' | 'positive', number>) => `${n.negative} negative, ${n.neutral} neutral, ${n.positive} positive`,
  },

  terms: {
    chartTitle: 'Words each outlet prefers',
    chartDescription: (left: string, right: string) => `Bars to the left are words ${left} uses more, bars to the right words ${right} uses more; the longer the bar, the clearer the preference. Beside each bar: how many times ${left} and ${right} use the word.`,
    note: (left: number, right: number) => `${left} vs ${right}`,
    use: (outlet: string, paragraph: number, sentence: number, times: number) => `${outlet} ¶${paragraph}${sentence ? ` s${sentence}` : ''}${times > 1 ? ` (×${times})` : ''}`,
    useTitle: 'Where: ¶ is the paragraph, s the sentence in it',
    /** A term the ranking found to be house style or grammar, listed last. */
    houseStyle: (term: string) => `${term} (house style)`,
  },

  compare: {
    title: 'Compare your own',
    lede: 'Paste or upload two accounts of the same event, or one account and an article from the corpus. Parallax reads text and web pages (HTML), up to 2 MB each, and never runs anything in them.',
    yours: 'Your article',
    other: 'The other article',
    paste: 'Paste the text',
    pasteHint: 'The headline on the first line, then the article. A web page’s HTML works too.',
    upload: 'or upload a file',
    uploadHint: '.txt, .md or .html, up to 2 MB.',
    outlet: 'Outlet (optional)',
    headline: 'Headline (optional)',
    published: 'Published on (optional)',
    fromCorpus: 'An article from the corpus',
    ownText: '— my own text, below —',
    save: 'Also save my articles to the corpus, so the class finds them on the home page',
    saveOff: 'Saving is off: the corpus folder cannot be written to. The comparison still works and is kept until the server restarts.',
    submit: 'Compare',
    errorTitle: 'There is a problem',
    missing: (side: string) => `Paste a text or choose a file for ${side}.`,
    both: (side: string) => `For ${side}, paste a text or choose a file, not both.`,
    corpusAndText: 'You chose an article from the corpus and also gave a text for the other article: choose one.',
    unknownCorpus: (id: string) => `There is no article with the id “${id}” in this corpus.`,
    tooLarge: 'What you sent is larger than Parallax accepts: 2 MB per article. Send a shorter text, or save the page as plain text first.',
    tooMany: 'The form sent more fields or files than it has. Reload the compare page and try again.',
    malformed: 'The form could not be read. Reload the compare page and try again.',
    wrongType: 'Send the form from the compare page (multipart/form-data or a URL-encoded form).',
    problem: (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
    label: { left: 'your article', right: 'the other article' } satisfies Record<Side, string>,
    unnamed: { left: 'Your article', right: 'The other article' } satisfies Record<Side, string>,
    pastedLabel: (who: string) => `the text pasted as ${who}`,
    badDate: 'Give the publication date as YYYY-MM-DD.',
    readOnly: 'the corpus folder cannot be written to',
  },

  article: {
    pairsTitle: 'Compared with',
    pairsPending: 'Parallax is still working out which articles report the same event; reload to see this article’s pairs.',
    noPairs: 'No other article in the corpus reports the same event.',
    invite: 'Bring another outlet’s account to compare',
    removedTitle: (n: number) => `Page chrome removed from this article (${plural(n, 'line')})`,
    nothingRemoved: 'Nothing was removed.',
    inferred: '(inferred from the text)',
  },

  /** An archive's counterpart page (`serve --store`): another of its articles to compare an article with; uploads are a folder's. */
  archiveCompare: {
    title: 'Compare with another article of the archive',
    lede: (title: string) => `Choose the article to compare with “${title}”: one published around the same days, or any article of the archive by its id. An archive is served read-only: to compare a text of your own, serve a folder.`,
    nearTitle: 'Published around the same days',
    noneNear: 'No other article of the archive was published within a week of this one.',
    idLabel: 'Or the id of another article of the archive',
    /** The page without an article chosen (the site's "compare" link). */
    chooseLede: 'Choose two articles of the archive by their ids (each article’s page gives it, and links to this page with that article chosen). An archive is served read-only: to compare a text of your own, serve a folder.',
    firstLabel: 'The id of an article of the archive',
    secondLabel: 'The id of the article to compare it with',
    submit: 'Compare',
  },

  uploads: {
    gone: 'This comparison is no longer in memory: Parallax keeps the latest uploads only until it restarts or needs the room. Upload the articles again.',
  },

  analysis: {
    workingTitle: 'Still working',
    working: 'Parallax is still comparing these two articles. This page reloads by itself in a few seconds; if it does not, reload it.',
    reload: 'Reload now',
    failed: 'Parallax could not finish this comparison. The details were written to the server log; reload to try again.',
    tooSlow: 'This comparison took longer than Parallax allows and was stopped. Try shorter articles, or reload to try again.',
    /** A drawn view past the view limits (issue 15): how large it is, the limit, and what can still be had. */
    tooLargeToShow: (size: { bytes: number; limit: number; document: boolean; base: string }) =>
      size.document
        ? `This report would be ${megabytes(size.bytes)}, more than the ${megabytes(size.limit)} Parallax sends. Compare shorter excerpts of the two articles.`
        : `This page would be ${megabytes(size.bytes)}, more than the ${megabytes(size.limit)} Parallax shows: these articles are too long to read side by side here. The framing report can still be downloaded as Markdown (${size.base}/report.md), HTML (${size.base}/report.html) or JSON (${size.base}/report.json); or compare shorter excerpts.`,
  },

  method: {
    title: 'How it works',
    lede: 'What Parallax measures, how, and what each measure cannot tell you. Every figure on a pair page comes from one of these measures.',
    findingsOf: 'Findings of this kind',
    verbsTitle: 'Kinds of reporting verb',
    verbsIntro: 'Parallax sorts the verbs that report speech into six kinds. The kind is a judgement about the verb, not about the speaker.',
    relationsTitle: 'How two articles can relate',
    labelsTitle: 'Kinds of label',
    limits: 'What it cannot tell you',
    contents: 'The measures',
  },

  errors: {
    titles: {
      400: 'That request could not be understood',
      403: 'Not from this site',
      404: 'Not found',
      413: 'Too large',
      415: 'Unsupported form',
      422: 'That input could not be used',
      503: 'Taking too long',
      500: 'Something went wrong',
    } as Record<number, string>,
    fallbackTitle: 'Error',
    noPage: (path: string) => `There is no page at ${path}.`,
    noArticle: (id: string) => `There is no article with the id “${id}” in this corpus.`,
    sameArticle: 'Choose two different articles to compare.',
    noFormat: (format: string, formats: readonly string[]) => `There is no report as “${format}”: ask for ${listOf(formats.map((f) => `.${f}`))}.`,
    tooLarge: 'What you sent is larger than Parallax accepts (2 MB per article).',
    unreadable: 'The request could not be read.',
    crossSite: 'Parallax only accepts forms sent from its own pages. Open the compare page and send the form from there.',
    unexpected: 'Parallax met an unexpected problem. The details were written to the server log.',
    back: 'Back to the articles',
  },
};

/** The two reading modes of a pair page. */
export type PairViewMode = 'aligned' | 'side';

/** A mark the legend of a reading mode explains. */
export type LegendMark = 'del' | 'ins' | 'shared' | 'only-row' | 'only' | 'lit' | 'ev';
