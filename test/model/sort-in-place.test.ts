import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortInPlace } from "../../src/model/sort-in-place.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** Items with a key that often ties, and their original position, so stability shows. */
const items = (max: number) => fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: max }).map((keys) => keys.map((key, at) => ({ key, at })));
const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;

describe("sortInPlace", () => {
  it("gives the order Array#sort gives, ties kept in input order, short and long lists alike", () => {
    fc.assert(
      fc.property(items(40), (list) => {
        const expected = [...list].sort(byKey);
        const copy = [...list];
        const sorted = sortInPlace(copy, byKey);
        expect(sorted).toBe(copy);
        expect(sorted).toEqual(expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("sorts a short list of numbers", () => {
    expect(sortInPlace([3, 1, 2, 1], (a, b) => a - b)).toEqual([1, 1, 2, 3]);
    expect(sortInPlace([], (a: number, b: number) => a - b)).toEqual([]);
  });
});
