import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkUnits } from "../../src/units/check-units.js";
import { calculateUnits } from "../../src/units/index.js";

// Work hardening (97545 the first two hours, 97546 each further hour), any mix of lines: the checks
// never throw, every finding points at a line of the visit, the 15-minute pool never holds their
// minutes, and billing what the whole hours give (97545 × 1, 97546 × each whole hour past two)
// with minutes that end on a whole hour raises no units finding.
const line = fc.record(
  {
    code: fc.constantFrom("97545", "97546", "97110", "97750"),
    minutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    units: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  },
  { requiredKeys: ["code"] },
);
const visit = (services: Session["services"], program: "other" | "medicare" = "other"): Session => ({ dateOfService: "2025-06-10", payer: { program }, provider: { discipline: "PT" }, services });

describe("work hardening hours in the units check", () => {
  it("never throws, and every finding's line exists", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom("other" as const, "medicare" as const), (services, program) => {
        const findings = checkUnits(visit(services, program));
        for (const f of findings) if (typeof f.path?.[1] === "number") expect(f.path[1]).toBeGreaterThanOrEqual(0), expect(f.path[1]).toBeLessThan(services.length);
      }),
    );
  });

  it("keeps 97545/97546 minutes out of the timed total", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (services) => {
        const timed = services.filter((l) => l.code === "97110" || l.code === "97750").reduce((t, l) => t + (l.minutes ?? 0), 0);
        expect(calculateUnits(services).totalTimedMinutes).toBe(timed);
      }),
    );
  });

  it("says nothing when the whole hours are billed as the calculator gives them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (further) => {
        const services = [{ code: "97545", minutes: 120, units: 1 }, ...(further > 0 ? [{ code: "97546", minutes: 60 * further, units: further }] : [])];
        expect(calculateUnits(services).lines.map((l) => l.units)).toEqual(further > 0 ? [1, further] : [1]);
        expect(checkUnits(visit(services))).toEqual([]);
      }),
    );
  });
});
