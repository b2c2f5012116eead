// `npm run build` runs this after tsc: fill dist/bundled-cache (or the folder given) from scratch
// with the bundled corpus's prepared articles, tags and event checks, computed by the code just
// built (src/cli/actions/bundled-cache.ts; io/entry-folder.ts reads it; issue 16). Everything in
// it is a function of the corpus and the code, so two builds of the same tree fill it alike
// (test/cli/bundled-cache.test.ts checks a fresh fill against it, file by file).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = process.argv[2] ?? fileURLToPath(new URL('../dist/bundled-cache', import.meta.url));
rmSync(out, { recursive: true, force: true });
process.env['PARALLAX_CACHE_DIR'] = out;
process.env['PARALLAX_BUNDLED_CACHE'] = 'off'; // computed afresh, never read from an earlier fill
delete process.env['PARALLAX_CACHE'];
const { fillBundledCache } = await import('../dist/src/cli/actions/bundled-cache.js');
const io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: false };
await fillBundledCache(io);
