import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { DOTTED, onlyLabelledFunction } from "../../../../../src/rules/doc/97530-reads-as-exercise.js";
import { isUnfilledTemplate } from "../../../../../src/rules/doc/activity-too-vague.js";
import { EXERCISE_DOSES, FUNCTIONAL_LABELS } from "../text/lexicon.js";

/**
 * `doc/97530-reads-as-exercise`: a 97530 line whose activity describes only strengthening,
 * stretching or range of motion (sets × reps, weights, bands, SLR, bridges…) and no dynamic
 * functional task (lifting, carrying, reaching, transfers, bed mobility, bending, pushing or
 * pulling, ADL or work simulation). Such a note supports 97110, not 97530. Text that also
 * names balance or gait work is not "only exercise" and is left alone.
 *
 * @example
 * ```ts
 * reads97530AsExercise.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks CPT 97530 (dynamic activities to improve functional performance) vs 97110; MAC 97530 reviews (FCSO, Noridian JF).
 */
export const reads97530AsExercise = createRule({
  id: "doc/97530-reads-as-exercise",
  defaultSeverity: "warning",
  description: "A 97530 line describes only strengthening, stretching or range of motion and no dynamic functional task; it reads as 97110.",
  source: LINT_SOURCES.lcd97530,
  notes:
    "The distinction is the intent of the task (CPT: dynamic activities to improve functional performance); squats for strength are 97110, squatting to retrieve an object from the floor is 97530 (pt-management, OptimisPT). The 'one parameter vs two parameters' teaching heuristic is not CMS or CPT language and is not used.",
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      if (line.code.toUpperCase() !== "97530" || isBlank(line.activity)) return;
      const t = context.text(line.activity!).terms;
      // Balance or gait work is not "only strengthening, stretching or ROM": another rule's question (97112/97116), not this one's.
      const functional = t.functional.length + t.selfcare.length + t.neuro.length + t.gait.length;
      // LABELS: a deliberate change (seventeenth round, gaps17): functional terms that are only labels over exercises or their
      // purpose ("Functional mobility exercises: bridges 3x10", "rows 3x15 for ADLs") are no functional task (the live helper).
      const hasFunctional = (text: string): boolean => {
        const u = context.text(text).terms;
        return u.functional.length + u.selfcare.length + u.neuro.length + u.gait.length > 0;
      };
      // BLANKS: a deliberate change (eighteenth round, gaps18): a template left unfilled whose exercise terms are doses alone
      // ("[activity] x [reps] w/ [assist level]") is vague text, not exercise (the live helper isUnfilledTemplate).
      const unfilled = t.exercise.every((x) => EXERCISE_DOSES.has(x)) && isUnfilledTemplate(line.activity!, context.text);
      if (t.exercise.length > 0 && (functional === 0 || onlyLabelledFunction(line.activity!, hasFunctional)) && !unfilled) {
        // DOTTED: a deliberate change (twentieth round, gaps20): a line about to be flagged is read again with the letters of an
        // abbreviation written with periods joined ("T.A.: s.t.s. x10" names sit-to-stand); a task there (a functional term that is
        // no label, self-care, balance or gait) clears it (the live expression DOTTED).
        if (line.activity!.search(DOTTED) >= 0) {
          const u = context.text(line.activity!.replace(DOTTED, (m) => `${m.replace(/\./g, "")} `)).terms;
          if (u.functional.some((x) => !FUNCTIONAL_LABELS.has(x)) || u.selfcare.length + u.neuro.length + u.gait.length > 0) return;
        }
        out.push(
          lineReport(i, line.code, "activity", {
            message: `97530 activity describes exercise (${t.exercise.slice(0, 3).join(", ")}) but no dynamic functional task.`,
            fix: "Bill the exercise minutes as 97110, or document the functional task practised (e.g. lifting, carrying, transfers, reaching) and its purpose.",
            source: LINT_SOURCES.fcso97530,
          }),
        );
      }
    });
    return out;
  },
});
