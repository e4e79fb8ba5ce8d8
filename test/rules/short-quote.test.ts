import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUOTED, shortQuote } from "../../src/rules/short-quote.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

describe("shortQuote", () => {
  it.each([
    ["G1", "G1"],
    ["123456789012", "123456789012"],
    ["1234567890123", "123456789012…"],
    ["12345678901\u{1F600}x", "12345678901…"], // the pair would be cut after its high half
  ])("quotes %j as %j", (text, quoted) => expect(shortQuote(text)).toBe(quoted));

  it("is a prefix of 12 code units (11 before a pair) plus '…'", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const q = shortQuote(text);
        if (text.length <= MAX_QUOTED) {
          expect(q).toBe(text);
          return;
        }
        expect(q.endsWith("…")).toBe(true);
        // Cut before the 12th code unit when it is the high half of a pair, so no pair is split.
        const high = text.charCodeAt(MAX_QUOTED - 1);
        expect(q.slice(0, -1)).toBe(text.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
