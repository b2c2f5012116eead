/**
 * The web server as `parallax serve` starts it, in a process of its own, for tests that measure
 * how it answers while it is attacked (attack.test.ts): in the test's own process the client's
 * work (reading a 1.5 MB answer, vitest itself) ran on the server's thread and stalled it.
 * Serves the corpus folder given as its argument on a free port of 127.0.0.1 and prints
 * `listening <port>` once it listens.
 */
import '../../src/io/regexp-flags.js';
import { startServer } from '../../src/web/start.js';

const dir = process.argv[2];
if (!dir) throw new Error('serve-child: give the corpus folder');
const server = await startServer({ corpusDir: dir, port: 0, log: (line) => process.stderr.write(line) });
const address = server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
// The test closes this process by closing its standard input (no signal needed on any platform).
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
