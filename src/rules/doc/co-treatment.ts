import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";

/**
 * Activity text that says a second clinician co-treated: "co-treat", "cotreat", "Co-treatment",
 * "co-tx", "cotx" (not "cotton", "cot").
 *
 * @example
 * ```ts
 * CO_TREAT_TEXT.test("Co-treat w/ OT: transfers"); //=> true
 * ```
 * @internal
 */
export const CO_TREAT_TEXT = /\bco[\W_]?(?:treat|tx\b)/i;

/**
 * `doc/co-treatment`: on a Medicare claim, a line given together with another clinician treating
 * the same patient at the same time (`coTreated: true`, or no `coTreated` and an activity that
 * says "co-treat", "co-tx"). Medicare Part B pays those minutes once between the clinicians: a PT
 * and an OT co-treating 30 minutes may each bill one unit of 97530, or one of them both, never
 * both of them both. One claim cannot show what the other bills, so the finding is `info`, a
 * reminder where double billing happens; other payers' rules differ (Part A and many plans pay
 * each discipline in full) and are not reported.
 *
 * @example
 * ```ts
 * coTreatment.meta.defaultSeverity; //=> "info"
 * ```
 * @remarks CMS, Part B billing scenarios for PTs and OTs (team therapy); Noridian JE, Rehabilitation delivery methods (co-treatment).
 */
export const coTreatment = createRule({
  id: "doc/co-treatment",
  defaultSeverity: "info",
  description: "A Medicare line co-treated with another clinician: the minutes are paid once between the clinicians.",
  source: {
    title: "CMS Part B billing scenarios for PTs and OTs (team therapy); Noridian JE, Rehabilitation delivery methods",
    section: "Clinicians treating one patient at the same time cannot each bill the same minutes",
    url: "https://med.noridianmedicare.com/web/jeb/specialties/outpatient-therapy/rehabilitation-delivery-methods",
  },
  check(context) {
    const out: RuleReport[] = [];
    const session = context.session;
    if (session.payer.program !== "medicare") return out;
    const services = session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      const said = line.coTreated;
      if (said === false || (said !== true && (isBlank(line.activity) || !CO_TREAT_TEXT.test(line.activity!)))) continue;
      const code = line.code;
      const minutes = line.minutes;
      out.push(
        lineReport(i, code, said ? "coTreated" : "activity", {
          message: `${code}${said ? " was" : "'s activity says it was"} co-treated with another clinician: Medicare Part B pays co-treated time once, between the clinicians.`,
          fix: `Bill this clinician's share${minutes === undefined ? "" : ` (here ${minutes} min)`} here and the rest on the other's claim, never the same minutes on both (30 co-treated minutes of 97530: a unit on each claim, or both on one).${said ? "" : " Set the line's coTreated (false if no one else treated)."}`,
        }),
      );
    }
    return out;
  },
});
