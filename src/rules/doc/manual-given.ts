import type { TextFacts } from "../text/analyze-text.js";
import { BODY_REGION, NOT_DONE, withoutRefused } from "./without-refused.js";

// manualGiven in a module of its own (twenty-fourth round, tidy24): doc/skilled-need-missing and doc/activity-too-vague
// (DEBRIDEMENT-NOT-DONE) ask it, and neither imports the other's module.

/** How a manual technique's word starts, read by {@link NO_MANUAL} and {@link REFUSED_AFTER} (one list for both). */
const MANUAL_WORD = String.raw`(?:debrid|stm\b|soft[\W_]+tissue|mob|manual|mld|massage|iastm|myofascial|mfr\b|tpr\b|trigger)`;

/**
 * "No", "without" or "w/o" right before a manual technique, perhaps one word between ("no debridement today", "no STM d/t
 * bruising", "w/o manual tx"): read as "declined", whose reach runs forward to the clause's end. Only before these words, so "no
 * increase in pain w/ mobs" keeps its mobilization. Literals and bounded classes.
 */
const NO_MANUAL = new RegExp(String.raw`\b(?:no|without|w\/o)[\W_]+(?=(?:\w+[\W_]+)?${MANUAL_WORD})`, "gi");
/**
 * A manual technique and, right after it (perhaps after a comma, a colon, a dash or an opening parenthesis, and "pt"), a word that
 * says it was not given, which ends its clause or gives a reason: "STM refused; ice", "mobs declined d/t pain", "STM - deferred",
 * "STM (deferred)", "STM: pt declined", "soft tissue mobilization refused", "PA mobs L4 declined d/t pain" (a side, a spinal level or
 * a grade may come between; twenty-third round, pins23, fuzz22's MANUAL-REFUSED-AFTER), or up to four of them (fuzz24, FOUR-WORDS; joined by blanks or no-break spaces: NBSP-REGION), "to" and a body
 * region ("STM R UT refused d/t soreness", "STM to R UT refused", "mobs R knee declined d/t pain"; tidy24, REFUSED-AFTER-REGION; not "STM R
 * UT; pt refused ice", "STM R UT, pain declined to 2/10"). doc/activity-too-vague reads a line so too (DEFERRED-PAREN).
 * Read as "deferred", whose reach {@link withoutRefused} takes back to the technique, as doc/97116-reads-as-exercise reads "gait
 * declined" and "gait (deferred)". Not "STM (deferred last visit) performed today" (no reason or clause end after it), "STM x8 min,
 * pt refused HEP review" (a dose between), "pain declined to 2/10". Literals and bounded classes only: linear.
 *
 * @internal
 */
export const REFUSED_AFTER = new RegExp(
  String.raw`\b(${MANUAL_WORD}\w*(?:[ \t\u00a0-]+(?:therapy|tx|release|mob\w*|massage|work|points?)\b){0,2}(?:[ \t\u00a0]+(?:to|[rlb]|[ctls]\d[\d-]*|gr?\.?[ \t\u00a0]*[1-5iv]+|${BODY_REGION.source})\b){0,4})[\s,:(\u2013\u2014-]*(?:(?:pt|patient)\s+)?(?:(?:refus|declin|deferr)\w*|omitted|skipped|postponed|held|not\s+(?:performed|done))(?=\s*(?:$|[(),;.\n/]|(?:d\/t|due|2\/2|per|today|until|b\/c|because|by)\b))`,
  "gi",
);
/** Past this many characters a text is not read for a technique not given (withoutRefused reads each clause back from its refusal). */
const MAX_NOT_GIVEN_LENGTH = 1000;
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
  // One pass of REFUSED_AFTER (tidy24; it was searched, then replaced): a text it leaves as it was has none, or only one that
  // already reads "<technique> deferred", which NOT_DONE finds.
  const read = (no ? text.replace(NO_MANUAL, "declined ") : text).replace(REFUSED_AFTER, "$1 deferred");
  if (!no && read === text && !NOT_DONE.test(text)) return true;
  return analyze(withoutRefused(read, NOT_DONE)).terms.manual.length > 0;
}
