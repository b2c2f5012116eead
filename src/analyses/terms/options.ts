/**
 * Defaults and checks for the options of a term contrast. A bad option is a broken contract
 * (the caller's code, not the user's text), so it throws with a message naming the value.
 */
import type { TermBackground, TermContrastOptions, TermPriorChoice } from '../../model.js';

/** Options with every default filled in. */
export type TermSettings = Required<TermContrastOptions>;

/** α_0 = 10 as DESIGN.md sets it: the prior weighs like ten words spread over the vocabulary. */
export const defaultSettings: TermSettings = {
  prior: { kind: 'pooled', alpha0: 10 },
  minCount: 3,
  minLogRatio: 1,
  limit: 20,
  fdr: 0.05,
  smallSample: 300,
  names: { left: [], right: [] },
};

function check(ok: boolean, name: string, wanted: string, value: unknown): void {
  if (!ok) throw new Error(`parallax: term contrast: ${name} must be ${wanted}, got ${JSON.stringify(value) ?? String(value)}`);
}

const positive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;
const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function checkBackground(background: TermBackground): void {
  for (const [list, counts] of [['words', background.words], ['phrases', background.phrases]] as const) {
    for (const [key, n] of Object.entries(counts)) check(count(n), `background.${list}["${key}"]`, 'a whole number ≥ 0', n);
  }
}

function checkPrior(prior: TermPriorChoice): void {
  if (prior.kind === 'uniform') check(positive(prior.alpha), 'prior.alpha', 'a positive number', prior.alpha);
  else check(positive(prior.alpha0), 'prior.alpha0', 'a positive number', prior.alpha0);
  if (prior.kind === 'background') checkBackground(prior.background);
}

/** Fill in defaults and check every value. */
export function resolveSettings(options: TermContrastOptions): TermSettings {
  const settings: TermSettings = { ...defaultSettings, ...options };
  checkPrior(settings.prior);
  check(count(settings.minCount) && settings.minCount >= 1, 'minCount', 'a whole number ≥ 1', settings.minCount);
  check(typeof settings.minLogRatio === 'number' && settings.minLogRatio >= 0 && Number.isFinite(settings.minLogRatio), 'minLogRatio', 'a number ≥ 0', settings.minLogRatio);
  check(count(settings.limit), 'limit', 'a whole number ≥ 0', settings.limit);
  check(positive(settings.fdr) && settings.fdr < 1, 'fdr', 'a number between 0 and 1', settings.fdr);
  check(count(settings.smallSample), 'smallSample', 'a whole number ≥ 0', settings.smallSample);
  return settings;
}
