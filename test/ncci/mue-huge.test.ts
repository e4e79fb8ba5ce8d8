import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkMue } from "../../src/ncci/index.js";

/**
 * MUE-HUGE (edge24's patch, applied by the lead): units that add past 2^53 − 1 cannot be summed exactly; the MUE finding
 * says "more than 9007199254740991 units" instead of a rounded sum (the base said "18014398509481982 units"). Below that,
 * the exact sum, as before.
 */
const visit = (units: readonly number[]): Session => ({
  dateOfService: "2024-05-01",
  payer: { program: "medicare" },
  provider: { discipline: "PT" },
  services: units.map((u) => ({ code: "97530", units: u, minutes: 30, modifiers: ["GP"] })),
});
const message = (units: readonly number[]) => checkMue(visit(units)).find((f) => f.rule === "mue/units-exceed")?.message ?? "";

describe("mue/units-exceed on billed units past 2^53 (MUE-HUGE)", () => {
  it.each([
    [[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]],
    [[Number.MAX_SAFE_INTEGER, 1]],
    [[2 ** 52, 2 ** 52, 3]],
  ])("%j: 'more than 9007199254740991 units', no rounded sum", (units) => {
    const m = message(units);
    expect(m).toContain("billed for more than 9007199254740991 units");
    expect(m).not.toMatch(/\d{17,}/);
  });

  it.each([
    [[7], "7 units"],
    [[4, 4], "8 units"],
    [[Number.MAX_SAFE_INTEGER - 1, 1], "9007199254740991 units"],
  ])("%j: the exact sum, %s", (units, said) => {
    expect(message(units)).toContain(`billed for ${said}`);
  });
});
