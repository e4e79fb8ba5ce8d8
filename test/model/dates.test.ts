import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockMinutes, clockMinutesOrMinusOne, isIsoDate } from "../../src/model/dates.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";
import * as oracle from "../oracles/dates.js";

describe("isIsoDate and clockMinutes agree with the regular-expression readers they replaced (test/oracles/dates.ts)", () => {
  it("every YYYY-MM-DD with months 00–13 and days 00–32 over years around every leap rule and the 0–99 edge", () => {
    for (const year of [0, 1, 4, 50, 99, 100, 104, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isIsoDate(text), text).toBe(oracle.isIsoDate(text));
        }
      }
    }
  });

  it("every day of 1899–2101 and near misses of each (a character changed, added or removed)", () => {
    const near = ["", "0", "9", "-", "/", " ", "a", "٣", "１"];
    // ~2 million comparisons: each disagreement is collected with its text, and checked once at the
    // end (an expect() per text took 14 s of the suite's time; the texts and comparisons are the same).
    const rejected: string[] = [];
    const disagree: string[] = [];
    let compared = 0;
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000 * 7) {
      const text = new Date(t).toISOString().slice(0, 10);
      if (isIsoDate(text) !== true) rejected.push(text);
      for (let i = 0; i <= text.length; i++) {
        for (const c of near) {
          const changed = text.slice(0, i) + c + text.slice(i + 1);
          const added = text.slice(0, i) + c + text.slice(i);
          if (isIsoDate(changed) !== oracle.isIsoDate(changed)) disagree.push(changed);
          if (isIsoDate(added) !== oracle.isIsoDate(added)) disagree.push(added);
          compared += 2;
        }
      }
    }
    expect(rejected).toEqual([]);
    expect(disagree).toEqual([]);
    expect(compared).toBe(10_592 * 11 * near.length * 2);
  });

  it("every HH:MM from 00:00 to 99:99, and any short text", () => {
    for (let h = 0; h <= 99; h++) {
      for (let m = 0; m <= 99; m++) {
        const text = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(clockMinutes(text), text).toBe(oracle.clockMinutes(text));
        expect(clockMinutesOrMinusOne(text), text).toBe(oracle.clockMinutes(text) ?? -1);
      }
    }
    const dateLike = fc.stringMatching(/^[0-9:\-/ ]{0,11}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 11 }), dateLike), (text) => {
        expect(clockMinutes(text)).toBe(oracle.clockMinutes(text));
        expect(isIsoDate(text)).toBe(oracle.isIsoDate(text));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});
