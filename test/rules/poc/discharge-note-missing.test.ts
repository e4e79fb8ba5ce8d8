import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import type { Session } from "../../../src/model/session.js";
import { validateSession } from "../../../src/validate.js";
import { FUZZ_RUNS, validSessionArb } from "../../fuzz/arbitraries.js";
import { findingsOf, ruleTable, session } from "../helpers.js";

// Sixteenth round (poc16): a session had no way to say that its visit ends the episode, so a
// discharge without its discharge note went unseen. MBPM ch. 15 §220.3 D: the discharge note (or
// discharge summary) is required for each episode of outpatient treatment; it is a progress report
// written by a clinician, from the last progress report to discharge; after a discharge the plan
// did not foresee, the clinician may base it on the treatment notes and the verbal reports of the
// assistant (the paragraph as bestptbilling.com quotes it; the stored copy of the manual's ch. 15
// pp. 193, 202-203 around it; looked up 2026-11-24: docs/rules/poc/discharge-note-missing.md).

type PocFields = Partial<NonNullable<Session["planOfCare"]>>;

/** The helpers' Medicare PT visit (treatment day 4), with plan-of-care fields added. */
const visit = (poc: PocFields, overrides: Partial<Session> = {}): Session => {
  const s = session(overrides);
  return { ...s, planOfCare: { ...s.planOfCare, ...poc } };
};
const assistant = (credential: "PTA" | "OTA" | "SLPA"): Partial<Session> => ({
  provider: { discipline: credential === "PTA" ? "PT" : credential === "OTA" ? "OT" : "SLP", credential },
});

ruleTable("poc/discharge-note-missing", "warning", {
  flags: [
    ["the discharge visit, no discharge note", visit({ dischargeAtThisVisit: true }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toBe("This visit ends the episode without a discharge note, the clinician's progress report from the last report to discharge.");
      expect(f[0]!.path).toEqual(["planOfCare", "progressReportAtThisVisit"]);
      expect(f[0]!.fix).toBe("A clinician (the therapist, or the physician/NPP who provides or supervises the services; not an assistant) writes the discharge note, then send planOfCare.progressReportAtThisVisit: true.");
      expect(f[0]!.source.section).toContain("§220.3 D");
    }],
    ["the discharge visit, progressReportAtThisVisit false", visit({ dischargeAtThisVisit: true, progressReportAtThisVisit: false })],
    ["the discharge visit on treatment day 10 (the report due is the discharge note)", visit({ dischargeAtThisVisit: true, treatmentDaysSinceProgressReport: 10 })],
    ["the discharge visit with no treatment-day count", visit({ dischargeAtThisVisit: true, treatmentDaysSinceProgressReport: undefined })],
    // §220.3 D: the discharge note is a clinician's progress report: the assistant who furnished the visit cannot write it.
    ["a PTA's discharge visit: the assistant cannot write it", visit({ dischargeAtThisVisit: true }, assistant("PTA")), undefined, (f) => {
      expect(f[0]!.message).toBe("This visit ends the episode without a discharge note, the clinician's progress report from the last report to discharge. This visit was furnished by an assistant (PTA), who cannot write it.");
      expect(f[0]!.fix).toBe("A clinician (the therapist, or the physician/NPP who provides or supervises the services; not an assistant) writes the discharge note (after a discharge the plan did not foresee, from the assistant's treatment notes and verbal reports), then send planOfCare.progressReportAtThisVisit: true.");
    }],
    ["an OTA's discharge visit", visit({ dischargeAtThisVisit: true }, assistant("OTA")), undefined, (f) => expect(f[0]!.message).toContain("(OTA), who cannot write it")],
    ["an SLPA's discharge visit", visit({ dischargeAtThisVisit: true }, assistant("SLPA")), undefined, (f) => expect(f[0]!.message).toContain("(SLPA), who cannot write it")],
  ],
  passes: [
    ["the discharge visit whose note is the clinician's discharge note", visit({ dischargeAtThisVisit: true, progressReportAtThisVisit: true })],
    // The field means a clinician's report, so a PTA's last visit on which the PT writes the discharge note passes.
    ["a PTA's discharge visit, the supervising PT writing the discharge note", visit({ dischargeAtThisVisit: true, progressReportAtThisVisit: true }, assistant("PTA"))],
    ["not the discharge visit", visit({})],
    ["dischargeAtThisVisit false", visit({ dischargeAtThisVisit: false })],
    ["commercial: the Medicare rule is not applied", visit({ dischargeAtThisVisit: true }, { payer: { program: "commercial" } })],
    ["medicaid: not applied", visit({ dischargeAtThisVisit: true }, { payer: { program: "medicaid" } })],
    ["no plan of care (poc/plan-of-care-missing says so)", { ...session(), planOfCare: undefined }],
  ],
});

