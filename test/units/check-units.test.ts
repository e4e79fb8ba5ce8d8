import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session, ServiceLine } from "../../src/model/session.js";
import { SOURCES } from "../../src/model/sources.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { checkUnits } from "../../src/units/check-units.js";
import { checkUnits as fromMain } from "../../src/index.js";

function session(services: ServiceLine[], extra: Partial<Session> = {}, program: Session["payer"]["program"] = "medicare"): Session {
  return { dateOfService: "2025-03-14", payer: { program }, provider: { discipline: "PT" }, services, ...extra };
}
const rules = (s: Session, options?: Parameters<typeof checkUnits>[1]) => checkUnits(s, options).map((f) => f.rule);

describe("checkUnits: units/exceeds-time and units/below-time under the CMS method", () => {
  it("is exported from the main entry", () => {
    expect(fromMain).toBe(checkUnits);
  });

  it("passes CMS §20.2 Example 3 billed as CMS shows it (97110 × 2, 97140 × 1)", () => {
    expect(rules(session([{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }]))).toEqual([]);
  });

  it("passes either allocation of CMS §20.2 Example 2's tie (20 and 20 min: either code may take 2 units)", () => {
    expect(rules(session([{ code: "97112", minutes: 20, units: 2 }, { code: "97110", minutes: 20, units: 1 }]))).toEqual([]);
    expect(rules(session([{ code: "97112", minutes: 20, units: 1 }, { code: "97110", minutes: 20, units: 2 }]))).toEqual([]);
  });

  it("passes any one code of CMS §20.2 Example 5 (three services of 7 min, 1 unit)", () => {
    for (const code of ["97112", "97110", "97140"]) {
      const services = ["97112", "97110", "97140"].map((c) => ({ code: c, minutes: 7, units: c === code ? 1 : 0 }));
      expect(rules(session(services))).toEqual([]);
    }
  });

  it("flags CMS §20.2 Example 2 with 2 units on both codes: 4 units for 40 minutes (total over-billing)", () => {
    const f = checkUnits(session([{ code: "97112", minutes: 20, units: 2 }, { code: "97110", minutes: 20, units: 2 }]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "units/exceeds-time", severity: "error", path: ["services"], codes: ["97110", "97112"], source: SOURCES.cpm5_20_2,
      message: "Timed codes are billed for 4 units in all, but 40 timed minutes allow 3.",
    });
  });

  it("flags CMS §20.2 Example 3 with the last unit on 97110 (97110 × 3): 33 min can take at most 2", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 33, units: 3 }, { code: "97140", minutes: 7, units: 0 }]));
    expect(f.map((x) => x.rule)).toEqual(["units/exceeds-time", "units/below-time"]);
    expect(f[0]).toMatchObject({ severity: "error", path: ["services", 0, "units"], codes: ["97110"] });
    expect(f[0]?.message).toBe("97110 is billed for 3 units, but its 33 minutes allow at most 2 (the day's 40 timed minutes allow 3 units in all).");
    expect(f[0]?.fix).toContain("bill 97110 × 2, 97140 × 1");
    expect(f[1]).toMatchObject({ severity: "info", path: ["services", 1, "units"], codes: ["97140"] });
  });

  it("flags CMS §20.2 Example 4 with a unit on 97035 (8 min gets 0 of the 3 units)", () => {
    const f = checkUnits(session([
      { code: "97110", minutes: 18, units: 1 }, { code: "97140", minutes: 13, units: 1 },
      { code: "97116", minutes: 10, units: 1 }, { code: "97035", minutes: 8, units: 1 },
    ]));
    expect(f.map((x) => [x.rule, x.codes])).toEqual([["units/exceeds-time", ["97035"]]]);
  });

  it("flags a single 7-minute service billed for 1 unit", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 7, units: 1 }]));
    expect(f.map((x) => x.rule)).toEqual(["units/exceeds-time"]);
    expect(f[0]?.message).toContain("allow at most 0");
  });

  it("reports under-billing as info only when clearly below (40 min billed as 2 units)", () => {
    const f = checkUnits(session([{ code: "97112", minutes: 20, units: 1 }, { code: "97110", minutes: 20, units: 1 }]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "units/below-time", severity: "info", path: ["services"] });
  });

  it("sums lines of the same code before comparing", () => {
    expect(rules(session([{ code: "97110", minutes: 15, units: 1 }, { code: "97110", minutes: 15, units: 1 }]))).toEqual([]);
    expect(rules(session([{ code: "97110", minutes: 10, units: 1 }, { code: "97110", minutes: 10, units: 1 }]))).toEqual(["units/exceeds-time"]);
  });

  it("does not crash on a session with no timed minutes at all, and flags timed units billed on 0 minutes", () => {
    expect(rules(session([]))).toEqual([]);
    expect(rules(session([{ code: "97150", minutes: 30, units: 1 }]))).toEqual([]);
    expect(rules(session([{ code: "97110", minutes: 0, units: 1 }]))).toEqual(["units/exceeds-time"]);
  });

  it("never gives an untimed line an exceeds-time finding (97150 with 45 min and 1 unit passes)", () => {
    expect(rules(session([{ code: "97150", minutes: 45, units: 1 }, { code: "97110", minutes: 8, units: 1 }]))).toEqual([]);
  });

  it("billing exactly what calculateUnits says never raises a units finding (property, both methods)", () => {
    const codes = ["97110", "97112", "97140", "97530", "97129", "97130", "97150", "97161"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ code: fc.constantFrom(...codes), minutes: fc.integer({ min: 0, max: 90 }) }), { maxLength: 6 }),
        fc.constantFrom("medicare" as const, "commercial" as const),
        (input, program) => {
          const method = program === "medicare" ? "cms" : "ama";
          const result = calculateUnits(input, { method });
          const services: ServiceLine[] = result.lines.map((l) => ({ code: l.code, minutes: l.minutes, units: l.units }));
          expect(checkUnits(session(services, {}, program))).toEqual([]);
        },
      ),
    );
  });
});

