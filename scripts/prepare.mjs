// `npm install` and `npm ci` run this (package.json "prepare"): build dist/ with TypeScript. A
// production install (`npm ci --omit=dev`) has no TypeScript: there the dist/ built before is
// used as it is, and if there is none the message says how to make it (issue 16).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

let hasTypeScript = true;
try {
  createRequire(import.meta.url).resolve('typescript');
} catch {
  hasTypeScript = false;
}
if (hasTypeScript) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
} else if (!existsSync('dist/src/cli/main.js')) {
  process.stderr.write('parallax: dist/ is not built and TypeScript is not installed (a production install): build first with `npm ci && npm run build`, then `npm ci --omit=dev`\n');
  process.exitCode = 1;
}
