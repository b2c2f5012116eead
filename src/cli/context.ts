/**
 * What every command shares: where output goes and how a failure becomes an exit code. Kept
 * free of the core's modules: every command's definition imports this, and `--help` must not
 * load the analyses (issue 16).
 */

/** Where a command writes. Tests pass buffers; the binary passes process streams. */
export interface CliIO {
  /** Standard output. */
  out: (text: string) => void;
  /** Standard error. */
  err: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colour). */
  isTTY: boolean;
}

/**
 * Columns to wrap text output at: the terminal's width, or 80 when the output is not a terminal
 * (a file, a pipe, a test), so `articles`, `show`, `pairs` and `compare` read in any terminal.
 */
export function columnsOf(io: CliIO): number {
  return io.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

/** A failure the user can act on: printed without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1 for bad input or an unknown id; 2 for a usage error. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
