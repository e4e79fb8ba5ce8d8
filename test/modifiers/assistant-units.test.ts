import { describe, expect, it } from "vitest";
import { assistantModifierUnits } from "../../src/modifiers/assistant-units.js";

const Y2024 = "2024-03-01";

describe("assistantModifierUnits, CY 2022 per-unit rule (CMS CQ/CO billing examples; domain §13.7)", () => {
  it("CMS example: PTA 10 min + PT 5 min of 97110 = 1 unit, billed with CQ", () => {
    const r = assistantModifierUnits({ minutes: 15, assistantMinutes: 10, timed: true }, Y2024);
    expect(r).toMatchObject({ method: "per-unit", units: 1, unitsWithModifier: 1 });
  });

  it("two-unit exception: PTA 12 + PT 13 min of 97110 = 2 units, one with CQ and one without", () => {
    expect(assistantModifierUnits({ minutes: 25, assistantMinutes: 12, timed: true }, Y2024)).toMatchObject({ units: 2, unitsWithModifier: 1 });
  });

  it("CMS scenario 1 (97110 part): PTA 23 + PT 13 = 2 units; the PTA's whole block takes CQ, and the 8 leftover minutes exceed 10% of 21", () => {
    expect(assistantModifierUnits({ minutes: 36, assistantMinutes: 23, timed: true, units: 2 }, Y2024)).toMatchObject({ units: 2, unitsWithModifier: 2 });
  });

  it.each([
    // [minutes, assistant, units, expected units with modifier, why]
    [30, 0, 2, 0, "therapist only"],
    [30, 30, 2, 2, "assistant only"],
    [30, 15, 2, 1, "one whole block each"],
    [16, 1, 1, 0, "1 of 16 leftover minutes is not more than 10%"],
    [20, 2, 1, 0, "2 of 20 is exactly 10%: not more"],
    [20, 3, 1, 0, "the therapist furnished a whole block (17 min), which takes the one unit"],
    [14, 2, 1, 1, "2 of 14 leftover minutes is more than 10%"],
    [45, 15, 2, 0, "the therapist's two whole blocks cover both billed units"],
    [38, 9, 3, 1, "PT 29 = 1 block + 14; leftover: 2 units remain, 9 and 14 minutes: one with"],
  ] as const)("%d min, assistant %d, %d units → %d with the modifier (%s)", (minutes, assistantMinutes, units, expected, _why) => {
    expect(assistantModifierUnits({ minutes, assistantMinutes, units, timed: true }, Y2024).unitsWithModifier).toBe(expected);
  });
});

describe("assistantModifierUnits, CY 2020–2021 line rule", () => {
  it("judges the whole line against 10% of its minutes", () => {
    expect(assistantModifierUnits({ minutes: 30, assistantMinutes: 4, timed: true }, "2021-12-31")).toMatchObject({ method: "line", unitsWithModifier: 2 });
    expect(assistantModifierUnits({ minutes: 30, assistantMinutes: 3, timed: true }, "2021-12-31").unitsWithModifier).toBe(0);
  });

  it("switches to the per-unit rule on 2022-01-01: PTA 15 + PT 15 is all of the line in 2021, one unit in 2022", () => {
    expect(assistantModifierUnits({ minutes: 30, assistantMinutes: 15, timed: true }, "2021-12-31").unitsWithModifier).toBe(2);
    expect(assistantModifierUnits({ minutes: 30, assistantMinutes: 15, timed: true }, "2022-01-01").unitsWithModifier).toBe(1);
  });
});

describe("assistantModifierUnits, untimed codes", () => {
  it("treats the service as one: 10% of its minutes", () => {
    expect(assistantModifierUnits({ minutes: 40, assistantMinutes: 10, timed: false }, Y2024)).toMatchObject({ method: "untimed", units: 1, unitsWithModifier: 1 });
    expect(assistantModifierUnits({ minutes: 40, assistantMinutes: 4, timed: false }, Y2024).unitsWithModifier).toBe(0);
  });
});