describe("checkUnits under the AMA method (commercial payers, or unitMethod: 'ama')", () => {
  it("uses the per-code midpoint rule: CMS Ex. 3 billed 97110 × 2, 97140 × 1 over-bills 97140", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }], {}, "commercial"));
    expect(f.map((x) => [x.rule, x.codes])).toEqual([["units/exceeds-time", ["97140"]]]);
    expect(f[0]?.message).toBe("97140 is billed for 1 unit, but its 7 minutes allow 0 under the per-code midpoint rule.");
    expect(f[0]?.source).toEqual(SOURCES.cptTime);
  });

  it("takes the method from payer.unitMethod and from options.payer", () => {
    const lines: ServiceLine[] = [{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }];
    expect(rules({ ...session(lines), payer: { program: "medicare", unitMethod: "ama" } })).toEqual(["units/exceeds-time"]);
    expect(rules(session(lines, {}, "commercial"), { payer: { unitMethod: "cms" } })).toEqual([]);
  });

  it("reports below-time as info (CMS Ex. 4 minutes billed 1, 1, 1, 0 leave 97035's unit on the table)", () => {
    const f = checkUnits(session([
      { code: "97110", minutes: 18, units: 1 }, { code: "97140", minutes: 13, units: 1 },
      { code: "97116", minutes: 10, units: 1 }, { code: "97035", minutes: 8, units: 0 },
    ], {}, "commercial"));
    expect(f.map((x) => [x.rule, x.severity, x.codes])).toEqual([["units/below-time", "info", ["97035"]]]);
  });
});

