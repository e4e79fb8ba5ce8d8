import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { formatTextReport } from "../../src/cli/format-text.js";
import { KX_THRESHOLDS } from "../../src/modifiers/kx-thresholds.js";

// Twentieth round (input20): a KX finding's source printed the year's amount twice in the CLI ("CY 2026 amount $2,480,
// CY 2026: $2,480 (confidence medium)"): the per-year source's section stated it and the version (the KX table's row) did
// too. The version says it, for every year alike (2022-2024 cite the Noridian table, whose section names no amount);
// the sections say only what else the page holds. What a biller needs from the line: the amount, the year, the source.

const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;

describe("a KX finding's source states the year's amount once", () => {
  it.each(KX_THRESHOLDS.map((r) => [r.year, r.amount, r.confidence, r.sources[0]!.title] as const))("%i: %i", (year, amount, confidence, title) => {
    // A PT line of $62 that takes the bucket from $20 under the threshold to past it, without KX.
    const report = validateSession({
      dateOfService: `${year}-06-02`,
      payer: { program: "medicare" },
      provider: { discipline: "PT", credential: "PT" },
      services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], allowedAmount: 62, activity: "SLR 3x10, bridges 3x10 for hip strength with cues for form" }],
      totalTimedMinutes: 30,
      therapyYearToDate: { ptSlp: amount - 20 },
    });
    const kx = report.findings.find((f) => f.rule === "modifier/kx-required");
    expect(kx?.source.version).toBe(`CY ${year}: ${dollars(amount)} (confidence ${confidence})`);
    expect(kx?.source.title).toBe(title);
    const line = formatTextReport(report, "Session 1").split("\n").find((l) => l.includes("Source:") && l.includes(title))!;
    expect(line.split(dollars(amount)).length - 1).toBe(1);
    expect(line).toContain(`CY ${year}`);
  });
});
