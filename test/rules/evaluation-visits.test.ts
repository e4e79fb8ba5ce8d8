import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../src/index.js";
import type { ServiceLine, Session } from "../../src/model/session.js";

// Realistic evaluation and re-evaluation visits (every patient's first claim) through the linter,
// with the doc/ and poc/ findings each should get. Authorities, read with the search tool:
// MBPM (Pub. 100-02) ch. 15 §220.3 C (the evaluation is documented in its evaluation report; a
// re-evaluation is covered when the clinician finds an indication for one) and §220.3 D (the first
// progress-report period begins on the episode's first day, evaluation or not).

const DAY = "2025-03-10";
const NOTE = { subjective: "Pt reports L knee pain 6/10 after a fall 2 wk ago.", assessment: "Deficits in strength and balance limit community ambulation.", plan: "PT 2x/wk x 6 wk." };
const POC = { startOfCare: DAY, goals: [{ id: "G1", text: "Walk 300 ft without device" }] };

function visit(services: ServiceLine[], extra: Partial<Session> = {}): Session {
  return { dateOfService: DAY, payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT" }, services, note: NOTE, planOfCare: POC, ...extra };
}
const ev = (code: string, activity = "Initial evaluation", modifier = "GP"): ServiceLine => ({ code, units: 1, modifiers: [modifier], activity });
const tx = (code: string, activity: string, modifier = "GP"): ServiceLine => ({ code, minutes: 15, units: 1, modifiers: [modifier], activity, goalIds: ["G1"] });
const SLP = { provider: { discipline: "SLP", credential: "SLP" } } as const;
const OT = { provider: { discipline: "OT", credential: "OT" } } as const;
const CERT = "poc/certification-missing:info";

const cases: readonly (readonly [name: string, session: Session, expected: readonly string[]])[] = [
  ["PT low-complexity evaluation, plan written today", visit([ev("97161")]), [CERT]],
  ["PT evaluation line with no activity text: nothing about it (the evaluation report documents it)", visit([ev("97162", "")]), [CERT]],
  ["PT evaluation, no plan-of-care data at all", visit([ev("97163")], { planOfCare: undefined }), ["poc/plan-of-care-missing:info"]],
  ["PT evaluation with 97110, 97140 and 97530 the same day", visit([ev("97161"), tx("97110", "Quad sets, SLR 2x10 w/ VCs"), tx("97140", "Patellar mobs grade II"), tx("97530", "Sit to stand x10 w/ CGA")]), [CERT]],
  ["PT evaluation, a one-line note", visit([ev("97161")], { note: { text: "Eval completed, POC established." } }), [CERT]],
  ["PT evaluation, no note text at all", visit([ev("97161")], { note: undefined }), [CERT]],
  ["PT evaluation with a treatment line and no goals in the plan yet", visit([ev("97161"), tx("97110", "HEP instruction: SLR, quad sets w/ VCs")], { planOfCare: { startOfCare: DAY } }), ["doc/goal-link-missing:info", CERT]],
  ["PT evaluation the day before the recorded start of care", visit([ev("97161")], { planOfCare: { ...POC, startOfCare: "2025-03-11" } }), ["poc/before-start-of-care:error", CERT, "poc/progress-report-due:info"]],
  ["PT re-evaluation on the 10th treatment day: the report is due, and advice on the billed 97164", visit([ev("97164", "Re-evaluation: TUG 11 s"), tx("97110", "Leg press 3x10, step ups w/ VCs")], { dateOfService: "2025-04-14", planOfCare: { ...POC, certifiedOn: "2025-03-12", certifiedThrough: "2025-06-07", treatmentDaysSinceProgressReport: 10 } }), ["poc/progress-report-due:warning", "poc/progress-report-due:info"]],
  ["PT re-evaluation on the 4th treatment day", visit([ev("97164", "Re-eval"), tx("97140", "STM to quads")], { dateOfService: "2025-04-14", planOfCare: { ...POC, certifiedOn: "2025-03-12", certifiedThrough: "2025-06-07", treatmentDaysSinceProgressReport: 4 } }), []],
  ["commercial payer's evaluation with treatment", visit([ev("97162", "Initial evaluation", "GP"), tx("97110", "SLR 2x10 w VCs")], { payer: { program: "commercial", name: "Acme" } }), []],
  ["Medicaid high-complexity evaluation", visit([ev("97163", "Initial eval")], { payer: { program: "medicaid" } }), []],
  ["OT evaluation with self-care training", visit([ev("97166", "OT evaluation", "GO"), tx("97535", "LB dressing training w/ reacher, min A", "GO")], OT), [CERT]],
  ["OT re-evaluation", visit([ev("97168", "OT re-evaluation", "GO")], { ...OT, dateOfService: "2025-04-14", planOfCare: { ...POC, certifiedOn: "2025-03-12", certifiedThrough: "2025-06-07", treatmentDaysSinceProgressReport: 6 } }), []],
  ["SLP speech and language evaluation with 92507 the same day", visit([ev("92523", "Speech and language evaluation: CELF-5", "GN"), tx("92507", "Articulation tx /r/ in words 80% acc w/ VCs", "GN")], SLP), [CERT]],
  ["SLP fluency evaluation", visit([ev("92521", "Fluency evaluation", "GN")], SLP), [CERT]],
  ["SLP evaluation, 'Speech language eval' only", visit([ev("92523", "Speech language eval", "GN")], SLP), [CERT]],
  ["SLP clinical swallow evaluation with no activity text, and swallowing treatment", visit([ev("92610", "", "GN"), tx("92526", "Effortful swallow x10 w/ VCs, chin tuck", "GN")], SLP), [CERT]],
  ["PT billing an OT evaluation", visit([ev("97165", "Eval", "GO")]), ["doc/discipline-mismatch:error", CERT]],
  ["the deleted PT evaluation code 97001 in 2025", visit([ev("97001")]), ["doc/deleted-code:error", CERT]],
];

describe("evaluation and re-evaluation visits: the linter's findings", () => {
  it.each(cases.map((c) => [c[0], c] as const))("%s", (_name, [, session, expected]) => {
    expect(lintDocumentation(session).map((f) => `${f.rule}:${f.severity}`)).toEqual(expected);
  });
});