describe("checkUnits: a line's fix quotes the timed codes' advice only", () => {
  it("97014 × 1 with 97530 for 40 minutes billed × 2: 'bill 97530 × 3', without the untimed 97014", () => {
    const [f] = checkUnits(session([{ code: "97014", units: 1 }, { code: "97530", minutes: 40, units: 2 }]));
    expect(f).toMatchObject({ rule: "units/below-time", fix: "If the minutes are right, bill 97530 × 3." });
  });

  it("97530 for 33 minutes billed × 4 beside 97110 for 12 (× 1) and 97150 × 1: the advice names 97110 and 97530 only", () => {
    const fs = checkUnits(session([{ code: "97150", units: 1 }, { code: "97530", minutes: 33, units: 4 }, { code: "97110", minutes: 12, units: 1 }]));
    const line = fs.find((x) => x.rule === "units/exceeds-time" && x.path?.[1] === 1);
    expect(line?.fix).toContain("(bill 97110 × 1, 97530 × 2)");
    expect(line?.fix).not.toContain("97150");
  });
});

describe("checkUnits: a total timed minutes that counts an untimed code's minutes", () => {
  it("97161 for 45 minutes + 97110 for 15, total timed 60: the mismatch names 97161 and says to leave it out", () => {
    const f = checkUnits(session([{ code: "97161", minutes: 45, units: 1 }, { code: "97110", minutes: 15, units: 1 }], { totalTimedMinutes: 60 }));
    expect(f).toEqual([
      expect.objectContaining({
        rule: "units/total-timed-mismatch",
        message: "The note documents 60 total timed minutes, but the timed lines add up to 15; the total counts the minutes of untimed 97161 too.",
        fix: "Leave the minutes of 97161 out of the total timed minutes (15): untimed minutes count in the total treatment minutes only.",
      }),
    ]);
  });

  it("a total that differs for another reason keeps the plain fix (97161 for 45 + 97110 for 15, total 50)", () => {
    const [f] = checkUnits(session([{ code: "97161", minutes: 45, units: 1 }, { code: "97110", minutes: 15, units: 1 }], { totalTimedMinutes: 50 }));
    expect(f?.fix).toBe("Correct the total timed minutes or the lines' minutes so they agree.");
  });
});

describe("checkUnits: missing data", () => {
  it("units/missing-minutes: a timed line with no minutes is an error, and no unit comparison is made on a guess", () => {
    const f = checkUnits(session([{ code: "97110", units: 2 }, { code: "97140", minutes: 10, units: 1 }]));
    expect(f.map((x) => x.rule)).toEqual(["units/missing-minutes"]);
    expect(f[0]).toMatchObject({ severity: "error", path: ["services", 0, "minutes"], codes: ["97110"] });
  });

  it("units/missing-minutes does not apply to untimed lines", () => {
    expect(rules(session([{ code: "97161", units: 1 }]))).toEqual([]);
  });

  it("units/missing-units: says what the minutes earn when no units are stated", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7, units: 1 }]));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["units/missing-units", "info"]]);
    expect(f[0]?.message).toBe("97110 has no billed units; its 33 minutes earn 2 units.");
  });
});

