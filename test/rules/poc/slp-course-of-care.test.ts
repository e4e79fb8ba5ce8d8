import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../../src/model/session.js";
import { isoPlusDays } from "../../fuzz/arbitraries.js";
import { applyChanges, readCourse, withKxFromCrossing, withPoc, type Change } from "./course-reading.js";

/**
 * A Medicare SLP course after a stroke (aphasia and dysphagia), visit by visit, as the clinic's EHR
 * sends it to validateSession. Evaluation 2025-03-03 (92523 and 92610), certified on day 3 through
 * day 89, three visits a week of 92507 and 92526 (untimed, one unit each; every third visit
 * 97129 with 59, the 92507 pair edit, and 97130 for cognition), the SLP's progress report written
 * at every 10th treatment day, a re-evaluation billed with 92523 (SLP has no re-evaluation code,
 * MBPM ch. 15 §220.3 C) before the recertification signed on day 86 through day 181. The patient
 * had $1,900 of PT earlier in the year, so the PT+SLP bucket passes the 2025 KX threshold ($2,410)
 * on visit 3 and the clinic adds KX from the line that crosses it. GN on every line.
 * Only the plan-of-care and modifier findings are read (the data-age notes of the bundled NCCI
 * quarter are another helper's); the targeted-review info is read once, where it first appears.
 */
const SOC = "2025-03-03";


function course(changes: readonly Change[] = []): { id: string; session: Session }[] {
  const visits: { id: string; session: Session }[] = [];
  let day = 0;
  let since = 1;
  let ytd = 1900;
  for (let n = 1; n <= 42; n++) {
    const reeval = n === 35;
    const line = (code: string, allowedAmount: number, activity: string, extra: Partial<ServiceLine> = {}): ServiceLine => ({ code, units: 1, modifiers: ["GN"], allowedAmount, activity, goalIds: ["G1"], ...extra });
    const services: ServiceLine[] =
      n === 1
        ? [line("92523", 190, "Aphasia battery, picture description, auditory comprehension tasks"), line("92610", 95, "Clinical swallow: thin liquid by cup, puree and soft solid trials")]
        : reeval
          ? [line("92523", 190, "Re-evaluation: aphasia battery repeated, naming and comprehension retested")]
          : [
              line("92507", 80, "Semantic feature analysis for naming, 20 items; phrase completion with phonemic cues"),
              line("92526", 85, "Effortful swallow and chin tuck with thin liquids by cup, 10 trials"),
              ...(n % 3 === 0
                ? [line("97129", 25, "Sustained attention task with visual cues", { minutes: 15, modifiers: ["GN", "59"] }), line("97130", 24, "Memory strategy training with an external memory book", { minutes: 15 })]
                : []),
            ];
    const { services: kx, after } = withKxFromCrossing(services, ytd);
    const recertified = day >= 86;
    const session: Session = applyChanges({
      dateOfService: isoPlusDays(SOC, day),
      payer: { program: "medicare" },
      provider: { discipline: "SLP", credential: "SLP" },
      services: kx,
      totalTimedMinutes: n % 3 === 0 && !reeval && n > 1 ? 30 : 0,
      note: { assessment: "Naming 12/20 with phonemic cues, up from 8/20; coughing on thin liquids reduced", patientResponse: "Tolerated, fatigued by the end", plan: "Advance naming to sentence level" },
      therapyYearToDate: { ptSlp: ytd },
      planOfCare: {
        startOfCare: SOC,
        ...(day >= 3 ? { certifiedOn: recertified ? isoPlusDays(SOC, 86) : isoPlusDays(SOC, 3) } : {}),
        certifiedThrough: recertified ? isoPlusDays(SOC, 181) : isoPlusDays(SOC, 89),
        goals: [{ id: "G1" }],
        treatmentDaysSinceProgressReport: since,
        ...(since === 10 ? { progressReportAtThisVisit: true } : {}),
      },
    }, changes, n);
    visits.push({ id: `visit ${n} (day ${day}, treatment day ${session.planOfCare!.treatmentDaysSinceProgressReport})`, session });
    ytd = after;
    since = since === 10 ? 1 : since + 1;
    day += n % 3 === 0 ? 3 : 2;
  }
  return visits;
}


const read = readCourse;
const poc = withPoc;

describe("a Medicare SLP course of care, visit by visit (MBPM ch. 15 §220.1.3, §220.3 C and D; BBA 2018 §50202)", () => {
  it("says only what is due: certification at the evaluation, the targeted-review level once; nothing on the progress-report, KX, re-evaluation or recertified visits", () => {
    expect(read(course())).toEqual([
      "visit 1 (day 0, treatment day 1): poc/certification-missing info",
      "visit 2 (day 2, treatment day 2): poc/certification-missing info",
      "visit 6 (day 11, treatment day 6): modifier/targeted-review info 92526",
    ]);
  });

  it("names each mistake a clinic makes on the way, on its visit only", () => {
    const found = read(course([
      // The progress report not written on the 10th treatment day.
      { visit: 20, change: (s) => poc(s, { progressReportAtThisVisit: false }) },
      // The re-evaluation billed on the 10th treatment day instead of a (non-billable) progress report.
      { visit: 30, change: (s) => ({ ...s, services: [{ code: "92523", units: 1, modifiers: ["GN", "KX"], allowedAmount: 190, activity: "Aphasia battery repeated", goalIds: ["G1"] }] }) },
      // KX left off the visit that crosses the threshold.
      { visit: 3, change: (s) => ({ ...s, services: s.services.map((l) => ({ ...l, modifiers: l.modifiers!.filter((m) => m !== "KX") })) }) },
      // A speech-language pathology assistant's minutes on 92507.
      { visit: 12, change: (s) => ({ ...s, services: s.services.map((l, i) => (i === 0 ? { ...l, minutes: 30, assistantMinutes: 20 } : l)) }) },
      // GN left off 92526.
      { visit: 14, change: (s) => ({ ...s, services: s.services.map((l) => (l.code === "92526" ? { ...l, modifiers: ["KX"] } : l)) }) },
      // The recertification signed four days after the visit past day 90.
      { visit: 40, change: (s) => poc(s, { certifiedOn: isoPlusDays(SOC, 97) }) },
    ])).filter((f) => !f.includes("targeted-review") && !/visit [12] /.test(f));
    expect(found).toEqual([
      "visit 3 (day 4, treatment day 3): modifier/kx-required error 92507",
      "visit 3 (day 4, treatment day 3): modifier/kx-required error 92526",
      "visit 3 (day 4, treatment day 3): modifier/kx-required error 97129",
      "visit 3 (day 4, treatment day 3): modifier/kx-required error 97130",
      "visit 12 (day 25, treatment day 2): modifier/slp-assistant error 92507",
      "visit 14 (day 30, treatment day 4): modifier/therapy-modifier-missing error 92526",
      "visit 20 (day 44, treatment day 10): poc/progress-report-due warning",
      // SLP-REEVAL: 92523 is the SLP's re-evaluation code (MBPM ch. 15 §220.3 C); the advice was missing.
      "visit 30 (day 67, treatment day 10): poc/progress-report-due info 92523",
      "visit 40 (day 91, treatment day 10): poc/certification-missing warning",
    ]);
  });
});
