/** Anything that remembers values by key: a `Map`, or a `WeakMap` for values made per article or entity. */
interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** `cache`'s value for `key`, made by `make` the first time it is asked for (an `undefined` value is kept too). */
export function cached<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as V;
}
