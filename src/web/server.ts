/** `npm start`: serve the bundled corpus (PORT overrides 3000, PARALLAX_CORPUS the folder). */
import '../io/regexp-flags.js';
import { startServer } from './start.js';

const port = Number(process.env['PORT'] ?? 3000);
try {
  await startServer({ corpusDir: process.env['PARALLAX_CORPUS'] ?? null, port, log: (l) => process.stderr.write(l) });
} catch (err) {
  process.stderr.write(`parallax: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
