/**
 * Imported first by the two entry points (cli/main.ts, web/server.ts), so that it runs before
 * any regular expression does. V8 optimises each regular expression on its first runs; chrono-
 * node's time-unit patterns are kilobytes of alternatives repeated up to ten times, and
 * optimising them cost a cold `compare` of the seeds more CPU than the rest of its date reading
 * (issue 16: 0.76 s of a 9.2 s profile on a loaded machine, 0.14 s with this flag). The flag
 * changes how patterns are compiled, never what they match; warm reports (bench:report) and
 * chrono over 3,000 AllSides sentences ran no slower with it. Flags are per process, so the
 * web app's analysis worker thread has it too.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-optimization');
