import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { isTimedCode, UNTIMED_CODES } from "../../src/units/timing.js";

describe("the units timing table", () => {
  it.each(CODE_ROWS.map((r) => [r.code, r.timed] as const))("agrees with the catalog: %s timed = %s", (code, timed) => {
    expect(isTimedCode(code)).toBe(timed);
  });

  it("lists no untimed code the catalog does not have", () => {
    const catalog = new Set(CODE_ROWS.map((r) => r.code));
    expect(UNTIMED_CODES.filter((c) => !catalog.has(c))).toEqual([]);
  });

  it("unpacks to the catalog's untimed codes exactly: sorted, distinct, five characters each", () => {
    // The list is written packed (each code as the digits that differ from the one before it).
    const untimed = CODE_ROWS.filter((r) => !r.timed).map((r) => r.code);
    expect([...UNTIMED_CODES]).toEqual([...new Set(untimed)].sort());
    expect(UNTIMED_CODES).toHaveLength(71);
    for (const code of UNTIMED_CODES) expect(code).toMatch(/^[0-9A-Z]{5}$/);
  });

  it("counts an unknown code as timed, and ignores letter case", () => {
    expect(isTimedCode("99999")).toBe(true);
    expect(isTimedCode("g0283")).toBe(false);
  });
});
