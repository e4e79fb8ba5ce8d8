import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { COMMERCIAL_VISITS, OVERLAY_97140_97530 } from "./commercial-visits.js";

// The commercial biller's day book (twelfth round), read as the biller must before the claims go
// out: the units each line earns under the plan's method, counted by hand from the CPT midpoint
// chart per code (8–22 min = 1 unit, 23–37 = 2, 38–52 = 3, 53–67 = 4; Blue Cross of Idaho PAP228
// restates it) or, for a plan with payer.unitMethod "cms", from the day's total (Pub. 100-04 ch. 5
// §20.2), and the unit, pair, MUE and modifier findings each visit must get (release notes aside).
const EXPECTED: Record<string, [units: [string, number][], rules: string[]]> = {
  c01: [[["97110", 1], ["97140", 0]], []],
  c02: [[["97110", 1], ["97112", 2]], []],
  c03: [[["97110", 2], ["97530", 3]], []],
  c04: [[["97110", 0], ["97112", 0], ["97140", 0]], []],
  c05: [[["97110", 2], ["97140", 0]], ["units/exceeds-time"]],
  c06: [[["97110", 1], ["97140", 1], ["97116", 1], ["97035", 1]], []],
  c07: [[["97110", 1], ["97112", 1], ["97140", 1], ["97530", 1], ["97535", 0]], []],
  c08: [[["97110", 1]], ["units/exceeds-time"]],
  c09: [[["97110", 2]], ["units/below-time"]],
  c10: [[["97161", 1], ["97110", 1]], []],
  c11: [[["97150", 1], ["97110", 1]], ["ncci/ptp-modifier-required"]],
  c12: [[["97150", 1]], ["units/untimed-over-one", "mue/units-exceed"]],
  c13: [[["97014", 1], ["97140", 1]], ["mue/units-exceed"]],
  c14: [[["97163", 1]], []],
  c15: [[["97164", 1], ["97110", 1], ["97140", 0]], []],
  c16: [[["97110", 2], ["97140", 1]], []],
  c17: [[["97112", 0], ["97110", 1], ["97140", 0]], []],
  c18: [[["97110", 1], ["97140", 0]], ["units/exceeds-time"]],
  c19: [[["97140", 1], ["97530", 1]], ["ncci/payer-pair-edit"]],
  c20: [[["97140", 1], ["97530", 1]], []],
  c21: [[["97140", 1], ["97530", 1]], ["ncci/ptp-bypass-needs-times"]],
  c22: [[["97110", 2], ["97140", 1]], []],
  c23: [[["97530", 2]], []],
  c24: [[["97110", 2]], []],
  c25: [[["92507", 1]], []],
  // GO on a PT visit: a warning for a commercial plan too (twelfth round, lead, after the helper's report).
  c26: [[["97110", 1]], ["modifier/therapy-modifier-mismatch"]],
  c27: [[["97110", 2], ["97140", 1]], []],
  c28: [[["97110", 3], ["97530", 1], ["97140", 0]], []],
  // 97545/97546 (work hardening) are hour codes (thirteenth round, helper hourly): 97545 × 1 for the
  // first two hours and 97546 × 2 for two further whole hours. On main they were unknown codes
  // counted as 15-minute codes (8 units each, two warnings and two below-time findings).
  c29: [[["97545", 1], ["97546", 2]], []],
  c30: [[["97110", 3], ["97112", 4]], []],
  c31: [[["97750", 3], ["97110", 1]], []],
  c32: [[["97110", 0], ["97140", 1]], ["units/missing-minutes", "units/missing-units"]],
  c33: [[["97110", 1]], ["units/below-time"]],
  c34: [[["97110", 1]], ["units/exceeds-time"]],
  c35: [[["97035", 1], ["97032", 0], ["97010", 1]], ["mue/units-exceed"]],
};
const CHECKED = /^(units|ncci|mue|modifier|catalog)\//;
const NOTES = new Set(["ncci/release-older-than-service", "mue/release-differs", "mue/no-data"]);

describe("a commercial and workers' comp clinic's visits", () => {
  it("has 30 or more visits, each with its expectation", () => {
    expect(COMMERCIAL_VISITS.length).toBeGreaterThanOrEqual(30);
    expect(COMMERCIAL_VISITS.map((v) => v.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(COMMERCIAL_VISITS.map((v) => [v.id, v] as const))("%s: the units under the plan's method and the findings a biller must see", (id, visit) => {
    // One call for the whole day: Acme Health's rules (the pair Medicare dropped, and an NCCI edit in
    // force restated) ride along with every visit and apply to Acme Health's alone.
    const restated = { column1: "97150", column2: "97110", modifierIndicator: 1 as const, rationale: "Plan policy (as NCCI)" };
    const report = validateSession(visit, { payer: { pairOverlays: [OVERLAY_97140_97530, restated] } });
    const [units, rules] = EXPECTED[id]!;
    expect(report.units?.method).toBe(visit.payer.program === "medicare" || (visit.payer as { unitMethod?: string }).unitMethod === "cms" ? "cms" : "ama");
    expect(report.units?.lines.map((l) => [l.code, l.units])).toEqual(units);
    expect(report.findings.filter((f) => CHECKED.test(f.rule) && !NOTES.has(f.rule)).map((f) => f.rule).sort()).toEqual([...rules].sort());
  });
});
