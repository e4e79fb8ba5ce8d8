import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";

/**
 * `poc/discharge-note-missing` (Medicare): `planOfCare.dischargeAtThisVisit` says this visit
 * ends the episode, and `progressReportAtThisVisit` does not say a clinician writes its
 * discharge note. MBPM ch. 15 §220.3 D asks for a discharge note (discharge summary) for each
 * episode: a progress report written by a clinician (the therapist, or the physician/NPP who
 * provides or supervises the services; never an assistant), from the last progress report to
 * discharge. On a visit a PTA, OTA or SLPA furnished, the message adds that the assistant cannot
 * write it, and the fix that after a discharge the plan did not foresee the clinician may base it on
 * the assistant's treatment notes and verbal reports. A documentation requirement, not a claim
 * edit: `warning`, as `poc/progress-report-due`, which says nothing more on such a visit (the
 * discharge note is the report). Other programs: not applied.
 *
 * @example
 * ```ts
 * dischargeNoteMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.3 D (discharge note).
 */
export const dischargeNoteMissing = createRule({
  id: "poc/discharge-note-missing",
  defaultSeverity: "warning",
  description: "A visit that ends the episode has no discharge note: a clinician's progress report up to discharge (Medicare).",
  source: SOURCES.mbpm15_220_3_d,
  notes:
    "When the patient stops coming, the clinician still writes the discharge note, from the treatment notes and the assistant's reports (§220.3 D); no visit then carries dischargeAtThisVisit.",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc?.dischargeAtThisVisit !== true || poc.progressReportAtThisVisit === true) return [];
    const { credential } = session.provider;
    // §220.3 D: the discharge note is a clinician's progress report; an assistant cannot write it.
    const assistant = credential === "PTA" || credential === "OTA" || credential === "SLPA";
    return [
      {
        message: `This visit ends the episode without a discharge note, the clinician's progress report from the last report to discharge.${assistant ? ` This visit was furnished by an assistant (${credential}), who cannot write it.` : ""}`,
        path: ["planOfCare", "progressReportAtThisVisit"],
        fix: `A clinician (the therapist, or the physician/NPP who provides or supervises the services; not an assistant) writes the discharge note${assistant ? " (after a discharge the plan did not foresee, from the assistant's treatment notes and verbal reports)" : ""}, then send planOfCare.progressReportAtThisVisit: true.`,
      },
    ];
  },
});