describe("poc/discharge-note-missing beside poc/progress-report-due", () => {
  // §220.3 D: the discharge note is the progress report of the last period, so on the discharge
  // visit the missing report is said once, by the discharge rule, not also as "due at this visit".
  it.each([
    ["treatment day 10", { treatmentDaysSinceProgressReport: 10 }],
    ["treatment day 14", { treatmentDaysSinceProgressReport: 14 }],
    ["no count given", { treatmentDaysSinceProgressReport: undefined }],
  ] as const)("%s, the discharge visit with no report: one warning, the discharge rule's", (_name, poc) => {
    const f = lintDocumentation(visit({ ...poc, dischargeAtThisVisit: true })).filter((x) => x.rule.startsWith("poc/"));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["poc/discharge-note-missing", "warning"]]);
  });

  it("treatment day 13, the discharge note written at this visit: the late report alone (the period's report came late)", () => {
    const f = lintDocumentation(visit({ treatmentDaysSinceProgressReport: 13, dischargeAtThisVisit: true, progressReportAtThisVisit: true })).filter((x) => x.rule.startsWith("poc/"));
    expect(f.map((x) => x.rule)).toEqual(["poc/progress-report-due"]);
    expect(f[0]!.message).toContain("The report written at this visit is late.");
  });

  it("a re-evaluation billed on the discharge visit where the report is due keeps its advice", () => {
    const s = visit({ treatmentDaysSinceProgressReport: 10, dischargeAtThisVisit: true }, { services: [{ code: "97164", minutes: 30, units: 1, goalIds: ["G1"], activity: "Re-evaluation" }] });
    expect(findingsOf("poc/progress-report-due", s).map((x) => [x.severity, x.codes?.[0]])).toEqual([["info", "97164"]]);
    expect(findingsOf("poc/discharge-note-missing", s)).toHaveLength(1);
  });

  it("validateSession reports the discharge rule at its severity, and options.rules can turn it off", () => {
    const s = visit({ dischargeAtThisVisit: true });
    expect(validateSession(s).findings.filter((x) => x.rule === "poc/discharge-note-missing").map((x) => x.severity)).toEqual(["warning"]);
    expect(validateSession(s, { rules: { "poc/discharge-note-missing": "off" } }).findings.some((x) => x.rule === "poc/discharge-note-missing")).toBe(false);
  });

  it('validateSession: dischargeAtThisVisit "yes" is dropped with an input/ignored-field warning, and no discharge is assumed', () => {
    const f = validateSession({ ...visit({}), planOfCare: { ...visit({}).planOfCare, dischargeAtThisVisit: "yes" } } as unknown as Session).findings;
    expect(f.filter((x) => x.rule === "input/ignored-field").map((x) => x.path)).toEqual([["planOfCare", "dischargeAtThisVisit"]]);
    expect(f.some((x) => x.rule === "poc/discharge-note-missing")).toBe(false);
  });
});

describe("dischargeAtThisVisit: false, or left out, never changes a finding", () => {
  it("property: over generated valid sessions, lintDocumentation and validateSession give the same findings with the field false or absent", () => {
    fc.assert(
      fc.property(validSessionArb, (s) => {
        if (s.planOfCare === undefined) return;
        const { dischargeAtThisVisit: _, ...absent } = s.planOfCare;
        const without: Session = { ...s, planOfCare: absent };
        const withFalse: Session = { ...s, planOfCare: { ...absent, dischargeAtThisVisit: false } };
        expect(lintDocumentation(withFalse)).toEqual(lintDocumentation(without));
        const a = validateSession(withFalse);
        const b = validateSession(without);
        expect(a.findings).toEqual(b.findings);
        expect(a.valid).toBe(b.valid);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("property: dischargeAtThisVisit: true only adds poc/discharge-note-missing or removes poc/progress-report-due's report and no-data findings", () => {
    fc.assert(
      fc.property(validSessionArb, (s) => {
        if (s.planOfCare === undefined) return;
        const { dischargeAtThisVisit: _, ...absent } = s.planOfCare;
        const before = lintDocumentation({ ...s, planOfCare: absent });
        const after = lintDocumentation({ ...s, planOfCare: { ...absent, dischargeAtThisVisit: true } });
        const untouched = (f: (typeof before)[number]) => f.rule !== "poc/discharge-note-missing" && !(f.rule === "poc/progress-report-due" && f.codes === undefined);
        expect(after.filter(untouched)).toEqual(before.filter(untouched));
        const added = after.filter((f) => f.rule === "poc/discharge-note-missing");
        const medicare = s.payer.program === "medicare";
        expect(added).toHaveLength(medicare && absent.progressReportAtThisVisit !== true ? 1 : 0);
        // The progress-report-due report stays only where the discharge note was written late.
        for (const f of after.filter((x) => x.rule === "poc/progress-report-due" && x.codes === undefined)) expect(f.message).toContain("is late");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
