/**
 * What page chrome looks like: the vocabulary and patterns behind the cleaning rules.
 *
 * Source: compiled for Parallax from the page furniture common to news sites (navigation
 * bars, accessibility skip links, share and follow prompts, "Also on"/"Read more" teasers,
 * comment counters, photo credits, responsive-image size pickers, outlet boilerplate), in the
 * spirit of the boilerplate features of jusText (Pomikálek 2011) and Mozilla Readability's
 * "unlikely candidates" patterns (Apache-2.0). These are general patterns, not strings from any
 * one article. Licence: MIT, as the project.
 */

/**
 * Words of site interface labels. A short line made only of these words (no sentence
 * punctuation) is navigation: "Breaking News", "Trending Now", "Accessibility links", "Menu".
 */
export const interfaceWords: readonly string[] = [
  'accessibility', 'links', 'link', 'skip', 'to', 'main', 'content', 'navigation', 'menu', 'search',
  'home', 'homepage', 'news', 'breaking', 'latest', 'live', 'trending', 'now', 'top', 'stories',
  'story', 'most', 'read', 'popular', 'viewed', 'related', 'more', 'recommended', 'for', 'you',
  'advertisement', 'advert', 'ad', 'sponsored', 'share', 'this', 'article', 'print', 'email',
  'e-mail', 'comments', 'comment', 'subscribe', 'sign', 'in', 'up', 'log', 'login', 'register',
  'follow', 'us', 'on', 'newsletter', 'newsletters', 'back', 'next', 'previous', 'close', 'open',
  'video', 'videos', 'watch', 'listen', 'audio', 'podcast', 'photos', 'gallery', 'section',
  'sections', 'topics', 'tags', 'world', 'politics', 'opinion', 'sport', 'sports', 'business',
  'tech', 'culture', 'lifestyle', 'editions', 'edition', 'language', 'languages', 'all', 'the',
  'and', 'of', 'cookie', 'cookies', 'settings', 'privacy', 'policy', 'terms', 'contact', 'about',
  'loading', 'show', 'hide', 'toggle', 'expand', 'collapse', 'view', 'see', 'page', 'pages',
  'updates', 'update', 'feed', 'rss', 'alerts', 'alert', 'notifications',
];

/** Responsive size pickers and text-size buttons: "XS", "SM", "MD", "LG", "A+", "A-". */
export const sizeToggle = /^(?:X{0,3}S|SM|MD|LG|M|X{0,3}L|A[+\-−]|A|Aa|Text size|Font size)$/i;

/** A line that is only an image label: "16x9 Image", "Photo: Wikimedia Commons", "Image". */
export const imageLabel =
  /^(?:\d+\s*[x×:]\s*\d+\s+)?(?:image|photo|picture|illustration|graphic|video|gallery)s?(?:\s*[:|/–—-]\s*.{0,80})?$/i;

/**
 * Photo credits closing a caption: "(file photo)", "(AP Photo/Evan Vucci)", "(Getty Images)", or
 * a bare agency after the caption's last sentence ("…on March 21, 2023. Reuters", "… . AFP/Getty").
 */
