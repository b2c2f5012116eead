/**
 * The bytes of one cache entry: plain data as JSON, except arrays of fractional numbers (sentence
 * embeddings, weights) and typed arrays, which go after the JSON as raw little-endian numbers:
 * 4 or 8 bytes a number instead of ~19 characters of JSON, and exact (a number array whose every
 * value is a float32 is stored as float32, else as float64). Everything else JSON can say round-
 * trips as JSON does (no `undefined`, no NaN outside such arrays).
 *
 *   "PXC1" · u32 length of the JSON · JSON {key, arrays, value} · padding to 8 · numbers
 *
 * `key` is checked on reading, so a file renamed, mixed up or cut short reads as no entry.
 */

const magic = 'PXC1';
/** Shorter number arrays stay in the JSON (they are not what makes an entry large). */
const minBinaryLength = 16;

const typed = {
  f32: Float32Array, f64: Float64Array, i8: Int8Array, u8: Uint8Array, i16: Int16Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array,
} as const;
type TypedName = keyof typeof typed;
type Typed = InstanceType<(typeof typed)[TypedName]>;

/** Where one binary array stands in the value, and how it is stored. */
interface BinaryArray {
  /** Keys and indices from the value down to the array. */
  path: (string | number)[];
  /** Stored as this typed array. */
  type: TypedName;
  /** True when the value held a plain number[] (rebuilt as one), false for a typed array. */
  plain: boolean;
  /** Byte offset in the binary part. */
  offset: number;
  /** Number of elements. */
  length: number;
}

function typedName(array: ArrayBufferView): TypedName | null {
  return (Object.keys(typed) as TypedName[]).find((name) => array instanceof typed[name]) ?? null;
}

/** The typed array a plain number array is stored as, or null when it stays in the JSON. */
function numberArrayType(array: readonly unknown[]): TypedName | null {
  if (array.length < minBinaryLength) return null;
  let fractional = false;
  let float32 = true;
  for (const x of array) {
    if (typeof x !== 'number') return null;
    if (!Number.isInteger(x)) fractional = true;
    if (Math.fround(x) !== x && !Number.isNaN(x)) float32 = false;
  }
  return fractional ? (float32 ? 'f32' : 'f64') : null;
}

/** Every binary array in the value, with its path (offsets not yet set). */
function findArrays(value: unknown, path: (string | number)[], found: Map<object, BinaryArray>): void {
  if (value === null || typeof value !== 'object') return;
  if (ArrayBuffer.isView(value)) {
    const type = typedName(value);
    if (type) found.set(value, { path: [...path], type, plain: false, offset: 0, length: (value as Typed).length });
    return;
  }
  if (Array.isArray(value)) {
    const type = numberArrayType(value);
    if (type) found.set(value, { path: [...path], type, plain: true, offset: 0, length: value.length });
    else value.forEach((x, i) => findArrays(x, [...path, i], found));
    return;
  }
  for (const [k, x] of Object.entries(value)) findArrays(x, [...path, k], found);
}

/** Encode a value under its key. */
export function encodeEntry(key: string, value: unknown): Buffer {
  const found = new Map<object, BinaryArray>();
  findArrays(value, [], found);
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [array, at] of found) {
    const data = Buffer.from(new typed[at.type](array as ArrayLike<number>).buffer);
    at.offset = offset;
    offset += data.length + ((8 - (data.length % 8)) % 8);
    parts.push(data, Buffer.alloc((8 - (data.length % 8)) % 8));
  }
  const replacer = found.size > 0 ? (_: string, v: unknown) => (v !== null && typeof v === 'object' && found.has(v) ? null : v) : undefined;
  const json = Buffer.from(JSON.stringify({ key, arrays: [...found.values()], value }, replacer));
  const head = Buffer.alloc(8);
  head.write(magic, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const pad = Buffer.alloc((8 - (json.length % 8)) % 8);
  return Buffer.concat([head, json, pad, ...parts]);
}

/** The value stored under `key`, or null when the bytes are not a whole entry for that key. */
export function decodeEntry(bytes: Uint8Array, key: string): unknown {
  try {
    return readEntry(bytes, key);
  } catch {
    return null; // not JSON, or a path that leads nowhere: a damaged entry is no entry
  }
}

function readEntry(bytes: Uint8Array, key: string): unknown {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== magic) return null;
  const jsonLength = buf.readUInt32LE(4);
  if (8 + jsonLength > buf.length) return null;
  const entry = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as { key: string; arrays: BinaryArray[]; value: unknown };
  if (entry.key !== key) return null;
  const binaryStart = 8 + jsonLength + ((8 - (jsonLength % 8)) % 8);
  for (const at of entry.arrays) {
    const Kind = typed[at.type];
    const start = binaryStart + at.offset;
    if (start + at.length * Kind.BYTES_PER_ELEMENT > buf.length) return null;
    // A copy: the entry's buffer may sit at any alignment inside Node's pool.
    const array = new Kind(new Uint8Array(buf.subarray(start, start + at.length * Kind.BYTES_PER_ELEMENT)).buffer);
    const restored = at.plain ? Array.from(array) : array;
    if (at.path.length === 0) return restored;
    let parent = entry.value as Record<string | number, unknown>;
    for (const step of at.path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    parent[at.path.at(-1)!] = restored;
  }
  return entry.value;
}
