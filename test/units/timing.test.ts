import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { isTimedCode, UNTIMED_CODES } from "../../src/units/timing.js";
import { UNITS_PENDING_UNTIMED } from "../catalog/units-pending.js";

describe("the units timing table", () => {
  // The rows on UNITS_PENDING_UNTIMED disagree until ./units lists them: pinned as it.fails in
  // test/catalog/new-codes.test.ts, which fail (and must leave that list) once they agree.
  it.each(CODE_ROWS.filter((r) => !UNITS_PENDING_UNTIMED.includes(r.code)).map((r) => [r.code, r.timed] as const))("agrees with the catalog: %s timed = %s", (code, timed) => {
    expect(isTimedCode(code)).toBe(timed);
  });

  it("lists no untimed code the catalog does not have", () => {
    const catalog = new Set(CODE_ROWS.map((r) => r.code));
    expect(UNTIMED_CODES.filter((c) => !catalog.has(c))).toEqual([]);
  });

  it("counts an unknown code as timed, and ignores letter case", () => {
    expect(isTimedCode("99999")).toBe(true);
    expect(isTimedCode("g0283")).toBe(false);
  });
});
