import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { CODE_ROWS } from "../../src/catalog/index.js";
import { PERIOD_FAMILIES } from "../../src/units/check-hourly.js";
import { calculateUnits } from "../../src/units/index.js";
import { PERIOD_MINUTES, PERIOD_PAIRS } from "../../src/units/timing.js";
import { validateSession } from "../../src/validate.js";

// CALC-SPLIT (twenty-second round, units22): a first period billed once a day and its add-on are one
// service. calculateUnits gave each line the units of its own minutes, while validateSession
// (src/units/check-hourly.ts) adds the family's minutes first, so 92607 40 min + 92608 60 min was
// told "bill 92607 × 1, 92608 × 2", which validateSession called units/exceeds-time. The calculator
// now pools the family's minutes as the checker does: the first code takes the first period (60
// minutes; 97545 the first two hours), the add-on the periods past it (ASHA's "designation of
// time": a period counts once more than half of it is spent; 97546 whole hours only).

/** The families with a first period billed once a day: [first, add-on]. */
const FAMILIES = [["92605", "92618"], ["92607", "92608"], ["92626", "92627"], ["97545", "97546"]] as const;

const slpLine = (code: string, minutes: number, units?: number): ServiceLine =>
  ({ code, minutes, ...(units === undefined ? {} : { units }), modifiers: ["GN"], goalIds: ["G1"], activity: "Speech-generating device evaluation: trialed two devices, scored and interpreted" });
const visit = (services: readonly ServiceLine[]): Session =>
  ({ dateOfService: "2026-11-20", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLP" }, services: [...services] });
const unitRules = (s: Session, severities: readonly string[]) => validateSession(s).findings.filter((f) => f.rule.startsWith("units/") && severities.includes(f.severity)).map((f) => f.rule);

/** Units per code of a result. */
const unitsOf = (lines: readonly { code: string; minutes?: number }[]) => Object.fromEntries(calculateUnits(lines).lines.map((l) => [l.code, l.units]));

/** A family's lines: one to three of each code, in any order, with any minutes (0..300). */
const familyLines = fc
  .tuple(fc.constantFrom(...FAMILIES), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }), fc.boolean())
  .chain(([[first, addOn], a, b, firstFirst]) => {
    const lines = [...a.map((minutes) => ({ code: first as string, minutes })), ...b.map((minutes) => ({ code: addOn as string, minutes }))];
    return fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }).map((shuffled) => ({ first, addOn, firstFirst, lines: shuffled }));
  });

