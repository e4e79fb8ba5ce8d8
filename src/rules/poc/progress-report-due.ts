import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";

/** A progress report is due at least once every this many treatment days. */
const TREATMENT_DAYS = 10;
/** The PT and OT re-evaluation codes (SLP re-evaluates under its evaluation codes). */
const RE_EVALUATIONS: ReadonlySet<string> = new Set(["97164", "97168"]);

/**
 * `poc/progress-report-due` (Medicare): `treatmentDaysSinceProgressReport` (this visit
 * included) is 10 or more, so a clinician's progress report (the therapist's, or that of the
 * physician/NPP who provides or supervises the services; never an assistant's) is due at this
 * visit (10) or overdue (more). The old "or 30 calendar days" prong is no longer in the manual and is not
 * applied. On a visit a PTA, OTA or SLPA furnished, the message adds that the assistant cannot write
 * it. With no count given it says so at `info`, except on the start-of-care day: the first
 * reporting period begins that day, whatever is furnished on it. A re-evaluation (97164, 97168; on
 * an SLP visit, an SLP evaluation code such as 92523 or 92610: SLP has no re-evaluation code)
 * billed on a visit where the report is due or overdue gets `info` advice: a progress report is not
 * billable, and a re-evaluation is covered only when the clinician finds an indication for one
 * (new clinical findings, a significant change, failure to respond: §220.3 C); not on a PT/OT
 * re-evaluation a PTA or OTA took part in (credential, assistant minutes, CQ/CO), which cannot be
 * billed at all (`modifier/assistant-evaluation` says so), nor on an SLPA's visit
 * (`modifier/slp-assistant`). When
 * `planOfCare.progressReportAtThisVisit` says a clinician writes the report at this visit, day 10
 * and a visit with no count are not reported, and a later day is reported as a late report. On a
 * visit that ends the episode (`planOfCare.dischargeAtThisVisit`) with no report written, neither
 * the report due nor a missing count is reported: `poc/discharge-note-missing` asks for the
 * discharge note, which is the report.
 * Other programs: not applied.
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
    // REPORT-WRITTEN: a clinician's report written at this visit closes the reporting period (§220.3 D).
    const written = poc.progressReportAtThisVisit === true;
    // DISCHARGE: on the visit that ends the episode the report due is its discharge note, which
    // poc/discharge-note-missing asks for when it is not written (§220.3 D): not said twice.
    const discharge = poc.dischargeAtThisVisit === true;
    if (n === undefined) {
      // §220.3 D: the first reporting period begins on the episode's first day, evaluation or not.
      if (written || discharge || session.dateOfService === poc.startOfCare) return [];
      return [{ kind: "no-data", message: "The number of treatment days since the last progress report is not given, so the progress-report interval cannot be checked.", path: ["planOfCare", "treatmentDaysSinceProgressReport"] }];
    }
    if (n < TREATMENT_DAYS) return [];
    const out: RuleReport[] = [];
    const { credential } = session.provider;
    // A PTA, OTA or SLPA furnished the visit (on any plan).
    const byAnAssistant = credential === "PTA" || credential === "OTA" || credential === "SLPA";
    if (written ? n > TREATMENT_DAYS : !discharge) {
      // An assistant furnishing the visit cannot write the report (§220.3 D): the message says so.
      const byAssistant = written ? " The report written at this visit is late." : byAnAssistant ? ` This visit was furnished by an assistant (${credential}), who cannot write it.` : "";
      out.push({
        message:
          (n === TREATMENT_DAYS
            ? `This visit is treatment day ${n} since the last progress report: a progress report is due at this visit.`
            : `This visit is treatment day ${n} since the last progress report: a progress report was due by day ${TREATMENT_DAYS}.`) + byAssistant,
        path: ["planOfCare", "treatmentDaysSinceProgressReport"],
        fix: written
          ? `Write each progress report by the ${TREATMENT_DAYS}th treatment day of its period.`
          : "A clinician (the therapist, or the physician/NPP who provides or supervises the services; not an assistant) writes a progress report assessing progress toward each goal.",
      });
    }
    const services = session.services;
    const slp = session.provider.discipline === "SLP";
    // Who took part in a PT (OT) re-evaluation if an assistant did: an assistant credential, or CQ (CO) on its line.
    const modifier = session.provider.discipline === "PT" ? "CQ" : "CO";
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      const code = line.code;
      // SLP-REEVAL: CPT has no SLP re-evaluation code, so one is billed with an evaluation code
      // (§220.3 C); the instrumental studies (92611, 92612…, not always therapy) are not re-evaluations.
      const info = slp ? context.code(code) : undefined;
      if (!RE_EVALUATIONS.has(code) && !(info?.contact === "evaluation" && info.alwaysTherapy)) continue;
      // ASSISTANT-EVAL: a PT/OT re-evaluation a PTA or OTA took part in cannot be billed at all
      // (modifier/assistant-evaluation, MBPM ch. 15 §230.1, §230.2): advice on when to bill it is noise.
      // An SLPA's visit cannot be billed at all either (modifier/slp-assistant, MBPM ch. 15 §230.3 C),
      // nor one an assistant of another discipline furnished (modifier/assistant-discipline-mismatch).
      if (byAnAssistant || (!slp && (line.assistantMinutes! > 0 || line.modifiers?.some((m) => m.toUpperCase() === modifier)))) continue;
      out.push(
        lineReport(i, code, "code", {
          kind: "advice",
          message: `${code} is billed where a progress report is due: a progress report is not billable, and a re-evaluation needs an indication (new clinical findings, a significant change, no response to the plan).`,
          fix: `Bill ${code} only if the re-evaluation documents that indication.`,
          source: LINT_SOURCES.evaluationReport,
        }),
      );
    }
    return out;
  },
});
