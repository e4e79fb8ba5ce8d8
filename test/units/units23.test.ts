import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { calculateUnits, unitsForMinutes } from "../../src/units/index.js";
import type { UnitLine } from "../../src/units/index.js";
import { validateSession } from "../../src/validate.js";

// Twenty-third round (units23): what a biller saw from calculateUnits on a visit without 15-minute codes, on an add-on
// period code given without its first code, and on minutes that add up past 2^53 - 1.

const MAX = Number.MAX_SAFE_INTEGER;
const slpLine = (code: string, minutes: number, units?: number): ServiceLine =>
  ({ code, minutes, ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: "Speech-generating device evaluation: trialed two devices, scored and interpreted" });
const visit = (services: readonly ServiceLine[]): Session =>
  ({ dateOfService: "2026-11-20", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLP" }, services: [...services] });
const unitProblems = (s: Session) => validateSession(s).findings.filter((f) => f.rule.startsWith("units/") && f.severity !== "info").map((f) => `${f.rule}: ${f.message}`);
/** The codes and units of the bill line ("bill 92607 × 1, 92608 × 1"), the explanation's last sentence. */
const billOf = (explanation: readonly string[]) => Object.fromEntries([...explanation.at(-1)!.matchAll(/(\w{5}) × (\d+)/g)].map((m) => [m[1]!, Number(m[2])]));

// NO-TIMED (1): a visit without a 15-minute code was told "0 timed minutes allow 0 units (a timed unit needs at least 8
// minutes in all)" before "bill 92607 × 1": noise beside the one code billed. `totalUnits` (timed units only) stays 0.
describe("NO-TIMED: a visit without a 15-minute code says nothing about timed minutes", () => {
  it.each<[string, UnitLine[], "cms" | "ama", string[]]>([
    ["92607 × 40 (an hour code)", [{ code: "92607", minutes: 40 }], "cms", ["92607 is billed by the hour: 1 unit (40 min, not timed minutes)", "bill 92607 × 1"]],
    ["92607 × 40 by the per-code method", [{ code: "92607", minutes: 40 }], "ama", ["92607 is billed by the hour: 1 unit (40 min, not timed minutes)", "bill 92607 × 1"]],
    ["an evaluation", [{ code: "97161", minutes: 45 }], "cms", ["97161 is untimed: 1 unit (45 min, not timed minutes)", "bill 97161 × 1"]],
    ["group therapy and 96125", [{ code: "97150", minutes: 45 }, { code: "96125", minutes: 0 }], "cms", ["97150 is untimed: 1 unit (45 min, not timed minutes)", "96125 is billed by the hour: 0 units (0 min, not timed minutes)", "bill 97150 × 1"]],
    ["no lines", [], "cms", ["nothing to bill"]],
  ])("%s", (_name, lines, method, explanation) => {
    const r = calculateUnits(lines, { method });
    expect(r.explanation).toEqual(explanation);
    expect([r.totalUnits, r.totalTimedMinutes]).toEqual([0, 0]);
  });

  // Counter-cases: a 15-minute code, even at 0 minutes, keeps the method and its arithmetic.
  it.each<[UnitLine[], "cms" | "ama", string]>([
    [[{ code: "97110", minutes: 0 }], "cms", "0 timed minutes allow 0 units (a timed unit needs at least 8 minutes in all)"],
    [[{ code: "97129", minutes: 5 }, { code: "97161", minutes: 45 }], "cms", "5 timed minutes allow 0 units (a timed unit needs at least 8 minutes in all)"],
    [[{ code: "92607", minutes: 40 }, { code: "97110", minutes: 3 }], "ama", "3 timed minutes give 0 units in all"],
  ])("%j (%s) still counts its timed minutes", (lines, method, sentence) => {
    const r = calculateUnits(lines, { method });
    expect(r.explanation[0]).toMatch(method === "cms" ? /^CMS total-time method/ : /^CPT midpoint method/);
    expect(r.explanation).toContain(sentence);
  });

  it("any visit: the method's sentences appear exactly when a line is a 15-minute code", () => {
    const code = fc.constantFrom("97110", "97129", "97130", "99999", "97150", "97161", "92607", "92608", "96125", "97545", "97546", "97598");
    fc.assert(fc.property(fc.array(fc.record({ code, minutes: fc.integer({ min: 0, max: 200 }) }), { maxLength: 5 }), fc.constantFrom<"cms" | "ama">("cms", "ama"), (lines, method) => {
      const r = calculateUnits(lines, { method });
      const timed = r.lines.some((l) => l.timed);
      expect(r.explanation.some((e) => / timed minutes? (allows?|gives?) /.test(e)), JSON.stringify(lines)).toBe(timed);
      expect(r.explanation.some((e) => /^(CMS total-time|CPT midpoint) method/.test(e))).toBe(timed);
    }));
  });
});

// ADD-ON-ALONE (2): 92608 × 45 min alone was "0 units … nothing to bill", while validateSession's own hint for the same
// line says "State the units; bill 92607 × 1" (45 minutes pass the midpoint of 92607's first hour). The calculator now counts
// the first code too, after the add-on, and names it in the explanation and the bill; `lines` keeps the visit's codes only.
describe("ADD-ON-ALONE: an add-on given without its first code is billed as the first code its minutes earn", () => {
  it.each<[UnitLine[], Record<string, number>, Record<string, number>]>([
    [[{ code: "92608", minutes: 45 }], { "92608": 0 }, { "92607": 1 }],
    [[{ code: "92618", minutes: 45 }], { "92618": 0 }, { "92605": 1 }],
    [[{ code: "92627", minutes: 45 }], { "92627": 0 }, { "92626": 1 }],
    [[{ code: "97546", minutes: 45 }], { "97546": 0 }, { "97545": 1 }],
    // Past the first period: the first code and the add-on's periods past it.
    [[{ code: "92608", minutes: 100 }], { "92608": 1 }, { "92607": 1, "92608": 1 }],
    [[{ code: "97546", minutes: 200 }, { code: "97110", minutes: 20 }], { "97546": 1, "97110": 1 }, { "97545": 1, "97546": 1, "97110": 1 }],
    // Counter-cases: 20 minutes do not pass the first hour's midpoint (nothing to bill); a first code given is not repeated.
    [[{ code: "92608", minutes: 20 }], { "92608": 0 }, {}],
    [[{ code: "92607", minutes: 0 }, { code: "92608", minutes: 45 }], { "92607": 1, "92608": 0 }, { "92607": 1 }],
  ])("%j: lines %j, bill %j", (lines, byLine, bill) => {
    for (const method of ["cms", "ama"] as const) {
      const r = calculateUnits(lines, { method });
      expect(Object.fromEntries(r.lines.map((l) => [l.code, l.units]))).toEqual(byLine);
      expect(billOf(r.explanation)).toEqual(bill);
    }
  });

  it("the explanation says how the first code is counted (92608 × 45 alone)", () => {
    expect(calculateUnits([{ code: "92608", minutes: 45 }]).explanation).toEqual([
      "92608 is billed per 30 minutes after 92607's first 60 minutes: 0 units (45 min, not timed minutes)",
      "92607 is billed by the hour: 1 unit (0 min + 92608's 45, not timed minutes)",
      "bill 92607 × 1",
    ]);
  });

  it("the bill is validateSession's own hint for the same lines without units (units/missing-units)", () => {
    for (const [addOn, first] of [["92608", "92607"], ["92618", "92605"], ["92627", "92626"], ["97546", "97545"]] as const) {
      for (const minutes of [20, 31, 45, 75, 100, 130, 200]) {
        const hint = validateSession(visit([slpLine(addOn, minutes)])).findings.find((f) => f.rule === "units/missing-units")?.fix ?? "";
        const said = Object.fromEntries([...hint.matchAll(/(\d{5}) × (\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
        const bill = billOf(calculateUnits([{ code: addOn, minutes }]).explanation);
        expect(bill, `${addOn} ${minutes}: ${hint}`).toEqual(said);
        if (Object.keys(bill).length) expect(bill[first], `${addOn} ${minutes}`).toBe(1);
      }
    }
  });
});

// HUGE (3): two lines of 2^53 - 1 minutes added up to 18014398509481982 (rounded), "allow 0 units", and then "bill 97110 ×
// 600479950316066". A line's minutes now count only below 2^53 ÷ the number of lines (else 0, as one line's minutes from 2^53
// on always did; validateSession reads no line's minutes past 2^53 - 1), so every total is exact. 2^52 minutes are 8.6
// billion years: no visit comes near, and the ./units budget (2 kB) has no room for a sentence about it.
describe("HUGE: a line's minutes count only below 2^53 ÷ the number of lines, so every total is exact", () => {
  it.each<[string, UnitLine[], [string, number, number][]]>([
    ["two lines of one code", [{ code: "97110", minutes: MAX }, { code: "97110", minutes: MAX }], [["97110", 0, 0]]],
    ["two codes", [{ code: "97110", minutes: MAX }, { code: "97140", minutes: MAX }], [["97110", 0, 0], ["97140", 0, 0]]],
    ["beside a real line, only the huge one counts 0", [{ code: "97110", minutes: 2 ** 52 }, { code: "97140", minutes: 30 }], [["97110", 0, 0], ["97140", 30, 2]]],
    ["a period pair", [{ code: "92607", minutes: MAX }, { code: "92608", minutes: 45 }], [["92607", 0, 1], ["92608", 45, 0]]],
    ["the cognitive pair", [{ code: "97129", minutes: MAX - 3 }, { code: "97130", minutes: 9 }], [["97129", 9, 1], ["97130", 0, 0]]],
    ["an untimed code beside a timed one", [{ code: "97150", minutes: MAX }, { code: "97110", minutes: 30 }], [["97150", 0, 1], ["97110", 30, 2]]],
  ])("%s", (_name, lines, expected) => {
    for (const method of ["cms", "ama"] as const) {
      const r = calculateUnits(lines, { method });
      expect(r.lines.map((l) => [l.code, l.minutes, l.units])).toEqual(expected);
      expect(r.totalTimedMinutes).toBe(r.lines.reduce((n, l) => n + (l.timed ? l.minutes : 0), 0));
      for (const e of r.explanation) expect(e).not.toMatch(/\d{16}/);
    }
  });

  it("counter-cases: one line of 2^53 − 1, and two of 2^52 − 1 (2^53 − 2 in all), are counted to the minute", () => {
    const one = calculateUnits([{ code: "97110", minutes: MAX }]);
    expect([one.totalTimedMinutes, one.totalUnits]).toEqual([MAX, unitsForMinutes(MAX)]);
    const two = calculateUnits([{ code: "97110", minutes: 2 ** 52 - 1 }, { code: "97140", minutes: 2 ** 52 - 1 }]);
    expect(two.totalTimedMinutes).toBe(2 ** 53 - 2);
    expect(two.lines.map((l) => l.minutes)).toEqual([2 ** 52 - 1, 2 ** 52 - 1]);
    expect(two.totalUnits).toBe(unitsForMinutes(2 ** 53 - 2));
    expect(two.lines[0]!.units + two.lines[1]!.units).toBe(two.totalUnits);
  });

  it("any minutes: every total is exact, the units add up to totalUnits, and cms gives the chart's units for the total", () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: MAX - 100, max: MAX }), fc.integer({ min: 2 ** 50, max: 2 ** 52 }), fc.double());
    const code = fc.constantFrom("97110", "97140", "97129", "97130", "97150", "92607", "92608");
    fc.assert(fc.property(fc.array(fc.record({ code, minutes: big }), { maxLength: 8 }), fc.constantFrom<"cms" | "ama">("cms", "ama"), (lines, method) => {
      const r = calculateUnits(lines, { method });
      const timed = r.lines.filter((l) => l.timed);
      expect(Number.isSafeInteger(r.totalTimedMinutes)).toBe(true);
      expect(r.totalTimedMinutes).toBe(timed.reduce((n, l) => n + l.minutes, 0));
      expect(r.totalUnits).toBe(timed.reduce((n, l) => n + l.units, 0));
      if (method === "cms") expect(r.totalUnits).toBe(unitsForMinutes(r.totalTimedMinutes));
      for (const l of r.lines) expect(Number.isSafeInteger(l.minutes) && Number.isSafeInteger(l.units), JSON.stringify(l)).toBe(true);
    }));
  });
});

// The calculator and the checker agree (as round22.fuzz's CALC-SPLIT property, now with the add-on alone, which that property
// filtered out): bill what calculateUnits says, on the visit's lines plus a 0-minute line of each first code the bill names
// and the visit lacks, and validateSession finds no units/ error or warning.
describe("calculateUnits' bill passes validateSession's unit checks, for any period family, any minutes, the add-on alone too", () => {
  const FAMILIES = [["92605", "92618"], ["92607", "92608"], ["92626", "92627"], ["97545", "97546"], [undefined, "96105"], [undefined, "96125"]] as const;
  const familyArb = fc.constantFrom(...FAMILIES).chain(([first, addOn]) =>
    fc.array(fc.tuple(fc.constantFrom(...(first ? [first, addOn] : [addOn])), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 3 }));
  const timedArb = fc.array(fc.tuple(fc.constantFrom("97110", "97530", "97129"), fc.integer({ min: 0, max: 60 })), { maxLength: 2 });

  it("no units/ error or warning, by either method", () => {
    fc.assert(fc.property(familyArb, timedArb, fc.constantFrom<"cms" | "ama">("cms", "ama"), (family, timed, method) => {
      const specs = [...family, ...timed];
      const r = calculateUnits(specs.map(([code, minutes]) => ({ code, minutes })), { method });
      const bill = billOf(r.explanation);
      const seen = new Set<string>();
      const lines = specs.map(([code, minutes]) => {
        const first = !seen.has(code);
        seen.add(code);
        return slpLine(code, minutes, first ? (r.lines.find((l) => l.code === code)?.units ?? 0) : 0);
      });
      for (const [code, units] of Object.entries(bill)) if (!seen.has(code)) lines.push(slpLine(code, 0, units));
      // Every unit of `lines` is in the bill, and every unit of the bill is on a line.
      const onLines: Record<string, number> = {};
      for (const l of lines) if (l.units) onLines[l.code] = (onLines[l.code] ?? 0) + l.units;
      expect(onLines).toEqual(bill);
      const s = { ...visit(lines), ...(method === "ama" ? { payer: { program: "commercial" as const, unitMethod: "ama" as const } } : {}) };
      expect(unitProblems(s), JSON.stringify(specs)).toEqual([]);
    }));
  });

  it("the family's billed units never decrease as a line's minutes grow (the add-on alone too)", () => {
    fc.assert(fc.property(familyArb, fc.nat(), fc.integer({ min: 0, max: 240 }), (family, at, more) => {
      const i = at % family.length;
      const total = (specs: readonly (readonly [string, number])[]) => Object.values(billOf(calculateUnits(specs.map(([code, minutes]) => ({ code, minutes }))).explanation)).reduce((n, u) => n + u, 0);
      const grown = family.map(([c, m], k) => [c, k === i ? m + more : m] as const);
      expect(total(grown), JSON.stringify({ family, i, more })).toBeGreaterThanOrEqual(total(family));
    }));
  });
});
