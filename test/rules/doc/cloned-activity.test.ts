import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import { sameText } from "../../../src/rules/doc/cloned-activity.js";
import type { Session } from "../../../src/model/session.js";
import { deepFreeze, FUZZ_RUNS } from "../../fuzz/arbitraries.js";
import { findingsOf, line, ruleTable, session } from "../helpers.js";

const ID = "doc/cloned-activity";
const TEXT = "Sit to stand x10, LAQ 2x10, step ups 2x10 w/ VC for eccentric control";
const two = (a: string, codeA: string, b: string, codeB: string): Session => session({ services: [line(codeA, a), line(codeB, b)] });

// Twentieth round (rules20): the same activity text on lines of different codes.
ruleTable(ID, "warning", {
  flags: [
    ["one text on 97110 and 97530", two(TEXT, "97110", TEXT, "97530"), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["services", 0, "activity"], ["services", 1, "activity"]]);
      expect(f.map((x) => x.codes)).toEqual([["97110"], ["97530"]]);
      expect(f[0]!.message).toContain("the same as the 97530 line's");
      expect(f[1]!.message).toContain("the same as the 97110 line's");
      // A short phrase only, never the whole text.
      expect(f[0]!.message).toContain('"Sit to stand…"');
      expect(f[0]!.message).not.toContain("eccentric");
      expect(f[0]!.fix).toContain("97110");
      expect(f[0]!.fix).toContain("97530");
    }],
    ["case, spacing and line breaks differ", two(TEXT, "97110", `  ${TEXT.toUpperCase().replace(/ /g, "   ")}\n`, "97530")],
    ["corpus: SLR, bridges and SLS on 97110 and 97112", two("SLR 3x10, bridges 3x10, SLS 3x30 sec, VC for form", "97110", "SLR 3x10, bridges 3x10, SLS 3x30 sec, VC for form", "97112")],
    ["three lines, two codes: each line of the group", session({ services: [line("97110", TEXT), line("97110", TEXT), line("97530", TEXT)] }), undefined, (f) => {
      expect(f.map((x) => x.path![1])).toEqual([0, 1, 2]);
    }],
    ["only the copied pair of three lines", session({ services: [line("97140", "STM L UT 8 min, gr III PA glides C5-6"), line("97110", TEXT), line("97530", TEXT)] }), undefined, (f) => {
      expect(f.map((x) => x.path![1])).toEqual([1, 2]);
    }],
    ["code written in lower case and with spaces is still another code", two(TEXT, " 97110 ", TEXT, "97530")],
    // Twenty-first round (gaps21, CLONED-WORDS): text of enough words with no lexicon term is not vague, so a copy of it is cloned.
    ["an orthosis text with no lexicon term on 97760 and 97140", two("Resting hand orthosis fit and adjusted, MCPs 60 deg flex, IPs ext; pt ed on wear and skin checks", "97760", "Resting hand orthosis fit and adjusted, MCPs 60 deg flex, IPs ext; pt ed on wear and skin checks", "97140")],
  ],
  passes: [
    // Twenty-first round (gaps21), counter-case of CLONED-WORDS: two words with no lexicon term stay doc/activity-too-vague's.
    ["two words naming no work on two lines are doc/activity-too-vague's", two("Orthosis fitted", "97760", "Orthosis fitted", "97140")],
    ["different texts (counter-case)", two("LAQ 2x10, step ups 6 in 2x10 for quad strength", "97110", "Sit to stand from low chair x10 w/o UE, floor to waist lift x5", "97530")],
    ["alike but not the same: one more exercise", two("SLR 3x10, bridges 3x10", "97110", "SLR 3x10, bridges 3x10, clams 3x10", "97112")],
    ["one code on two lines (a service in two time blocks)", two(TEXT, "97110", TEXT, "97110")],
    ["one code in two cases", two(TEXT, "97110", TEXT, " 97110")],
    ["vague text on two lines is doc/activity-too-vague's", two("Ther ex per flowsheet", "97110", "Ther ex per flowsheet", "97530")],
    ["a dose alone on two lines is doc/activity-too-vague's", two("3x10", "97110", "3x10", "97530")],
    ["one line", session({ services: [line("97110", TEXT)] })],
    ["blank activities", two("  ", "97110", "  ", "97530")],
    ["no activity", two(undefined as unknown as string, "97110", undefined as unknown as string, "97530")],
  ],
});

