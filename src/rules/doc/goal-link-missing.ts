import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import { shortQuote } from "../short-quote.js";
import type { RuleReport } from "../types.js";

/** Beyond this many goals, their ids are put in a Set once instead of searched in a list. */
const GOAL_LIST_LIMIT = 16;

/** The distinct ids of `ids` that no goal has, sorted (empty, and nothing else allocated, when all are known). */
function unknownGoalIds(ids: readonly string[], goals: readonly { readonly id: string }[], goalSet: ReadonlySet<string> | undefined): string[] {
  const unknown: string[] = [];
  for (const id of ids) {
    let known = false;
    if (goalSet !== undefined) known = goalSet.has(id);
    else for (let g = 0; g < goals.length && !known; g++) known = goals[g]!.id === id;
    if (!known && !unknown.includes(id)) unknown.push(id);
  }
  return unknown.sort();
}

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
    const services = session.services;
    // The lines that need a goal: every line of a known code that is not an evaluation.
    const needsGoal = (code: string): boolean => {
      const info = context.code(code);
      return info !== undefined && info.contact !== "evaluation";
    };
    let anyNeedsGoal = false;
    for (let i = 0; i < services.length && !anyNeedsGoal; i++) anyNeedsGoal = needsGoal(services[i]!.code);
    if (!anyNeedsGoal) return [];
    const goals = poc.goals;
    if (goals === undefined) {
      return [{ kind: "no-data", message: "The plan of care lists no goals, so goal links cannot be checked.", path: ["planOfCare", "goals"] }];
    }
    const goalSet = goals.length > GOAL_LIST_LIMIT ? new Set(goals.map((g) => g.id)) : undefined;
    const out: RuleReport[] = [];
    for (let index = 0; index < services.length; index++) {
      const line = services[index]!;
      if (!needsGoal(line.code)) continue;
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
      const unknown = unknownGoalIds(ids, goals, goalSet);
      if (unknown.length > 0) {
        out.push(
          lineReport(index, line.code, "goalIds", {
            message: `${line.code} is linked to goal ${unknown.length === 1 ? "id" : "ids"} the plan of care does not have (${unknown.slice(0, 5).map(shortQuote).join(", ")}).`,
            fix: "Link the line to a goal of the current plan, or update the plan.",
          }),
        );
      }
    }
    return out;
  },
});
