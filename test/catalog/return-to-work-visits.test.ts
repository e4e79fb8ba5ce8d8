import { describe, expect, it } from "vitest";
import { getCode } from "../../src/catalog/catalog.js";
import { EXTENDED_NCCI_TABLES } from "../../src/ncci/extended.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { isTimedCode } from "../../src/units/timing.js";
import { validateSession } from "../../src/validate.js";
import { RETURN_TO_WORK_VISITS } from "./return-to-work-visits.js";

// The return-to-work biller's day book (thirteenth round), read as the biller must. Work hardening
// is billed by the hour (97545 the first two hours, once a day; 97546 each further hour, an add-on):
// the 8-minute rule (Pub. 100-04 ch. 5 §20.2) is for 15-minute codes, and no CMS rule on partial
// hours was found, so a partial hour is reported as the payer's call (units/partial-hour). 97750 and
// the other 15-minute codes are counted as before (workers' comp and commercial: the per-code
// midpoint rule; Medicare and Medicaid: total time). On main, 97545/97546 were unknown codes
// counted as 15-minute codes: 97545 × 8 for two hours, with below-time findings on every visit.
const EXPECTED: Record<string, [units: [string, number][], rules: string[]]> = {
  h01: [[["97545", 1], ["97546", 1]], []],
  h02: [[["97545", 1]], ["units/below-time"]],
  h03: [[["97545", 1], ["97546", 1]], ["units/partial-hour"]],
  h04: [[["97545", 1], ["97546", 1]], ["units/exceeds-time"]],
  // 97546 alone, 60 min: the calculator counts the pair's minutes as the checks do (twenty-second round, CALC-SPLIT), and
  // 60 minutes are within 97545's first two hours: 97546 × 0 (it was 1, its own whole hour).
  h05: [[["97546", 0]], ["units/97546-without-97545"]],
  h06: [[["97545", 1]], ["units/97545-over-one"]],
  h07: [[["97750", 8]], []],
  h08: [[["97750", 10]], ["mue/units-exceed"]],
  h09: [[["97163", 1], ["97750", 4]], ["ncci/ptp-not-bypassable"]],
  h10: [[["97545", 1], ["97546", 1], ["97110", 2]], []],
  // The 97545 NCCI rows (97140 at indicator 0; 97164, 97168 at 1): in the bundled default table since the
  // thirteenth round's core covers every edit between two catalog codes (they were in ./ncci/extended only).
  h11: [[["97545", 1], ["97140", 1]], ["ncci/ptp-not-bypassable"]],
  h12: [[["97545", 1], ["97164", 1]], ["ncci/ptp-modifier-required"]],
  h13: [[["97545", 1], ["97168", 1]], ["ncci/ptp-modifier-required"]],
  h14: [[["97110", 2], ["97530", 2], ["97537", 1]], ["ncci/ptp-modifier-required"]],
  h15: [[["97537", 3]], ["units/below-time"]],
  h16: [[["97545", 1], ["97546", 1]], []],
  h17: [[["97530", 3], ["97535", 1]], []],
  h18: [[["97161", 1], ["97750", 2]], ["ncci/ptp-not-bypassable"]],
  h19: [[["97545", 1], ["97546", 1], ["97110", 2]], ["units/overlapping-time"]],
  h20: [[["97545", 1]], ["units/partial-hour"]],
  h21: [[["97545", 1], ["97546", 0]], ["units/missing-minutes"]],
  h22: [[["97545", 1], ["97546", 1]], ["units/missing-units"]],
  h23: [[["97166", 1], ["97750", 4]], ["ncci/ptp-not-bypassable"]],
  h24: [[["97545", 1], ["97546", 1], ["97537", 2]], []],
};
const CHECKED = /^(units|ncci|mue|modifier|catalog)\//;
const NOTES = new Set(["ncci/release-older-than-service", "mue/release-differs", "mue/no-data", "ncci/medicare-edits-for-medicaid"]);

