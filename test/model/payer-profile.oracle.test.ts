import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolvePayerProfile, type PayerProfileOverride } from "../../src/model/payer-profile.js";
import type { Payer } from "../../src/model/session.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";
import { resolvePayerProfile as oracle } from "../oracles/payer-profile.js";

/** A value with every object written as its entries, so key order and `undefined` values count. */
function entries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(entries);
  if (typeof value === "object" && value !== null) return Object.entries(value).map(([k, v]) => [k, entries(v)]);
  return value;
}

describe("resolvePayerProfile gives what the spread-based version did (test/oracles/payer-profile.ts)", () => {
  const payer = fc.record(
    {
      program: fc.constantFrom("medicare", "medicaid", "commercial", "other"),
      unitMethod: fc.constantFrom("cms", "ama", undefined),
      name: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(undefined)),
    },
    { requiredKeys: ["program"] },
  ) as fc.Arbitrary<Payer>;
  const override = fc.oneof(
    fc.constant(undefined),
    fc.record(
      { unitMethod: fc.constantFrom("cms", "ama", undefined), kxThreshold: fc.boolean(), name: fc.string({ maxLength: 8 }), pairOverlays: fc.constant([]), extra: fc.integer() },
      { requiredKeys: [] },
    ),
  ) as fc.Arbitrary<PayerProfileOverride | undefined>;

  it("for any program, unit method, name and override: the same fields, values and key order", () => {
    fc.assert(
      fc.property(payer, override, (p, o) => {
        expect(entries(resolvePayerProfile(p, o))).toStrictEqual(entries(oracle(p, o)));
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });

  it("a program that is not one of the four (a JavaScript caller) is handled as before", () => {
    for (const program of ["x", "__proto__", "toString", ""]) {
      const p = { program } as unknown as Payer;
      expect(entries(resolvePayerProfile(p))).toStrictEqual(entries(oracle(p)));
    }
  });
});
