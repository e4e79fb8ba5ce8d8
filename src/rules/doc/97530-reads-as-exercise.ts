import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import { textHas } from "../note-texts.js";
import type { RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";
import { EXERCISE_DOSES, termBits } from "../text/lexicon.js";
import { isUnfilledTemplate } from "./activity-too-vague.js";
import { FUNCTIONAL_TASK } from "../text/analyze-text.js";

/** Terms that make a 97530 line more than exercise: a functional, self-care, balance or gait term. */
const FUNCTIONAL_BITS = termBits(["functional", "selfcare", "neuro", "gait"]);
/** The same, but a functional term only when it names a task, not only a label ("functional mobility", "ADLs"). */
const TASK_BITS = FUNCTIONAL_TASK | termBits(["selfcare", "neuro", "gait"]);

/**
 * An abbreviation written with a period after each letter ("s.t.s.", "b.m.", "S.L.R."): the scan reads its letters as words of
 * one letter, so a task written so ("T.A.: s.t.s. x10, b.m. w/ min A") is not read. A line about to be flagged is read again with
 * such letters joined ("sts", "bm"): twentieth round (gaps20), read only there, so the scan and every other line are as before.
 * Shared with the lint-v1 oracle copy (`DOTTED:`).
 *
 * @example
 * ```ts
 * "T.A.: s.t.s. x10".replace(DOTTED, (m) => m.replace(/\./g, "")); //=> "TA: sts x10"
 * ```
 * @internal
 */
export const DOTTED = /\b(?:[a-z]\.){2,}/gi;

/**
 * "Functional mobility" or "ADLs" as a heading over exercises ("Functional mobility exercises:") or as a purpose ("rows 3x15
 * for ADLs", "to improve functional mobility"): seventeenth round; a purpose may list several ("for ADLs and IADLs",
 * "ADLs/IADLs", "for functional mobility and ADLs": fuzz17b), on its line (a label on the next line is not taken into the list,
 * so line order changes nothing; a trailing "and" taken with it leaves a task after it). The label as a heading with only a
 * colon ("Functional mobility: bridges 3x10") is one too (the review of the seventeenth round; "Functional mobility training"
 * and a bare "functional mobility" still name the task). Each part is a literal or one character class, and a separator never
 * matches a letter, so the match is linear.
 */
const LABEL_USE =
  /\bfunctional[\W_]+mobility[\W_]+(?:exs?|exercises?|ther[\W_]*ex|therex)\b|\bfunctional[\W_]+mobility[^\S\n]*:|\b(?:for|improve|improved|improving)[\W_]+(?:i?adls?|functional[\W_]+mobility)(?:[^\w\n]+(?:and|or|i?adls?|functional[\W_]+mobility))*\b/i;

/**
 * Whether a 97530 activity in which a functional term was found names one only in a label used
 * as a heading over exercises or as a purpose ("Functional mobility exercises: bridges 3x10",
 * "band rows 3x15 for ADLs"): with those uses taken out, `hasFunctional` finds no functional,
 * self-care, balance or gait term, so the line names no functional task. Shared with the
 * lint-v1 oracle copy (test/oracles/lint-v1, `LABELS:`).
 *
 * @param activity - the line's activity
 * @param hasFunctional - whether a text has a functional, self-care, balance or gait term
 * @returns true when the functional terms are only such labels
 * @example
 * ```ts
 * onlyLabelledFunction("Rows 3x15 for ADLs", (x) => /adl|lift/i.test(x)); //=> true
 * onlyLabelledFunction("Lifting crate x5 for ADLs", (x) => /adl|lift/i.test(x)); //=> false
 * ```
 * @internal
 */
export function onlyLabelledFunction(activity: string, hasFunctional: (text: string) => boolean): boolean {
  if (!LABEL_USE.test(activity)) return false;
  return !hasFunctional(activity.split(LABEL_USE).join(" "));
}

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
    "The distinction is the intent of the task (CPT: dynamic activities to improve functional performance); squats for strength are 97110, squatting to retrieve an object from the floor is 97530 (pt-management, OptimisPT). The 'one parameter vs two parameters' teaching heuristic is not CMS or CPT language and is not used. Seventeenth round: 'functional mobility' or 'ADLs' as a heading over exercises ('Functional mobility exercises:', 'Functional mobility:') or their purpose ('for ADLs', 'for ADLs and IADLs') is no functional task. Eighteenth round: nor is a push or pull inside an exercise's name (push-ups, pull-aparts, lat pull-downs), nor a task the line says was not done ('pt denies lifting', 'no transfers today', 'unable to attempt stairs'): only a task performed supports the code (MBPM ch. 15 §220.3 E). Nineteenth round: 'from' before a starting position ('wall push from standing') is no transfer. Twentieth: 's.t.s.' is read as 'sts'.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // Read only until the first functional, self-care, balance or gait term: with one, there is nothing to report.
      // (Balance or gait work is not "only strengthening, stretching or ROM": another rule's question, 97112/97116.)
      if (upper(line.code) !== "97530" || isBlank(line.activity)) continue;
      // A label ("functional mobility", "ADLs") clears the line too, unless it is only a heading over exercises or their purpose
      // ("Functional mobility exercises:", "rows 3x15 for ADLs": seventeenth round); only such a line reads the labels' uses.
      if (textHas(context, line.activity!, TASK_BITS)) continue;
      if (textHas(context, line.activity!, FUNCTIONAL_BITS) && !onlyLabelledFunction(line.activity!, (rest) => textHas(context, rest, FUNCTIONAL_BITS))) continue;
      const t = context.text(line.activity!).terms;
      // A template left unfilled ("[activity] x [reps]") is vague text, another rule's, not exercise (eighteenth round).
      if (t.exercise.length > 0 && !(t.exercise.every((x) => EXERCISE_DOSES.has(x)) && isUnfilledTemplate(line.activity!, context.text))) {
        if (line.activity!.search(DOTTED) >= 0 && textHas(context, line.activity!.replace(DOTTED, (m) => `${m.replace(/\./g, "")} `), TASK_BITS)) continue;
        out.push(
          lineReport(i, line.code, "activity", {
            message: `97530 activity describes exercise (${t.exercise.slice(0, 3).join(", ")}) but no dynamic functional task.`,
            fix: "Bill the exercise minutes as 97110, or document the functional task practised (e.g. lifting, carrying, transfers, reaching) and its purpose.",
            source: LINT_SOURCES.fcso97530,
          }),
        );
      }
    }
    return out;
  },
});