describe("a return-to-work program's visits", () => {
  it("has 20 or more visits, each with its expectation", () => {
    expect(RETURN_TO_WORK_VISITS.length).toBeGreaterThanOrEqual(20);
    expect(RETURN_TO_WORK_VISITS.map((v) => v.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(RETURN_TO_WORK_VISITS.map((v) => [v.id, v] as const))("%s: the units and the findings a biller must see", (id, visit) => {
    const report = validateSession(visit);
    const [units, rules] = EXPECTED[id]!;
    expect(report.units?.lines.map((l) => [l.code, l.units])).toEqual(units);
    expect(report.findings.filter((f) => CHECKED.test(f.rule) && !NOTES.has(f.rule)).map((f) => f.rule).sort()).toEqual([...rules].sort());
  });

  it("knows 97545 and 97546 as hour codes, 97546 an add-on of 97545", () => {
    expect(getCode("97545")).toMatchObject({ timed: false, unitMinutes: 120, maxUnitsPerDay: 1, disciplines: ["PT", "OT"] });
    expect(getCode("97546")).toMatchObject({ timed: false, unitMinutes: 60, addOnTo: "97545" });
    expect(isTimedCode("97545")).toBe(false);
    expect(isTimedCode("97546")).toBe(false);
  });

  it("keeps the hour codes out of the 15-minute pool and gives 97546 its whole hours", () => {
    const r = calculateUnits([{ code: "97545", minutes: 120 }, { code: "97546", minutes: 150 }, { code: "97110", minutes: 20 }]);
    expect(r.lines).toEqual([
      { code: "97545", minutes: 120, units: 1, timed: false },
      { code: "97546", minutes: 150, units: 2, timed: false },
      { code: "97110", minutes: 20, units: 1, timed: true },
    ]);
    expect(r.totalTimedMinutes).toBe(20);
    expect(r.explanation.at(-1)).toBe("bill 97545 × 1, 97546 × 2, 97110 × 1");
    expect(r.explanation.some((s) => s.startsWith("97546 is untimed"))).toBe(false);
  });

  it("says what it found wrong in the hours, in words a biller can act on", () => {
    const h04 = validateSession(RETURN_TO_WORK_VISITS.find((v) => v.id === "h04")!).findings.find((f) => f.rule === "units/exceeds-time");
    expect(h04?.message).toBe("97546 is billed for 3 hours, but the work hardening lines' 180 minutes leave 60 minutes past 97545's first two hours.");
    expect(h04?.fix).toBe("Bill 97546 × 1 or fewer.");
    const h03 = validateSession(RETURN_TO_WORK_VISITS.find((v) => v.id === "h03")!).findings.find((f) => f.rule === "units/partial-hour");
    expect(h03?.severity).toBe("info");
    expect(h03?.message).toContain("no CMS rule says how a partial hour");
    const h02 = validateSession(RETURN_TO_WORK_VISITS.find((v) => v.id === "h02")!).findings.find((f) => f.rule === "units/below-time");
    expect(h02?.fix).toBe("If the minutes are right, bill 97545 × 1 and 97546 × 1.");
  });

  it("reads a 97545 line billed with 0 units as nothing billed (no path at line -1)", () => {
    const report = validateSession({ dateOfService: "2025-06-10", payer: { program: "other" }, provider: { discipline: "PT" }, services: [{ code: "97545", minutes: 90, units: 0 }] });
    const units = report.findings.filter((f) => f.rule.startsWith("units/"));
    expect(units).toEqual([]);
  });

  it("gets 97545's pair edits from the extended NCCI table too (2024 Q2: over 97140 at indicator 0, over 97164 and 97168 at 1)", () => {
    const pairs = (id: string) => validateSession(RETURN_TO_WORK_VISITS.find((v) => v.id === id)!, { ncci: EXTENDED_NCCI_TABLES }).findings.filter((f) => f.rule.startsWith("ncci/ptp")).map((f) => [f.rule, f.codes]);
    expect(pairs("h11")).toEqual([["ncci/ptp-not-bypassable", ["97545", "97140"]]]);
    expect(pairs("h12")).toEqual([["ncci/ptp-modifier-required", ["97545", "97164"]]]);
    expect(pairs("h13")).toEqual([["ncci/ptp-modifier-required", ["97545", "97168"]]]);
  });
});
