import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { noteTexts } from "../note-texts.js";
import { manualGiven } from "../../../../../src/rules/doc/manual-given.js";

/**
 * `doc/skilled-need-missing`: neither the note nor any line's activity shows why a therapist's
 * skill was needed: no cueing (VCs/TCs), facilitation, assessment, progression or
 * modification, safety monitoring, instruction or education, guarding or manual guidance,
 * grading, feedback or strategy training. With no note text at all it says so at `info`.
 *
 * @example
 * ```ts
 * skilledNeedMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.2 (skilled services); MAC 97530 review findings.
 */
export const skilledNeedMissing = createRule({
  id: "doc/skilled-need-missing",
  defaultSeverity: "warning",
  description: "The note never shows why a therapist's skill was needed (cueing, facilitation, assessment, progression, safety monitoring, instruction…).",
  source: SOURCES.mbpm15_220_2,
  notes:
    "Pub. 100-02 §220.3 E says descriptions of skilled interventions are allowed but not required in every daily note (they belong in the plan and progress reports); MAC reviews (FCSO, Noridian JF 97530) nonetheless deny notes that never show skill. CMS text wins on what is required, so this is a warning, not an error.",
  check(context) {
    const { note, activities } = noteTexts(context.session);
    const all = [...note, ...activities];
    // MANUAL-SKILL: a hands-on manual technique shows the therapist's skill. MANUAL-NOT-GIVEN (twenty-second round, gaps22): not one
    // deferred, held, declined, negated or not performed ("debridement deferred; dressing change"; the live helper manualGiven).
    // PLAN-MANUAL (gaps22): a technique the plan names is one of a later visit ("Resume debridement next visit").
    if (all.some(({ text, path }) => context.text(text).terms.skilled.length > 0 || (path[1] !== "plan" && context.text(text).terms.manual.length > 0 && manualGiven(text, context.text)))) return [];
    // EVAL-SKILL: a visit with an evaluation line shows skilled need (MBPM ch. 15 §220.3 C).
    if (context.session.services.some((line) => context.code(line.code)?.contact === "evaluation")) return [];
    if (note.length === 0) {
      return [
        {
          kind: "no-data",
          message: activities.length === 0 ? "There is no note or activity text, so skilled need cannot be checked." : "There is no note text, and the activity texts do not show why a therapist's skill was needed.",
          path: ["note"],
        },
      ];
    }
    return [
      {
        message: "The note does not show why a therapist's skill was needed (no cueing, facilitation, assessment, progression, safety monitoring or instruction is described).",
        path: ["note"],
        fix: "Say what the therapist did that needed skill: cues given, how the task was graded or progressed, what was assessed, what safety risk was monitored.",
      },
    ];
  },
});
