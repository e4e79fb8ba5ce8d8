import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport, ReportInputError } from "../../src/report/index.js";
import { validateSession } from "../../src/validate.js";
import { extremeSessionArb, FUZZ_RUNS, validSessionArb } from "../fuzz/arbitraries.js";

// Fifteenth round (mend15): parseReport checked a report's shape only, so a stored report whose
// units line said `notCounted: [7]` on a visit of two lines (or [-1], [0, 0], [1, 0]), or whose
// units/ finding pointed at services[9], was read back as a report validateSession could have made.
// It now refuses what validateSession never produces, naming the path; every report it produces
// (and reports stored before notCounted) still reads back.

const visit = (services: unknown[]) => ({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services });
/** 97110 × 2 without minutes, 97140 for 10 minutes: units.lines[0].notCounted is [0]. */
const stored = (): Record<string, any> => JSON.parse(JSON.stringify(validateSession(visit([
  { code: "97110", units: 2, modifiers: ["GP"] }, { code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }, { code: "97110", units: 1, modifiers: ["GP"] },
]))));
const issuesOf = (value: unknown) => {
  try { parseReport(value); } catch (e) { if (e instanceof ReportInputError) return e.issues.map((i) => `${i.path.join(".")}: ${i.message}`); throw e; }
  return [];
};

