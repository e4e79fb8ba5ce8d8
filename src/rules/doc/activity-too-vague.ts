import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import type { TextFacts } from "../text/analyze-text.js";
import type { SPECIFIC_CATEGORIES } from "../text/lexicon.js";
import type { RuleReport } from "../types.js";

/** Fewer distinct non-filler words than this, and nothing specific named, reads as vague. */
const MIN_CONTENT_WORDS = 3;

/**
 * Whether the terms name something specific: a term of one of {@link SPECIFIC_CATEGORIES}.
 * Property by property rather than `terms[category]` in a loop: a keyed read with ten
 * different names is a generic lookup in V8, and this runs for every line's text.
 * (test/rules/doc/activity-too-vague.test.ts checks the list against SPECIFIC_CATEGORIES.)
 *
 * @param t - a text's terms
 * @returns true when some specific category has a term
 */
export function namesSomethingSpecific(t: TextFacts["terms"]): boolean {
  return (
    t.functional.length > 0 ||
    t.exercise.length > 0 ||
    t.neuro.length > 0 ||
    t.gait.length > 0 ||
    t.manual.length > 0 ||
    t.modality.length > 0 ||
    t.cognitive.length > 0 ||
    t.speech.length > 0 ||
    t.selfcare.length > 0 ||
    t.assist.length > 0
  );
}

/**
 * `doc/activity-too-vague`: activity text too thin to support the code ("therapy session",
 * "exercises", "pt tolerated well" and nothing else). A line is vague when its text names no
 * specific intervention (no functional task, exercise, balance, gait, manual, modality,
 * cognitive, speech, self-care or assistance term) and has fewer than three other distinct
 * words that are not filler. Only codes in the catalog are read: for an unknown code the
 * vocabulary may not fit, and the rule stays silent.
 *
 * @example
 * ```ts
 * activityTooVague.meta.id; //=> "doc/activity-too-vague"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.3 E; MAC review findings (FCSO, Noridian JF) on vague notes.
 */
export const activityTooVague = createRule({
  id: "doc/activity-too-vague",
  defaultSeverity: "warning",
  description: "A line's activity text is too thin to support its code (e.g. \"therapy session\", \"exercises\", \"pt tolerated well\").",
  source: SOURCES.mbpm15_220_3_e,
  notes:
    "CMS requires each intervention to be identified in language comparable with the code; MAC reviews (FCSO 97530 review, Noridian JF TPE) list vague notes such as 'pt tolerated well' among denial reasons. The word lists are ours.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      if (isBlank(line.activity) || context.code(line.code) === undefined) continue;
      const facts = context.text(line.activity!);
      if (!namesSomethingSpecific(facts.terms) && facts.contentWords < MIN_CONTENT_WORDS) {
        out.push(
          lineReport(i, line.code, "activity", {
            message: `${line.code}'s activity text does not say what was done (it names no specific task, exercise or technique).`,
            fix: "Name the specific activities, the body region or function addressed, and the assistance or cueing given.",
          }),
        );
      }
    }
    return out;
  },
});
