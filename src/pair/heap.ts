/** A binary max-heap keyed by a number: the next best merge in clustering. */
export class MaxHeap<T> {
  private readonly items: { key: number; value: T }[] = [];

  /** Number of entries. */
  get size(): number {
    return this.items.length;
  }

  /** Add an entry. */
  push(key: number, value: T): void {
    const items = this.items;
    items.push({ key, value });
    let k = items.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (items[up]!.key >= items[k]!.key) break;
      [items[up], items[k]] = [items[k]!, items[up]!];
      k = up;
    }
  }

  /** Remove and return the entry with the largest key (undefined when empty). */
  pop(): { key: number; value: T } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      let m = k;
      if (l < items.length && items[l]!.key > items[m]!.key) m = l;
      if (l + 1 < items.length && items[l + 1]!.key > items[m]!.key) m = l + 1;
      if (m === k) break;
      [items[m], items[k]] = [items[k]!, items[m]!];
      k = m;
    }
    return top;
  }
}
