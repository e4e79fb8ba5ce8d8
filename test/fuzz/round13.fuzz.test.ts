import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PTP_CORE_ROWS, ptpRowAppliesOn } from "../../src/ncci/index.js";
import { calculateUnits } from "../../src/units/index.js";
import { validateSession, type Report } from "../../src/validate.js";
import {
  badListItemSessionArb, deepFreeze, extremeSessionArb, FUZZ_RUNS, hostileSession, hostileSpecArb, hourlySessionArb, isoDateArb, nearSessionArb,
  opposingModifiersArb, payerOptionArb, pocAroundDateArb, ruleOptionsArb, sloppyOptionsArb, sloppySessionArb, validSessionArb,
} from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";
import { leaks } from "./leak.js";
import { expectReadBack } from "./read-back.js";

/**
 * The thirteenth round's new inputs, fuzzed (fuzz13): work hardening 97545/97546 billed by the
 * hour beside 15-minute codes (0 to 10,000 minutes, 0 to 5 units, several lines of each), GX, GY,
 * GZ, GA and KX together on a line, a therapist on another discipline's plan, delayReasonOnFile,
 * the 617-row default NCCI table, and therapy-claims/report: parseReport takes back every report
 * validateSession returns, for any input. `FUZZ_RUNS` (default 100) sets the runs per property.
 */
