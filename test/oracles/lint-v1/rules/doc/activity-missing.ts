import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";

/**
 * `doc/activity-missing`: a service line with no activity text. Every billed intervention must
 * be identified in the treatment note in words that can be compared with its code.
 *
 * @example
 * ```ts
 * activityMissing.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.3 E.
 */
export const activityMissing = createRule({
  id: "doc/activity-missing",
  defaultSeverity: "error",
  description: "A service line has no activity text: the note does not say what was done for that code.",
  source: SOURCES.mbpm15_220_3_e,
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      // EVAL-REPORT: an evaluation is documented in its evaluation report (MBPM ch. 15 §220.3 C),
      // not in the treatment note. EVAL-SILENT: so no activity text on an evaluation code is not
      // reported at all (the advice to keep the report came on every evaluation: noise).
      if (isBlank(line.activity) && context.code(line.code)?.contact === "evaluation") {
        // nothing
      } else if (isBlank(line.activity)) {
        out.push(
          lineReport(i, line.code, "activity", {
            message: `${line.code} has no activity text: the note must name what was done for each billed code.`,
            fix: `Describe the ${line.code} intervention in the line's activity (what the patient did, with what assistance or cueing).`,
          }),
        );
      }
    });
    return out;
  },
});
