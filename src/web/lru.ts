/**
 * A least-recently-used map with two bounds: how many entries, and their total weight (an
 * estimate of their memory, in characters). Used for rendered pairs and for uploads, so a
 * stream of distinct comparisons can never grow the server's memory without limit.
 */
export class Lru<V> {
  readonly #entries = new Map<string, { value: V; weight: number }>();
  #weight = 0;

  constructor(
    /** Most entries kept. */
    readonly maxEntries: number,
    /** Most total weight kept; one entry heavier than this is not kept at all. */
    readonly maxWeight: number,
  ) {}

  /** The value, marked as just used; undefined when absent. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keep a value, evicting the least recently used entries until both bounds hold. */
  set(key: string, value: V, weight: number): void {
    this.delete(key);
    if (weight > this.maxWeight) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#weight <= this.maxWeight) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }

  /** Forget a key. */
  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#weight -= entry.weight;
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
