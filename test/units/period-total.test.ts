import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkUnits } from "../../src/units/check-units.js";

// Twenty-second round (edge22, PERIOD-TOTAL): a note's total timed minutes that counts 96125's hour (a biller
// adding every minute of a timed code) drew units/total-timed-mismatch, and a total that counted the period
// codes beside an untimed code's minutes called 96125 "untimed". MBPM ch. 15 §220.3 E asks for the "total timed
// code treatment minutes" consistent with the billing and points to Pub. 100-04 ch. 5 §20.2 (15-minute codes);
// 96125 is a timed code too (per hour), so either total is accepted.

const visit = (services: Session["services"], totalTimedMinutes: number): Session => ({ dateOfService: "2026-11-20", payer: { program: "medicare" }, provider: { discipline: "SLP", credential: "SLP" }, services, totalTimedMinutes });
const mismatch = (services: Session["services"], total: number) => checkUnits(visit(services, total)).find((f) => f.rule === "units/total-timed-mismatch");

const cognitive: Session["services"] = [{ code: "96125", minutes: 60, units: 1 }, { code: "97129", minutes: 15, units: 1 }];
const withEval: Session["services"] = [...cognitive, { code: "92523", minutes: 45, units: 1 }];

describe("total timed minutes beside a code billed by a longer period", () => {
  it.each<[string, Session["services"], number]>([
    ["the 15-minute codes' minutes (96125's hour left out)", cognitive, 15],
    ["the 15-minute codes' and 96125's minutes", cognitive, 75],
    ["92607 + 92608 (90 min) and 97110 20 min: 110", [{ code: "92607", minutes: 60, units: 1 }, { code: "92608", minutes: 30, units: 1 }, { code: "97110", minutes: 20, units: 1 }], 110],
    ["work hardening's 180 minutes and 97110's 10: 190", [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 1 }, { code: "97110", minutes: 10, units: 1 }], 190],
  ])("no mismatch: %s", (_, services, total) => {
    expect(mismatch(services, total)).toBeUndefined();
  });

  it("a total that is neither names both sums, and 96125 as billed by a longer period, not untimed", () => {
    const f = mismatch(cognitive, 70);
    expect(f?.message).toBe("The note documents 70 total timed minutes, but the timed lines add up to 15, or 75 with the minutes of 96125, billed by a longer period.");
    expect(f?.fix).toBe("Correct the total timed minutes to 15 or 75, or the lines' minutes, so they agree.");
  });

  it.each([
    ["with 96125's hour", 120],
    ["without it", 60],
  ])("a total that counts an evaluation's minutes too (%s) names the evaluation alone as untimed", (_, total) => {
    const f = mismatch(withEval, total);
    expect(f?.message).toContain("; the total counts the minutes of untimed 92523 too.");
    expect(f?.message).not.toMatch(/untimed[^.]*96125/);
    expect(f?.fix).toBe(`Leave the minutes of 92523 out of the total timed minutes (${total - 45}): untimed minutes count in the total treatment minutes only.`);
  });

  it("a visit without period codes keeps its words", () => {
    const f = mismatch([{ code: "97110", minutes: 30, units: 2 }], 40);
    expect([f?.message, f?.fix]).toEqual(["The note documents 40 total timed minutes, but the timed lines add up to 30.", "Correct the total timed minutes or the lines' minutes so they agree."]);
  });

  it("property: a total equal to the 15-minute minutes or to them plus the period codes' is never a mismatch; any other total is", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: -5, max: 5 })), fc.constantFrom("96125", "96105", "92607", "92626"), (timed, periodMinutes, pick, code) => {
        // The total is the 15-minute codes' minutes, those plus the period code's, or near either.
        const total = Math.max(0, pick === 1 ? timed + periodMinutes : timed + pick);
        const services: Session["services"] = [{ code: "97110", minutes: timed, units: 1 }, { code, minutes: periodMinutes, units: 1 }];
        const found = mismatch(services, total);
        expect(found === undefined).toBe(total === timed || total === timed + periodMinutes);
        if (found) expect(found.message).not.toContain("untimed");
      }),
    );
  });
});