describe("checkUnits: untimed and cognitive codes", () => {
  it("units/untimed-over-one: flags 97150 billed with 2 units, passes 1", () => {
    const f = checkUnits(session([{ code: "97150", minutes: 45, units: 2 }]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "units/untimed-over-one", severity: "error", path: ["services", 0, "units"], codes: ["97150"] });
    expect(rules(session([{ code: "97150", minutes: 45, units: 1 }]))).toEqual([]);
  });

  it("units/untimed-over-one: flags an evaluation on two lines of 1 unit each", () => {
    const f = checkUnits(session([{ code: "97161", units: 1 }, { code: "97161", units: 1 }]));
    expect(f.map((x) => [x.rule, x.path])).toEqual([["units/untimed-over-one", ["services", 1, "units"]]]);
  });

  it("passes 97110 20 min + 97129 × 1 (15 min) + 97130 × 1 (10 min)", () => {
    expect(rules(session([{ code: "97110", minutes: 20, units: 1 }, { code: "97129", minutes: 15, units: 1 }, { code: "97130", minutes: 10, units: 1 }]))).toEqual([]);
  });

  it("units/97129-over-one: flags 97129 × 2 for a 25-minute cognitive service", () => {
    const f = checkUnits(session([{ code: "97129", minutes: 25, units: 2 }]));
    expect(f.map((x) => x.rule)).toEqual(["units/97129-over-one"]);
    expect(f[0]).toMatchObject({ severity: "error", path: ["services", 0, "units"], codes: ["97129"], source: SOURCES.cognitiveCodes });
  });

  it("units/97130-without-97129: flags 97130 billed alone", () => {
    const f = checkUnits(session([{ code: "97130", minutes: 30, units: 2 }]));
    expect(f.map((x) => x.rule)).toEqual(["units/97130-without-97129"]);
    expect(f[0]).toMatchObject({ path: ["services", 0, "code"], codes: ["97130"] });
  });

  it("flags 97130 units above what the cognitive service earns (22 min: 97129 only)", () => {
    const f = checkUnits(session([{ code: "97129", minutes: 15, units: 1 }, { code: "97130", minutes: 7, units: 1 }]));
    expect(f.map((x) => [x.rule, x.codes])).toEqual([["units/exceeds-time", ["97129", "97130"]]]);
    expect(f[0]?.path).toEqual(["services", 0, "units"]);
  });
});

