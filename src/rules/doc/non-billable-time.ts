import { SOURCES } from "../../model/sources.js";
import { isTimedCode } from "../../units/timing.js";
import { count } from "../../units/words.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { nonbillableTerms } from "../note-texts.js";
import { nonbillableStart } from "../text/analyze-text.js";
import type { RuleReport } from "../types.js";
import { saysConcurrent } from "./group-text.js";

/**
 * Whether {@link REST_NOT_TAKEN} matches `text` from 40 characters before `at` (where `MAY_BE_NONBILLABLE` first matched: a rest
 * answered none or refused starts at most a refusal and three words before its rest phrase, which is at or after `at`).
 */
function restNotTakenFrom(text: string, at: number): boolean {
  REST_NOT_TAKEN.lastIndex = Math.max(0, at - 40);
  const found = REST_NOT_TAKEN.exec(text) !== null;
  REST_NOT_TAKEN.lastIndex = 0;
  return found;
}

/** A rest term ("rest breaks", "seated rest", "rested", "water break"…): {@link REST_NOT_TAKEN} is asked only beside one. */
const isRest = (term: string): boolean => term.includes("rest") || term.includes("break");

/** A term of dry needling: "dry needling", "dry needled", "dry needle", or "dn" before a side ("DN R UT x3 sites"). */
const isDryNeedling = (term: string): boolean => term.startsWith("dry") || term === "dn";

/**
 * Rest the text says was not taken (twentieth round, gaps20): a rest field answered none ("rest breaks: none", "Rest breaks - 0",
 * "seated rest: N/A", "rest breaks x0", "Rest breaks: 0. Pt tolerated well": a period after the 0 ends a sentence, not "0.5"), a refused or declined rest ("pt refused rest breaks", "declined to take a seated rest"),
 * or none counted ("0 rest breaks"). The scan reads a negation before a rest phrase ("no rest breaks"), not an answer after it
 * nor a refusal. Taken out, the rest of the line is read again. Each piece is a literal or a bounded class: linear; the first two
 * start with a literal ("rest", "refus"/"declin"), which the engine finds fast. Shared with
 * the lint-v1 oracle copy (`REST-NOT-TAKEN:`).
 *
 * @example
 * ```ts
 * "SLR 3x10; rest breaks: none".replace(REST_NOT_TAKEN, " "); //=> "SLR 3x10;  "
 * ```
 * @internal
 */
export const REST_NOT_TAKEN =
  /rest(?:[\W_]+(?:breaks?|periods?))?[ \t]*(?:[:=-][ \t]*|x[ \t]?(?=0))(?:none|0(?![-\u2013\d]|\.\d)|n\/a|nil|no(?=[ \t]*(?:$|[,;.\n])))|(?:refus|declin)\w*[\W_]+(?:(?:to|take|any|all|further|a|seated|standing|sitting)[\W_]+){0,4}rest\w*(?:[\W_]+(?:breaks?|periods?))?|\b(?:0|zero)[\W_]+(?:(?:seated|standing)[\W_]+)?rest[\W_]+(?:breaks?|periods?)/gi;

/**
 * `doc/non-billable-time`: a line's activity mentions set-up, equipment preparation,
 * documentation, rest breaks, waiting or unattended time, which must not be counted in the
 * line's minutes. "Set-up A" and "setup only" (an assistance level) are not flagged, nor are
 * rest breaks taught as a strategy ("educated on pacing w/ rest breaks"), nor dry needling on its own code (20560/20561,
 * which Medicare does not cover from a PT; inside 97140's minutes it is flagged), nor another patient on a
 * line of group or concurrent care, which `doc/one-on-one-required` reports. Untimed codes are not
 * read: their minutes never become units (an unattended modality is unattended by definition).
 *
 * @example
 * ```ts
 * nonBillableTime.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04) ch. 5 §20.2 (pre- and post-service time); Pub. 100-02 ch. 15 §220.3 E (rest periods).
 */
export const nonBillableTime = createRule({
  id: "doc/non-billable-time",
  defaultSeverity: "warning",
  description: "A line's activity mentions set-up, equipment preparation, documentation, rest, waiting or unattended time inside the billed service.",
  source: SOURCES.cpm5_20_2,
  notes:
    "Part A SNF (MDS) minute counting differs: set-up time counts there. This rule is about Part B timed codes and outpatient notes. Sixteenth round: 'DN' before a side ('DN R UT') is dry needling (NCD 30.3.3), not 'down'; a wait for the patient's response ('waited 5 sec', 'waited ... before cueing') is a strategy, not time off (CPM ch. 5 §20.2). Nineteenth round: a negation reaches only its own line and clause ('Falls: no' above 'rest breaks x2' is rest time, MBPM ch. 15 §220.3 E). Twentieth: rest answered none or refused is none taken.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // Only timed codes' minutes become units: an untimed code (a supervised modality such as
      // unattended e-stim G0283, an evaluation, group 97150) is one unit whatever its minutes.
      // MAY_BE_NONBILLABLE (a regular expression, native) rules most texts out without a scan; nonbillableStart finds its first
      // match for less (twenty-first round).
      if (isBlank(line.activity) || !isTimedCode(line.code)) continue;
      const at = nonbillableStart(line.activity!);
      if (at < 0) continue;
      // Its terms are read from shortly before the expression's first match (none starts earlier).
      let terms = nonbillableTerms(context, line.activity!, at);
      // Rest answered none or refused is no rest taken: the line is read again without it (gaps20).
      // (Asked only when a rest is among the terms, and from shortly before the expression's first match, as the terms are read:
      // the search over every line with a term cost lintDocumentation 2-3%.)
      if (terms.some(isRest) && restNotTakenFrom(line.activity!, at)) terms = nonbillableTerms(context, line.activity!.replace(REST_NOT_TAKEN, " "));
      // Another patient treated at the same time is group or concurrent care, which
      // doc/one-on-one-required reports (bill the group code), not time to leave out.
      if (line.contact === "group" || line.contact === "concurrent" || (line.contact === undefined && saysConcurrent(line.activity!))) terms = terms.filter((t) => !t.startsWith("another"));
      // Dry needling on its own code (20560/20561) is that code's service, not time inside another's.
      if (line.code === "20560" || line.code === "20561") terms = terms.filter((t) => !isDryNeedling(t));
      if (terms.length === 0) continue;
      const notTo = line.minutes === undefined ? "be counted" : `count toward its ${count(line.minutes, "billed minute")}`;
      out.push(
        lineReport(i, line.code, "activity", {
          message: `${line.code} activity mentions non-billable time (${terms.slice(0, 3).join(", ")}): that time must not ${notTo}.`,
          fix:
            "Count only direct treatment minutes; leave set-up, documentation, rest and waiting out of the line's minutes." +
            // Dry needling is billed, if at all, on its own codes: original Medicare gives 20560/20561 a non-covered status
            // and pays needling only as acupuncture for chronic low back pain (NCD 30.3.3, since 2020-01-21).
            (terms.some(isDryNeedling) ? " Dry needling is its own service (20560/20561, which original Medicare does not pay; NCD 30.3.3 covers needling only as acupuncture for chronic low back pain)." : ""),
        }),
      );
    }
    return out;
  },
});
