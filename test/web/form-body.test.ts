/**
 * The URL-encoded form read chunk by chunk (issue 15: a 2 MB paste decoded by body-parser and qs
 * held the request thread for 0.25-0.5 s): the fields are those URLSearchParams reads from the
 * whole body, however the body is cut into chunks, and the limits answer as body-parser's did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormDecoder } from '../../src/web/form-body.js';

const limits = { bodyBytes: 1 << 20, fieldBytes: 1 << 20, fields: 64 };

/** Decode a body cut at the given places. */
function decodeIn(body: string, cuts: number[]): Record<string, string | string[]> {
  const bytes = Buffer.from(body, 'latin1');
  const decoder = new FormDecoder(limits);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    decoder.write(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  decoder.write(bytes.subarray(at));
  return decoder.end();
}

/** What URLSearchParams reads (the standard), repeated names as arrays. */
function expected(body: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    if (k === '' && v === '') continue;
    const known = out[k];
    out[k] = known === undefined ? v : Array.isArray(known) ? [...known, v] : [known, v];
  }
  return out;
}

describe('FormDecoder', () => {
  it('reads what a browser sends: UTF-8 escapes, plus signs, repeated and empty fields', () => {
    const body = new URLSearchParams([['left_text', 'Les négociations ont échoué — 100% + “quotes” & more = done\n\u00AD'], ['save', '1'], ['save', '2'], ['right_corpus', '']]).toString();
    expect(decodeIn(body, [])).toEqual({ left_text: 'Les négociations ont échoué — 100% + “quotes” & more = done\n\u00AD', save: ['1', '2'], right_corpus: '' });
  });

  it('keeps a stray or broken % as it is, like URLSearchParams', () => {
    for (const body of ['a=100%', 'a=%', 'a=%4', 'a=%zz&b=%4g', 'a=%%41', '=x&&b', 'a=b=c'])
      for (const cut of [0, 1, 2, 3, 4, 5, 6]) expect(decodeIn(body, [cut]), `${body} cut at ${cut}`).toEqual(expected(body));
  });

  it('reads any body cut anywhere as URLSearchParams reads it whole', () => {
    const piece = fc.constantFrom('a', 'b', '=', '&', '+', '%', '%2', '%41', '%C3%A9', '%E2%80', '%9', 'z', '%zz', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 6 }), (pieces, cuts) => {
        const body = pieces.join('');
        expect(decodeIn(body, cuts)).toEqual(expected(body));
      }),
      { seed: 15, numRuns: 2000 },
    );
  });

  it('refuses a field past its size and a form of too many fields, as body-parser named them', () => {
    const small = new FormDecoder({ ...limits, fieldBytes: 10 });
    expect(() => small.write(Buffer.from(`a=${'x'.repeat(11)}`))).toThrow(expect.objectContaining({ code: 'LIMIT_FIELD_VALUE' }));
    const few = new FormDecoder({ ...limits, fields: 2 });
    few.write(Buffer.from('a=1&b=2&c=3'));
    expect(() => few.end()).toThrow(expect.objectContaining({ type: 'parameters.too.many' }));
  });
});
