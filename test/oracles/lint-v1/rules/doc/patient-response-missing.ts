import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank } from "../line-report.js";
import { noteTexts } from "../note-texts.js";
import { LINT_SOURCES } from "../sources.js";

/**
 * `doc/patient-response-missing`: the note does not record how the patient responded
 * (`note.patientResponse` is empty and no note or activity text mentions tolerance, pain,
 * fatigue, what the patient reported, performance such as "80% accuracy" or "able to…",
 * improvement or difficulty). With no note text at all it says so at `info`.
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
    "Pub. 100-02 §220.3 E lists patient self-report and adverse reaction to intervention among optional treatment-note elements; MAC reviewers (Noridian JF 97530 TPE) and ASHA ask for the patient's response and objective progress. Hence a warning, not an error.",
  check(context) {
    const { session } = context;
    if (!isBlank(session.note?.patientResponse)) return [];
    const { note, activities } = noteTexts(session);
    const all = [...note, ...activities];
    // ASSIST-LEVEL: an assistance level is the patient's performance too.
    if (all.some(({ text }) => context.text(text).terms.response.length > 0 || context.text(text).terms.assist.length > 0)) return [];
    // MEASURED: a deliberate change (thirteenth round, lead): a result measured in seconds, pounds, kilograms or feet in the note's assessment (not "5 sec holds") is a response, as in src/rules/doc/patient-response-missing.ts.
    // LAPS: a deliberate change (fourteenth round, notes14): laps walked, swum or propelled ("Walked 5 laps w/o rest.") are a measured result too.
    if (/\d\s*(?:s|secs?|seconds|lbs?|kg|ft|feet|laps?)\b(?![\W_]*holds?\b)/i.test(session.note?.assessment ?? "")) return [];
    // EVAL-SKILL: a visit of evaluations only has no treatment to respond to (MBPM ch. 15 §220.3 C).
    if (session.services.length > 0 && session.services.every((line) => context.code(line.code)?.contact === "evaluation")) return [];
    if (note.length === 0) {
      return [
        {
          kind: "no-data",
          message: activities.length === 0 ? "There is no note or activity text, so the patient's response cannot be checked." : "There is no note text, and the activity texts do not record the patient's response.",
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
