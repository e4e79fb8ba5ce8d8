/**
 * cmsUnitRanges counts the services with at least (and with more than) each service's leftover
 * minutes from one count per leftover minute (issue 7, huge visits: it compared every service
 * with every other). The ranges are exactly those of the all-pairs loop it had before, copied
 * below as the oracle, on services whose minutes are whole and not negative (what checkUnits
 * gives it: sums of wholeMinutes), with many ties, and sums past 2^53.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unitsForMinutes } from "../../src/units/chart.js";
import { cmsUnitRanges } from "../../src/units/cms.js";
import type { TimedService } from "../../src/units/group-lines.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** Oracle: src/units/cms.ts's cmsUnitRanges before it counted per leftover minute (every service against every other). */
function oldCmsUnitRanges(services: readonly TimedService[]): { readonly allowed: number; readonly ranges: readonly { min: number; max: number }[] } {
  let total = 0;
  for (const s of services) total += s.minutes;
  const allowed = unitsForMinutes(total);
  let extra = allowed;
  for (const s of services) extra -= Math.floor(s.minutes / 15);
  const ranges: { min: number; max: number }[] = [];
  for (const s of services) {
    const left = s.minutes % 15;
    let atLeast = 0;
    let above = 0;
    for (const o of services) {
      const other = o.minutes % 15;
      if (other >= left) atLeast++;
      if (other > left) above++;
    }
    const sure = left > 0 && atLeast <= extra;
    const can = left > 0 && above < extra;
    const full = Math.floor(s.minutes / 15);
    ranges.push({ min: full + (sure ? 1 : 0), max: full + (can ? 1 : 0) });
  }
  return { allowed, ranges };
}

/** Whole minutes: mostly few distinct leftovers (many ties), some near and past 2^53. */
const minutesArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 45 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 7, 8, 14, 15, 22, 23, 29, 30, 37, 38, 44) },
  { weight: 1, arbitrary: fc.nat() },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 7, 2 ** 60, 1e20) },
);

const servicesArb = fc
  .array(minutesArb, { maxLength: 60 })
  .map((minutes) => minutes.map((m, i): TimedService => ({ label: String(97000 + i), minutes: m })));

describe("cmsUnitRanges (per-leftover counts) gives the ranges of the all-pairs loop", () => {
  it("on services with many tied leftovers, few and many, small and past 2^53", () => {
    fc.assert(fc.property(servicesArb, (services) => {
        expect(cmsUnitRanges(services)).toStrictEqual(oldCmsUnitRanges(services));
      }), { numRuns: FUZZ_RUNS * 20 });
  });

  it("on every visit of up to four services with 0–29 minutes each", () => {
    const grid = Array.from({ length: 30 }, (_, m) => m);
    for (const a of grid) for (const b of grid) {
      const two = [a, b].map((m, i): TimedService => ({ label: String(i), minutes: m }));
      expect(cmsUnitRanges(two)).toStrictEqual(oldCmsUnitRanges(two));
      for (const c of [0, 7, 8, 11, 14, 22]) for (const d of [3, 8, 14, 26]) {
        const four = [a, b, c, d].map((m, i): TimedService => ({ label: String(i), minutes: m }));
        expect(cmsUnitRanges(four)).toStrictEqual(oldCmsUnitRanges(four));
      }
    }
  });
});
