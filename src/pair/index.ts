/** Pairing's public surface: find which articles report the same event, and say when they do not. */
export { pairArticles, pairCorpus, type PairOptions, type PairedCorpus } from './pair-articles.js';
export { pairingToJson } from './to-json.js';
export { defaultSettings, type PairSettings } from './settings.js';
export { findDateMentions } from './date-mentions.js';
export { decideEventDate, eventDateOf } from './event-dates.js';
export { publicationDay } from './publication-day.js';
