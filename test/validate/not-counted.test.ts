import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.js";
import { validateSession } from "../../src/validate.js";
import type { Session } from "../../src/model/index.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { withNotCounted } from "../../src/validate/not-counted.js";

/**
 * Fourteenth round (leftovers): a timed line without minutes (a FHIR Claim in units only, an EHR
 * that sends units) showed in `report.units` as `minutes: 0, units: 0`, which an integrator reads
 * as "0 units computed". Its code's entry now lists it in `notCounted`.
 */
const visit = (services: unknown[]) => ({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services });

describe("report.units says which lines were not counted", () => {
  it("97110 × 2 without minutes beside 97140 for 10 minutes: 97110 is not counted, not 0 units", () => {
    const report = validateSession(visit([{ code: "97110", units: 2, modifiers: ["GP"] }, { code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }]));
    expect(report.units?.lines).toEqual([
      { code: "97110", minutes: 0, units: 0, timed: true, notCounted: [0] },
      { code: "97140", minutes: 10, units: 1, timed: true },
    ]);
  });

  it("two lines of one code, one without minutes; 97546 without minutes; an untimed code needs none", () => {
    const report = validateSession(visit([{ code: "97110", minutes: 20 }, { code: "97162" }, { code: "97110", units: 1 }, { code: "97545", minutes: 120 }, { code: "97546" }]));
    expect(report.units?.lines.map((l) => [l.code, l.notCounted])).toEqual([["97110", [2]], ["97162", undefined], ["97545", undefined], ["97546", [4]]]);
  });

  // Twenty-second round (edge22, PERIOD-NOT-COUNTED): a period code's line without minutes showed as 0 units, unmarked.
  it.each<[string, unknown[], [string, number[] | undefined][]]>([
    ["96125 and 96105 without minutes", [{ code: "96125", units: 1 }, { code: "96105", units: 1 }], [["96125", [0]], ["96105", [1]]]],
    ["92605 without minutes, 92618 with", [{ code: "92605", units: 1 }, { code: "92618", minutes: 30, units: 1 }], [["92605", [0]], ["92618", undefined]]],
    ["92607 with minutes, 92608 on two lines, one without", [{ code: "92607", minutes: 60, units: 1 }, { code: "92608", minutes: 30, units: 1 }, { code: "92608", units: 1 }], [["92607", undefined], ["92608", [2]]]],
    ["92626 and 92627 without minutes", [{ code: "92627", units: 1 }, { code: "92626", units: 1 }], [["92627", [0]], ["92626", [1]]]],
    ["97545 without minutes keeps its unit, unmarked; 97546 marked", [{ code: "97545" }, { code: "97546" }], [["97545", undefined], ["97546", [1]]]],
  ])("a period code's line without minutes is marked: %s", (_, services, expected) => {
    const report = validateSession({ ...visit(services), provider: { discipline: "SLP" } });
    expect(report.units?.lines.map((l) => [l.code, l.notCounted])).toEqual(expected);
    expect(parseReport(JSON.parse(JSON.stringify(report)))).toBeTruthy();
  });

  it("many lines of a code without minutes: all listed in notCounted (130,000 stay fast)", () => {
    const many = validateSession(visit(Array.from({ length: 130_000 }, () => ({ code: "97110", units: 1 }))));
    expect(many.units?.lines[0]?.notCounted).toHaveLength(130_000);
  });

  it("many distinct codes without minutes: each marked, in one pass (a lookup per line among all codes was quadratic)", () => {
    // Counted, not timed: how many times the calculator's lines are read (n distinct codes: a few reads each, not n).
    const n = 2_000;
    const services = Array.from({ length: n }, (_, i) => ({ code: `Z${String(i).padStart(4, "0")}` }));
    const units = calculateUnits(services);
    let reads = 0;
    const lines = new Proxy(units.lines, { get: (t, k, r) => (typeof k === "string" && /^\d+$/.test(k) && reads++, Reflect.get(t, k, r)) });
    const marked = withNotCounted(visit(services) as Session, { ...units, lines });
    expect(marked.lines.map((l) => l.notCounted?.[0])).toEqual(services.map((_, i) => i));
    expect(reads).toBeLessThan(4 * n);
  });

  it("a visit whose lines all have minutes is unchanged (no notCounted key at all); 0 minutes given are counted", () => {
    const report = validateSession(visit([{ code: "97110", minutes: 0 }, { code: "97140", minutes: 10 }]));
    expect(report.units?.lines.some((l) => "notCounted" in l)).toBe(false);
  });

  it("therapy-claims/report reads the new reports and the ones written before (no notCounted), and refuses a bad one", () => {
    const now = JSON.parse(JSON.stringify(validateSession(visit([{ code: "97110", units: 2 }])))) as { units: { lines: Record<string, unknown>[] } };
    expect(parseReport(now)).toBe(now);
    const before = structuredClone(now);
    delete before.units.lines[0]!.notCounted;
    expect(parseReport(before)).toBe(before);
    before.units.lines[0]!.notCounted = [-1];
    expect(() => parseReport(before)).toThrow();
  });
});
