import { describe, expect, it } from "vitest";
import { validateSession } from "../../../src/validate.js";
import type { ServiceLine, Session } from "../../../src/model/session.js";
import { isoPlusDays } from "../../fuzz/arbitraries.js";
import { applyChanges, readCourse, withKxFromCrossing, withPoc, type Change } from "./course-reading.js";

/**
 * A Medicare OT course after a distal radius fracture, visit by visit, as the clinic's EHR sends it
 * to validateSession. Evaluation 2025-04-07 (97166, with 97760 for the orthosis fitted that day),
 * two visits a week: the OT's visits bill 97110, 97535, 97530 and 97140; every third visit is the
 * OTA's (credential OTA, CO with GO on every line; never on a 10th treatment day, whose progress
 * report the OT writes); on the OT's other visits the OTA joins for part of 97530 (5 minutes of 15
 * with CO, or 1 minute of 15, within the 10% de minimis, without). The physician signs the
 * certification late, on day 41 (a delayed certification), a re-evaluation (97168) follows new
 * swelling on day 74, and the recertification is signed on day 86 through day 176. The OT bucket
 * of the KX threshold starts the year at $0 (the patient's PT, $900, is the other bucket's) and
 * passes $2,410 on visit 21; the clinic adds KX from the line that crosses it.
 * Only the plan-of-care and modifier findings are read; the targeted-review info once.
 */
const SOC = "2025-04-07";


function course(changes: readonly Change[] = []): { id: string; session: Session }[] {
  const visits: { id: string; session: Session }[] = [];
  let day = 0;
  let since = 1;
  let ytd = 0;
  for (let n = 1; n <= 32; n++) {
    const byOta = n % 3 === 0 && since !== 10;
    const line = (code: string, allowedAmount: number, activity: string, extra: Partial<ServiceLine> = {}): ServiceLine => ({ code, minutes: 15, units: 1, modifiers: byOta ? ["GO", "CO"] : ["GO"], allowedAmount, activity, goalIds: ["G1"], ...extra });
    const services: ServiceLine[] =
      n === 1
        ? [line("97166", 105, "Wrist range of motion, grip dynamometry, QuickDASH, ADL interview", { minutes: 45 }), line("97760", 52, "Volar wrist orthosis fabricated and fitted; donning, doffing and skin checks trained", { minutes: 20 })]
        : n === 22
          ? [line("97168", 60, "Re-evaluation for new hand swelling: edema, range of motion and sensation retested", { minutes: 30 }), line("97140", 30, "Retrograde massage for edema, radiocarpal glides grade II")]
          : [
              line("97110", 30, "Wrist AROM and AAROM flexion/extension, tendon glides 2x10 with VCs"),
              line("97535", 33, "Meal prep with built-up utensils, one-handed jar opening technique"),
              line("97530", 34, "Graded putty grasp and functional reach to a cabinet with a 2 lb can", byOta ? {} : n % 2 === 0 ? { assistantMinutes: 5, modifiers: ["GO", "CO"] } : { assistantMinutes: 1 }),
              ...(byOta ? [] : [line("97140", 30, "Radiocarpal joint mobilisation grade II, scar massage", { minutes: 10 })]),
            ];
    const { services: kx, after } = withKxFromCrossing(services, ytd);
    const timed = services.filter((s) => !s.code.startsWith("9716")).reduce((sum, s) => sum + s.minutes!, 0);
    const recertified = day >= 86;
    const session: Session = applyChanges({
      dateOfService: isoPlusDays(SOC, day),
      payer: { program: "medicare" },
      provider: { discipline: "OT", credential: byOta ? "OTA" : "OT" },
      services: kx,
      totalTimedMinutes: timed,
      note: { assessment: "Wrist extension 45 deg, up from 35; grip 12 lb", patientResponse: "Tolerated, pain 3/10", plan: "Progress grip strengthening" },
      therapyYearToDate: { ot: ytd, ptSlp: 900 },
      planOfCare: {
        startOfCare: SOC,
        ...(day >= 41 ? { certifiedOn: recertified ? isoPlusDays(SOC, 86) : isoPlusDays(SOC, 41) } : {}),
        certifiedThrough: recertified ? isoPlusDays(SOC, 176) : isoPlusDays(SOC, 89),
        goals: [{ id: "G1" }],
        treatmentDaysSinceProgressReport: since,
        ...(since === 10 ? { progressReportAtThisVisit: true } : {}),
      },
    }, changes, n);
    visits.push({ id: `visit ${n} (day ${day}, treatment day ${session.planOfCare!.treatmentDaysSinceProgressReport}${byOta ? ", OTA" : ""})`, session });
    ytd = after;
    since = since === 10 ? 1 : since + 1;
    day += n % 2 === 0 ? 3 : 4;
  }
  return visits;
}


