/**
 * Preload for bench/startup.ts: `node --import ./bench/modules/count-modules.mjs …` appends the
 * path of every module the process loads to the file named by PARALLAX_MODULE_LOG, one a line:
 * ES modules from a loader hook (count-modules-hooks.mjs, which runs in the loader thread) and
 * CommonJS modules from require's cache when the process exits (a CommonJS module that
 * require()s another never passes the ES loader's hooks on Node 20).
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.PARALLAX_MODULE_LOG;
if (log) {
  register('./count-modules-hooks.mjs', import.meta.url, { data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache);
    if (cjs.length) appendFileSync(log, cjs.map((p) => `${p}\n`).join(''));
  });
}
