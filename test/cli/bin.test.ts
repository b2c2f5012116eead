import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's bin must run as a command after `npm install` (which builds through `prepare`).
// `npm test` builds dist/ before vitest starts; run alone, these tests use the last build.
const main = 'dist/src/cli/main.js';

/** The packages a run of the binary loads (bench/modules/count-modules.mjs logs every module). */
function packagesLoaded(...args: string[]): Set<string> {
  const log = join(tmpdir(), `parallax-modules-${process.pid}-${args.join('-')}.log`);
  try {
    execFileSync(process.execPath, ['--import', './bench/modules/count-modules.mjs', main, ...args], { env: { ...process.env, PARALLAX_MODULE_LOG: log }, stdio: 'ignore' });
    const names = readFileSync(log, 'utf8').split('\n').map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]);
    return new Set(names.filter((n): n is string => Boolean(n)));
  } finally {
    rmSync(log, { force: true });
  }
}

const heavy = ['compromise', 'chrono-node', 'linkedom', '@mozilla/readability', 'zod', 'playwright-core', 'express', 'diff'];

describe('the parallax binary', () => {
  it('is built, executable, and prints its help and its version', () => {
    expect(existsSync(main), `${main} is missing: run npm run build (npm test builds it)`).toBe(true);
    expect(() => accessSync(main, constants.X_OK)).not.toThrow();
    expect(execFileSync(main, ['--help'], { encoding: 'utf8' })).toMatch(/^Usage: parallax/);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(execFileSync(main, ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  // Issue 16: start-up is the modules loaded; each command loads what it needs and no more.
  it('loads no heavy library for --help or --version', () => {
    for (const flag of ['--help', '--version']) expect([...packagesLoaded(flag)].filter((p) => heavy.includes(p))).toEqual([]);
  });

  it('lists the articles without the analyses, the DOM, the schema library or the browser', () => {
    expect([...packagesLoaded('articles')].filter((p) => heavy.includes(p))).toEqual([]);
  });

  it('compares without the DOM, the schema library, the browser or the web server', () => {
    const loaded = packagesLoaded('compare', '002', '003');
    expect(loaded).toContain('compromise');
    expect([...loaded].filter((p) => ['linkedom', 'zod', 'playwright-core', 'express'].includes(p))).toEqual([]);
  });
});