const read = readCourse;
const poc = withPoc;
const mods = (s: Session, edit: (l: ServiceLine) => ServiceLine): Session => ({ ...s, services: s.services.map(edit) });
const visitsOf = (from: number, to: number, what: (n: number) => string) => Array.from({ length: to - from + 1 }, (_, k) => what(from + k));

describe("a Medicare OT course of care with an OTA, visit by visit (MBPM ch. 15 §220.1.3, §220.3 D, §230.2; CPM ch. 5 §20.1; SSA §1834(v))", () => {
  it("says what is due: certification advice to day 30, the missing then delayed certification until the recertification, the targeted-review level once; nothing on the OTA's, the shared, the KX or the re-evaluation visits", () => {
    const found = read(course()).map((f) => f.replace(/ \(day \d+, treatment day \d+(, OTA)?\)/, ""));
    expect(found).toEqual([
      ...visitsOf(1, 9, (n) => `visit ${n}: poc/certification-missing info`),
      // Not certified by day 30 (MBPM ch. 15 §220.1.3 B), then certified on day 41: a delayed
      // certification (§220.1.3 D), said on every visit it covers until the recertification.
      ...visitsOf(10, 25, (n) => `visit ${n}: poc/certification-missing warning`),
      "visit 26: modifier/targeted-review info 97530",
    ]);
  });

  it("names each mistake a clinic makes on the way, on its visit only", () => {
    const found = read(course([
      // The OTA's 5 minutes of 97530 (more than 10% of 15) billed without CO.
      { visit: 4, change: (s) => mods(s, (l) => (l.code === "97530" ? { ...l, modifiers: ["GO"] } : l)) },
      // The OTA's visit billed with CQ, the PTA's modifier.
      { visit: 9, change: (s) => mods(s, (l) => ({ ...l, modifiers: ["GO", "CQ"] })) },
      // The OTA treats on the 10th treatment day and no OT writes the progress report.
      { visit: 20, change: (s) => poc(mods({ ...s, provider: { discipline: "OT", credential: "OTA" } }, (l) => ({ ...l, modifiers: ["GO", "CO"] })), { progressReportAtThisVisit: false }) },
      // The re-evaluation furnished by the OTA.
      { visit: 22, change: (s) => ({ ...s, provider: { discipline: "OT", credential: "OTA" } }) },
      // KX left off a visit above the threshold.
      { visit: 28, change: (s) => mods(s, (l) => ({ ...l, modifiers: l.modifiers!.filter((m) => m !== "KX") })) },
    ])).filter((f) => !f.includes("certification-missing") && !f.includes("targeted-review"));
    expect(found).toEqual([
      "visit 4 (day 11, treatment day 4): modifier/assistant-modifier-missing error 97530",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-mismatch error 97110",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-missing error 97110",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-mismatch error 97535",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-missing error 97535",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-mismatch error 97530",
      "visit 9 (day 28, treatment day 9, OTA): modifier/assistant-modifier-missing error 97530",
      "visit 20 (day 67, treatment day 10): poc/progress-report-due warning",
      "visit 22 (day 74, treatment day 2): modifier/assistant-evaluation error 97168",
      "visit 22 (day 74, treatment day 2): modifier/assistant-modifier-missing error 97140",
      "visit 28 (day 95, treatment day 8): modifier/kx-required error 97110",
      "visit 28 (day 95, treatment day 8): modifier/kx-required error 97535",
      "visit 28 (day 95, treatment day 8): modifier/kx-required error 97530",
      "visit 28 (day 95, treatment day 8): modifier/kx-required error 97140",
    ]);
    // MBPM ch. 15 §220.3 D: the OT writes the report; the warning on the OTA's visit says the OTA cannot.
    const day10 = validateSession(course([{ visit: 20, change: (s) => poc({ ...s, provider: { discipline: "OT", credential: "OTA" } }, { progressReportAtThisVisit: false }) }])[19]!.session);
    expect(day10.findings.find((f) => f.rule === "poc/progress-report-due")!.message).toContain("furnished by an assistant (OTA), who cannot write it");
  });
});
