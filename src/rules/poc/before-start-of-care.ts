import { createRule } from "../create-rule.js";
import { LINT_SOURCES } from "../sources.js";

/**
 * `poc/before-start-of-care`: the date of service is before the plan of care's `startOfCare`.
 * Treatment is furnished under a plan established before it begins (the evaluation may fall on
 * the start-of-care day itself), so a visit before the start of care is outside the plan: most
 * likely one of the two dates was mistyped. Applied to every program: the dates contradict
 * each other whoever pays.
 *
 * @example
 * ```ts
 * beforeStartOfCare.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks 42 CFR 410.61(b); Medicare Benefit Policy Manual ch. 15 §220.1.2.
 */
export const beforeStartOfCare = createRule({
  id: "poc/before-start-of-care",
  defaultSeverity: "error",
  description: "The date of service is before the plan of care's start of care.",
  source: LINT_SOURCES.planBeforeTreatment,
  // Both are validated YYYY-MM-DD dates, so their text order is their day order.
  check(context) {
    const { session } = context;
    const start = session.planOfCare?.startOfCare;
    if (start === undefined || session.dateOfService >= start) return [];
    return [
      {
        message: `The date of service ${session.dateOfService} is before the start of care (${start}): probably a data-entry error in one of the dates.`,
        path: ["planOfCare", "startOfCare"],
        fix: "Correct the date of service or the start of care.",
      },
    ];
  },
});