describe("checkUnits: documented totals and clock times", () => {
  const lines: ServiceLine[] = [{ code: "97110", minutes: 33, units: 2 }, { code: "97140", minutes: 7, units: 1 }, { code: "97161", minutes: 30, units: 1 }];

  it("units/total-timed-mismatch: flags a documented total that differs from the timed lines, passes an equal one", () => {
    const f = checkUnits(session(lines, { totalTimedMinutes: 45 }));
    expect(f.map((x) => [x.rule, x.severity, x.path])).toEqual([["units/total-timed-mismatch", "error", ["totalTimedMinutes"]]]);
    expect(f[0]?.message).toBe("The note documents 45 total timed minutes, but the timed lines add up to 40.");
    expect(rules(session(lines, { totalTimedMinutes: 40 }))).toEqual([]);
  });

  it("units/treatment-below-timed: flags total treatment time below total timed time, passes equal or more", () => {
    expect(rules(session(lines, { totalTimedMinutes: 40, totalTreatmentMinutes: 35 }))).toEqual(["units/treatment-below-timed"]);
    expect(rules(session(lines, { totalTreatmentMinutes: 35 }))).toEqual(["units/treatment-below-timed"]);
    expect(rules(session(lines, { totalTimedMinutes: 40, totalTreatmentMinutes: 70 }))).toEqual([]);
  });

  it("units/clock-mismatch: warns when start/end and minutes differ by more than a minute", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 20, units: 1, start: "09:00", end: "09:30" }]));
    expect(f.map((x) => [x.rule, x.severity, x.path])).toEqual([["units/clock-mismatch", "warning", ["services", 0, "minutes"]]]);
    expect(f[0]?.message).toBe("97110 runs 09:00–09:30 (30 min) but records 20 minutes.");
    expect(rules(session([{ code: "97110", minutes: 29, units: 2, start: "09:00", end: "09:30" }]))).toEqual([]);
  });

  it("units/overlapping-time: flags two one-on-one timed lines whose times overlap", () => {
    const f = checkUnits(session([
      { code: "97110", minutes: 30, units: 2, start: "09:00", end: "09:30" },
      { code: "97140", minutes: 20, units: 1, start: "09:20", end: "09:40" },
    ]));
    expect(f.map((x) => [x.rule, x.severity, x.path, x.codes])).toEqual([["units/overlapping-time", "error", ["services", 1, "start"], ["97110", "97140"]]]);
    expect(f[0]?.message).toContain("overlap by 10 min");
  });

  it("units/overlapping-time: end == start is not an overlap; group lines and untimed lines are left out", () => {
    expect(rules(session([
      { code: "97110", minutes: 30, units: 2, start: "09:00", end: "09:30" },
      { code: "97140", minutes: 10, units: 1, start: "09:30", end: "09:40" },
    ]))).toEqual([]);
    expect(rules(session([
      { code: "97110", minutes: 30, units: 2, start: "09:00", end: "09:30" },
      { code: "97150", minutes: 30, units: 1, start: "09:00", end: "09:30" },
      { code: "97530", minutes: 30, units: 2, start: "09:00", end: "09:30", contact: "group" },
    ]))).toEqual([]);
  });

  it("units/overlapping-time: lists the first 20 overlapping pairs, then one finding counts the rest (30 lines at one time: 435 pairs)", () => {
    const services = Array.from({ length: 30 }, (_, i): ServiceLine => ({ code: i % 2 ? "97110" : "97140", minutes: 15, units: 1, start: "09:00", end: "09:15" }));
    const overlaps = checkUnits(session(services)).filter((f) => f.rule === "units/overlapping-time");
    expect(overlaps).toHaveLength(21);
    expect(overlaps.slice(0, 20).every((f) => f.path?.[2] === "start")).toBe(true);
    expect(overlaps[20]).toMatchObject({ severity: "error", path: ["services"], message: "415 more pairs of one-on-one timed lines overlap in clock time (only the first 20 pairs are listed)." });
  });

  it("a 5,000-line visit at one clock time gives findings in proportion to its lines, not to its pairs (it used to run out of memory)", () => {
    const services = Array.from({ length: 5000 }, (_, i): ServiceLine => ({ code: String(10000 + i), minutes: 15, units: 3, start: "09:00", end: "09:15" }));
    const findings = checkUnits(session(services));
    expect(findings.length).toBeLessThanOrEqual(5000 + 22);
    expect(findings.filter((f) => f.rule === "units/overlapping-time")).toHaveLength(21);
    const fixes = findings.map((f) => f.fix ?? "");
    expect(Math.max(...fixes.map((f) => f.length))).toBeLessThan(400);
  });

  it("the billing advice names at most 12 codes and says how many more there are", () => {
    const services = Array.from({ length: 14 }, (_, i): ServiceLine => ({ code: String(10000 + i), minutes: 15, units: 2 }));
    const fix = checkUnits(session(services)).find((f) => f.rule === "units/exceeds-time")?.fix ?? "";
    expect(fix).toContain("10011 × 1 and 2 more codes");
    expect(fix).not.toContain("10012");
  });

  it("a code the catalog does not know counts as timed (catalog/unknown-code reports the code itself)", () => {
    expect(checkUnits(session([{ code: "99999", minutes: 30, units: 2 }]))).toEqual([]);
    expect(checkUnits(session([{ code: "99999", minutes: 30, units: 3 }])).map((x) => x.rule)).toEqual(["units/exceeds-time"]);
  });

  it("never mutates the session (deep-frozen input works)", () => {
    const s = session(lines, { totalTimedMinutes: 45 });
    const copy = structuredClone(s);
    const freeze = (v: unknown): void => { if (v && typeof v === "object") { Object.values(v).forEach(freeze); Object.freeze(v); } };
    freeze(s);
    expect(() => checkUnits(s)).not.toThrow();
    expect(s).toEqual(copy);
  });

  it("every finding names its codes and a source, and survives JSON", () => {
    const f = checkUnits(session([{ code: "97110", minutes: 7, units: 1, start: "09:00", end: "09:30" }, { code: "97150", units: 3 }], { totalTimedMinutes: 9, totalTreatmentMinutes: 5 }));
    expect(f.length).toBeGreaterThan(3);
    for (const x of f) {
      expect(x.codes?.length).toBeGreaterThan(0);
      expect(x.source.title).toBeTruthy();
      expect(x.fix).toBeTruthy();
      expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    }
  });
});