describe("calculateUnits pools a period family's minutes as validateSession does", () => {
  it("PERIOD_PAIRS (the ./units copy) are the catalog's period add-ons and their first codes, and check-hourly's families", () => {
    const ours: [string, string][] = [];
    for (let i = 0; i < PERIOD_PAIRS.length; i += 2) ours.push([PERIOD_PAIRS[i]!, PERIOD_PAIRS[i + 1]!]);
    const catalog = CODE_ROWS.filter((r) => r.addOnTo !== undefined && r.unitMinutes !== undefined).map((r) => [r.addOnTo, r.code]);
    expect([...ours].sort()).toEqual(catalog.sort());
    expect([...ours].sort()).toEqual(PERIOD_FAMILIES.filter((f) => f.first !== undefined).map((f) => [f.first, f.addOn]).sort());
    // A first code's period is negative in PERIOD_MINUTES (once a day), its add-on's positive.
    for (const [first, addOn] of ours) expect([Math.sign(PERIOD_MINUTES[first]!), Math.sign(PERIOD_MINUTES[addOn]!)], first).toEqual([-1, 1]);
  });

  it.each<[string, [string, number][], Record<string, number>]>([
    // 100 minutes: the first hour (92607 × 1) and 40 more, one half hour past its midpoint (92608 × 1).
    ["92607 40 + 92608 60 min", [["92607", 40], ["92608", 60]], { "92607": 1, "92608": 1 }],
    ["92607 60 + 92608 46 min: 46 past the hour are 2 half hours", [["92607", 60], ["92608", 46]], { "92607": 1, "92608": 2 }],
    ["92607 90 + 92608 46 min: 76 past the hour", [["92607", 90], ["92608", 46]], { "92607": 1, "92608": 3 }],
    ["92607 0 + 92608 45 min: the hour is reached (45 min), nothing past it", [["92607", 0], ["92608", 45]], { "92607": 1, "92608": 0 }],
    ["92607 20 + 92608 10 min: 30 min do not pass the first hour's midpoint", [["92607", 20], ["92608", 10]], { "92607": 0, "92608": 0 }],
    ["92626 0 + 92627 8 min", [["92626", 0], ["92627", 8]], { "92626": 0, "92627": 0 }],
    ["92626 50 + 92627 18 min: 8 min past the hour are a quarter hour", [["92626", 50], ["92627", 18]], { "92626": 1, "92627": 1 }],
    ["92605 45 + 92618 20 min: 65 min, 5 past the hour", [["92605", 45], ["92618", 20]], { "92605": 1, "92618": 0 }],
    ["92618 before 92605 in the lines", [["92618", 50], ["92605", 30]], { "92618": 1, "92605": 1 }],
    ["97545 60 + 97546 60 min: the first two hours", [["97545", 60], ["97546", 60]], { "97545": 1, "97546": 0 }],
    ["97545 100 + 97546 100 min: 80 past two hours, one whole hour", [["97545", 100], ["97546", 100]], { "97545": 1, "97546": 1 }],
    ["97545 120 + 97546 150 min", [["97545", 120], ["97546", 150]], { "97545": 1, "97546": 2 }],
    // The add-on alone: its minutes are the family's, the first period is its first code's (validateSession then asks for that code).
    ["92608 90 min alone: 30 past 92607's hour", [["92608", 90]], { "92608": 1 }],
    ["92627 8 min alone", [["92627", 8]], { "92627": 0 }],
    ["97546 180 min alone", [["97546", 180]], { "97546": 1 }],
    // A code billed per hour, with no first code, and the families side by side: each counts its own.
    ["96125 91 min beside 92607 40 + 92608 60", [["96125", 91], ["92607", 40], ["92608", 60]], { "96125": 2, "92607": 1, "92608": 1 }],
    ["92607 40 + 92618 60: two families, each alone", [["92607", 40], ["92618", 60]], { "92607": 1, "92618": 0 }],
  ])("%s", (_name, split, expected) => {
    expect(unitsOf(split.map(([code, minutes]) => ({ code, minutes })))).toEqual(expected);
  });

  it("says which minutes it added and what the add-on counts after", () => {
    const r = calculateUnits([{ code: "92607", minutes: 40 }, { code: "92608", minutes: 60 }]);
    // No 15-minute code: no method and no "0 timed minutes allow 0 units" (NO-TIMED, twenty-third round).
    expect(r.explanation).toEqual([
      "92607 is billed by the hour: 1 unit (40 min + 92608's 60, not timed minutes)",
      "92608 is billed per 30 minutes after 92607's first 60 minutes: 1 unit (60 min + 92607's 40, not timed minutes)",
      "bill 92607 × 1, 92608 × 1",
    ]);
    expect(r.lines).toEqual([{ code: "92607", minutes: 40, units: 1, timed: false }, { code: "92608", minutes: 60, units: 1, timed: false }]);
    expect(calculateUnits([{ code: "97546", minutes: 60 }, { code: "97545", minutes: 60 }]).explanation.slice(0, 2)).toEqual([
      "97546 is billed by the hour after 97545's first 120 minutes: 0 units (60 min + 97545's 60, not timed minutes)",
      "97545 is billed by the hour: 1 unit (60 min + 97546's 60, not timed minutes)",
    ]);
    // An add-on alone: the sentence names the first period it counts after; a code billed per hour alone is as before; the
    // add-on's first code is counted last, for the bill (ADD-ON-ALONE, twenty-third round).
    expect(calculateUnits([{ code: "92627", minutes: 75 }, { code: "96125", minutes: 91 }]).explanation).toEqual([
      "92627 is billed per 15 minutes after 92626's first 60 minutes: 1 unit (75 min, not timed minutes)",
      "96125 is billed by the hour: 2 units (91 min, not timed minutes)",
      "92626 is billed by the hour: 1 unit (0 min + 92627's 75, not timed minutes)",
      "bill 92627 × 1, 96125 × 2, 92626 × 1",
    ]);
  });

  it("the units calculateUnits gives a family's lines, billed on them, draw no units/ error or warning from validateSession", () => {
    fc.assert(
      fc.property(familyLines, ({ lines }) => {
        const units = unitsOf(lines);
        // One line per code in the result: its units go on the code's first line, 0 on the others.
        const seen = new Set<string>();
        const billed = lines.map(({ code, minutes }) => slpLine(code, minutes, seen.has(code) ? 0 : (seen.add(code), units[code])));
        expect(unitRules(visit(billed), ["error", "warning"]), JSON.stringify({ lines, units })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("without units, validateSession's fix names the units calculateUnits gives", () => {
    fc.assert(
      fc.property(familyLines, ({ first, addOn, lines }) => {
        const units = unitsOf(lines);
        const fix = validateSession(visit(lines.map(({ code, minutes }) => slpLine(code, minutes)))).findings.find((f) => f.rule === "units/missing-units")?.fix ?? "";
        const told = Object.fromEntries([...fix.matchAll(/(\d{5}) × (\d+)/g)].map((m) => [m[1], Number(m[2])]));
        expect({ [first]: told[first] ?? 0, [addOn]: told[addOn] ?? 0 }, `${JSON.stringify(lines)}: ${fix}`).toEqual({ [first]: units[first], [addOn]: units[addOn] });
      }),
      { numRuns: 300 },
    );
  });
});
