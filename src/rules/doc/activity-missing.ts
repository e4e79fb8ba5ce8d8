import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { isEvaluation } from "../is-evaluation.js";

/**
 * `doc/activity-missing`: a service line with no activity text. Every billed intervention must
 * be identified in the treatment note in words that can be compared with its code. An
 * evaluation or re-evaluation is documented in its evaluation report (§220.3 C), not in a
 * treatment note, so on an evaluation code the finding is advice (`info`) to keep that report.
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
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      if (!isBlank(line.activity)) continue;
      if (isEvaluation(context, line.code)) {
        out.push(
          lineReport(i, line.code, "activity", {
            kind: "advice",
            message: `${line.code} is an evaluation and has no activity text: an evaluation is documented in its evaluation report, not in the treatment note.`,
            fix: `Keep the ${line.code} evaluation report (diagnosis, findings, prognosis and plan of care) on file for this date of service.`,
            source: LINT_SOURCES.evaluationReport,
          }),
        );
        continue;
      }
      out.push(
        lineReport(i, line.code, "activity", {
          message: `${line.code} has no activity text: the note must name what was done for each billed code.`,
          fix: `Describe the ${line.code} intervention in the line's activity (what the patient did, with what assistance or cueing).`,
        }),
      );
    }
    return out;
  },
});
