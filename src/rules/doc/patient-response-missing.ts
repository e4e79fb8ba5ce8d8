import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank } from "../line-report.js";
import { anyTextHas, hasActivityText, hasNoteText } from "../note-texts.js";
import { LINT_SOURCES } from "../sources.js";
import { isEvaluation } from "../is-evaluation.js";

/**
 * A result measured in seconds, pounds, kilograms, feet or laps ("SLS 12 sec R", "Reaction 0.7 s",
 * "Lifted 20 lb floor to waist", "Walked 5 laps w/o rest"), not a hold ("5 sec holds"): read in the assessment only, where
 * a number is what the patient did, not the dose given ("bike 10 min" in an activity).
 */
const MEASURED = /\d\s*(?:s|secs?|seconds|lbs?|kg|ft|feet|laps?)\b(?![\W_]*holds?\b)/i;

/**
 * `doc/patient-response-missing`: the note does not record how the patient responded
 * (`note.patientResponse` is empty and no note or activity text mentions tolerance, pain,
 * fatigue, what the patient reported, performance such as "80% accuracy", a score ("8/10"), "able to…" or an
 * assistance level ("w/ SBA"), improvement or difficulty). A visit whose every line is an
 * evaluation or re-evaluation is not flagged: no treatment was given, and the evaluation report
 * records the patient's status (Pub. 100-02 ch. 15 §220.3 C). With no note text at all it says so at `info`.
 *
 * @example
 * ```ts
 * patientResponseMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.3 E (patient self-report and adverse reaction as treatment-note elements); MAC review findings.
 */
export const patientResponseMissing = createRule({
  id: "doc/patient-response-missing",
  defaultSeverity: "warning",
  description: "The note does not record how the patient responded to treatment.",
  source: SOURCES.mbpm15_220_3_e,
  notes:
    "Pub. 100-02 §220.3 E lists patient self-report and adverse reaction to intervention among optional treatment-note elements; MAC reviewers (Noridian JF 97530 TPE) and ASHA ask for the patient's response and objective progress. Hence a warning, not an error. Sixteenth round: the patient's requests counted ('8 requests'; not 'requests for a call back') and 'equal by' are performance. Seventeenth round: 'able w/o', 'completed w/o', 'losses of balance' and 'no LBP' are too; eighteenth: 'pt demo'd'.",
  check(context) {
    const { session } = context;
    if (!isBlank(session.note?.patientResponse)) return [];
    // An assistance level ("toileting w/ SBA", "CGA") is the patient's performance too.
    if (anyTextHas(context, "response", "assist")) return [];
    // A result measured in the assessment is the patient's performance.
    const assessment = session.note?.assessment;
    if (assessment !== undefined && MEASURED.test(assessment)) return [];
    // A visit of evaluations only gave no treatment to respond to; its report records the patient's status (§220.3 C).
    const services = session.services;
    if (services.length > 0 && services.every((line) => isEvaluation(context, line.code))) return [];
    if (!hasNoteText(session)) {
      return [
        {
          kind: "no-data",
          message: !hasActivityText(session) ? "There is no note or activity text, so the patient's response cannot be checked." : "There is no note text, and the activity texts do not record the patient's response.",
          path: ["note"],
        },
      ];
    }
    return [
      {
        message: "The note does not record how the patient responded (tolerance, pain, fatigue, performance or progress).",
        path: ["note", "patientResponse"],
        fix: "Record the patient's response: tolerance, symptoms, performance (e.g. accuracy, assistance level) and change since the last visit.",
        source: LINT_SOURCES.noridian97530,
      },
    ];
  },
});
