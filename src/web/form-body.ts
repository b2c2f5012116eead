/**
 * A URL-encoded form read as it arrives (issue 15: GET / within 200 ms while a visitor posts a
 * 2 MB paste). body-parser collects the whole body as a string and then decodes it with `qs`:
 * for a 2 MB paste that was 0.25-0.5 s of the request thread in one piece, most of it garbage
 * collection of the strings it made (--cpu-prof of the server). Here each chunk is decoded to
 * bytes when it comes, in one pass (`+`, `%XX`), so the work is spread over the upload and
 * linear in it; a field's bytes become a string once, at the end, in native code.
 */
import type { Request } from 'express';

/** The limits of a form. */
export interface FormLimits {
  /** Most bytes of the body as sent (percent-encoded). */
  bodyBytes: number;
  /** Most bytes of one field's value once decoded. */
  fieldBytes: number;
  /** Most fields. */
  fields: number;
}

/** Why a form could not be read, as body-parser and multer name it (submission's bodyProblem maps them to a status). */
export type FormError = Error & { type?: 'entity.too.large' | 'parameters.too.many' | 'encoding.unsupported'; code?: 'LIMIT_FIELD_VALUE' };

const fail = (message: string, extra: Pick<FormError, 'type' | 'code'>): FormError => Object.assign(new Error(message), extra);

/** The value of a hex digit's byte, or -1. */
function hexValue(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 65 && b <= 70) return b - 55;
  if (b >= 97 && b <= 102) return b - 87;
  return -1;
}

/** Decodes a URL-encoded body chunk by chunk into fields (repeated names give arrays, as body-parser does). */
export class FormDecoder {
  /** The fields read so far. */
  readonly fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  private count = 0;
  /** The decoded name of the field being read, once its `=` came; null while its name is read. */
  private name: string | null = null;
  /** The decoded bytes of the name or value being read. */
  private pieces: Buffer[] = [];
  private size = 0;
  /** Hex digits owed to a `%` cut by a chunk's end: the bytes seen after it (at most one). */
  private escape: number[] | null = null;

  constructor(private readonly limits: FormLimits) {}

  /** Decode one chunk of the body. */
  write(chunk: Buffer): void {
    const pending = this.escape;
    this.escape = null;
    const input = pending ? Buffer.concat([Buffer.from([37, ...pending]), chunk]) : chunk;
    const out = Buffer.allocUnsafe(input.length);
    // Decoded bytes are written into `out`; `from` is where the name or value being read starts.
    let o = 0;
    let from = 0;
    for (let i = 0; i < input.length; i += 1) {
      const b = input[i]!;
      if (b === 37 /* % */) {
        if (i + 2 >= input.length) {
          // Cut by the chunk: decide when the next one comes (or at the end, literally).
          if (i + 2 === input.length && hexValue(input[i + 1]!) < 0) {
            out[o++] = b;
            continue;
          }
          this.add(out.subarray(from, o));
          this.escape = [...input.subarray(i + 1)];
          return;
        }
        const hi = hexValue(input[i + 1]!);
        const lo = hexValue(input[i + 2]!);
        if (hi >= 0 && lo >= 0) {
          out[o++] = hi * 16 + lo;
          i += 2;
        } else out[o++] = b;
      } else if (b === 43 /* + */) out[o++] = 32;
      else if (b === 38 /* & */ || (b === 61 /* = */ && this.name === null)) {
        this.add(out.subarray(from, o));
        from = o;
        if (b === 38) this.endField();
        else this.endName();
      } else out[o++] = b;
    }
    this.add(out.subarray(from, o));
  }

  /** The body ended: the last field, and any `%` left hanging, literally. */
  end(): Record<string, string | string[]> {
    if (this.escape) {
      this.add(Buffer.from([37, ...this.escape]));
      this.escape = null;
    }
    this.endField();
    return this.fields;
  }

  private add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > this.limits.fieldBytes) throw fail('a form field is too large', { code: 'LIMIT_FIELD_VALUE' });
    this.pieces.push(bytes);
  }

  private take(): string {
    const text = this.pieces.length === 1 ? this.pieces[0]!.toString('utf8') : Buffer.concat(this.pieces, this.size).toString('utf8');
    this.pieces = [];
    this.size = 0;
    return text;
  }

  private endName(): void {
    this.name = this.take();
  }

  private endField(): void {
    const name = this.name ?? this.take();
    const value = this.name === null ? '' : this.take();
    this.name = null;
    if (name === '' && value === '') return;
    this.count += 1;
    if (this.count > this.limits.fields) throw fail('too many form fields', { type: 'parameters.too.many' });
    const known = this.fields[name];
    this.fields[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
}

/** Read a URL-encoded request body into `req.body`, chunk by chunk; rejects with a FormError past a limit. */
export function readUrlEncoded(req: Request, limits: FormLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      req.resume();
      reject(fail('compressed forms are not read', { type: 'encoding.unsupported' }));
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.bodyBytes) {
      req.resume();
      reject(fail('the form is too large', { type: 'entity.too.large' }));
      return;
    }
    const decoder = new FormDecoder(limits);
    let received = 0;
    let failed = false;
    const stop = (err: unknown) => {
      failed = true;
      // The rest is read and dropped, so the answer can be sent on this connection.
      req.removeListener('data', onData);
      req.resume();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      try {
        if (received > limits.bodyBytes) throw fail('the form is too large', { type: 'entity.too.large' });
        decoder.write(chunk);
      } catch (err) {
        stop(err);
      }
    };
    req.on('data', onData);
    req.on('error', (err) => {
      if (!failed) stop(err);
    });
    req.on('end', () => {
      if (failed) return;
      try {
        req.body = decoder.end();
        resolve();
      } catch (err) {
        stop(err);
      }
    });
  });
}
