/**
 * The plain checks behind the fast paths that vouch for input without zod (`fastParseSession`, and
 * `therapy-claims/report`'s `isReportForSure`): each returns its value when the schema would take it
 * and throws {@link NOT_SURE} otherwise, which the fast path's caller catches and then runs the
 * schema. Shared, so that ./report carries one copy (twenty-second round: ./report 5,289 -> 5,188 B gzipped).
 */

/**
 * Thrown when a plain check cannot vouch for a value; never leaves the fast path's caller.
 *
 * @example
 * ```ts
 * typeof NOT_SURE; //=> "symbol"
 * ```
 * @internal
 */
export const NOT_SURE: unique symbol = Symbol("not sure");

/**
 * Throws {@link NOT_SURE}.
 *
 * @example
 * ```ts
 * let thrown: unknown;
 * try { notSure(); } catch (e) { thrown = e; }
 * thrown === NOT_SURE; //=> true
 * ```
 * @internal
 */
export function notSure(): never {
  throw NOT_SURE;
}

/**
 * An object zod's `z.object` would read (anything but null, arrays and primitives).
 *
 * @example
 * ```ts
 * objectOf({ a: 1 }).a; //=> 1
 * ```
 * @internal
 */
export function objectOf(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw NOT_SURE;
  return value as Record<string, unknown>;
}

/**
 * An array.
 *
 * @example
 * ```ts
 * arrayOf([1]).length; //=> 1
 * ```
 * @internal
 */
export function arrayOf(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw NOT_SURE;
  return value;
}

/**
 * A string.
 *
 * @example
 * ```ts
 * string("a"); //=> "a"
 * ```
 * @internal
 */
export function string(value: unknown): string {
  if (typeof value !== "string") throw NOT_SURE;
  return value;
}

/**
 * A boolean.
 *
 * @example
 * ```ts
 * boolean(false); //=> false
 * ```
 * @internal
 */
export function boolean(value: unknown): boolean {
  if (typeof value !== "boolean") throw NOT_SURE;
  return value;
}

/**
 * One of an enum's values (`z.enum`'s `options`).
 *
 * @example
 * ```ts
 * oneOf("cms", ["cms", "ama"]); //=> "cms"
 * ```
 * @internal
 */
export function oneOf<T>(value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) throw NOT_SURE;
  return value as T;
}

/**
 * zod 4's `z.number().nonnegative()`: a finite number, not below 0.
 *
 * @example
 * ```ts
 * nonNegative(1.5); //=> 1.5
 * ```
 * @internal
 */
export function nonNegative(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw NOT_SURE;
  return value;
}

/**
 * zod 4's `.int().nonnegative()`: a safe integer, not below 0.
 *
 * @example
 * ```ts
 * wholeNonNegative(3); //=> 3
 * ```
 * @internal
 */
export function wholeNonNegative(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw NOT_SURE;
  return value as number;
}
