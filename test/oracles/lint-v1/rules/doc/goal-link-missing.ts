import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
// SHORT-ID: the live helper, added in the seventh round.
import { shortQuote } from "../../../../../src/rules/short-quote.js";
import { lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";

/**
 * `doc/goal-link-missing`: a treatment line linked to no plan-of-care goal, or to a goal id
 * the plan does not have. Evaluation codes and codes the catalog does not know are skipped.
 * With no plan of care at all the rule is silent (`poc/plan-of-care-missing` reports it);
 * with a plan but no goal list, it reports one `info`.
 *
 * @example
 * ```ts
 * goalLinkMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §220.1.2 (the plan's goals) and §220.3 (documentation shows progress toward them).
 */
export const goalLinkMissing = createRule({
  id: "doc/goal-link-missing",
  defaultSeverity: "warning",
  description: "A treatment line is linked to no plan-of-care goal, or to a goal id the plan does not have.",
  source: SOURCES.mbpm15_220_1,
  notes: "CMS requires goals in the plan and progress toward each in the progress report; linking each daily line to a goal is a reviewer's expectation (MAC TPE findings), not a CMS claim field.",
  check(context) {
    const { session } = context;
    const poc = session.planOfCare;
    if (poc === undefined) return [];
    const lines = session.services
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => {
        const info = context.code(line.code);
        return info !== undefined && info.contact !== "evaluation";
      });
    if (lines.length === 0) return [];
    if (poc.goals === undefined) {
      return [{ kind: "no-data", message: "The plan of care lists no goals, so goal links cannot be checked.", path: ["planOfCare", "goals"] }];
    }
    const known = new Set(poc.goals.map((g) => g.id));
    const out: RuleReport[] = [];
    for (const { line, index } of lines) {
      const ids = line.goalIds ?? [];
      if (ids.length === 0) {
        out.push(
          lineReport(index, line.code, "goalIds", {
            message: `${line.code} is not linked to any plan-of-care goal.`,
            fix: "Link the line to the goal it works toward.",
          }),
        );
        continue;
      }
      const unknown = [...new Set(ids.filter((id) => !known.has(id)))].sort();
      if (unknown.length > 0) {
        out.push(
          lineReport(index, line.code, "goalIds", {
            // SHORT-ID: each unknown id quoted to at most 12 code units and "…", so an id holding goal text is not echoed.
            message: `${line.code} is linked to goal ${unknown.length === 1 ? "id" : "ids"} the plan of care does not have (${unknown.slice(0, 5).map(shortQuote).join(", ")}).`,
            fix: "Link the line to a goal of the current plan, or update the plan.",
          }),
        );
      }
    }
    return out;
  },
});
