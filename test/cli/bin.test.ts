import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's bin must run as a command after `npm install` (which builds through `prepare`).
// `npm test` builds dist/ before vitest starts; run alone, these tests use the last build.
const main = 'dist/src/cli/main.js';

/** The packages a run of the binary loads (bench/modules/count-modules.mjs logs every module). */
function packagesLoaded(args: string[], env: Record<string, string> = {}): Set<string> {
  const log = join(tmpdir(), `parallax-modules-${process.pid}-${args.join('-')}.log`);
  try {
    execFileSync(process.execPath, ['--import', './bench/modules/count-modules.mjs', main, ...args], { env: { ...process.env, ...env, PARALLAX_MODULE_LOG: log }, stdio: 'ignore' });
    const names = readFileSync(log, 'utf8').split('\n').map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]);
    return new Set(names.filter((n): n is string => Boolean(n)));
  } finally {
    rmSync(log, { force: true });
  }
}

// Packages each command may load. A package added to a command's path (a model, a parser) must
// be added here on purpose: start-up is paid on every run (issue 16).
const allowed = {
  help: ['commander'],
  // Reading .txt/.md articles; the DOM (linkedom, Readability) loads only for an HTML article.
  articles: ['commander', 'yaml', 'stemmer'],
};
const beyond = (loaded: Set<string>, list: readonly string[]) => [...loaded].filter((p) => !list.includes(p));

describe('the parallax binary', () => {
  it('is built, executable, and prints its help and its version', () => {
    expect(existsSync(main), `${main} is missing: run npm run build (npm test builds it)`).toBe(true);
    expect(() => accessSync(main, constants.X_OK)).not.toThrow();
    expect(execFileSync(main, ['--help'], { encoding: 'utf8' })).toMatch(/^Usage: parallax/);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(execFileSync(main, ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  // Issue 16: start-up is the modules loaded; each command loads what it needs and no more.
  it('loads no library but commander for --help or --version', () => {
    for (const flag of ['--help', '--version']) expect(beyond(packagesLoaded([flag]), allowed.help)).toEqual([]);
  });

  it('lists the articles without the analyses, the DOM, the schema library or the browser, cache cold or warm', () => {
    const cache = join(tmpdir(), `parallax-bin-cache-${process.pid}`);
    try {
      for (const run of ['cold', 'warm']) expect(beyond(packagesLoaded(['articles'], { PARALLAX_CACHE_DIR: cache }), allowed.articles), run).toEqual([]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('compares without the DOM, the schema library, the browser or the web server', () => {
    const loaded = packagesLoaded(['compare', '002', '003'], { PARALLAX_CACHE: 'off' });
    expect(loaded).toContain('compromise');
    expect([...loaded].filter((p) => ['linkedom', 'zod', 'playwright-core', 'express'].includes(p))).toEqual([]);
  });

  // Issue 16: the build's bundled cache (dist/bundled-cache) holds the seeds' tags and event
  // checks, so a first compare of two seeds, its own cache empty, loads no tagger and no date reader.
  it('compares two seeds with an empty cache without compromise or chrono-node', () => {
    const cache = join(tmpdir(), `parallax-bin-compare-${process.pid}`);
    try {
      const loaded = packagesLoaded(['compare', '002', '003'], { PARALLAX_CACHE_DIR: cache });
      expect([...loaded].filter((p) => ['compromise', 'chrono-node'].includes(p))).toEqual([]);
      rmSync(cache, { recursive: true, force: true });
      expect(packagesLoaded(['compare', '002', '003'], { PARALLAX_CACHE_DIR: cache, PARALLAX_BUNDLED_CACHE: 'off' })).toContain('compromise');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
