import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolvePayerProfile } from "../../src/model/payer-profile.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { checkUnits, checkUnitsWith } from "../../src/units/check-units.js";
import { compareUnitMethods } from "../../src/units/compare.js";
import { calculateUnits as oldCalculateUnits } from "./units/calculate-units.js";
import { checkUnits as oldCheckUnits, checkUnitsWith as oldCheckUnitsWith } from "./units/check-units.js";
import { anySessionArb, BENCH_SESSIONS, FUZZ_RUNS, outcome, payerOverrideArb, sameJson } from "./sessions.js";

const METHODS = ["cms", "ama"] as const;

/** Lines the calculator reads as untyped input: any code, any minutes (negative, NaN, strings). */
const looseLineArb = fc.record(
  {
    code: fc.oneof(fc.constantFrom("97110", "97140", "97530", "97129", "97130", "97150", "92507", "g0283", "97129", "97112"), fc.string({ maxLength: 6 })),
    minutes: fc.oneof(fc.integer({ min: -20, max: 200 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, 7.9, 22.5)),
  },
  { requiredKeys: ["code"] },
);

describe("calculateUnits gives exactly the result of the old implementation (test/oracles/units)", () => {
  it("on the benchmark generator's 2,000 sessions, by both methods", () => {
    for (const s of BENCH_SESSIONS) {
      for (const method of METHODS) {
        const fast = calculateUnits(s.services, { method });
        const old = oldCalculateUnits(s.services, { method });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }
    }
  });
  it("on minutes near the float limit: the same result, and neither throws (the copy's SAFE: change)", () => {
    const lines = [{ code: "97110", minutes: 4.379942992917308e194 }, { code: "97129", minutes: 2.0321824152204637e210 }];
    expect(outcome(() => calculateUnits(lines))).toStrictEqual(outcome(() => oldCalculateUnits(lines)));
    expect(outcome(() => oldCalculateUnits(lines))).not.toHaveProperty("threw");
  });
  it("on any lines, by either method or none", () => {
    fc.assert(
      fc.property(fc.array(looseLineArb, { maxLength: 12 }), fc.option(fc.constantFrom(...METHODS), { nil: undefined }), (lines, method) => {
        // Outcomes, not values: should either ever throw, both must throw the same error.
        const fast = outcome(() => calculateUnits(lines, method && { method }));
        const old = outcome(() => oldCalculateUnits(lines, method && { method }));
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS * 20 },
    );
  });
  it("compareUnitMethods still equals both old results", () => {
    for (const s of BENCH_SESSIONS.slice(0, 300)) {
      const c = compareUnitMethods(s.services);
      expect(c.cms).toStrictEqual(oldCalculateUnits(s.services, { method: "cms" }));
      expect(c.ama).toStrictEqual(oldCalculateUnits(s.services, { method: "ama" }));
    }
  });
});

describe("checkUnits and checkUnitsWith give exactly the findings of the old implementation", () => {
  it("on the benchmark generator's 2,000 sessions", () => {
    for (const s of BENCH_SESSIONS) {
      const method = resolvePayerProfile(s.payer).unitMethod;
      const fast = checkUnitsWith(s, method, calculateUnits(s.services, { method }));
      const old = oldCheckUnitsWith(s, method, oldCalculateUnits(s.services, { method }));
      expect(fast).toStrictEqual(old);
      expect(sameJson(fast, old)).toBe(true);
      expect(checkUnits(s)).toStrictEqual(oldCheckUnits(s));
    }
  });
  it("on any session and payer override", () => {
    fc.assert(
      fc.property(anySessionArb, payerOverrideArb, (s, payer) => {
        const fast = checkUnits(s, payer && { payer });
        const old = oldCheckUnits(s, payer && { payer });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
        for (const method of METHODS) {
          expect(checkUnitsWith(s, method, calculateUnits(s.services, { method }))).toStrictEqual(oldCheckUnitsWith(s, method, oldCalculateUnits(s.services, { method })));
        }
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});
