#!/usr/bin/env node
/** The `parallax` binary: process streams in, exit code out. */
import '../io/regexp-flags.js';
import { runCli } from './program.js';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};
process.exitCode = await runCli(process.argv.slice(2), io);
