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
import { createNcciTables } from "../../src/ncci/tables.js";
import { checkMue } from "../../src/ncci/mue.js";

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

  it("an MUE of 1 on a line (MAI 1) is the same one problem: decided on the MUE row's value, not its fix text (round 12)", () => {
    const ncci = createNcciTables({ mue: [{ code: "92507", value: 1, adjudicationIndicator: 1, rationale: "test", setting: "practitioner", file: "t" }], release: { mue: { name: "t" } } });
    expect(errors(visit("SLP", "92507", 2), { ncci })).toEqual(["units/untimed-over-one"]);
    expect(mue(visit("SLP", "92507", 2), { ncci })[0]?.fix).toContain("on a line");
  });

  it("a timed code over an MUE of 1 keeps its MUE error: the units check does not say to bill it once", () => {
    const ncci = createNcciTables({ mue: [{ code: "97110", value: 1, adjudicationIndicator: 3, rationale: "test", setting: "practitioner", file: "t" }], release: { mue: { name: "t" } } });
    expect(errors(visit("PT", "97110", 2), { ncci })).toEqual(["mue/units-exceed"]);
  });
});

/**
 * Round 12 (helper codes): 97010 × 2 on Medicare gave mue/units-exceed "Do not bill 97010" (MUE 0,
 * rationale "CMS Policy": Medicare bundles hot/cold packs) and units/untimed-over-one "Bill 97010 × 1":
 * a biller cannot follow both. The MUE error stays; the units finding is info that names it.
 */
describe("one fix, one error: an untimed code billed over an MUE of 0", () => {
  const with97110 = (program: string, code = "97010") => {
    const v = visit("PT", code, 2, program);
    return { ...v, services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], activity: "Step-ups 3x10" }, { ...v.services[0]!, minutes: undefined }] };
  };
  const units = (input: unknown, options?: ValidateOptions) => validateSession(input, options).findings.find((f) => f.rule === "units/untimed-over-one");

  it("97010 × 2 on Medicare (with 97110): one error, the MUE's; the units finding is info naming it", () => {
    expect(errors(with97110("medicare"))).toEqual(["mue/units-exceed"]);
    expect(mue(with97110("medicare"))[0]?.fix).toBe("Do not bill 97010 for the date of service.");
    const u = units(with97110("medicare"));
    expect(u?.severity).toBe("info");
    expect(u?.message).toContain("the mue/units-exceed error on 97010 is the one to fix");
    expect(u?.fix).not.toBe("Bill 97010 × 1.");
  });

  it("97014 × 2 on Medicare: the MUE error (bill G0283) is the one error", () => {
    expect(errors(with97110("medicare", "97014"))).toEqual(["mue/units-exceed"]);
    expect(units(with97110("medicare", "97014"))?.severity).toBe("info");
  });

  it("a commercial payer: the MUE 0 is Medicare's policy (a warning), so 'bill it once' stays the error", () => {
    expect(errors(with97110("commercial"))).toEqual(["units/untimed-over-one"]);
    expect(units(with97110("commercial"))?.fix).toBe("Bill 97010 × 1.");
  });

  it("the units error stays when the caller turned the MUE rule off or down, or MUE checks off", () => {
    for (const setting of ["off", "warning", "info"] as const) expect(units(with97110("medicare"), { rules: { "mue/units-exceed": setting } })?.severity).toBe("error");
    expect(units(with97110("medicare"), { payer: { mue: false } })?.severity).toBe("error");
  });

  it("a loaded table that writes the code in lower case ('g0283', MUE 0) counts too", () => {
    const ncci = createNcciTables({ mue: [{ code: "g0283", value: 0, adjudicationIndicator: 3, rationale: "test", setting: "practitioner", file: "t" }], release: { mue: { name: "t" } } });
    expect(errors(with97110("medicare", "G0283"), { ncci })).toEqual(["mue/units-exceed"]);
  });

  it("97010 × 1: the MUE error alone, as before", () => {
    const v = with97110("medicare");
    expect(errors({ ...v, services: [v.services[0], { ...v.services[1], units: 1 }] })).toEqual(["mue/units-exceed"]);
  });

  it("two lines of 92507 × 1 each: both rules name the day's total, one error", () => {
    const v = visit("SLP", "92507", 1);
    const two = { ...v, services: [v.services[0], v.services[0]] };
    expect(errors(two)).toEqual(["units/untimed-over-one"]);
  });
});

/**
 * Round 12 (helper codes): 97532 on 2024-06-14 gave doc/deleted-code (error) and also "info
 * mue/no-data: No practitioner MUE value for 97532": a code not valid on the date of service has
 * no MUE to check, and the deleted-code error already says what to bill instead.
 */
