import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { deepFreeze } from "../modifiers/helpers.js";

// Seventeenth round (mods17), LAST-VISIT: options.planOfCare was copied into every session a Claim
// made, its per-visit fields too, so a discharge flag on a claim of two visits said both were the
// discharge visit (two poc/discharge-note-missing warnings), and one treatment-day count stood for
// every visit (day 12 on the 14th and on the 17th: two "report was due" warnings). The per-visit
// fields describe the claim's last date of service: they go to that session only.
const CPT = "http://www.ama-assn.org/go/cpt";
const OPTIONS = { payer: { program: "medicare" as const }, provider: { discipline: "PT" as const } };
const item = (date: unknown, mod = "GP", code = "97110") => ({
  productOrService: { coding: [{ system: CPT, code }] }, modifier: [{ coding: [{ code: mod }] }], quantity: { value: 1 },
  ...(typeof date === "string" ? { servicedDate: date } : { servicedPeriod: date }),
});
const claimOf = (...items: unknown[]) => ({ resourceType: "Claim", id: "c", item: items });
const PLAN = { startOfCare: "2025-03-01", certifiedThrough: "2025-05-30", goals: [{ id: "G1", text: "Walk 300 ft" }] };
const rulesOf = (s: unknown) => validateSession(s).findings.map((f) => f.rule).filter((r) => r.startsWith("poc/"));

describe("options.planOfCare's per-visit fields go to the claim's last date of service only (LAST-VISIT)", () => {
  it("a discharge on the 17th: the 17th is the discharge visit, the 14th is not", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17")), { ...OPTIONS, planOfCare: { ...PLAN, dischargeAtThisVisit: true } });
    expect(sessions.map((s) => [s.dateOfService, s.planOfCare])).toEqual([
      ["2025-03-14", PLAN],
      ["2025-03-17", { ...PLAN, dischargeAtThisVisit: true }],
    ]);
    expect(sessions.map((s) => rulesOf(s).filter((r) => r === "poc/discharge-note-missing"))).toEqual([[], ["poc/discharge-note-missing"]]);
  });

  it("the last date wins whatever the items' order", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-21"), item("2025-03-14"), item("2025-03-17")), { ...OPTIONS, planOfCare: { ...PLAN, progressReportAtThisVisit: true, treatmentDaysSinceProgressReport: 10 } });
    expect(sessions.map((s) => s.dateOfService)).toEqual(["2025-03-21", "2025-03-14", "2025-03-17"]);
    expect(sessions.map((s) => s.planOfCare)).toEqual([{ ...PLAN, progressReportAtThisVisit: true, treatmentDaysSinceProgressReport: 10 }, PLAN, PLAN]);
  });

  it("one treatment-day count is the last visit's: day 12 no longer makes every visit overdue", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17")), { ...OPTIONS, planOfCare: { ...PLAN, treatmentDaysSinceProgressReport: 12 } });
    // The earlier visit's count is not known: said at info ("not given"), not guessed.
    const due = sessions.map((s) => validateSession(s).findings.filter((f) => f.rule === "poc/progress-report-due").map((f) => `${f.severity}: ${f.message.slice(0, 40)}`));
    expect(due).toEqual([["info: The number of treatment days since the l"], ["warning: This visit is treatment day 12 since the"]]);
  });

  it("a plan of per-visit fields only: the earlier visits get no plan of care (not an empty one)", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17")), { ...OPTIONS, planOfCare: { dischargeAtThisVisit: true } });
    expect(sessions.map((s) => s.planOfCare)).toEqual([undefined, { dischargeAtThisVisit: true }]);
    expect("planOfCare" in sessions[0]!).toBe(false);
  });

  it.each<[string, unknown[]]>([
    ["a PT's and an OT's items on the last date (two plans of care)", [item("2025-03-14"), item("2025-03-17"), item("2025-03-17", "GO", "97530")]],
    ["a date not written YYYY-MM-DD on the claim", [item("2025-03-14"), item({ start: "2025-03-15", end: "2025-03-21" })]],
    ["an item without a date", [item("2025-03-14"), { productOrService: { coding: [{ system: CPT, code: "97110" }] }, quantity: { value: 1 } }]],
  ])("%s: which visit is the last is not known, so no session gets them", (_name, items) => {
    const options = { payer: OPTIONS.payer, planOfCare: { ...PLAN, dischargeAtThisVisit: true, progressReportAtThisVisit: false } };
    const sessions = sessionsFromFhirClaim(claimOf(...items), options);
    expect(sessions.length).toBeGreaterThan(1);
    expect(sessions.map((s) => s.planOfCare)).toEqual(sessions.map(() => PLAN));
  });

  it("a claim of one visit keeps the plan as given (checked, unchanged)", () => {
    const planOfCare = { ...PLAN, dischargeAtThisVisit: true, treatmentDaysSinceProgressReport: 4 };
    const [s] = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-14", "GP", "97112")), { ...OPTIONS, planOfCare });
    expect(s?.planOfCare).toBe(planOfCare);
  });

  it("a plan without per-visit fields, and one that is not an object, go to every session as given (checked, unchanged)", () => {
    const claim = claimOf(item("2025-03-14"), item("2025-03-17"));
    expect(sessionsFromFhirClaim(claim, { ...OPTIONS, planOfCare: PLAN }).map((s) => s.planOfCare)).toEqual([PLAN, PLAN]);
    const odd = sessionsFromFhirClaim(claim, { ...OPTIONS, planOfCare: "discharged" as never });
    expect(odd.map((s) => s.planOfCare)).toEqual(["discharged", "discharged"]);
  });

  it("the options are not mutated (deep-frozen)", () => {
    const options = deepFreeze({ ...OPTIONS, planOfCare: { ...PLAN, dischargeAtThisVisit: true } });
    expect(() => sessionsFromFhirClaim(claimOf(item("2025-03-14"), item("2025-03-17")), options)).not.toThrow();
    expect(options.planOfCare).toEqual({ ...PLAN, dischargeAtThisVisit: true });
  });

  it("property: of distinct dates in any order, only the latest session holds the per-visit fields; every session holds the rest", () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-04-${String(d).padStart(2, "0")}`);
    fc.assert(fc.property(
      fc.uniqueArray(day, { minLength: 2, maxLength: 6 }),
      fc.record({ dischargeAtThisVisit: fc.boolean(), progressReportAtThisVisit: fc.boolean(), treatmentDaysSinceProgressReport: fc.nat(30) }, { requiredKeys: [] }),
      (dates, perVisit) => {
        fc.pre(Object.keys(perVisit).length > 0);
        const sessions = sessionsFromFhirClaim(claimOf(...dates.map((d) => item(d))), { ...OPTIONS, planOfCare: { ...PLAN, ...perVisit } });
        const last = [...dates].sort().at(-1);
        expect(sessions.map((s) => s.dateOfService)).toEqual(dates);
        for (const s of sessions) expect(s.planOfCare).toEqual(s.dateOfService === last ? { ...PLAN, ...perVisit } : PLAN);
      },
    ));
  });
});
