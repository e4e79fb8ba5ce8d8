import { describe, expect, it } from "vitest";
import { formatTextReport, formatUnits } from "../../src/cli/format-text.js";
import { validateSession } from "../../src/validate.js";
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

// A FHIR Claim carries units, not minutes: its report's text said "97530: 0 min -> 0 units" and
// "nothing to bill" beside units/missing-minutes, a verdict the missing minutes cannot give
// (helper integrator2, thirteenth round: the CLI checking a practice's Claims).
describe("formatTextReport: timed codes whose lines gave no minutes", () => {
  const visit = (services: unknown[]) => ({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services });
  const unitsText = (services: unknown[]) => formatTextReport(validateSession(visit(services)), "Session 1").split("\n").filter((l) => /^(Units|  [0-9A-Z]{5}: |  - )/.test(l));

  it("none has minutes: not counted, naming the codes; an untimed code keeps its unit", () => {
    expect(unitsText([{ code: "97530", units: 2 }])).toEqual(["Units (CMS total-time 8-minute rule): not counted: no minutes were given for 97530"]);
    expect(unitsText([{ code: "97161" }, { code: "97530", units: 2 }, { code: "97110", units: 1 }])).toEqual([
      "Units (CMS total-time 8-minute rule): not counted: no minutes were given for 97530, 97110",
      "  97161: 1 unit (untimed)",
    ]);
  });

  it("some have minutes: those are counted, the others say they were not", () => {
    const text = unitsText([{ code: "97110", minutes: 20 }, { code: "97530", units: 2 }]);
    expect(text[0]).toBe("Units (CMS total-time 8-minute rule): 1 unit for 20 timed minutes");
    expect(text).toContain("  97110: 20 min -> 1 unit");
    expect(text).toContain("  97530: no minutes given, not counted");
    expect(text.join("\n")).not.toContain("97530: 0 min -> 0 units");
  });

  // Fifteenth round (mend15): the text read its own set of "codes with minutes" off the session; it reads
  // report.units' notCounted now, so it says what the report says and a code's lines are told apart.
  it("a code with lines with and without minutes: the one without is said not counted", () => {
    expect(unitsText([{ code: "97110", minutes: 20 }, { code: "97110", units: 1 }])).toContain("  97110: 20 min -> 1 unit (1 line without minutes not counted)");
  });
  it("an untimed code without minutes beside a timed code is its unit, not '0 min -> 1 unit (untimed)'", () => {
    expect(unitsText([{ code: "97161" }, { code: "97110", minutes: 20, units: 1 }])).toContain("  97161: 1 unit (untimed)");
  });
  it("97546 without minutes is still not counted (the report marks it), and so is 97545, whose unit needs none (the report marks none of its lines)", () => {
    expect(unitsText([{ code: "97545", minutes: 120, units: 1 }, { code: "97546", units: 1 }])).toContain("  97546: no minutes given, its hours not counted");
    expect(unitsText([{ code: "97545", units: 1 }, { code: "97110", minutes: 20, units: 1 }])).toContain("  97545: no minutes given, its hours not counted");
  });
  it("formatUnits reads the report alone: its lines are the text report's", () => {
    const report = validateSession(visit([{ code: "97161" }, { code: "97530", units: 2 }, { code: "97110", minutes: 20 }, { code: "97110" }]));
    const text = formatTextReport(report, "Session 1").split("\n");
    const units = formatUnits(report.units!);
    expect(units).toContain("  97530: no minutes given, not counted");
    expect(text.slice(2, 2 + units.length)).toEqual(units);
  });

  it("a line with 0 minutes given is counted as 0 (unchanged)", () => {
    expect(unitsText([{ code: "97530", minutes: 0, units: 1 }])).toContain("  97530: 0 min -> 0 units");
  });
});

