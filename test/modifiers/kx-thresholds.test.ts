import { describe, expect, it } from "vitest";
import { KX_THRESHOLDS, TARGETED_REVIEW_LEVEL, kxThresholdFor, targetedReviewLevelFor } from "../../src/modifiers/kx-thresholds.js";

describe("kxThresholdFor (domain reference §13.5)", () => {
  it.each([
    ["2018-01-01", 2010],
    ["2019-12-31", 2040],
    ["2020-01-01", 2080],
    ["2021-06-30", 2110],
    ["2022-03-01", 2150],
    ["2023-03-01", 2230],
    ["2024-12-31", 2330],
    ["2025-01-01", 2410],
    ["2026-07-04", 2480],
  ] as const)("%s → $%d", (dos, amount) => {
    expect(kxThresholdFor(dos)?.amount).toBe(amount);
  });

  it("has no row before 2018 (hard cap era) or after 2026", () => {
    expect(kxThresholdFor("2017-12-31")).toBeUndefined();
    expect(kxThresholdFor("2027-01-01")).toBeUndefined();
  });

  it("has one row a year 2018–2026, each sourced, and says 2026 is secondary-source only", () => {
    expect(KX_THRESHOLDS.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const r of KX_THRESHOLDS) expect(r.sources.length).toBeGreaterThan(0);
    const r2026 = kxThresholdFor("2026-01-01");
    expect(r2026?.confidence).toBe("medium");
    expect(r2026?.note).toMatch(/secondary/i);
  });

  it("thresholds never fall from one year to the next", () => {
    const amounts = KX_THRESHOLDS.map((r) => r.amount);
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
  });
});

describe("targetedReviewLevelFor (BBA 2018 §50202)", () => {
  it("is $3,000 from 2018 through 2027 and unknown outside", () => {
    expect(TARGETED_REVIEW_LEVEL.amount).toBe(3000);
    expect(targetedReviewLevelFor("2017-12-31")).toBeUndefined();
    expect(targetedReviewLevelFor("2018-01-01")).toBe(3000);
    expect(targetedReviewLevelFor("2027-12-31")).toBe(3000);
    expect(targetedReviewLevelFor("2028-01-01")).toBeUndefined();
  });
});
