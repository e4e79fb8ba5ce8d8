/**
 * One problem, one error (round 11, helper day): an untimed code or 97129 billed 2 units, where
 * the MUE is 1, gave two errors (mue/units-exceed and units/untimed-over-one or
 * units/97129-over-one) with one fix, bill 1 unit. The units error stays; the MUE finding stays
 * as info that names it (both authorities kept). Found running the CLI on a clinic's day
 * (test/cli/fixtures/clinic-day.ndjson, visits V04, V05, V11, V18).
 */
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import type { ValidateOptions } from "../../src/validate/options.js";

function visit(discipline: "PT" | "OT" | "SLP", code: string, units: number, program = "medicare", extra: object = {}) {
  const mod = { PT: "GP", OT: "GO", SLP: "GN" }[discipline];
  return {
    dateOfService: "2024-06-14",
    payer: { program },
    provider: { discipline },
    services: [{ code, minutes: 30, units, modifiers: [mod], activity: "Drills at phrase level, 20 trials", ...extra }],
  };
}
const errors = (input: unknown, options?: ValidateOptions) => validateSession(input, options).findings.filter((f) => f.severity === "error").map((f) => f.rule);
const mue = (input: unknown, options?: ValidateOptions) => validateSession(input, options).findings.filter((f) => f.rule === "mue/units-exceed");

describe("one fix, one error: units billed over 1 where the MUE is 1", () => {
  it.each([
    ["SLP", "92507", "units/untimed-over-one"],
    ["PT", "97161", "units/untimed-over-one"],
    ["PT", "97150", "units/untimed-over-one"],
    ["OT", "97129", "units/97129-over-one"],
  ] as const)("%s %s × 2 (Medicare): one error, %s; the MUE finding is info naming it", (discipline, code, rule) => {
    const v = visit(discipline, code, 2, "medicare", code === "97150" ? { contact: "group", groupSize: 3 } : {});
    expect(errors(v)).toEqual([rule]);
    const [m] = mue(v);
    expect(m?.severity).toBe("info");
    expect(m?.message).toContain(`Billing 1 unit also clears the units error on ${code}.`);
    expect(m?.fix).toBe(`Bill at most 1 unit of ${code} for the date of service.`);
  });

  it("the same for a commercial payer (the MUE check runs there too)", () => {
    expect(errors(visit("SLP", "92507", 2, "commercial"))).toEqual(["units/untimed-over-one"]);
  });

  it("the MUE stays an error when the caller turned the units rule off or down", () => {
    for (const setting of ["off", "warning", "info"] as const) {
      const rules = { "units/untimed-over-one": setting };
      expect(mue(visit("SLP", "92507", 2), { rules })[0]?.severity).toBe("error");
    }
    expect(errors(visit("SLP", "92507", 2), { rules: { "units/untimed-over-one": "error" } })).toEqual(["units/untimed-over-one"]);
  });

  it("an MUE that is not 1 keeps its own error (97010: MUE 0, a different fix)", () => {
    const v = visit("PT", "97010", 2);
    expect(errors(v).sort()).toEqual(["mue/units-exceed", "units/untimed-over-one"]);
  });

  it("two lines of 92507 × 1 each: both rules name the day's total, one error", () => {
    const v = visit("SLP", "92507", 1);
    const two = { ...v, services: [v.services[0], v.services[0]] };
    expect(errors(two)).toEqual(["units/untimed-over-one"]);
  });
});