// Work hardening 97545/97546 is billed by the hour (thirteenth round, hourly): the text report called
// it "untimed", and a visit of the program alone "untimed codes only (billed per session)".
describe("formatTextReport: the hour codes are billed by the hour", () => {
  const visit = (services: unknown[]) => ({ dateOfService: "2025-03-14", payer: { program: "other" }, provider: { discipline: "PT" }, services });
  const unitsText = (services: unknown[]) => formatTextReport(validateSession(visit(services)), "Session 1").split("\n").filter((l) => /^(Units|  [0-9A-Z]{5}: )/.test(l));

  it("beside a 15-minute code, each hour code's line says it is billed by the hour", () => {
    const text = unitsText([{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 1 }, { code: "97110", minutes: 30, units: 2 }]);
    expect(text).toContain("  97545: 120 min -> 1 unit (by the hour)");
    expect(text).toContain("  97546: 60 min -> 1 unit (by the hour)");
    expect(text.join("\n")).not.toContain("untimed");
  });

  it("alone, the visit is not called untimed codes billed per session", () => {
    expect(unitsText([{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 120, units: 2 }])).toEqual([
      "Units: no 15-minute codes (97545/97546 billed by the hour, others per session)",
      "  97545: 1 unit (120 min)",
      "  97546: 2 units (120 min)",
    ]);
  });
});

// Twenty-first round (units21): the SLP codes billed per hour or per further 30/15 minutes (96105, 96125,
// 92605/92618, 92607/92608, 92626/92627) were printed as "untimed codes only (billed per session, not by
// minutes)" and "(untimed)": wrong for 96125, billed per hour (its units come from its minutes).
describe("formatUnits: the codes billed per hour or per further 30/15 minutes", () => {
  const visit = (services: unknown[]) => ({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "SLP" }, services });
  const unitsText = (services: unknown[]) => formatTextReport(validateSession(visit(services)), "Session 1").split("\n").filter((l) => /^(Units|  [0-9A-Z]{5}: )/.test(l));

  it.each([
    [[{ code: "96125", minutes: 60 }], ["Units: no 15-minute codes (96125 billed by the hour, others per session)", "  96125: 1 unit (60 min)"]],
    [[{ code: "96125", minutes: 120 }, { code: "92507" }], ["Units: no 15-minute codes (96125 billed by the hour, others per session)", "  96125: 2 units (120 min)", "  92507: 1 unit"]],
    [
      [{ code: "92607", minutes: 60 }, { code: "92608", minutes: 30 }],
      ["Units: no 15-minute codes (92607 billed by the hour, 92608 per 30 minutes, others per session)", "  92607: 1 unit (60 min)", "  92608: 1 unit (30 min)"],
    ],
    [
      [{ code: "92626", minutes: 60 }, { code: "92627", minutes: 30 }, { code: "96105", minutes: 45 }],
      ["Units: no 15-minute codes (92626/96105 billed by the hour, 92627 per 15 minutes, others per session)", "  92626: 1 unit (60 min)", "  92627: 2 units (30 min)", "  96105: 1 unit (45 min)"],
    ],
  ])("alone: %j is not called untimed codes billed per session", (lines, expected) => {
    const text = formatUnits(calculateUnits(lines));
    expect(text).toEqual(expected);
    expect(text.join("\n")).not.toMatch(/untimed/);
  });

  it("beside a 15-minute code, each line says how it is billed, not '(untimed)'", () => {
    const text = unitsText([{ code: "96125", minutes: 60, units: 1 }, { code: "92608", minutes: 30, units: 1 }, { code: "92607", minutes: 60, units: 1 }, { code: "97530", minutes: 30, units: 2 }]);
    expect(text).toContain("  96125: 60 min -> 1 unit (by the hour)");
    expect(text).toContain("  92607: 60 min -> 1 unit (by the hour)");
    expect(text).toContain("  92608: 30 min -> 1 unit (per 30 minutes)");
    expect(text.join("\n")).not.toContain("untimed");
  });

  it("without minutes (a FHIR Claim's units): not counted, not '0 units'", () => {
    expect(unitsText([{ code: "92607", units: 1 }, { code: "92608", units: 1 }])).toEqual([
      "Units: no 15-minute codes (92607 billed by the hour, 92608 per 30 minutes, others per session)",
      "  92607: no minutes given, its hours not counted",
      "  92608: no minutes given, not counted",
    ]);
    expect(unitsText([{ code: "96125", units: 1 }, { code: "97110", minutes: 20, units: 1 }])).toContain("  96125: no minutes given, its hours not counted");
  });

  it("a timed code without minutes beside a period code: the period code says how it is billed", () => {
    expect(unitsText([{ code: "96125", minutes: 60, units: 1 }, { code: "97530", units: 2 }])).toEqual([
      "Units (CMS total-time 8-minute rule): not counted: no minutes were given for 97530",
      "  96125: 1 unit (by the hour)",
    ]);
  });
});
