import { describe, expect, it } from "vitest";
import { checkUnits } from "../../src/units/check-units.js";
import { calculateUnits, compareUnitMethods, isTimedCode, unitsForMinutes } from "../../src/units/index.js";

describe("the TSDoc @example results hold", () => {
  it("unitsForMinutes, isTimedCode", () => {
    expect([7, 8, 22, 23, 128, -5].map(unitsForMinutes)).toEqual([0, 1, 1, 2, 9, 0]);
    expect(["97110", "97150", "99999"].map(isTimedCode)).toEqual([true, false, true]);
  });

  it("calculateUnits and compareUnitMethods (CMS §20.2 Example 3)", () => {
    const lines = [{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }];
    const r = calculateUnits(lines);
    expect(r.lines.map((l) => l.units)).toEqual([2, 1]);
    expect(r.explanation.at(-2)).toBe("the last unit goes to 97140: 7 min left beats 3");
    expect(calculateUnits(lines, { method: "ama" }).totalUnits).toBe(2);
    const c = compareUnitMethods(lines);
    expect([c.cms.totalUnits, c.ama.totalUnits, c.difference]).toEqual([3, 2, -1]);
  });

  it("checkUnits", () => {
    const f = checkUnits({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
      services: [{ code: "97110", minutes: 33, units: 3 }, { code: "97140", minutes: 7, units: 1 }] });
    expect(f.map((x) => x.rule)).toEqual(["units/exceeds-time"]);
  });
});
