import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";

/** A progress report is due at least once every this many treatment days. */
const TREATMENT_DAYS = 10;

/**
 * `poc/progress-report-due` (Medicare): `treatmentDaysSinceProgressReport` (this visit
 * included) is 10 or more, so a progress report by the therapist is due at this visit (10)
 * or overdue (more). The old "or 30 calendar days" prong is no longer in the manual and is not
 * applied. Other programs: not applied.
 *
 * @example
 * ```ts
 * progressReportDue.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.3 D.
 */
export const progressReportDue = createRule({
  id: "poc/progress-report-due",
  defaultSeverity: "warning",
  description: "A progress report is due: 10 or more treatment days since the last one, this visit included (Medicare).",
  source: SOURCES.mbpm15_220_3_d,
  notes:
    "Before 2013 the manual said '10 treatment days or 30 calendar days, whichever is less' (old CMS FAQ); some web pages still say so (e.g. rehabalpha). The current §220.3 D has only the 10-treatment-day rule. An assistant's interim report does not count.",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (session.payer.program !== "medicare" || poc === undefined) return [];
    const n = poc.treatmentDaysSinceProgressReport;
    // REPORT-WRITTEN: planOfCare.progressReportAtThisVisit (a clinician writes the report at this visit) closes the period.
    const written = poc.progressReportAtThisVisit === true;
    // DISCHARGE: on the visit that ends the episode (planOfCare.dischargeAtThisVisit, sixteenth round)
    // the report due is its discharge note, which poc/discharge-note-missing asks for: not said twice.
    const discharge = poc.dischargeAtThisVisit === true;
    if (n === undefined) {
      if (written || discharge) return [];
      // FIRST-DAY: the first reporting period begins on the start-of-care day (MBPM ch. 15 §220.3 D): nothing to ask.
      if (session.dateOfService === poc.startOfCare) return [];
      return [{ kind: "no-data", message: "The number of treatment days since the last progress report is not given, so the progress-report interval cannot be checked.", path: ["planOfCare", "treatmentDaysSinceProgressReport"] }];
    }
    if (n < TREATMENT_DAYS) return [];
    // ASSISTANT-VISIT: on a visit a PTA or OTA furnished, the message says they cannot write the report.
    // SLPA: a deliberate change (eleventh round): an SLPA too (the new credential), and an SLPA's evaluation code gets no advice (modifier/slp-assistant: it cannot be billed).
    const { credential } = session.provider;
    const byAssistant = written ? " The report written at this visit is late." : credential === "PTA" || credential === "OTA" || credential === "SLPA" ? ` This visit was furnished by an assistant (${credential}), who cannot write it.` : "";
    return [
      // REPORT-WRITTEN: day 10 with the report written at this visit is not reported.
      // DISCHARGE: nor the report due on the discharge visit with no report written.
      ...((written && n === TREATMENT_DAYS) || (!written && discharge) ? [] : [{
        message:
          (n === TREATMENT_DAYS
            ? `This visit is treatment day ${n} since the last progress report: a progress report is due at this visit.`
            : `This visit is treatment day ${n} since the last progress report: a progress report was due by day ${TREATMENT_DAYS}.`) + byAssistant,
        path: ["planOfCare", "treatmentDaysSinceProgressReport"],
        // CLINICIAN: MBPM §220.3 D lets the physician/NPP who provides or supervises the services write it too.
        fix: written ? "Write each progress report by the 10th treatment day of its period." : "A clinician (the therapist, or the physician/NPP who provides or supervises the services; not an assistant) writes a progress report assessing progress toward each goal.",
      }]),
      // RE-EVAL-DUE: a re-evaluation (97164, 97168) billed where a progress report is due is advice (MBPM ch. 15 §220.3 C).
      // SLP-REEVAL: on an SLP visit an SLP evaluation code (always therapy: not the instrumental studies) is its re-evaluation.
      ...session.services.flatMap((line, i) =>
        // ASSISTANT-EVAL: not on a PT/OT re-evaluation a PTA/OTA took part in (credential of the plan's assistant, assistant minutes, CQ on PT, CO on OT): it cannot be billed at all (modifier/assistant-evaluation).
        // WRONG-PLAN-ADVICE: nor on any line of a visit an assistant of another discipline furnished (modifier/assistant-discipline-mismatch).
        !(credential === "PTA" || credential === "OTA" || credential === "SLPA") && (((line.code === "97164" || line.code === "97168") &&
          !(session.provider.discipline !== "SLP" && ((line.assistantMinutes ?? 0) > 0 ||
            (line.modifiers ?? []).some((m) => m.toUpperCase() === (session.provider.discipline === "PT" ? "CQ" : "CO"))))) ||
        (session.provider.discipline === "SLP" && context.code(line.code)?.contact === "evaluation" && context.code(line.code)?.alwaysTherapy === true))
          ? [
              lineReport(i, line.code, "code", {
                kind: "advice",
                message: `${line.code} is billed where a progress report is due: a progress report is not billable, and a re-evaluation needs an indication (new clinical findings, a significant change, no response to the plan).`,
                fix: `Bill ${line.code} only if the re-evaluation documents that indication.`,
                source: LINT_SOURCES.evaluationReport,
              }),
            ]
          : [],
      ),
    ];
  },
});
