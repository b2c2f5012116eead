/**
 * Send a cached rendering as bytes with its ETag computed once. Given a string, express encodes
 * it to UTF-8 and hashes it for the ETag on every request: for a cached pair page (about 140 kB)
 * that was half of what the server spent answering it (issue 16). The ETag is the one express
 * makes itself (weak, in the `etag` package's form: length in hex, SHA-1 in base64), so
 * conditional requests still get 304.
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';

const etags = new WeakMap<Uint8Array, string>();

function etagOf(bytes: Uint8Array): string {
  let etag = etags.get(bytes);
  if (etag === undefined) {
    const hash = createHash('sha1').update(bytes).digest('base64').substring(0, 27);
    etags.set(bytes, (etag = `W/"${bytes.length.toString(16)}-${hash}"`));
  }
  return etag;
}

/** Send `bytes` (a rendering kept in a cache, never changed after) as `type`. */
export function sendBytes(res: Response, type: string, bytes: Buffer): void {
  res.type(type).set('ETag', etagOf(bytes)).send(bytes);
}
