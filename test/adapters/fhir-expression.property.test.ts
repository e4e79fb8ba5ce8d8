import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim, toOperationOutcome } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/**
 * toOperationOutcome's expressions, on claims of any shape an EHR sends (ninth round): every
 * expression is a FHIRPath rooted at Claim that resolves to an element of the claim it came
 * from, every item's line is in exactly one session, and nothing throws.
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const dateArb = fc.constantFrom("2025-03-14", "2025-03-17", "2025-03-14T10:00:00-05:00", "03/14/2025", "2025-03", undefined);
const conceptArb = fc.oneof(
  fc.constantFrom("97110", "97530", "97535", "92507", "97999", "", " 97140 ").map((code) => ({ coding: [{ system: CPT, code }] })),
  fc.record({ text: fc.constantFrom("97110", "therapy") }),
  fc.jsonValue(),
);
const modifierArb = fc.oneof(fc.constantFrom("GP", "GO", "GN", "CQ", "59", "KX", "").map((code) => ({ coding: [{ code }] })), fc.record({ text: fc.constant("GP") }), fc.jsonValue());
const quantityArb = fc.oneof(fc.record({ value: fc.nat(8) }), fc.record({ value: fc.nat(60), code: fc.constant("min") }), fc.jsonValue());
const itemArb = fc.oneof(
  fc.record(
    {
      sequence: fc.nat(9),
      careTeamSequence: fc.array(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.jsonValue()), { maxLength: 2 }),
      servicedDate: dateArb,
      servicedPeriod: fc.record({ start: dateArb, end: dateArb }),
      productOrService: conceptArb,
      modifier: fc.array(modifierArb, { maxLength: 3 }),
      quantity: quantityArb,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const memberArb = fc.record({
  sequence: fc.integer({ min: 1, max: 3 }),
  role: fc.constantFrom({ coding: [{ code: "primary" }] }, { coding: [{ code: "supervisor" }] }, undefined),
  qualification: fc.constantFrom({ text: "PT" }, { text: "PTA, CLT" }, { text: "OTR/L" }, { coding: [{ code: "235Z00000X" }] }, { text: "MD" }),
});
const claimArb = fc.record(
  { resourceType: fc.constant("Claim"), id: fc.constantFrom("c1", undefined), billablePeriod: fc.record({ start: dateArb, end: dateArb }), careTeam: fc.array(memberArb, { maxLength: 3 }), item: fc.array(itemArb, { minLength: 1, maxLength: 5 }) },
  { requiredKeys: ["resourceType", "item"] },
);

/** The node an expression like Claim.item[2].modifier[1] names in the claim, or undefined. */
function resolve(claim: unknown, expression: string): unknown {
  return expression.split(".").slice(1).reduce<unknown>((at, step) => {
    const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(step) ?? [];
    if (typeof at !== "object" || at === null || name === undefined) return undefined;
    const value = (at as Record<string, unknown>)[name];
    return index === undefined ? value : Array.isArray(value) ? value[Number(index)] : undefined;
  }, claim);
}

describe("FHIR expressions resolve in the claim, whatever the claim", () => {
  it("every expression names an element of the claim; every object item is one line of one session", () => {
    fc.assert(fc.property(claimArb, fc.constantFrom({ payer: { program: "medicare" as const } }, {}), (claim, options) => {
      const sessions = sessionsFromFhirClaim(claim, options);
      const items = sessions.flatMap((s) => s.claimPaths?.items ?? []);
      const objectItems = claim.item.flatMap((it, j) => (typeof it === "object" && it !== null && !Array.isArray(it) ? [j] : []));
      expect([...items].sort((a, b) => a - b)).toEqual(objectItems);
      for (const session of sessions) {
        expect(session.services).toHaveLength(session.claimPaths?.items.length ?? -1);
        for (const issue of toOperationOutcome(validateSession(session), session).issue) {
          for (const expression of issue.expression ?? []) {
            expect(expression).toMatch(/^Claim(\.[a-zA-Z]+(\[\d+\])?)*$/);
            expect(resolve(claim, expression), expression).toBeDefined();
          }
        }
      }
    }), { numRuns: FUZZ_RUNS });
  });
});
