import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";

/**
 * `poc/plan-of-care-missing`: the session carries no plan-of-care facts at all. One `info`
 * finding stands in for every plan-of-care check (certification, expiry, progress report,
 * goal links), which stay silent rather than each reporting "no data".
 *
 * @example
 * ```ts
 * planOfCareMissing.meta.defaultSeverity; //=> "info"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.1 (services are furnished under a plan of care).
 */
export const planOfCareMissing = createRule({
  id: "poc/plan-of-care-missing",
  defaultSeverity: "info",
  description: "The session has no plan-of-care data, so certification, progress-report and goal-link checks cannot run.",
  source: SOURCES.mbpm15_220_1,
  check(context) {
    const { session } = context;
    if (session.planOfCare !== undefined) return [];
    // NOT-MEDICARE: for another program only the start-of-care and goal-link checks are lost (the
    // certification, expiry and progress-report rules are Medicare's), so only their fields are asked for.
    const medicare = session.payer.program === "medicare";
    return [
      {
        kind: "no-data",
        message: medicare
          ? "No plan-of-care data was given: certification, expiry, progress-report and goal-link checks were not run."
          : "No plan-of-care data was given: the start-of-care and goal-link checks were not run.",
        path: ["planOfCare"],
        fix: medicare ? "Pass planOfCare (startOfCare, certifiedOn, certifiedThrough, goals, treatmentDaysSinceProgressReport)." : "Pass planOfCare (startOfCare, goals).",
      },
    ];
  },
});