describe("parseReport refuses cross-field impossibilities, naming the path", () => {
  it("the base report reads back (notCounted [0, 2] on 97110)", () => {
    expect(stored().units.lines[0].notCounted).toEqual([0, 2]);
    expect(issuesOf(stored())).toEqual([]);
  });
  it.each<[string, (r: Record<string, any>) => void, string]>([
    ["an index past the session's lines", (r) => { r.units.lines[0].notCounted = [0, 7]; }, "units.lines.0.notCounted.1: line 7 is not in session.services (3 lines)"],
    ["a duplicate index", (r) => { r.units.lines[0].notCounted = [0, 0]; }, "units.lines.0.notCounted.1: not after the index before it (each line once, in order)"],
    ["unsorted indexes", (r) => { r.units.lines[0].notCounted = [2, 0]; }, "units.lines.0.notCounted.1: not after the index before it (each line once, in order)"],
    ["an empty list", (r) => { r.units.lines[0].notCounted = []; }, "units.lines.0.notCounted: empty: a code whose lines were all counted has none"],
    ["a line of another code", (r) => { r.units.lines[0].notCounted = [0, 1]; }, "units.lines.0.notCounted.1: services[1] is 97140, not 97110"],
    ["a line that gave minutes", (r) => { r.session.services[2].minutes = 5; }, "units.lines.0.notCounted.1: services[2] gave minutes, so it was counted"],
    ["units with no session", (r) => { r.session = null; }, "units: a report without a session has no unit calculation"],
    ["a units/ finding past the lines", (r) => { r.findings.unshift({ rule: "units/exceeds-time", severity: "warning", message: "x", path: ["services", 9, "units"], source: r.findings[0].source }); }, "findings.0.path.1: services[9] is past session.services (3 lines)"],
    // report15: four more facts validateSession never breaks (each failed to be refused before).
    ["a notCounted that leaves out a line of its code without minutes", (r) => { r.units.lines[0].notCounted = [0]; }, "units.lines.0.notCounted: leaves out services[2] (97110, no minutes)"],
    ["a units line of a code the session does not have", (r) => { r.units.lines.push({ code: "97530", minutes: 0, units: 0, timed: true }); }, "units.lines.2.code: 97530 is not a code of session.services"],
    ["a totalUnits that is not the sum of the timed lines' units", (r) => { r.units.totalUnits = 2; }, "units.totalUnits: not the sum of the timed lines' units (1)"],
    // The lead: totalTimedMinutes is checked too, so an untimed line's unit and minutes both show.
    ["an untimed line's unit counted in totalUnits", (r) => { r.units.lines[1].timed = false; }, "units.totalUnits: not the sum of the timed lines' units (0)\nunits.totalTimedMinutes: not the sum of the timed lines' minutes (0)"],
    // The lead (fifteenth round): what report15 left. totalTimedMinutes is the timed lines' minutes added
    // (calculateUnits), and a units line listed twice was "not a code of session.services".
    ["a totalTimedMinutes that is not the sum of the timed lines' minutes", (r) => { r.units.totalTimedMinutes = 11; }, "units.totalTimedMinutes: not the sum of the timed lines' minutes (10)"],
    ["a units line listed twice", (r) => { r.units.lines.push({ code: "97140", minutes: 0, units: 0, timed: true }); }, "units.lines.2.code: 97140 has a line already (units.lines.1)"],
    ["a session code's units line removed", (r) => { r.units.lines.shift(); }, "units.lines: no line for 97110 (services[0])"],
    ["a units/ finding whose line index is a string", (r) => { r.findings.unshift({ rule: "units/exceeds-time", severity: "warning", message: "x", path: ["services", "9", "units"], source: r.findings[0].source }); }, "findings.0.path.1: not a line index"],
    ["a modifier/ finding whose line index is a string in range", (r) => { r.findings.unshift({ rule: "modifier/unknown", severity: "warning", message: "x", path: ["services", "0", "modifiers"], source: r.findings[0].source }); }, "findings.0.path.1: not a line index"],
  ])("%s", (_, damage, message) => {
    const r = stored();
    damage(r);
    expect(issuesOf(r)).toEqual(message.split("\n"));
  });
  it("a negative index is refused by the shape (as before)", () => {
    const r = stored();
    r.units.lines[0].notCounted = [-1, 0];
    expect(issuesOf(r)[0]).toMatch(/^units\.lines\.0\.notCounted\.0: /);
  });
  it("a report without a session keeps its input/ findings' paths into the input", () => {
    const report = validateSession(visit([{ code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }, { minutes: 5 }]));
    expect(report.session).toBeNull();
    expect(report.findings.map((f) => f.path)).toEqual([["services", 1, "code"]]);
    expect(issuesOf(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });
  // report15: the units lines are the session's codes, but for the cognitive pair's other half, and
  // totalUnits counts the timed lines' units only (not 97150's, 97545's or 97546's hours).
  it.each<[string, unknown[], string[], number]>([
    ["97130 alone: 97129 shown", [{ code: "97130", minutes: 40, units: 3, modifiers: ["GO"] }], ["97129", "97130"], 3],
    ["97129 alone, 40 min: 97130 shown", [{ code: "97129", minutes: 40, units: 1, modifiers: ["GO"] }], ["97129", "97130"], 3],
    ["lower-case codes, untimed and hour codes", [{ code: "97150", minutes: 30, units: 1, modifiers: ["GO"] }, { code: "97545", minutes: 120, units: 1, modifiers: ["GO"] },
      { code: "97546", minutes: 130, units: 2, modifiers: ["GO"] }, { code: "g0283", minutes: 10, units: 1, modifiers: ["GO"] }, { code: "97535", units: 1, modifiers: ["GO"] }], ["97150", "97545", "97546", "G0283", "97535"], 0],
  ])("%s reads back, under cms and ama", (_, services, codes, total) => {
    for (const unitMethod of ["cms", "ama"]) {
      const report = validateSession({ ...visit(services), payer: { program: "medicare", unitMethod }, provider: { discipline: "OT" } });
      expect(report.units?.lines.map((l) => l.code)).toEqual(codes);
      expect(report.units?.totalUnits).toBe(total);
      expect(issuesOf(JSON.parse(JSON.stringify(report)))).toEqual([]);
    }
  });
  // Twentieth round (input20, UNITS-CAP): a tampered report with 5 units for 23 minutes parsed. No method gives more timed
  // units than the 8-minute chart allows for the day's timed minutes (cms) or each code's (ama); a stored report that
  // does is refused at units.totalUnits. Counter-cases: CMS's own example (33 + 7 minutes: 3 units, where each line's
  // own chart allows 2 + 0) and AMA's per-code count (8 + 8 minutes: 2 units, where the day's allows 1) read back.
  const one = (minutes: number, units: number, unitMethod = "cms") => JSON.parse(JSON.stringify(validateSession({ ...visit([{ code: "97110", minutes, units, modifiers: ["GP"] }]), payer: { program: "medicare", unitMethod } })));
  it.each<[string, number, number, number, string]>([
    // [case, minutes, units stored, totalUnits stored, the issue ("" none)]
    ["5 units for 23 minutes", 23, 5, 5, "units.totalUnits: more than 23 timed minutes allow (2 by the 8-minute rule or per code)"],
    ["3 units for 37 minutes", 37, 3, 3, "units.totalUnits: more than 37 timed minutes allow (2 by the 8-minute rule or per code)"],
    ["1 unit for 7 minutes", 7, 1, 1, "units.totalUnits: more than 7 timed minutes allow (0 by the 8-minute rule or per code)"],
    ["2 units for 23 minutes (the calculator's)", 23, 2, 2, ""],
    ["3 units for 38 minutes", 38, 3, 3, ""],
    ["fewer units than the minutes earn (not refused: no method is sure to earn more)", 60, 1, 1, ""],
  ])("%s", (_, minutes, units, total, issue) => {
    for (const method of ["cms", "ama"]) {
      const r = one(minutes, 2, method);
      r.units.lines[0].units = units;
      r.units.totalUnits = total;
      expect(issuesOf(r)).toEqual(issue ? [issue] : []);
    }
  });
  it.each<[string, string, { code: string; minutes: number }[], number]>([
    ["CMS Example 3 (33 + 7 minutes)", "cms", [{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }], 3],
    ["AMA per code (8 + 8 minutes)", "ama", [{ code: "97110", minutes: 8 }, { code: "97140", minutes: 8 }], 2],
    ["the cognitive pair (10 + 40 minutes)", "cms", [{ code: "97129", minutes: 10 }, { code: "97130", minutes: 40 }], 3],
  ])("counter-case: %s reads back", (_, unitMethod, lines, total) => {
    const report = validateSession({ ...visit(lines.map((l) => ({ ...l, modifiers: ["GP"] }))), payer: { program: "medicare", unitMethod } });
    expect(report.units?.totalUnits).toBe(total);
    expect(issuesOf(JSON.parse(JSON.stringify(report)))).toEqual([]);
    const tampered = JSON.parse(JSON.stringify(report));
    tampered.units.lines[0].units += 1;
    tampered.units.totalUnits += 1;
    expect(issuesOf(tampered)).toHaveLength(1);
  });
  it("a report stored before notCounted still reads back", () => {
    const r = stored();
    for (const line of r.units.lines) delete line.notCounted;
    expect(issuesOf(r)).toEqual([]);
  });
});

describe("every report validateSession makes reads back (property)", () => {
  it.each([["valid sessions", validSessionArb], ["extreme sessions", extremeSessionArb]])("%s, with lines' minutes removed at random", (_, arb) => {
    fc.assert(fc.property(arb, fc.array(fc.boolean(), { maxLength: 12 }), (s, drop) => {
      const services = s.services.map((line, i) => (drop[i] ? (({ minutes: _m, ...rest }) => rest)(line) : line));
      const report = validateSession({ ...s, services });
      expect(issuesOf(JSON.parse(JSON.stringify(report)))).toEqual([]);
    }), { numRuns: Math.max(FUZZ_RUNS, 200) });
  });
});
