import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { EXERCISE_DOSES } from "../text/lexicon.js";

/**
 * `doc/97110-reads-as-functional`: a 97110 line whose activity describes dynamic functional
 * tasks (lifting, carrying, transfers, ADL simulation…) and no strengthening, stretching or
 * range-of-motion exercise. It may be 97530. Advice only (`info`): the code is not wrong to
 * bill, but may be undercoded.
 *
 * @example
 * ```ts
 * reads97110AsFunctional.meta.defaultSeverity; //=> "info"
 * ```
 * @remarks CPT 97110 vs 97530 descriptors; MAC LCD text on therapeutic activities.
 */
export const reads97110AsFunctional = createRule({
  id: "doc/97110-reads-as-functional",
  defaultSeverity: "info",
  description: "A 97110 line describes only dynamic functional tasks and no exercise; 97530 may fit better.",
  source: LINT_SOURCES.lcd97530,
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      if (line.code.toUpperCase() !== "97110" || isBlank(line.activity)) return;
      const t = context.text(line.activity!).terms;
      // DOSE: sets × reps and weights ("lifting crate x10, carrying 15#") name no exercise.
      if (t.functional.length > 0 && t.exercise.every((term) => EXERCISE_DOSES.has(term))) {
        out.push(
          lineReport(i, line.code, "activity", {
            message: `97110 activity describes functional tasks (${t.functional.slice(0, 3).join(", ")}) rather than exercise.`,
            fix: "If the time was spent on dynamic functional activities, 97530 describes it; keep 97110 for strengthening, stretching and range of motion.",
          }),
        );
      }
    });
    return out;
  },
});
