import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_ROWS, getCode } from "../../src/catalog/index.js";
import type { Session } from "../../src/model/session.js";
import { checkUnits } from "../../src/units/check-units.js";
import { PERIOD_FAMILIES } from "../../src/units/check-hourly.js";
import { calculateUnits, isTimedCode, UNTIMED_CODES } from "../../src/units/index.js";
import { PERIOD_MINUTES, periodUnits } from "../../src/units/timing.js";
import { validateSession } from "../../src/validate.js";

// Twenty-first round (hours21): the SLP evaluations and tests billed per hour, with add-ons per
// further 30 or 15 minutes. Sources: ASHA's Medicare CPT coding rules for SLP services
// ("designation of time": a timed code needs at least 51% of its period), the MAC article A52866.

const visit = (services: Session["services"], extra: Partial<Session> = {}): Session => ({ dateOfService: "2026-11-20", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLP" }, services, ...extra });
const rules = (services: Session["services"]) => checkUnits(visit(services)).map((f) => f.rule);

describe("the catalog's period codes", () => {
  it.each<[string, number, string | undefined, string[], boolean]>([
    ["92605", 60, undefined, ["SLP"], true],
    ["92618", 30, "92605", ["SLP"], true],
    ["92607", 60, undefined, ["SLP"], true],
    ["92608", 30, "92607", ["SLP"], true],
    ["92626", 60, undefined, ["SLP"], false],
    ["92627", 15, "92626", ["SLP"], false],
    ["96105", 60, undefined, ["SLP"], true],
    ["96125", 60, undefined, ["OT", "PT", "SLP"], false],
  ])("%s: untimed in the 15-minute sense, %i minutes a unit, add-on to %s, billed by %j", (code, minutes, addOnTo, disciplines, always) => {
    const row = getCode(code, "2026-11-20");
    expect(row).toMatchObject({ timed: false, unitMinutes: minutes, alwaysTherapy: always, active: true });
    expect(row?.addOnTo).toBe(addOnTo);
    expect([...(row?.disciplines ?? [])].sort()).toEqual(disciplines);
    expect(isTimedCode(code)).toBe(false);
    expect(UNTIMED_CODES).toContain(code);
  });

  it("PERIOD_MINUTES (the ./units copy) agrees with the catalog's unitMinutes, negative exactly for a first period with an add-on", () => {
    const withUnit = CODE_ROWS.filter((r) => r.unitMinutes !== undefined);
    expect(Object.keys(PERIOD_MINUTES).sort()).toEqual(withUnit.map((r) => r.code).sort());
    for (const r of withUnit) {
      const hasAddOn = CODE_ROWS.some((a) => a.addOnTo === r.code);
      expect(PERIOD_MINUTES[r.code], r.code).toBe(hasAddOn ? -(r.unitMinutes as number) : r.unitMinutes);
    }
  });

  it("every add-on of the catalog has one add-on check, with its catalog primary", () => {
    const checked = new Map<string, string>([["97130", "97129"], ["97598", "97597"]]);
    for (const f of PERIOD_FAMILIES) if (f.first !== undefined) checked.set(f.addOn, f.first);
    const addOns = CODE_ROWS.filter((r) => r.addOnTo !== undefined);
    expect(addOns.map((r) => [r.code, r.addOnTo]).sort()).toEqual([...checked].sort());
    for (const f of PERIOD_FAMILIES) expect(getCode(f.addOn)?.unitMinutes, f.addOn).toBe(f.period);
  });
});

describe("units of the period codes", () => {
  it("the lead's CLI case: 96125 60 min × 1 with 92507 × 1 (Medicare, GN) is clean; nothing counted as 15-minute units", () => {
    const s = visit([
      { code: "96125", minutes: 60, units: 1, modifiers: ["GN"] },
      { code: "92507", units: 1, modifiers: ["GN"] },
    ], { totalTimedMinutes: 0 });
    const r = calculateUnits(s.services);
    expect(r.totalTimedMinutes).toBe(0);
    expect(r.lines).toEqual([{ code: "96125", minutes: 60, units: 1, timed: false }, { code: "92507", minutes: 0, units: 1, timed: false }]);
    expect(r.explanation).toContain("96125 is billed by the hour: 1 unit (60 min, not timed minutes)");
    const found = validateSession(s).findings.map((f) => f.rule);
    for (const rule of ["catalog/unknown-code", "units/total-timed-mismatch", "units/below-time", "units/exceeds-time"]) expect(found).not.toContain(rule);
  });

  it.each<[string, Session["services"], string[]]>([
    // The partial-hour edges: a period counts once more than half of it is spent.
    ["96125 30 min × 1: the hour is not reached", [{ code: "96125", minutes: 30, units: 1 }], ["units/exceeds-time"]],
    ["96125 31 min × 1", [{ code: "96125", minutes: 31, units: 1 }], []],
    ["96125 90 min × 1", [{ code: "96125", minutes: 90, units: 1 }], []],
    ["96125 91 min × 1: the second hour is reached", [{ code: "96125", minutes: 91, units: 1 }], ["units/below-time"]],
    ["96125 91 min × 2", [{ code: "96125", minutes: 91, units: 2 }], []],
    ["96125 60 min × 4 (the old advice)", [{ code: "96125", minutes: 60, units: 4 }], ["units/exceeds-time"]],
    ["96105 45 min × 1", [{ code: "96105", minutes: 45, units: 1 }], []],
    ["92607 30 min × 1: the first hour is not reached", [{ code: "92607", minutes: 30, units: 1 }], ["units/exceeds-time"]],
    ["92607 31 min × 1", [{ code: "92607", minutes: 31, units: 1 }], []],
    ["92607 60 min + 92608 30 min × 1 (90 in all)", [{ code: "92607", minutes: 60, units: 1 }, { code: "92608", minutes: 30, units: 1 }], []],
    ["92607 60 min + 92608 15 min × 1: 15 of 30 is not past the midpoint", [{ code: "92607", minutes: 60, units: 1 }, { code: "92608", minutes: 15, units: 1 }], ["units/exceeds-time"]],
    ["92607 60 min + 92608 16 min × 1", [{ code: "92607", minutes: 60, units: 1 }, { code: "92608", minutes: 16, units: 1 }], []],
    ["92607 90 min × 1, written on the first code: 92608 × 1 is due", [{ code: "92607", minutes: 90, units: 1 }], ["units/below-time"]],
    ["92607 × 2", [{ code: "92607", minutes: 120, units: 2 }], ["units/92607-over-one"]],
    ["92608 alone", [{ code: "92608", minutes: 30, units: 1 }], ["units/92608-without-92607"]],
    ["92618 alone", [{ code: "92618", minutes: 30, units: 1 }], ["units/92618-without-92605"]],
    ["92627 alone", [{ code: "92627", minutes: 15, units: 1 }], ["units/92627-without-92626"]],
    ["92605 60 + 92618 46 min × 2", [{ code: "92605", minutes: 60, units: 1 }, { code: "92618", minutes: 46, units: 2 }], []],
    ["92626 60 + 92627 7 min × 1: 7 of 15 is not past the midpoint", [{ code: "92626", minutes: 60, units: 1 }, { code: "92627", minutes: 7, units: 1 }], ["units/exceeds-time"]],
    ["92626 60 + 92627 8 min × 1", [{ code: "92626", minutes: 60, units: 1 }, { code: "92627", minutes: 8, units: 1 }], []],
    ["96125 × 1 with no minutes: info, not a false error", [{ code: "96125", units: 1 }], ["units/missing-minutes"]],
    ["96125 60 min with no units", [{ code: "96125", minutes: 60 }], ["units/missing-units"]],
    ["96125 × 2 is not untimed-over-one", [{ code: "96125", minutes: 120, units: 2 }], []],
  ])("%s", (_name, services, expected) => {
    expect(rules(services)).toEqual(expected);
  });

  it("a line without minutes is info; the fix of 92607 × 1 at 20 minutes says why; 96125's missing units name what to bill", () => {
    expect(checkUnits(visit([{ code: "96125", units: 1 }]))[0]).toMatchObject({ rule: "units/missing-minutes", severity: "info" });
    const [under] = checkUnits(visit([{ code: "92607", minutes: 20, units: 1 }]));
    expect(under?.message).toBe("92607 is billed, but the speech-generating device evaluation lines' 20 minutes do not pass the midpoint of its first hour (31 minutes are needed).");
    expect(checkUnits(visit([{ code: "96125", minutes: 150 }]))[0]?.fix).toBe("State the units; bill 96125 × 2.");
    expect(checkUnits(visit([{ code: "96125", minutes: 60, units: 4 }]))[0]?.fix).toBe("Bill 96125 × 1 or fewer.");
    expect(checkUnits(visit([{ code: "92608", minutes: 30, units: 1 }]))[0]?.message).toBe("92608 is an add-on to 92607 (each further half hour after the first hour) but is billed without it.");
  });

  it("work hardening keeps its messages through the shared checker", () => {
    expect(checkUnits(visit([{ code: "97545", minutes: 180 }]))[0]?.message).toBe("97545 has no billed units; the day's 180 minutes of work hardening give 97545 × 1 and 97546 × 1 (97545 is the first two hours, 97546 each further whole hour).");
    const [alone] = checkUnits(visit([{ code: "97546", minutes: 60, units: 1 }]));
    expect([alone?.message, alone?.fix]).toEqual(["97546 is an add-on to 97545 (each hour after the first two) but is billed without it.", "Bill the first two hours of the program day as 97545 and only the further hours as 97546."]);
    expect(checkUnits(visit([{ code: "97545", minutes: 120, units: 2 }]))[0]?.fix).toBe("Bill 97545 × 1 and each further hour as 97546.");
  });

  // Twenty-second round (units22, CALC-SPLIT): 92607 and 92608 are one evaluation, their minutes added (136: the first
  // hour and 76 more, 3 half hours past their midpoint); 92608 was given 2 units for its own 46 minutes. 92627 alone: its
  // 8 minutes are within 92626's first hour, so no further quarter hour (it was 1).
  it("the calculator gives a pair's added minutes the periods past their midpoint, a first hour at most 1", () => {
    const r = calculateUnits([{ code: "92607", minutes: 90 }, { code: "92608", minutes: 46 }, { code: "96125", minutes: 151 }, { code: "92627", minutes: 8 }]);
    expect(r.lines.map((l) => [l.code, l.units, l.timed])).toEqual([["92607", 1, false], ["92608", 3, false], ["96125", 3, false], ["92627", 0, false]]);
    expect(r.totalUnits).toBe(0);
    expect(r.explanation).toContain("92608 is billed per 30 minutes after 92607's first 60 minutes: 3 units (46 min + 92607's 90, not timed minutes)");
  });
});

describe("properties of the period codes", () => {
  const periodCode = fc.constantFrom("92605", "92607", "92608", "92618", "92626", "92627", "96105", "96125");
  const timedLine = fc.record({ code: fc.constantFrom("97110", "97140", "97530", "97129", "97130", "97035"), minutes: fc.integer({ min: 0, max: 90 }) });

  it("adding a period-code line never changes the timed units or minutes of the other lines", () => {
    fc.assert(
      fc.property(fc.array(timedLine, { maxLength: 6 }), periodCode, fc.integer({ min: 0, max: 300 }), fc.nat(6), fc.constantFrom("cms" as const, "ama" as const), (lines, code, minutes, at, method) => {
        const before = calculateUnits(lines, { method });
        const withIt: { code: string; minutes: number }[] = [...lines];
        withIt.splice(Math.min(at, lines.length), 0, { code, minutes });
        const after = calculateUnits(withIt, { method });
        expect(after.totalTimedMinutes).toBe(before.totalTimedMinutes);
        expect(after.totalUnits).toBe(before.totalUnits);
        expect(after.lines.filter((l) => l.timed)).toEqual(before.lines.filter((l) => l.timed));
      }),
    );
  });

  it("units never decrease as minutes grow (calculator and periodUnits), and never reach a period before its midpoint", () => {
    fc.assert(
      fc.property(periodCode, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 120 }), (code, m, more) => {
        const u = (x: number) => calculateUnits([{ code, minutes: x }]).lines[0]?.units ?? 0;
        expect(u(m + more)).toBeGreaterThanOrEqual(u(m));
        const p = Math.abs(PERIOD_MINUTES[code] as number);
        expect(periodUnits(m + more, p)).toBeGreaterThanOrEqual(periodUnits(m, p));
        // n periods need more than (n - 1) whole periods and half of the next.
        const n = periodUnits(m, p);
        if (n > 0) expect(m).toBeGreaterThan((n - 1) * p + p / 2);
        expect(m).toBeLessThanOrEqual(n * p + p / 2);
      }),
    );
  });

  it("billing what the calculator gives for a family's minutes raises no units finding", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_FAMILIES.filter((f) => f.midpoint)), fc.integer({ min: 31, max: 400 }), (f, minutes) => {
        const services: Session["services"] = f.first === undefined
          ? [{ code: f.addOn, minutes, units: periodUnits(minutes, f.period) }]
          : [{ code: f.first, minutes: Math.min(minutes, 60), units: 1 }, ...(minutes > 60 && periodUnits(minutes - 60, f.period) > 0 ? [{ code: f.addOn, minutes: minutes - 60, units: periodUnits(minutes - 60, f.period) }] : [])];
        expect(checkUnits(visit(services))).toEqual([]);
      }),
    );
  });
});
