import { describe, expect, it } from "vitest";
import { formatUnits } from "../../src/cli/format-text.js";
import { calculateUnits } from "../../src/units/calculate-units.js";

// An evaluation-only claim printed "0 units for 0 timed minutes", "97162: 0 min -> 1 unit" and
// "a timed unit needs at least 8 minutes in all": it read like an error on every evaluation claim
// (helper evals, tenth round).
describe("formatUnits: a visit of untimed codes only", () => {
  it("97162 alone: its unit, and nothing about timed minutes or the 8-minute rule", () => {
    const text = formatUnits(calculateUnits([{ code: "97162" }]));
    expect(text).toEqual(["Units: untimed codes only (billed per session, not by minutes)", "  97162: 1 unit"]);
  });

  it("an evaluation with its minutes shows them beside the unit", () => {
    expect(formatUnits(calculateUnits([{ code: "97161", minutes: 45 }, { code: "G0283", minutes: 15 }]))).toEqual([
      "Units: untimed codes only (billed per session, not by minutes)",
      "  97161: 1 unit (45 min)",
      "  G0283: 1 unit (15 min)",
    ]);
  });

  it("a visit with a timed code keeps the 8-minute explanation", () => {
    const text = formatUnits(calculateUnits([{ code: "97161", minutes: 45 }, { code: "97110", minutes: 15 }]));
    expect(text[0]).toBe("Units (CMS total-time 8-minute rule): 1 unit for 15 timed minutes");
    expect(text.some((l) => l.startsWith("  - "))).toBe(true);
  });
});
