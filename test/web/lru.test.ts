import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/web/lru.js';

describe('Lru', () => {
  it('evicts the least recently used entry past its count', () => {
    const lru = new Lru<number>(2, 100);
    lru.set('a', 1, 1);
    lru.set('b', 2, 1);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3, 1);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.size]).toEqual([1, 3, 2]);
  });

  it('evicts past its weight and never keeps an entry heavier than the bound', () => {
    const lru = new Lru<string>(10, 10);
    lru.set('a', 'a', 6);
    lru.set('b', 'b', 6);
    expect([lru.get('a'), lru.get('b')]).toEqual([undefined, 'b']);
    lru.set('huge', 'x', 11);
    expect([lru.get('huge'), lru.get('b')]).toEqual([undefined, 'b']);
  });

  it('replaces a key without counting it twice', () => {
    const lru = new Lru<number>(10, 10);
    lru.set('a', 1, 5);
    lru.set('a', 2, 5);
    lru.set('b', 3, 5);
    expect([lru.get('a'), lru.get('b'), lru.size]).toEqual([2, 3, 2]);
  });
});