// A fix for the cognitive service names the codes a claim carries: 97129 is billed once a day
// and each further unit is 97130, so "bill 97129/97130 × 3" could be read as 97129 × 3.
describe("checkUnits: fixes for the 97129/97130 service name both codes", () => {
  const fixes = (lines: ServiceLine[], unitMethod?: "cms" | "ama") =>
    checkUnits({ ...session(lines), payer: { program: "medicare", ...(unitMethod ? { unitMethod } : {}) } })
      .filter((f) => f.rule === "units/exceeds-time" || f.rule === "units/below-time")
      .map((f) => f.fix);

  it.each<[string, ServiceLine[], "cms" | "ama" | undefined, string]>([
    ["cms, 4 units for 45 minutes", [{ code: "97129", minutes: 20, units: 1 }, { code: "97130", minutes: 25, units: 3 }], undefined, "Bill 97129 × 1, 97130 × 2 or fewer."],
    ["cms, 1 unit for 45 minutes", [{ code: "97129", minutes: 45, units: 1 }], undefined, "If the minutes are right, bill 97129 × 1, 97130 × 2."],
    ["cms, 2 units for 20 minutes", [{ code: "97129", minutes: 20, units: 1 }, { code: "97130", minutes: 0, units: 1 }], undefined, "Bill 97129 × 1 or fewer."],
    ["ama, 4 units for 45 minutes", [{ code: "97129", minutes: 20, units: 1 }, { code: "97130", minutes: 25, units: 3 }], "ama", "Bill 97129 × 1, 97130 × 2."],
    ["ama, 1 unit for 45 minutes", [{ code: "97129", minutes: 45, units: 1 }], "ama", "If the minutes are right, bill 97129 × 1, 97130 × 2."],
  ])("%s", (_name, lines, method, fix) => {
    expect(fixes(lines, method)).toEqual([fix]);
  });

  it("other codes keep their one-code wording", () => {
    expect(fixes([{ code: "97110", minutes: 45, units: 1 }])).toEqual(["If the minutes are right, bill 97110 × 3."]);
  });
});

describe("checkUnits: a day whose timed minutes allow no unit (audit, round 8)", () => {
  it("the fix says only 'Do not bill' and never explains 'the units left' with an untimed code's advice (PT evaluation + 97110 5 min billed × 1)", () => {
    const fs = checkUnits(session([{ code: "97161", minutes: 40, units: 1 }, { code: "97110", minutes: 5, units: 1 }]));
    expect(fs.map((f) => f.rule)).toEqual(["units/exceeds-time"]);
    expect(fs[0]?.message).toBe("97110 is billed for 1 unit, but its 5 minutes allow at most 0 (the day's 5 timed minutes allow 0 units in all).");
    expect(fs[0]?.fix).toBe("Do not bill 97110.");
  });

  it("a day with units keeps the advice (CMS §20.2 Example 4 with the ultrasound billed: 97035 8 min × 1)", () => {
    const fs = checkUnits(session([{ code: "97110", minutes: 18, units: 1 }, { code: "97140", minutes: 13, units: 1 }, { code: "97116", minutes: 10, units: 1 }, { code: "97035", minutes: 8, units: 1 }, { code: "97161", units: 1 }]));
    expect(fs.find((f) => f.codes?.[0] === "97035")?.fix).toBe(
      "Do not bill 97035; the units left after each code's whole 15-minute units go to the codes with the most minutes left over (bill 97110 × 1, 97116 × 1, 97140 × 1).",
    );
  });
});

