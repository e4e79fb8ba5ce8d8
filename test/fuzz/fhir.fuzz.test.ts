import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { FUZZ_RUNS } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The FHIR adapter's item quantities, fuzzed (fuzz2, seventh round): whatever an item's
 * `quantity` is (a Quantity with any value, or invalid FHIR: a bare number, a string, a list,
 * null), nothing is lost: the line's units are what was sent, and validateSession either reads
 * them (a whole, non-negative, safe number) or reports them at `services[i].units`.
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const quantityArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ value: fc.nat({ max: 8 }) }),
  fc.record({ value: fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(-1, 1.5, 1e300, Number.MAX_SAFE_INTEGER + 2, "2", null)) }),
  fc.record({ unit: fc.constant("15 min") }),
  fc.oneof(fc.jsonValue(), fc.constantFrom(2, "2", -1, [{ value: 2 }])),
);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

describe("FHIR item quantities: read or reported, never dropped", () => {
  it("each line's units are the quantity (or its value) as sent, and validateSession reads them or names services[i].units", () => {
    fc.assert(fc.property(fc.array(quantityArb, { minLength: 1, maxLength: 4 }), (quantities) => {
      const claim = {
        resourceType: "Claim",
        item: quantities.map((quantity) => ({ servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity })),
      };
      const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" }, provider: { discipline: "PT" } });
      expect(sessions).toHaveLength(1);
      const report = validateSession(sessions[0]);
      expectJsonSafe(report);
      quantities.forEach((quantity, i) => {
        const sent = isObject(quantity) ? quantity.value : quantity;
        const line = sessions[0]!.services[i]!;
        if (sent === undefined) expect(Object.hasOwn(line, "units")).toBe(false);
        else expect(line.units).toEqual(sent);
        const readable = sent === undefined || (Number.isSafeInteger(sent) && (sent as number) >= 0);
        const reported = report.findings.some((f) => f.rule === "input/ignored-field" && JSON.stringify(f.path) === JSON.stringify(["services", i, "units"]));
        expect(reported).toBe(!readable);
      });
    }), { numRuns: FUZZ_RUNS });
  });
});
