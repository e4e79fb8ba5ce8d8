import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlank } from "../../src/rules/line-report.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** The definition isBlank's shortcuts must agree with: nothing left once trimmed. */
const blankByDefinition = (text: string | undefined): boolean => text === undefined || text.trim().length === 0;

/** Whitespace that trim() removes (ASCII and Unicode) and characters it keeps, so both ends of a text vary. */
const PIECES = [" ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u200b", "x", "!", "~", "\u007f", "\u0000", "é"];

describe("isBlank", () => {
  it.each([
    [undefined, true],
    ["", true],
    [" \t\n\r", true],
    ["\u00a0\u2007\u202f\u3000", true],
    ["x", false],
    // Visible ASCII only at the end: the shortcut on the last character.
    ["\u3000\u3000x", false],
    ["\u3000x\u3000", false],
    // U+200B is not whitespace to trim(), U+007F (DEL) is not visible ASCII: trim decides.
    ["\u200b", false],
    ["\u007f", false],
  ] as const)("isBlank(%j) is %s", (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });

  it("agrees with trim() for any text made of whitespace and other characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join("")), (text) => {
        expect(isBlank(text)).toBe(blankByDefinition(text));
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => {
      expect(isBlank(text)).toBe(blankByDefinition(text));
    }), { numRuns: FUZZ_RUNS });
  });
});
