/**
 * Send a cached view as bytes with its ETag, both made once. Given a string, express encodes it
 * to UTF-8 and hashes it for the ETag on every request: for a cached pair page (about 140 kB)
 * that was half of what the server spent answering it (issue 16). The ETag is the one express
 * makes itself (weak, in the `etag` package's form: length in hex, SHA-1 in base64), so
 * conditional requests still get 304.
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { DrawnView } from './reports.js';

/** The view's bytes and ETag, made on first use and kept with it. */
function sentForm(view: DrawnView): NonNullable<DrawnView['sent']> {
  if (view.sent) return view.sent;
  const bytes = Buffer.from(view.text, 'utf8');
  const hash = createHash('sha1').update(bytes).digest('base64').substring(0, 27);
  return (view.sent = { bytes, etag: `W/"${bytes.length.toString(16)}-${hash}"` });
}

/** Send a drawn view as `type`. */
export function sendDrawn(res: Response, type: string, view: DrawnView): void {
  const { bytes, etag } = sentForm(view);
  res.type(type).set('ETag', etag).send(bytes);
}
