import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { textHas } from "../note-texts.js";
import { SAYS_WHAT_WAS_DONE } from "../text/analyze-text.js";
import { TAPING_TERMS } from "../text/lexicon.js";
import type { RuleReport } from "../types.js";

/** Fewer distinct non-filler words than this, and nothing specific named, reads as vague. */
const MIN_CONTENT_WORDS = 3;

/** The taping terms, code names alone ("Taping" on 29530) that a body region makes enough ("Ankle taping", "Taped L knee"). */
const TAPING: ReadonlySet<string> = new Set(TAPING_TERMS);
/**
 * A body region or joint, read only on a line whose one specific term is a taping term (so "Manual therapy R shoulder" and
 * "Gait training L knee" stay vague: a region says where, not which technique; taping is the technique).
 */
const TAPED_REGION =
  /\b(?:knee|patell\w*|ankle|foot|feet|arch|achilles|calf|heel|toes?|hip|si|lumbar|thoracic|back|cervical|neck|shoulders?|scap\w*|ac|elbow|wrist|hand|thumb|fingers?|digits?|trap|ut|it\s*band|itb|shin|hamstrings?|quads?)\b/i;

/**
 * `doc/activity-too-vague`: activity text too thin to support the code ("therapy session",
 * "exercises", "pt tolerated well" and nothing else). A line is vague when its text names no
 * specific intervention (no functional task, exercise, balance, gait, manual, modality,
 * cognitive, speech, self-care or assistance term; a term that only names the code's service,
 * "neuro re-ed", "gait training", "manual therapy", "dysphagia", does not count) and has fewer
 * than three other distinct words that are not filler. Only codes in the catalog are read: for an unknown code the
 * vocabulary may not fit, and the rule stays silent. Evaluation codes are not read either: an
 * evaluation is documented in its evaluation report (§220.3 C), so "Initial evaluation" is enough.
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
    "CMS requires each intervention to be identified in language comparable with the code; MAC reviews (FCSO 97530 review, Noridian JF TPE) list vague notes such as 'pt tolerated well' among denial reasons. The word lists are ours. Sixteenth round: 'Taping' or 'Strapping' alone restates a strapping code; with a body region ('Ankle taping') it does not (MBPM ch. 15 §220.3 E).",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // An unknown code is not read (its vocabulary may not fit), nor an evaluation, documented in its
      // report (§220.3 C): "Initial evaluation" says enough. Then only until the first term of
      // SPECIFIC_CATEGORIES that is not only a code's name.
      const info = context.code(line.code);
      if (isBlank(line.activity) || info === undefined || info.contact === "evaluation" || textHas(context, line.activity!, SAYS_WHAT_WAS_DONE)) continue;
      const facts = context.text(line.activity!);
      // "Ankle taping", "Taped L knee": the technique and where (sixteenth round; "Taping" alone restates a strapping code).
      if (facts.contentWords < MIN_CONTENT_WORDS && !(facts.terms.manual.some((t) => TAPING.has(t)) && TAPED_REGION.test(line.activity!))) {
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
