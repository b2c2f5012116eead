/**
 * Bytes to text for article files and uploads: refuses binary data and text that is not
 * UTF-8 (or UTF-16 with a byte-order mark), with a message that says what to do.
 */
import type { LoadProblem, Result } from '../model.js';

/** Why bytes are not usable text: the problem's code, and a phrase to follow the file's name. */
export interface DecodeError {
  /** `binary`: not text at all; `encoding`: text, but not UTF-8. */
  code: Extract<LoadProblem['code'], 'binary' | 'encoding'>;
  /** What is wrong and what to do ("is not valid UTF-8 text (…); save it with UTF-8 encoding"). */
  what: string;
}

/** Tab, line feed, form feed, carriage return, escape: control bytes plain text may hold. */
const textControls = new Set([9, 10, 12, 13, 27]);

/** Text of `bytes`, or why the bytes are not usable text. */
export function decodeText(bytes: Uint8Array): Result<string, DecodeError> {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, value: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, value: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8192);
  const controls = head.reduce((n, b) => n + (b < 32 && !textControls.has(b) ? 1 : 0), 0);
  if (head.includes(0) || controls > head.length * 0.02) {
    return { ok: false, error: { code: 'binary', what: 'is a binary file, not text (save the article as .txt, .md or .html)' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, error: { code: 'encoding', what: `is not valid UTF-8 text (first bad byte at offset ${at}); save it with UTF-8 encoding` } };
  }
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}
