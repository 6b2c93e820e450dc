/**
 * Put pages found another way (the other language's text) into a first screen
 * of results at fixed places, keeping the rest in order (pure). A page already
 * shown is not added twice. Returns the merged list and where the added pages
 * ended up.
 */
export function interleave<T>(
  own: readonly T[],
  added: readonly T[],
  at: readonly number[],
  same: (a: T, b: T) => boolean,
): { items: T[]; addedAt: number[] } {
  const fresh = added.filter((a) => !own.some((o) => same(o, a)));
  const items = [...own];
  const addedAt: number[] = [];
  let k = 0;
  for (const place of at) {
    if (k >= fresh.length) break;
    const i = Math.min(place, items.length);
    items.splice(i, 0, fresh[k++]!);
    for (let j = 0; j < addedAt.length; j++) if (addedAt[j]! >= i) addedAt[j]!++;
    addedAt.push(i);
  }
  for (; k < fresh.length; k++) {
    addedAt.push(items.length);
    items.push(fresh[k]!);
  }
  return { items, addedAt: addedAt.sort((a, b) => a - b) };
}