describe("checkUnits: lines without minutes and the note's total timed minutes (audit, round 8)", () => {
  // MBPM ch. 15 §220.3 E: the note must give the total timed-code treatment minutes; minutes per
  // intervention "may also be recorded voluntarily, but contractors shall not require it", and
  // "the billing and the total timed code treatment minutes must be consistent".
  const noMinutes = (units: [number, number], totalTimedMinutes: number) =>
    checkUnits(session([{ code: "97110", units: units[0] }, { code: "97140", units: units[1] }], { totalTimedMinutes }));

  it("Medicare: 40 total timed minutes, 97110 × 2 + 97140 × 1, no minutes per code → no error (2 info notes only)", () => {
    const fs = noMinutes([2, 1], 40);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([
      ["units/missing-minutes", "info"],
      ["units/missing-minutes", "info"],
    ]);
    expect(fs[0]?.message).toBe("97110 is a timed code with no minutes, so its units cannot be checked one by one; the note's total timed minutes are checked instead.");
  });

  it("Medicare: 20 total timed minutes but 3 units billed → units/exceeds-time on the total", () => {
    const f = noMinutes([2, 1], 20).find((x) => x.rule === "units/exceeds-time");
    expect(f).toMatchObject({ severity: "error", path: ["services"], codes: ["97110", "97140"], fix: "Bill 1 timed unit in all." });
    expect(f?.message).toBe("Timed codes are billed for 3 units in all, but the note's 20 total timed minutes allow 1.");
  });

  it("Medicare: 53 total timed minutes but 3 units billed → units/below-time (info)", () => {
    expect(noMinutes([2, 1], 53).filter((x) => x.rule === "units/below-time").map((x) => x.message)).toEqual([
      "Timed codes are billed for 3 units in all, but the note's 53 total timed minutes allow 4.",
    ]);
  });

  it("a timed line with neither minutes nor units stays an error even with the total (nothing to compare it with)", () => {
    expect(checkUnits(session([{ code: "97110" }, { code: "97140", units: 1 }], { totalTimedMinutes: 30 })).map((f) => [f.rule, f.severity])).toEqual([["units/missing-minutes", "error"], ["units/missing-minutes", "error"]]);
  });

  it("without the total, or under the per-code method, a line without minutes stays an error", () => {
    expect(checkUnits(session([{ code: "97110", units: 2 }])).map((f) => f.severity)).toEqual(["error"]);
    expect(checkUnits(session([{ code: "97110", units: 2 }], { totalTimedMinutes: 30 }, "commercial")).map((f) => f.severity)).toEqual(["error"]);
  });
});

/**
 * Twelfth round (helper `commercial`'s report): a code on two lines (97110 12 + 10 minutes, billed
 * 1 + 1) was told "its 22 minutes allow at most 1"; a biller looking at either line saw 12 or 10,
 * not 22. The message now says the lines were added.
 */
describe("checkUnits: a code billed on more than one line says its minutes were added", () => {
  const twoLines = (program: Session["payer"]["program"], units = 1): Session =>
    session([{ code: "97110", minutes: 12, units: 1 }, { code: "97110", minutes: 10, units }], {}, program);
  it.each([
    ["medicare", 1, "97110 is billed for 2 units, but its 22 minutes allow at most 1 (its 2 lines added; the day's 22 timed minutes allow 1 unit in all)."],
    ["commercial", 1, "97110 is billed for 2 units, but its 22 minutes allow 1 under the per-code midpoint rule (its 2 lines added)."],
  ] as const)("%s, second line × %i", (program, units, message) => {
    expect(checkUnits(twoLines(program, units)).map((f) => f.message)).toEqual([message]);
  });

  it("says nothing of lines for a code on one line", () => {
    const [f] = checkUnits(session([{ code: "97110", minutes: 22, units: 2 }]));
    expect(f?.message).toBe("97110 is billed for 2 units, but its 22 minutes allow at most 1 (the day's 22 timed minutes allow 1 unit in all).");
  });
});