export const captionCredit =
  /\((?:[^()]{0,40}\b(?:photo|file|image|pictured|illustration|getty|reuters|afp|ap photo|epa|tass|sputnik)\b[^()]{0,60})\)\s*$|[.!?]["”]?\s+(?:Reuters|AFP|AP|EPA|Getty Images|TASS|Sputnik|Bloomberg|Anadolu(?: Agency)?)(?:\s*[/|]\s*[\p{L} ]{2,30})?\s*$/iu;

/**
 * A caption's photo credit with no full stop before it, closing the line: "… 230 votes Getty
 * Images", "… in Paris. Photograph: Christophe Ena/AP", "… (Image credit: Getty)", "Name/Reuters".
 * A story's sentence ends with punctuation; a caption's credit ends the caption (issue 14: a
 * news page kept its photo caption as the first paragraph).
 */
export const trailingPhotoCredit =
  /(?:\b(?:photo(?:graph)?s?|image|picture|credit|фото)\s*(?:credit|by)?\s*:\s*[\p{L}\p{N} .,'’&/-]{2,60}\)?|[\p{L}\p{N}]\s+(?:[\p{L}. -]{2,30}\/\s*)?(?:Getty Images|AFP via Getty Images|Reuters|AFP|AP Photo|EPA(?:-EFE)?|Shutterstock|Alamy(?: Stock Photo)?|PA (?:Media|Wire)|Bloomberg|Anadolu Agency|TASS|Sputnik|RIA Novosti))$/iu;

/**
 * A page's list of topics or tags: "Topics: Crime, France, Courts", "Tags: Brexit | Theresa May",
 * "Filed under: World News", "Темы: Происшествия". A list, not a sentence: no full stop closes it.
 * (Issue 14: a "Topics: …" line became a finding, "A fact placed differently".)
 */
export const topicList =
  /^(?:topics?|tags?|tagged(?: with| in)?|filed (?:under|in)|related topics|more (?:on|about)|categor(?:y|ies)|keywords|sections?|темы|тема|теги|тэги|рубрик[аи]|метки|ключевые слова)\s*:\s*\S/iu;

/** Prompts to share, like, follow or subscribe. */
export const sharePrompt =
  /\b(?:share (?:this|it)\b|share with (?:a |your )?friends?|like this (?:story|article)|tweet this|follow us|like us on|subscribe to (?:our|the)|sign up for (?:our|the)|email this|send (?:this|it) to a friend|join us on|get the app|download (?:our|the) app)\b/i;

/** Teasers for other articles: "Also on rt.com …", "Read more: …", "Related: …". */
export const crossPromotion =
  /^(?:also on\s+\S+\.\w{2,}\b|(?:also read|read more|read also|more on this|related(?: articles?| stories| coverage)?|see also|recommended|you may also like|don'?t miss|most read|watch|listen)\s*(?:[:\-–—|]|$))/i;

/** Comment markers: "Comments", "12 Comments", "Comments (3)", "Leave a comment". */
export const commentMarker =
  /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|add|post|show|view|load|hide) (?:a |all |the )?(?:\d+ )?comments?$|^join the (?:conversation|discussion)$/i;

/** Author lines: "By Jane Doe", "Written by Camilla Jessen", "Author: J. Smith". */
export const byline =
  /^(?:(?:[Ww]ritten|[Rr]eported|[Ss]tory|[Tt]ext|[Ww]ords) [Bb]y|[Bb]y|BY|[Aa]uthor:?|[Aa]utor:?|[Аа]втор:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin))*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*)\s*$/u;

/** Reporting credits that close a wire story: "With reporting by dpa, AP, and Reuters". */
export const creditLine =
  /^(?:with (?:additional )?reporting by|additional reporting by|reporting by|compiled by|edited by|editing by|writing by)\b/i;

/**
 * An outlet speaking of itself: its mission statement, reader notices, calls to action.
 * "… journalists report the news in 27 languages", "We provide …", "… our content …",
 * "To find out more, click here."
 */
export const selfDescription: readonly RegExp[] = [
  /\bjournalists (?:report|cover|work)\b.*\b(?:languages|countries|news)\b/i,
  /^we (?:provide|are|bring|deliver|offer|cover)\b/i,
  /\b(?:our|this) (?:content|website|site|journalism|newsroom|reporting|coverage)\b/i,
  /\b(?:contacting|contact|support|donate to) us\b/i,
  /\bclick here\b/i,
  /\ball rights reserved\b|©|\bcopyright\b/i,
  /\b(?:terms of (?:use|service)|privacy policy|cookie policy)\b/i,
];

/** Words a dateline may carry besides the date itself: "Updated 4 years ago", "CET", "|". */
export const datelineWords: readonly string[] = [
  'updated', 'published', 'posted', 'last', 'modified', 'ago', 'year', 'years', 'month',
  'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins',
  'at', 'on', 'am', 'pm', 'a.m', 'p.m', 'cet', 'cest', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt',
  'pst', 'pdt', 'msk', 'bst', 'eet', 'eest', 'ist', 'et', 'pt', 'today', 'yesterday', 'first',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'date', 'time',
];

/** Offsets of the time zones datelines name. */
export const timeZones: Readonly<Record<string, string>> = {
  utc: 'Z', gmt: 'Z', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00',
  bst: '+01:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', pst: '-08:00',
  pdt: '-07:00', ist: '+05:30',
};

/** Web domains whose outlet name differs from the domain: read from "Also on rt.com" etc. */
export const outletDomains: Readonly<Record<string, string>> = {
  'rt.com': 'RT', 'rferl.org': 'RFE/RL', 'cnn.com': 'CNN', 'politico.com': 'POLITICO',
  'politico.eu': 'POLITICO Europe', 'bbc.com': 'BBC', 'bbc.co.uk': 'BBC', 'tass.com': 'TASS',
  'tass.ru': 'TASS', 'reuters.com': 'Reuters', 'apnews.com': 'AP', 'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post', 'theguardian.com': 'The Guardian',
  'foxnews.com': 'Fox News', 'aljazeera.com': 'Al Jazeera', 'sputniknews.com': 'Sputnik',
  'dagens.com': 'Dagens', 'kyivindependent.com': 'The Kyiv Independent', 'meduza.io': 'Meduza',
  'npr.org': 'NPR', 'nbcnews.com': 'NBC News', 'wsj.com': 'The Wall Street Journal',
};