describe(`${ID} on long and many lines`, () => {
  it("compares two 1 MiB lines that differ only at the end in linear time", () => {
    const long = "SLR 3x10, bridges 3x10; ".repeat(43_691);
    expect(long.length).toBeGreaterThan(1_048_576);
    const start = performance.now();
    expect(findingsOf(ID, two(`${long}a`, "97110", `${long}b`, "97530"))).toEqual([]);
    const found = findingsOf(ID, two(long, "97110", long.toUpperCase(), "97530"));
    expect(performance.now() - start).toBeLessThan(3000);
    expect(found).toHaveLength(2);
    expect(found[0]!.message.length).toBeLessThan(200);
  });

  it("groups the texts of a 5,000-line visit instead of comparing every pair", () => {
    const codes = ["97110", "97530", "97112", "97140"];
    const services = Array.from({ length: 5000 }, (_, i) => line(codes[i % 4]!, i % 2 ? TEXT : `Gait training ${i} ft w/ RW`));
    const start = performance.now();
    const found = findingsOf(ID, session({ services }));
    expect(performance.now() - start).toBeLessThan(3000);
    // The odd lines (97530 and 97140) share one text; the even lines each have their own.
    expect(found).toHaveLength(2500);
  });
});

describe(`${ID} properties`, () => {
  const texts = ["SLR 3x10, bridges 3x10", "Sit to stand x10 w/ CGA", "STM L UT 8 min", "VOR x1 2x60 sec", "Gait 150 ft w/ RW"];
  const codes = ["97110", "97112", "97116", "97140", "97530"];
  const lines = fc.array(fc.record({ text: fc.constantFrom(...texts), code: fc.constantFrom(...codes) }), { minLength: 1, maxLength: 7 });
  const paths = (s: Session): number[] => findingsOf(ID, s).map((f) => f.path![1] as number);

  it("flags exactly the lines whose text another line of another code carries", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const s = session({ services: ls.map((l) => line(l.code, l.text)) });
        const expected = ls.flatMap((l, j) => (ls.some((m, i) => i !== j && m.text === l.text && m.code !== l.code) ? [j] : []));
        expect(paths(s)).toEqual(expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("pairs and groups agree: the same lines flagged below and above 16 lines", () => {
    fc.assert(
      fc.property(lines, fc.boolean(), (ls, shout) => {
        const small = session({ services: ls.map((l) => line(l.code, l.text)) });
        // The same lines, padded past 16 with lines of their own text, some in other case and spacing.
        const pad = Array.from({ length: 17 }, (_, k) => line("97110", `Unique task ${k} x10 reps`));
        const big = session({ services: [...ls.map((l, k) => line(l.code, shout && k % 2 ? ` ${l.text.toUpperCase()}  ` : l.text)), ...pad] });
        expect(paths(big)).toEqual(paths(small));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("names the other code first in sort order, whatever the line order", () => {
    const services = [line("97530", TEXT), line("97112", TEXT), line("97110", TEXT)];
    for (const order of [services, [...services].reverse()]) {
      const byCode = Object.fromEntries(findingsOf(ID, session({ services: order })).map((f) => [f.codes![0], f.message]));
      expect(byCode["97530"]).toContain("the 97110 line's");
      expect(byCode["97110"]).toContain("the 97112 line's");
    }
  });

  it("does not depend on the order of the lines (messages included) and never mutates a deep-frozen session", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const services = ls.map((l) => line(l.code, l.text));
        const forward = deepFreeze(session({ services }));
        const backward = deepFreeze(session({ services: [...services].reverse() }));
        const key = (s: Session) => findingsOf(ID, s).map((f) => `${s.services[f.path![1] as number]!.code}|${s.services[f.path![1] as number]!.activity}|${f.message}`).sort();
        expect(key(backward)).toEqual(key(forward));
        expect(() => lintDocumentation(forward)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

// Twenty-third round (speed23): two lines that carry one text (the same string, or equal strings) are compared without a read
// of each character; the slowest adversarial note (1 MiB on both lines) spent a quarter of its lint time in that loop.
describe(`${ID}: sameText`, () => {
  const key = (t: string): string => t.replace(/\s+/g, "").replace(/[A-Z]+/g, (m) => m.toLowerCase());

  it("reads no character of two equal texts", () => {
    const long = "abc123_".repeat(20_000);
    const copy = [...long].join("");
    const reads = vi.spyOn(String.prototype, "charCodeAt");
    try {
      expect(sameText(long, long)).toBe(true);
      expect(sameText(long, copy)).toBe(true);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it("is the texts' equality once white space is left out and ASCII letters are read in one case", () => {
    const piece = fc.constantFrom("a", "B", "x", "X", "1", " ", "\n", "\u00a0", "\u3000", "é", "É", "_");
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameText(a, b)).toBe(key(a) === key(b));
        expect(sameText(a, a)).toBe(true);
        expect(sameText(a, ` ${a.toUpperCase()}\t`)).toBe(key(a) === key(a.toUpperCase()));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
