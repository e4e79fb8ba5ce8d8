import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { anyText, hasActivityText, hasNoteText, textHas } from "../note-texts.js";
import { isEvaluation } from "../is-evaluation.js";
import type { TextFacts } from "../text/analyze-text.js";
import { termBits } from "../text/lexicon.js";
import type { RuleContext } from "../types.js";
import { NOT_DONE } from "./97116-reads-as-exercise.js";
import { withoutRefused } from "./activity-too-vague.js";

/**
 * "No", "without" or "w/o" right before a manual technique, perhaps one word between ("no debridement today", "no STM d/t
 * bruising", "w/o manual tx"): read as "declined", whose reach runs forward to the clause's end. Only before these words, so "no
 * increase in pain w/ mobs" keeps its mobilization. Literals and bounded classes.
 */
const NO_MANUAL = /\b(?:no|without|w\/o)[\W_]+(?=(?:\w+[\W_]+)?(?:debrid|stm\b|soft[\W_]+tissue|mob|manual|mld|massage|iastm|myofascial|mfr\b|tpr\b|trigger))/gi;
/**
 * A manual technique and, right after it (perhaps after a comma, a colon, a dash or an opening parenthesis, and "pt"), a word that
 * says it was not given, which ends its clause or gives a reason: "STM refused; ice", "mobs declined d/t pain", "STM - deferred",
 * "STM (deferred)", "STM: pt declined", "soft tissue mobilization refused", "PA mobs L4 declined d/t pain" (a side, a spinal level or a grade may come
 * between; twenty-third round, pins23, fuzz22's MANUAL-REFUSED-AFTER).
 * Read as "deferred", whose reach {@link withoutRefused} takes back to the technique, as doc/97116-reads-as-exercise reads "gait
 * declined" and "gait (deferred)". Not "STM (deferred last visit) performed today" (no reason or clause end after it), "STM x8 min,
 * pt refused HEP review" (a dose between), "pain declined to 2/10". Literals and bounded classes only: linear.
 */
