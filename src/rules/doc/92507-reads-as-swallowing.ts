import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import { textHas } from "../note-texts.js";
import type { RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";
import { termBits } from "../text/lexicon.js";

const SWALLOWING = termBits(["swallowing"]);
const LANGUAGE = termBits(["language"]);

/**
 * A swallowing word after a negation with words between ("no s/sx aspiration", "no overt signs or symptoms of aspiration or
 * penetration", "pt not on thickened liquids"): the scan reads a negation right before a term ("no dysphagia") and through
 * "to", "do", "any"; this reads through the words of a sign ("overt", "s/sx", "signs", "symptoms", "of", "on", "evidence") and
 * takes out the one or two words after them (twentieth round, gaps20, NOT-SWALLOWED-LEFT). A sign watched for and not seen, or
 * a diet not given, is no treatment. Each piece is a literal or a bounded class, so the search is linear.
 */
const NEGATED_SIGN =
  /\b(?:no|not|w\/o|without|denies|denied|negative[\W_]+for)[\W_]+(?:(?:overt|clinical|obvious|apparent|any|further|on|s|sx|ss|signs?|symptoms?|or|of|and|evidence)[\W_]+){1,5}[a-z]+(?:[ \t]*(?:\/|or|and)[ \t]*(?:aspiration|penetration|residue)|[ \t-]+[a-z]+)?/gi;

/**
 * Speech-language words that name the patient's state in a swallowing session, not work on it (twentieth round, gaps20,
 * STATUS-WORDS): a voice after a sign of penetration ("wet voice x2", "gurgly vocal quality") or before a state ("voice clear",
 * "voice quality wet"), attention, memory, orientation or comprehension before a rating ("pt attention fair", "memory impaired",
 * "comprehension WFL"). Taken out before the line is asked again whether it names speech-language work; "attention tasks 8/10",
 * "voice tx" stay work. Each piece is a literal or a bounded class, so the search is linear.
 */
const LANGUAGE_STATUS =
  /\b(?:wet|gurgly|hoarse|breathy)[\W_]+(?:vocal[\W_]+quality|voice)\b|\b(?:voice|vocal[\W_]+quality|attention|memory|orientation|comprehension)[\W_]+(?:(?:was|is|remains|quality)[\W_]+)?(?:clear|wet|gurgly|hoarse|breathy|fair|good|poor|impaired|intact|wfl|wnl|adequate|limited|reduced|decreased|ok|functional|normal)\b/gi;

/**
 * `doc/92507-reads-as-swallowing`: a 92507 line whose activity describes swallowing or feeding
 * treatment (dysphagia, chin tuck, effortful swallow, Masako, Shaker, Mendelsohn, bolus, thin or
 * nectar liquids, IDDSI levels, PO trials, VitalStim) and no speech, language, voice, fluency or
 * cognitive-communication work: swallowing treatment has its own code, 92526. A line that names
 * both gets `info` advice (kind `advice`): 92526 may be billed beside 92507 for the swallowing
 * part, as no NCCI PTP edit pairs the two.
 *
 * @example
 * ```ts
 * reads92507AsSwallowing.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks NCD 170.3 (dysphagia treatment); ASHA coding guidance (92526 for swallowing, 92507 for speech and language); NCCI PTP ccipra-v301r0.
 */
export const reads92507AsSwallowing = createRule({
  id: "doc/92507-reads-as-swallowing",
  defaultSeverity: "warning",
  description: "A 92507 line describes swallowing or feeding treatment and no speech, language, voice or communication work; it reads as 92526.",
  source: LINT_SOURCES.dysphagia92526,
  notes:
    "NCD 170.3 covers dysphagia treatment as its own service; ASHA (NGS, 2022): dysphagia treatment is coded 92526. NCCI PTP ccipra-v301r0 (2024 Q2) has no 92507/92526 row: both may be billed one day without a modifier, each for its own treatment. The verb 'swallow' alone and oral-motor work are not read as swallowing, nor a sign not seen ('no s/sx aspiration'), nor a status ('wet voice') as speech-language work.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // Read only until the first swallowing term; a line with none (most 92507 lines) is read to its end, once, the reading
      // shared with the other rules that ask about it.
      if (upper(line.code) !== "92507" || isBlank(line.activity) || !textHas(context, line.activity!, SWALLOWING)) continue;
      // A sign not seen or a diet not given is read without its words (gaps20).
      let activity = line.activity!;
      if (activity.search(NEGATED_SIGN) >= 0 && !textHas(context, (activity = activity.replace(NEGATED_SIGN, " ")), SWALLOWING)) continue;
      // A line that names speech-language work too gets advice that names no terms: the full analysis a list of terms needs
      // cost lintDocumentation 4% on the bench, whose 92507 lines mix both (one session in eleven).
      if (textHas(context, activity, LANGUAGE) && (activity.search(LANGUAGE_STATUS) < 0 || textHas(context, activity.replace(LANGUAGE_STATUS, " "), LANGUAGE))) {
        out.push(
          lineReport(i, line.code, "activity", {
            kind: "advice",
            // ADVICE-IF (nineteenth round, the lead): a swallowing word beside speech work may record how the patient swallowed,
            // not a treatment ("swallowed pills whole w/ thin liquid, no difficulty"): the advice must not read as "add 92526".
            message: "92507 activity names swallowing terms beside speech-language work; if swallowing treatment was given, it is 92526, not part of 92507.",
            fix: "If the note shows swallowing treatment (not only how the patient swallowed), bill it as 92526 beside 92507, each documented on its own line (no NCCI edit pairs them; check the payer's rules).",
          }),
        );
        continue;
      }
      const swallowing = context.text(activity).terms.swallowing.slice(0, 3).join(", ");
      out.push(
        lineReport(i, line.code, "activity", {
          message: `92507 activity describes swallowing treatment (${swallowing}) and no speech, language, voice or communication work; it reads as 92526.`,
          fix: "Bill the swallowing treatment as 92526, or document the speech, language, voice or communication treatment given.",
        }),
      );
    }
    return out;
  },
});
