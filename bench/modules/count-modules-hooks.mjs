/** Loader hooks for count-modules.mjs: every ES module (and CommonJS entry reached by import) loaded, as a path. */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let log = '';

export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(log, `${fileURLToPath(url)}\n`);
  return nextLoad(url, context);
}
