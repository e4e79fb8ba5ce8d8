import { describe, expect, it } from "vitest";
import { calculateUnits } from "../../src/units/index.js";
import { formatUnits } from "../../src/cli/format-text.js";

// units21, item 3: a line of a code billed by a period (a first hour 92605/92607/92626, an add-on, 96105/96125,
// 97546) without minutes. calculateUnits cannot tell "no minutes given" from 0 minutes and has no "unknown"
// units; it counts them as 0 minutes, as it does for every 15-minute code (docs/units.md). Giving a first hour
// its unit anyway would bill time the record does not show (92607 for 20 minutes is not billable). 97545 keeps
// its one unit (the first two hours, once a day; no CMS rule on a partial hour). The CLI prints these lines as
// not counted, and checkUnits reports units/missing-minutes.
describe("calculateUnits: a period code's line without minutes", () => {
  it.each([
    ["92605", 0, "billed by the hour"],
    ["92607", 0, "billed by the hour"],
    ["92626", 0, "billed by the hour"],
    // An add-on counts after its first code's period (twenty-second round, CALC-SPLIT).
    ["92608", 0, "billed per 30 minutes after 92607's first 60 minutes"],
    ["92618", 0, "billed per 30 minutes after 92605's first 60 minutes"],
    ["92627", 0, "billed per 15 minutes after 92626's first 60 minutes"],
    ["96105", 0, "billed by the hour"],
    ["96125", 0, "billed by the hour"],
    ["97546", 0, "billed by the hour after 97545's first 120 minutes"],
    ["97545", 1, "billed by the hour"],
  ] as const)("%s: %i units, said as counted from 0 minutes", (code, units, how) => {
    const r = calculateUnits([{ code, units: 1 }]);
    expect(r.lines).toEqual([{ code, minutes: 0, units, timed: false }]);
    expect(r.explanation).toContain(`${code} is ${how}: ${units === 1 ? "1 unit" : "0 units"} (0 min, not timed minutes)`);
  });

  it("the CLI does not print those 0 units as a count: it says the minutes were not given", () => {
    expect(formatUnits(calculateUnits([{ code: "92607" }, { code: "92608" }, { code: "92507" }]))).toEqual([
      "Units: no 15-minute codes (92607 billed by the hour, 92608 per 30 minutes, others per session)",
      "  92607: no minutes given, its hours not counted",
      "  92608: no minutes given, not counted",
      "  92507: 1 unit",
    ]);
  });
});
