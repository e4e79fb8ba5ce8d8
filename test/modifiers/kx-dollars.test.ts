import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dollars } from "../../src/modifiers/kx-rules.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** Whole dollars in full digits with thousands commas. */
const grouped = (whole: bigint): string => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("dollars (KX messages)", () => {
  it.each([
    [0, "$0"],
    [0.01, "$0.01"],
    [2330, "$2,330"],
    [2330.5, "$2,330.50"],
    [2409.99, "$2,409.99"],
    [1.005, "$1"], // the double is 1.00499999999999989…
    [0.999, "$1"],
    [2409.995, "$2,409.99"], // the double is 2409.99499999999989…
    [1e13 + 0.25, "$10,000,000,000,000.25"],
    [2 ** 47 + 0.5, "$140,737,488,355,328.50"], // past 2^53 cents: the cents come from the fraction
    [2 ** 53, "$9,007,199,254,740,992"],
    [1e21, "$1,000,000,000,000,000,000,000"], // was $999,999,999,999,999,900,000.92
  ])("writes %d as %s", (amount, text) => {
    expect(dollars(amount)).toBe(text);
  });

  it.each([[1e300], [Number.MAX_VALUE]])("writes %d in full digits, without cents (was $1e+300.56, $Infinity.NaN)", (amount) => {
    expect(dollars(amount)).toBe(`$${grouped(BigInt(amount))}`);
  });

  it("writes a sum that overflowed to Infinity as more than the largest number", () => {
    expect(dollars(Number.MAX_VALUE + Number.MAX_VALUE)).toBe(`more than $${grouped(BigInt(Number.MAX_VALUE))}`);
  });

  it("writes every whole-cent amount up to $70 trillion exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 7_000_000_000_000_000n }), (cents) => {
        const rest = cents % 100n;
        const text = `$${grouped(cents / 100n)}${rest === 0n ? "" : `.${rest.toString().padStart(2, "0")}`}`;
        expect(dollars(Number(cents) / 100)).toBe(text);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
