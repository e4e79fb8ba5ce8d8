import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { checkModifiers as oldCheckModifiers } from "./modifiers/check-modifiers.js";
import { anySessionArb, BENCH_SESSIONS, FUZZ_RUNS, payerOverrideArb, sameJson } from "./sessions.js";

describe("checkModifiers gives exactly the findings of the old implementation (test/oracles/modifiers)", () => {
  it("on the benchmark generator's 2,000 sessions", () => {
    for (const s of BENCH_SESSIONS) {
      const fast = checkModifiers(s);
      const old = oldCheckModifiers(s);
      expect(fast).toStrictEqual(old);
      expect(sameJson(fast, old)).toBe(true);
    }
  });
  it("on any session and payer override", () => {
    fc.assert(
      fc.property(anySessionArb, payerOverrideArb, (s, payer) => {
        const fast = checkModifiers(s, payer && { payer });
        const old = oldCheckModifiers(s, payer && { payer });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});