const params = { numRuns: FUZZ_RUNS };
const few = { numRuns: Math.max(10, Math.round(FUZZ_RUNS / 4)) };
/** Text a finding should never show a biller (as in sloppy.fuzz.test.ts). */
const BROKEN_TEXT = /\bundefined\b|\bNaN\b|Infinity|\[object |\d\.?\d*e[+-]\d/;

function expectGoodReport(report: Report): void {
  expectJsonSafe(report);
  expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
}


describe("work hardening by the hour, beside 15-minute codes", () => {
  it("validateSession: a consistent, JSON-safe report parseReport reads back; a frozen input left as it was; no broken text; no leaks", () => {
    fc.assert(fc.property(hourlySessionArb, (s) => {
      const before = structuredClone(s);
      const report = validateSession(deepFreeze(s));
      expectGoodReport(report);
      expectReadBack(report);
      expect(s).toEqual(before);
      for (const f of report.findings) expect(`${f.message} ${f.fix ?? ""}`).not.toMatch(BROKEN_TEXT);
      expect(leaks(report.findings, s)).toEqual([]);
      // Every finding about a line names a line of the visit.
      for (const f of report.findings) if (f.path?.[0] === "services" && typeof f.path[1] === "number") expect(f.path[1]).toBeLessThan(s.services.length);
    }), params);
  });

  const HOURLY = ["97545", "97546"];
  const FIFTEEN = ["97110", "97112", "97140", "97530", "97535", "97129", "97130", "97150", "97161"];
  const hourLine = fc.record({ code: fc.constantFrom(...HOURLY), minutes: fc.nat({ max: 10_000 }) });
  const otherLine = fc.record({ code: fc.constantFrom(...FIFTEEN), minutes: fc.nat({ max: 130 }) });
  const mixed = fc.array(fc.oneof(hourLine, otherLine), { maxLength: 10 });
  const methods = fc.constantFrom("cms" as const, "ama" as const);
  const unitsOf = (lines: readonly { code: string; units: number }[], code: string) => lines.filter((l) => l.code === code).reduce((n, l) => n + l.units, 0);
  const minutesOf = (lines: readonly { code: string; minutes: number }[], code: string) => lines.filter((l) => l.code === code).reduce((n, l) => n + l.minutes, 0);

  it("allocated timed units still sum to totalUnits; the hour codes are outside the pool (timed: false, not in totalUnits or totalTimedMinutes)", () => {
    fc.assert(fc.property(mixed, methods, (ls, method) => {
      const r = calculateUnits(ls, { method });
      expect(r.lines.filter((l) => l.timed).reduce((n, l) => n + l.units, 0)).toBe(r.totalUnits);
      expect(r.lines.filter((l) => l.timed).reduce((n, l) => n + l.minutes, 0)).toBe(r.totalTimedMinutes);
      for (const l of r.lines) if (HOURLY.includes(l.code)) expect(l.timed).toBe(false);
      // The property that holds for the hour codes instead: 97545 is one unit whenever it is billed,
      // 97546 one unit per whole hour past the first two of the pair's minutes (twenty-second round, CALC-SPLIT: it was
      // per whole hour of 97546's own minutes); the 15-minute codes' result is as without them.
      if (ls.some((l) => l.code === "97545")) expect(unitsOf(r.lines, "97545")).toBe(1);
      if (ls.some((l) => l.code === "97546")) expect(unitsOf(r.lines, "97546")).toBe(Math.floor(Math.max(0, minutesOf(ls, "97545") + minutesOf(ls, "97546") - 120) / 60));
      const without = calculateUnits(ls.filter((l) => !HOURLY.includes(l.code)), { method });
      expect([r.totalUnits, r.totalTimedMinutes]).toEqual([without.totalUnits, without.totalTimedMinutes]);
      expect(r.lines.filter((l) => !HOURLY.includes(l.code))).toEqual(without.lines);
    }), params);
  });

  it("units never decrease as a line's minutes grow: the CMS total, each code under AMA, and 97545/97546 under both", () => {
    fc.assert(fc.property(mixed, fc.nat(), fc.integer({ min: 1, max: 600 }), methods, (ls, pick, more, method) => {
      fc.pre(ls.length > 0);
      const i = pick % ls.length;
      const grown = ls.map((l, j) => (j === i ? { ...l, minutes: l.minutes + more } : l));
      const a = calculateUnits(ls, { method });
      const b = calculateUnits(grown, { method });
      if (method === "cms") expect(b.totalUnits).toBeGreaterThanOrEqual(a.totalUnits);
      for (const code of new Set(ls.map((l) => l.code))) {
        // Under CMS one code's units may fall as another's grow (the pool's last unit moves); the hour codes never share a pool.
        if (method === "ama" || HOURLY.includes(code)) expect(unitsOf(b.lines, code)).toBeGreaterThanOrEqual(unitsOf(a.lines, code));
      }
    }), params);
  });
});

describe("modifiers GX, GY, GZ, GA and KX together on one line", () => {
  const visit = (program: string, modifiers: string[], code: string) => ({
    dateOfService: "2025-06-10", payer: { program }, provider: { discipline: "PT" }, therapyYearToDate: { ptSlp: 3000 },
    services: [{ code, minutes: 30, units: 2, modifiers, activity: "Ther ex per HEP", goalIds: ["G1"] }],
    planOfCare: { goals: [{ id: "G1" }] },
  });
  it("a consistent report; GX with GA or GZ, GY with GZ, GA with GZ are errors for every program; KX with any of them under Medicare", () => {
    fc.assert(fc.property(opposingModifiersArb, fc.constantFrom("medicare", "medicaid", "commercial", "other"), fc.constantFrom("97110", "97545", "97530"), (mods, program, code) => {
      const report = validateSession(visit(program, mods, code));
      expectGoodReport(report);
      expectReadBack(report);
      const has = (m: string) => mods.some((x) => x.toUpperCase() === m);
      const opposing = report.findings.filter((f) => f.rule === "modifier/opposing-modifiers").length;
      let expected = 0;
      if (has("GY") && has("GZ")) expected++;
      if (has("GA") && has("GZ")) expected++;
      if (has("GX") && (has("GA") || has("GZ"))) expected++;
      if (program === "medicare" && has("KX")) expected += ["GA", "GZ", "GY", "GX"].filter(has).length;
      expect(opposing).toBe(expected);
    }), params);
  });
});

describe("a therapist on another discipline's plan; a late certification with its reason on file", () => {
  it("a PT, OT or SLP rendering another discipline's Medicare visit: every line an error, and no KX asked", () => {
    fc.assert(fc.property(hourlySessionArb, fc.constantFrom("PT", "OT", "SLP"), (s, credential) => {
      fc.pre(credential !== s.provider.discipline);
      const session = { ...s, payer: { program: "medicare" as const }, provider: { ...s.provider, credential } };
      const report = validateSession(session);
      expectGoodReport(report);
      const lines = new Set(report.findings.filter((f) => f.rule === "modifier/therapist-discipline-mismatch").map((f) => f.path?.[1]));
      expect(lines.size).toBe(s.services.length);
      expect(report.findings.filter((f) => f.rule === "modifier/kx-required")).toEqual([]);
    }), params);
  });

  it("delayReasonOnFile: true only ever removes poc/certification-missing findings, never adds or changes another", () => {
    let removed = 0;
    fc.assert(fc.property(fc.oneof(pocAroundDateArb, hourlySessionArb, validSessionArb), (s) => {
      const poc = (s.planOfCare ?? {}) as Record<string, unknown>;
      const without = validateSession({ ...s, planOfCare: { ...poc, delayReasonOnFile: false } });
      const withReason = validateSession({ ...s, planOfCare: { ...poc, delayReasonOnFile: true } });
      expectGoodReport(withReason);
      const key = (f: Report["findings"][number]) => JSON.stringify(f);
      const before = new Set(without.findings.map(key));
      for (const f of withReason.findings) expect(before.has(key(f))).toBe(true);
      const gone = without.findings.filter((f) => !withReason.findings.map(key).includes(key(f)));
      for (const f of gone) expect(f.rule).toBe("poc/certification-missing");
      removed += gone.length;
    }), params);
    // Not vacuous: some late certification's warning was removed.
    expect(removed).toBeGreaterThan(0);
  });
});

describe("the default NCCI table (636 rows since the twentieth round)", () => {
  it("any row in force on the date, its two codes on one Medicare visit with no bypass modifier, gives a pair finding on the column-2 line", () => {
    const rows = PTP_CORE_ROWS.filter((r) => r.modifierIndicator !== 9);
    fc.assert(fc.property(fc.constantFrom(...rows), isoDateArb, fc.boolean(), (row, date, swap) => {
      fc.pre(ptpRowAppliesOn(row, date));
      const lines = [{ code: row.column1, minutes: 30, units: 2, modifiers: ["GP"] }, { code: row.column2, minutes: 30, units: 2, modifiers: ["GP"] }];
      const services = swap ? [lines[1]!, lines[0]!] : lines;
      const report = validateSession({ dateOfService: date, payer: { program: "medicare" }, provider: { discipline: "PT" }, services });
      expectGoodReport(report);
      const col2 = swap ? 0 : 1;
      const pair = report.findings.filter((f) => f.rule.startsWith("ncci/ptp-") && f.path?.[1] === col2);
      expect(pair.length).toBeGreaterThan(0);
    }), params);
  });
});

describe("therapy-claims/report: parseReport takes back every report validateSession returns", () => {
  it.each([
    ["any JSON", fc.json().map((t) => JSON.parse(t) as unknown)],
    ["any JavaScript value", fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSparseArray: true })],
    ["a valid session with one field replaced by anything", nearSessionArb],
    ["a valid session", validSessionArb],
    ["a sloppy EHR's session", sloppySessionArb],
    ["a session with bad list items", badListItemSessionArb.map((x) => x.session)],
    ["plan-of-care dates around the visit", pocAroundDateArb],
    ["work hardening beside 15-minute codes", hourlySessionArb],
  ] as const)("%s", (_name, arb: fc.Arbitrary<unknown>) => {
    fc.assert(fc.property(arb, (input) => expectReadBack(validateSession(input))), params);
  });
  it("sessions at the edges (0 and 10,000 minutes, 200 lines, unicode, 1 MiB text)", () => {
    fc.assert(fc.property(extremeSessionArb, (s) => expectReadBack(validateSession(s))), few);
  });
  it("sloppy options, rule options (extra rules whose checks return garbage), payer options", () => {
    fc.assert(fc.property(sloppySessionArb, sloppyOptionsArb, (s, o) => expectReadBack(validateSession(s, o as never))), params);
    fc.assert(fc.property(validSessionArb, ruleOptionsArb, (s, o) => expectReadBack(validateSession(s, o as never))), params);
    fc.assert(fc.property(hourlySessionArb, payerOptionArb, (s, o) => expectReadBack(validateSession(s, { payer: o } as never))), params);
  });
  it("getters that throw, proxies", () => {
    fc.assert(fc.property(hostileSpecArb, (spec) => expectReadBack(validateSession(hostileSession(spec)))), params);
  });
});
