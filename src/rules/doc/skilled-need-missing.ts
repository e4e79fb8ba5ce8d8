import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { anyText, hasActivityText, hasNoteText, textHas } from "../note-texts.js";
import { isEvaluation } from "../is-evaluation.js";
import { termBits } from "../text/lexicon.js";
import type { RuleContext } from "../types.js";
import { manualGiven } from "./manual-given.js";

const SKILLED = termBits(["skilled"]);
const SKILL_OR_MANUAL = termBits(["skilled", "manual"]);

/**
 * Whether a text shows skill: a `skilled` term, or a manual technique given ({@link manualGiven}); in the plan, a `skilled` term
 * only: a technique the plan names is one of a later visit ("Resume debridement next visit", "Cont STM"; gaps22, PLAN-MANUAL).
 */
function showsSkill(context: RuleContext, text: string, field: string): boolean {
  return field === "plan" ? textHas(context, text, SKILLED) : textHas(context, text, SKILL_OR_MANUAL) && (textHas(context, text, SKILLED) || manualGiven(text, context.text));
}

/**
 * `doc/skilled-need-missing`: neither the note nor any line's activity shows why a therapist's
 * skill was needed: no cueing (VCs/TCs), facilitation, assessment, progression or
 * modification, safety monitoring, instruction or education, guarding or manual guidance,
 * grading, feedback or strategy training, and no hands-on manual technique (mobilization, MLD,
 * soft tissue work), which is the therapist's skill itself. A visit with an evaluation or
 * re-evaluation line is not flagged: the evaluation is a clinician's professional skill and its
 * report documents the need for skilled therapy (Pub. 100-02 ch. 15 §220.3 C). With no note text at all it says so at `info`.
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
    "Pub. 100-02 §220.3 E says descriptions of skilled interventions are allowed but not required in every daily note (they belong in the plan and progress reports); MAC reviews (FCSO, Noridian JF 97530) nonetheless deny notes that never show skill. CMS text wins on what is required, so this is a warning, not an error. Selective debridement is hands-on skill (Noridian JE: only skilled debridement is billed); a dressing change is not, nor a technique not given ('debridement deferred') or only planned.",
  check(context) {
    // A hands-on technique (joint mobilization, MLD, soft tissue work) is the therapist's skill itself, when it was given
    // (MANUAL-NOT-GIVEN: "debridement deferred; dressing change" shows none).
    if (anyText(context.session, (text, field) => showsSkill(context, text, field))) return [];
    // An evaluation is the therapist's professional skill, and its report documents the need for
    // skilled therapy (§220.3 C): a visit with an evaluation line shows skilled need.
    if (context.session.services.some((line) => isEvaluation(context, line.code))) return [];
    if (!hasNoteText(context.session)) {
      return [
        {
          kind: "no-data",
          message: !hasActivityText(context.session) ? "There is no note or activity text, so skilled need cannot be checked." : "There is no note text, and the activity texts do not show why a therapist's skill was needed.",
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
