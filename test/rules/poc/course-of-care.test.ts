import { describe, expect, it } from "vitest";
import { validateSession } from "../../../src/validate.js";
import type { Session } from "../../../src/model/session.js";
import { isoPlusDays } from "../../fuzz/arbitraries.js";

/**
 * A Medicare PT course of care after a knee replacement, visit by visit, as a clinic sends it:
 * evaluation 2025-06-02, certified on day 2 through day 89, two or three visits a week, a progress
 * report every 10th treatment day (the PT's, on visits a PTA also treated), a recertification
 * signed on day 86 through 2025-10-31, discharge. Only the plan-of-care findings are read.
 */
const SOC = "2025-06-02";

function course(recertifiedOn: string): { id: string; session: Session }[] {
  const visits: { id: string; session: Session }[] = [];
  let day = 0;
  let sinceReport = 1;
  for (let n = 1; n <= 44; n++) {
    const dos = isoPlusDays(SOC, day);
    const recertified = day >= 86;
    const byPta = n % 4 === 0 && sinceReport !== 10;
    visits.push({
      id: `visit ${n} (day ${day}, treatment day ${sinceReport}${byPta ? ", PTA" : ""})`,
      session: {
        dateOfService: dos,
        payer: { program: "medicare" },
        provider: { discipline: "PT", credential: byPta ? "PTA" : "PT" },
        services: [{ code: n === 1 ? "97162" : "97110", minutes: 30, units: n === 1 ? 1 : 2, modifiers: byPta ? ["GP", "CQ"] : ["GP"], activity: "Quad sets, SLR 3x10, heel slides to 95 deg", goalIds: ["G1"] }],
        totalTimedMinutes: n === 1 ? 0 : 30,
        note: { assessment: "Knee flexion 95 deg, needs cues for heel strike", patientResponse: "Tolerated, pain 3/10", plan: "Progress stairs" },
        planOfCare: {
          startOfCare: SOC,
          ...(day >= 2 ? { certifiedOn: recertified ? recertifiedOn : isoPlusDays(SOC, 2) } : {}),
          certifiedThrough: recertified ? "2025-10-31" : isoPlusDays(SOC, 89),
          goals: [{ id: "G1" }],
          treatmentDaysSinceProgressReport: sinceReport,
        },
      },
    });
    sinceReport = sinceReport === 10 ? 1 : sinceReport + 1;
    day += n % 3 === 0 ? 3 : 2;
  }
  return visits;
}

const pocFindings = (visits: { id: string; session: Session }[]) =>
  visits.flatMap(({ id, session }) => validateSession(session).findings.filter((f) => f.rule.startsWith("poc/")).map((f) => `${id}: ${f.rule} ${f.severity}`));

describe("a Medicare PT course of care, visit by visit (MBPM ch. 15 §220.1.3, §220.3 D)", () => {
  it("says only what is due: certification at the evaluation, a progress report every 10th treatment day; nothing on the recertified visits", () => {
    expect(pocFindings(course("2025-08-27"))).toEqual([
      "visit 1 (day 0, treatment day 1): poc/certification-missing info",
      "visit 10 (day 21, treatment day 10): poc/progress-report-due warning",
      "visit 20 (day 44, treatment day 10): poc/progress-report-due warning",
      "visit 30 (day 67, treatment day 10): poc/progress-report-due warning",
      "visit 40 (day 91, treatment day 10): poc/progress-report-due warning",
    ]);
  });

  it("a recertification signed after the initial period ran out: the visits between are delayed recertifications", () => {
    const found = pocFindings(course("2025-09-05")).filter((f) => f.includes("certification"));
    expect(found).toEqual([
      "visit 1 (day 0, treatment day 1): poc/certification-missing info",
      "visit 40 (day 91, treatment day 10): poc/certification-missing warning",
      "visit 41 (day 93, treatment day 1): poc/certification-missing warning",
    ]);
  });
});
