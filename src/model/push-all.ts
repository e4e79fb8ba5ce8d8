/**
 * Appends every item of `items` to `to`, one at a time: `to.push(...items)` passes each item as an
 * argument, and past about 120,000 of them V8 throws a RangeError (a visit of 125,000 lines with a
 * mistyped key lost its whole report to `input/unreadable`).
 *
 * @param to - the list to grow
 * @param items - what to append, in order
 * @example
 * ```ts
 * const all = [1];
 * pushAll(all, [2, 3]);
 * all; //=> [1, 2, 3]
 * ```
 * @internal
 */
export function pushAll<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i] as T);
}
