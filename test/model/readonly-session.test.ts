import { describe, expect, it } from "vitest";
import { calculateUnits, checkCatalog, checkModifiers, checkMue, checkPairEdits, checkUnits, lintDocumentation, type Session } from "../../src/index.js";

// A TypeScript caller's fixture written `as const` (every list readonly) was refused by the check
// functions called directly (TS2345: a readonly array is not assignable to a mutable one), although
// none of them changes its input (helper examples, tenth round). The session types are deeply
// read-only now: this file fails `tsc --noEmit` (the CI's typecheck) on the old types.
const VISIT = {
  dateOfService: "2024-08-01",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  planOfCare: { startOfCare: "2024-07-15", goals: [{ id: "G1", text: "Stairs with one rail" }] },
  services: [
    { code: "97150", units: 1, modifiers: ["GP"], contact: "group", groupSize: 3, activity: "Group balance class, cues for step length", goalIds: ["G1"] },
    { code: "97530", minutes: 25, units: 2, modifiers: ["GP"], activity: "Sit to stand from low chair x10 with min A", goalIds: ["G1"] },
  ],
} as const;

describe("an `as const` session is accepted by every check called directly", () => {
  it("each check gives the same findings for it as for a mutable copy", () => {
    const copy: Session = structuredClone(VISIT) as Session;
    expect(checkPairEdits(VISIT)).toEqual(checkPairEdits(copy));
    expect(checkMue(VISIT)).toEqual(checkMue(copy));
    expect(checkUnits(VISIT)).toEqual(checkUnits(copy));
    expect(checkModifiers(VISIT)).toEqual(checkModifiers(copy));
    expect(checkCatalog(VISIT)).toEqual(checkCatalog(copy));
    expect(lintDocumentation(VISIT)).toEqual(lintDocumentation(copy));
    expect(calculateUnits(VISIT.services)).toEqual(calculateUnits(copy.services));
    // the pair edit is there to compare: 97530 with 97150 needs a modifier
    expect(checkPairEdits(VISIT).map((f) => f.rule)).toContain("ncci/ptp-modifier-required");
  });
});
