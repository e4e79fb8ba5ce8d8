/** Up to this many items are sorted by insertion; a longer list goes to `Array#sort`. */
const INSERTION_LIMIT = 16;

/**
 * Sorts `list` in place, stably, and returns it: the order `list.sort(compare)` gives (both
 * sorts are stable, so for a consistent `compare` the result is the same). A check's list is
 * short (a few findings or codes), and for a short list an insertion sort is quicker than
 * `Array#sort`, which allocates a work area on every call.
 *
 * @param list - the array to sort (changed)
 * @param compare - negative, zero or positive, as `Array#sort` wants
 * @returns `list`, sorted
 * @example
 * ```ts
 * sortInPlace([3, 1, 2], (a, b) => a - b); //=> [1, 2, 3]
 * ```
 * @internal
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > INSERTION_LIMIT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let at = i;
    // Asked as Array#sort asks it (is the new item before the one to its left?), so even an odd
    // comparator meets the same questions.
    while (at > 0 && compare(item, list[at - 1] as T) < 0) {
      list[at] = list[at - 1] as T;
      at--;
    }
    list[at] = item;
  }
  return list;
}
