import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import { textHas } from "../note-texts.js";
import type { RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";
import { NAMED_EXERCISE } from "../text/analyze-text.js";

/**
 * `doc/97110-reads-as-functional`: a 97110 line whose activity describes dynamic functional
 * tasks (lifting, carrying, transfers, ADL simulation…) and no strengthening, stretching or
 * range-of-motion exercise. It may be 97530. A dose alone (sets × reps, a weight: "lifting
 * crate x10, carrying 15#") names no exercise. Advice only (`info`): the code is not wrong to
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
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // Read only until the first term that names an exercise (a dose alone does not): with one, there is nothing to report.
      if (upper(line.code) !== "97110" || isBlank(line.activity) || textHas(context, line.activity!, NAMED_EXERCISE)) continue;
      const t = context.text(line.activity!).terms;
      if (t.functional.length > 0) {
        out.push(
          lineReport(i, line.code, "activity", {
            message: `97110 activity describes functional tasks (${t.functional.slice(0, 3).join(", ")}) rather than exercise.`,
            fix: "If the time was spent on dynamic functional activities, 97530 describes it; keep 97110 for strengthening, stretching and range of motion.",
          }),
        );
      }
    }
    return out;
  },
});
