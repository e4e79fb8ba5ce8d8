import { expect } from "vitest";

/** A structural copy of plain data with every -0 made 0 (what JSON writes for it). */
function withZeroForNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withZeroForNegativeZero);
  // Only plain objects are copied: anything else (a Map, a Date) is left for the comparison to reject.
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = withZeroForNegativeZero(item);
    return out;
  }
  return value;
}

/**
 * Expects `value` to survive a JSON round trip unchanged: no NaN, Infinity, Date, Map or class
 * instance (`toEqual`, which, like JSON, takes a key holding undefined for an absent key: zod
 * keeps such a key from the input). The one difference JSON itself makes, -0 written as 0 (the
 * same number of minutes), is not a loss: `toEqual` tells -0 from 0, so the round trip is
 * compared with a copy of `value` in which -0 is 0.
 *
 * @param value - what a function returned
 */
export function expectJsonSafe(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toEqual(withZeroForNegativeZero(value));
}
