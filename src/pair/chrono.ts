/**
 * chrono-node's English and Russian parsers, each loaded on first use from the package's
 * CommonJS build (issue 16: start-up). The ES module build of a locale is some sixty modules
 * that Node's ES module loader resolves, links and evaluates one by one: importing the English
 * and Russian ones cost about 95 ms of CPU over a bare Node start, the CommonJS English one
 * about 50 ms (measured with `/usr/bin/time`, six runs each). Both builds are compiled from the
 * same sources of the same version, so they read the same dates; commands and pages that read
 * no date never load either, and the Russian parser loads only for a Russian article.
 */
import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import type * as ChronoRu from 'chrono-node/ru';

const require = createRequire(import.meta.url);
let en: typeof ChronoEn | null = null;
let ru: typeof ChronoRu | null = null;

/** chrono-node's English locale (`chrono-node/en`). */
export const chronoEn = (): typeof ChronoEn => (en ??= require('chrono-node/en') as typeof ChronoEn);

/** chrono-node's Russian locale (`chrono-node/ru`). */
export const chronoRu = (): typeof ChronoRu => (ru ??= require('chrono-node/ru') as typeof ChronoRu);