const REFUSED_AFTER =
  /\b((?:debrid|stm\b|soft[\W_]+tissue|mob|manual|mld|massage|iastm|myofascial|mfr\b|tpr\b|trigger)\w*(?:[ \t-]+(?:therapy|tx|release|mob\w*|massage|work|points?)\b){0,2}(?:[ \t]+(?:[rlb]|[ctls]\d[\d-]*|gr?\.?[ \t]*[1-5iv]+)\b){0,2})[\s,:(\u2013\u2014-]*(?:(?:pt|patient)\s+)?(?:(?:refus|declin|deferr)\w*|omitted|skipped|postponed|held|not\s+(?:performed|done))(?=\s*(?:$|[(),;.\n/]|(?:d\/t|due|2\/2|per|today|until|b\/c|because|by)\b))/gi;
/** Past this many characters a text is not read for a technique not given (withoutRefused reads each clause back from its refusal). */
const MAX_NOT_GIVEN_LENGTH = 1000;
const SKILLED = termBits(["skilled"]);
const SKILL_OR_MANUAL = termBits(["skilled", "manual"]);

/**
 * Whether a text that names a manual technique names one given: with each technique refused, deferred, held, not performed or
 * negated taken out ("debridement deferred; dressing change", "STM held d/t bruising", "pt declined mobs", "no debridement today"),
 * a manual term is left (twenty-second round, gaps22, MANUAL-NOT-GIVEN). A text past 1,000 characters is read as given. Shared with
 * the lint-v1 oracle copy (`MANUAL-NOT-GIVEN:`).
 *
 * @param text - a text that has a manual term
 * @param analyze - the text analysis (a rule context's `text`)
 * @returns false when every manual technique it names was not given
 * @example
 * ```ts
 * manualGiven("debridement deferred; dressing change", analyzeText); //=> false
 * manualGiven("STM deferred d/t bruising; PA mobs L3-5 gr III", analyzeText); //=> true
 * ```
 * @internal
 */
export function manualGiven(text: string, analyze: (text: string) => TextFacts): boolean {
  if (text.length > MAX_NOT_GIVEN_LENGTH) return true;
  const no = text.search(NO_MANUAL) >= 0;
  if (!no && !NOT_DONE.test(text) && text.search(REFUSED_AFTER) < 0) return true;
  return analyze(withoutRefused((no ? text.replace(NO_MANUAL, "declined ") : text).replace(REFUSED_AFTER, "$1 deferred"), NOT_DONE)).terms.manual.length > 0;
}

/**
 * Whether a text shows skill: a `skilled` term, or a manual technique given ({@link manualGiven}); in the plan, a `skilled` term
 * only: a technique the plan names is one of a later visit ("Resume debridement next visit", "Cont STM"; gaps22, PLAN-MANUAL).
 */
function showsSkill(context: RuleContext, text: string, field: string): boolean {
  return field === "plan" ? textHas(context, text, SKILLED) : textHas(context, text, SKILL_OR_MANUAL) && (textHas(context, text, SKILLED) || manualGiven(text, context.text));
}

/**
 * `doc/skilled-need-missing`: neither the note nor any line's activity shows why a therapist's
 * skill was needed: no cueing (VCs/TCs), facilitation, assessment, progression or
 * modification, safety monitoring, instruction or education, guarding or manual guidance,
 * grading, feedback or strategy training, and no hands-on manual technique (mobilization, MLD,
 * soft tissue work), which is the therapist's skill itself. A visit with an evaluation or
 * re-evaluation line is not flagged: the evaluation is a clinician's professional skill and its
 * report documents the need for skilled therapy (Pub. 100-02 ch. 15 §220.3 C). With no note text at all it says so at `info`.
 *
 * @example
 * ```ts
 * skilledNeedMissing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Benefit Policy Manual (Pub. 100-02) ch. 15 §220.2 (skilled services); MAC 97530 review findings.
 */
export const skilledNeedMissing = createRule({
  id: "doc/skilled-need-missing",
  defaultSeverity: "warning",
  description: "The note never shows why a therapist's skill was needed (cueing, facilitation, assessment, progression, safety monitoring, instruction…).",
  source: SOURCES.mbpm15_220_2,
  notes:
    "Pub. 100-02 §220.3 E says descriptions of skilled interventions are allowed but not required in every daily note (they belong in the plan and progress reports); MAC reviews (FCSO, Noridian JF 97530) nonetheless deny notes that never show skill. CMS text wins on what is required, so this is a warning, not an error. Selective debridement is hands-on skill (Noridian JE: only skilled debridement is billed); a dressing change is not, nor a technique not given ('debridement deferred') or only planned.",
  check(context) {
    // A hands-on technique (joint mobilization, MLD, soft tissue work) is the therapist's skill itself, when it was given
    // (MANUAL-NOT-GIVEN: "debridement deferred; dressing change" shows none).
    if (anyText(context.session, (text, field) => showsSkill(context, text, field))) return [];
    // An evaluation is the therapist's professional skill, and its report documents the need for
    // skilled therapy (§220.3 C): a visit with an evaluation line shows skilled need.
    if (context.session.services.some((line) => isEvaluation(context, line.code))) return [];
    if (!hasNoteText(context.session)) {
      return [
        {
          kind: "no-data",
          message: !hasActivityText(context.session) ? "There is no note or activity text, so skilled need cannot be checked." : "There is no note text, and the activity texts do not show why a therapist's skill was needed.",
          path: ["note"],
        },
      ];
    }
    return [
      {
        message: "The note does not show why a therapist's skill was needed (no cueing, facilitation, assessment, progression, safety monitoring or instruction is described).",
        path: ["note"],
        fix: "Say what the therapist did that needed skill: cues given, how the task was graded or progressed, what was assessed, what safety risk was monitored.",
      },
    ];
  },
});