describe("no MUE note on a code not valid on the date of service", () => {
  const on = (dateOfService: string, code = "97532") => ({ ...visit("OT", code, 2), dateOfService });
  const noData = (input: unknown, options?: ValidateOptions) => validateSession(input, options).findings.filter((f) => f.rule === "mue/no-data");

  it("97532 in 2024: doc/deleted-code, no mue/no-data", () => {
    expect(errors(on("2024-06-14"))).toContain("doc/deleted-code");
    expect(noData(on("2024-06-14"))).toEqual([]);
  });

  it("kept when the caller turned doc/deleted-code off (nothing lost), and on a code the catalog does not know", () => {
    expect(noData(on("2024-06-14"), { rules: { "doc/deleted-code": "off" } })).toHaveLength(1);
    expect(noData(on("2024-06-14", "97999"))).toHaveLength(1);
  });

  it("checkMue called alone still says it has no value", () => {
    expect(checkMue(on("2024-06-14") as never).map((f) => f.rule)).toEqual(["mue/no-data"]);
  });
});

/**
 * Round 12 (helper codes): SLP 97532 (with 59) and 92507 on 2024-06-14 gave, beside doc/deleted-code
 * ("bill 97129 × 1, 97130 × 1"), info modifier/ncci-modifier-without-edit "Remove 59 from the 97532
 * line": 97532 has no pair edits because it no longer exists, but 92507 with 97129 has one (modifier
 * indicator 1), so the replacement may need that 59.
 */
describe("no modifier advice that rests on a code not valid on the date of service", () => {
  const slp = (code: string, mods: string[]) => ({
    dateOfService: "2024-06-14",
    payer: { program: "medicare" },
    provider: { discipline: "SLP" },
    services: [{ code, minutes: 30, units: 2, modifiers: mods, activity: "Memory strategies, 20 trials" }, { code: "92507", units: 1, modifiers: ["GN"], activity: "Drills at phrase level" }],
  });
  const rulesOf = (input: unknown, options?: ValidateOptions) => validateSession(input, options).findings.map((f) => f.rule);

  it("97532 with 59: doc/deleted-code, no 'remove 59'", () => {
    expect(rulesOf(slp("97532", ["GN", "59"]))).toContain("doc/deleted-code");
    expect(rulesOf(slp("97532", ["GN", "59"]))).not.toContain("modifier/ncci-modifier-without-edit");
  });

  it("kept with doc/deleted-code off; a missing therapy modifier on the deleted code stays", () => {
    expect(rulesOf(slp("97532", ["GN", "59"]), { rules: { "doc/deleted-code": "off" } })).toContain("modifier/ncci-modifier-without-edit");
    expect(rulesOf(slp("97532", ["59"]))).toContain("modifier/therapy-modifier-missing");
  });
});

/**
 * Twelfth round (a contradiction search over 20,000 mutated generated visits): 97129 × 4 with 8
 * minutes beside 97112's 26 got units/97129-over-one "Bill 97129 × 1 …" and units/exceeds-time
 * "Do not bill 97129/97130" as two errors on one line, and the MUE finding, made info, said
 * "Billing 1 unit also clears the units error", which it does not.
 */
describe("one fix, one error: 97129 whose minutes allow it no unit", () => {
  const cognitive = (minutes: number, units = 4) => ({
    dateOfService: "2024-05-06",
    payer: { program: "medicare" },
    provider: { discipline: "OT" },
    services: [
      { code: "97129", minutes, units, modifiers: ["GO"], activity: "Divided attention: sorting mail while answering questions" },
      { code: "97112", minutes: 26, units: 2, modifiers: ["GO"], activity: "Tandem stance on foam w/ head turns; cues for hip strategy" },
    ],
  });
  const byRule = (input: unknown, options?: ValidateOptions) => Object.fromEntries(validateSession(input, options).findings.filter((f) => /^(units|mue)\//.test(f.rule)).map((f) => [f.rule, f]));

  it("keeps units/exceeds-time ('Do not bill') and mue/units-exceed as errors; 97129-over-one is info naming the error", () => {
    const f = byRule(cognitive(8));
    expect(f["units/exceeds-time"]?.severity).toBe("error");
    expect(f["mue/units-exceed"]?.severity).toBe("error");
    expect(f["mue/units-exceed"]?.message).not.toContain("also clears");
    expect(f["units/97129-over-one"]).toMatchObject({ severity: "info", fix: "Fix the units/exceeds-time error on 97129." });
    expect(errors(cognitive(8)).filter((r) => r.startsWith("units/"))).toEqual(["units/exceeds-time"]);
  });

  it("is unchanged when the minutes allow 97129 a unit (the MUE note and 'bill once' stand)", () => {
    const f = byRule(cognitive(20));
    expect(f["units/97129-over-one"]?.severity).toBe("error");
    expect(f["mue/units-exceed"]).toMatchObject({ severity: "info" });
    expect(f["mue/units-exceed"]?.message).toContain("also clears");
  });

  it("keeps 97129-over-one an error when the caller set units/exceeds-time below error", () => {
    expect(byRule(cognitive(8), { rules: { "units/exceeds-time": "warning" } })["units/97129-over-one"]?.severity).toBe("error");
  });
});
