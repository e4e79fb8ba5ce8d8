import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { upper } from "../../src/units/upper.js";
import { FUZZ_RUNS } from "./sessions.js";

describe("upper is String.prototype.toUpperCase", () => {
  it("on every single UTF-16 code unit, and on each after a capital", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(upper(s)).toBe(s.toUpperCase());
      expect(upper(`G${s}`)).toBe(`G${s}`.toUpperCase());
    }
  });
  it("on any string (full unicode, lone surrogates included)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9A-Za-z]{2,5}$/)), (s) => {
        expect(upper(s)).toBe(s.toUpperCase());
      }),
      { numRuns: FUZZ_RUNS * 20 },
    );
  });
});
