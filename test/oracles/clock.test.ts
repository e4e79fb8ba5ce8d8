import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockMinutes } from "../../src/model/dates.js";
import { clockMinutesOf } from "../../src/units/clock.js";
import { FUZZ_RUNS } from "./sessions.js";

describe("clockMinutesOf is the model's clockMinutes (a regular expression)", () => {
  it("on every HH:MM and H:MM made of digits and a few other characters", () => {
    const chars = ["0", "1", "2", "3", "4", "5", "6", "9", ":", "a", " ", "\u0660", "/"];
    for (const a of chars) for (const b of chars) for (const c of chars) for (const d of chars) {
      for (const s of [`${a}${b}:${c}${d}`, `${a}${b}${c}${d}`, `${a}:${b}${c}`, `${a}${b}:${c}${d}\n`]) expect(clockMinutesOf(s)).toBe(clockMinutes(s));
    }
  });
  it("on every minute of the day and on any string", () => {
    for (let m = 0; m < 24 * 60; m++) {
      const s = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      expect(clockMinutesOf(s)).toBe(m);
    }
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 7 }), fc.stringMatching(/^\d{1,3}:\d{1,3}$/)), (s) => {
      expect(clockMinutesOf(s)).toBe(clockMinutes(s));
    }), { numRuns: FUZZ_RUNS * 50 });
  });
});
