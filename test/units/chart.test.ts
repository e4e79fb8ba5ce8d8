import { describe, expect, it } from "vitest";
import { unitsForMinutes } from "../../src/units/chart.js";

describe("unitsForMinutes", () => {
  it.each([
    [0, 0], [1, 0], [7, 0], [8, 1], [15, 1], [22, 1], [23, 2], [37, 2], [38, 3], [52, 3], [53, 4], [67, 4],
    [68, 5], [82, 5], [83, 6], [97, 6], [98, 7], [112, 7], [113, 8], [127, 8],
  ])("CMS Pub. 100-04 ch. 5 §20.2 unit chart: %i min → %i units", (minutes, units) => {
    expect(unitsForMinutes(minutes)).toBe(units);
  });

  it.each([
    [128, 9], [142, 9], [143, 10], [10_000, 667],
  ])("past two hours the chart keeps its pattern (§20.2): %i min → %i units", (minutes, units) => {
    expect(unitsForMinutes(minutes)).toBe(units);
  });

  it.each([
    [-1], [-15], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY],
  ])("bad input %s counts as 0 minutes and gives 0 units, without throwing", (minutes) => {
    expect(unitsForMinutes(minutes)).toBe(0);
  });

  it("rounds fractions down to whole minutes: 7.9 min is 7 min (0 units), 22.9 is 22 (1 unit)", () => {
    expect(unitsForMinutes(7.9)).toBe(0);
    expect(unitsForMinutes(22.9)).toBe(1);
  });

  it("a non-number (from untyped JavaScript) gives 0 units", () => {
    expect(unitsForMinutes("30" as unknown as number)).toBe(0);
    expect(unitsForMinutes(undefined as unknown as number)).toBe(0);
  });
});
