import { describe, expect, it } from "vitest";
import { expectJsonSafe } from "./json-safe.js";

describe("expectJsonSafe, the fuzz tests' JSON round-trip check", () => {
  it("accepts plain data, -0 included (JSON writes it as 0, the same number)", () => {
    expect(() => expectJsonSafe({ minutes: -0, lines: [{ code: "97110", units: [1, -0] }], note: null })).not.toThrow();
  });

  it.each([
    ["NaN", { minutes: Number.NaN }],
    ["Infinity", [Number.POSITIVE_INFINITY]],
    ["a Date", { on: new Date(0) }],
    ["a Map", { byCode: new Map([["97110", 1]]) }],
  ])("rejects %s", (_name, value) => {
    expect(() => expectJsonSafe(value)).toThrow();
  });
});
