import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { compareFindings, sortFindings } from "../../src/validate/sort-findings.js";

const src = { title: "t" };
const f = (severity: Finding["severity"], rule: string, path?: (string | number)[], message = "m"): Finding => ({ rule, severity, message, source: src, ...(path ? { path } : {}) });

describe("sortFindings", () => {
  it("orders by severity, then path element by element, then rule, then message", () => {
    const sorted = sortFindings([
      f("info", "a/x", ["services", 0]),
      f("warning", "b/y", ["services", 10, "units"]),
      f("warning", "b/y", ["services", 2, "units"]),
      f("warning", "a/z", ["services", 2, "units"]),
      f("error", "z/z", ["totalTimedMinutes"]),
      f("error", "z/z"),
      f("warning", "b/y", ["services", 2, "units"], "a"),
      f("warning", "b/y", ["services", 2]),
    ]);
    expect(sorted.map((x) => [x.severity, x.rule, x.path, x.message])).toEqual([
      ["error", "z/z", undefined, "m"],
      ["error", "z/z", ["totalTimedMinutes"], "m"],
      ["warning", "b/y", ["services", 2], "m"],
      ["warning", "a/z", ["services", 2, "units"], "m"],
      ["warning", "b/y", ["services", 2, "units"], "a"],
      ["warning", "b/y", ["services", 2, "units"], "m"],
      ["warning", "b/y", ["services", 10, "units"], "m"],
      ["info", "a/x", ["services", 0], "m"],
    ]);
  });

  const finding = fc.record({
    rule: fc.constantFrom("a/x", "b/y", "c/z"),
    severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["severity"]>,
    message: fc.constantFrom("m1", "m2"),
    path: fc.array(fc.oneof(fc.nat(12), fc.constantFrom("services", "units", "code")), { maxLength: 4 }),
    codes: fc.subarray(["97110", "97530"]),
    source: fc.constant(src),
  });

  it("the order does not depend on the order the findings came in", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.func(fc.integer()), (list, key) => {
        const shuffled = list.map((x, i) => ({ x, k: key(i) })).sort((a, b) => a.k - b.k).map((y) => y.x);
        expect(sortFindings(shuffled)).toEqual(sortFindings(list));
      }),
    );
  });

  it("never changes its input", () => {
    const list = Object.freeze([f("info", "a"), f("error", "b")]);
    expect(sortFindings(list).map((x) => x.rule)).toEqual(["b", "a"]);
    expect(compareFindings(f("error", "b"), f("error", "b"))).toBe(0);
  });
});
