import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";

/**
 * A canalith repositioning maneuver by name: Epley, Semont, Gufoni, Lempert or the BBQ (barbecue) roll, Appiani, Yacovino,
 * "canalith repositioning", "CRP", "CRM", a "liberatory" or "repositioning" maneuver. Not "log roll" (bed mobility under spinal
 * precautions) nor Brandt-Daroff, habituation exercises the patient repeats (97112 or 97110). A name and the words after it that
 * say what it is ("Semont liberatory maneuver", "Epley maneuver", "canalith repositioning procedure") are one match, so a deferral
 * after them is read from its end ("Semont liberatory maneuver R x2 deferred": gaps21, NAME-PHRASE). Alternatives of literals and
 * separator classes only, with two optional groups after: linear over any text.
 */
const MANEUVER =
  /\b(?:epley|semont|gufoni|lempert|appiani|yacovino|canalith[\W_]+reposition\w*|crp|crm|bbq[\W_]*roll|barbe?cue[\W_]+roll|liberatory[\W_]+maneuvers?|repositioning[\W_]+maneuvers?)(?:[ \t\u00a0-]+(?:liberatory|repositioning))?(?:[ \t\u00a0-]+(?:maneuvers?|manoeuvres?|procedure))?\b/gi;

/** The same expression, not global: one test rules out most 97112 lines (matchAll copies its expression on each call). */
const ANY_MANEUVER = new RegExp(MANEUVER.source, "i");

/**
 * The maneuver was not given at this visit: a negation, a deferral, a plan, a history or the patient's own home maneuver
 * before it, at most three words back and in its clause ("no CRP", "did not perform Epley", "deferred Epley", "s/p Epley",
 * "self-Epley", "HEP incl home Epley", "Plan: Epley", "Pt educated on Epley", "relief since Epley"), or an unticked box of a checkbox export ("[ ] Epley", "☐ Epley"). A blank
 * is a space, a tab or a no-break space (an HTML export's &nbsp;), never a line break. Read on the 48 characters before a match.
 * Teaching reaches further, six words, unless a word of doing comes between ("Educated pt on BPPV and Epley"; not "educated pt on
 * BPPV, then Epley R x2", "instructed pt in precautions and performed Epley": gaps21, TAUGHT-REACH). "Re:" may close the teaching
 * words, and reviewing is teaching too ("Education re: Epley", "Reviewed Epley w/ pt": pins23, fuzz22's EDUCATION-RE); "Reviewed
 * BPPV w/ pt, Epley R x2" and "Epley R performed; reviewed HEP" are given. "Reviewed" right after a word ("Chart reviewed - Epley R x2",
 * "Sx reviewed Epley R x2": the clinician read something) teaches nothing, but after "and", "also", "then" or "pt" (fuzz23, REVIEWED-AFTER).
 * A spaced dash ends the teaching ({@link SPACED_DASH}): "Educ re: BPPV - Epley R x2" is given, "Reviewed precautions and Epley R x2"
 * stays taught, as rules20 pinned "educated on Epley R x3" (tidy24, TAUGHT-THEN-DASH).
 */
const NOT_GIVEN_BEFORE =
  /\b(?:educ\w*|instruct\w*|taught|teaching|explained|discussed|(?<!\b(?!(?:and|also|then|pt)\b)[\w']+[ \t\u00a0]+)review(?:ed|ing))(?:[ \t\u00a0/:-]+(?!(?:then|perf\w*|complet\w*|did|done|gave|given|provided|treated|tx)\b)[\w']+){0,6}(?::(?<=\bre:))?[ \t\u00a0/()-]*$|(?:\b(?:no|not|without|w\/o|declined|refused|deferred|held|hold|contraindicated|s\/p|prior|previous|previously|hx|consider|plan|planned|will|self|home|hep|educated|education|instructed|since)\b:?|\[[ \t\u00a0]*\]|[\u2610\u25a1])(?:[ \t\u00a0/-]+[\w']+){0,3}[ \t\u00a0/()-]*$/i;

/**
 * A maneuver taught about and then done: right after its name, perhaps after a side, a canal, a count or "was", a word of doing
 * ("Pt educated on BPPV and Epley performed R", "… and Epley R x2 performed", "Semont L was completed"; gaps22, TAUGHT-DONE): the
 * teaching before it does not take it back. A count alone does not say it ("educated on Epley R x3" stays taught: rules20's pin),
 * nor "will be", "to be", "is" before the word ("educated pt that Epley will be performed next visit": a plan), nor a negation or
 * "self" between ("instructed in self-Epley"). {@link NOT_GIVEN_AFTER} is still read ("Epley performed at home"). Nor done by the
 * patient, perhaps a word between ("Educated on Epley L performed correctly by pt", "… R performed x2 by pt"): a return
 * demonstration is the teaching (fuzz22, TAUGHT-DONE-BY-PT).
 */
const TAUGHT_DONE = /^(?:[ \t\u00a0]+(?:[rlb]|rt|lt|right|left|bilat\w*|pc|hc|x ?\d+|was))*[ \t\u00a0]+(?:performed|completed|done|tolerated)\b(?![ \t\u00a0]+(?:[\w']+[ \t\u00a0]+)?by[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:pt|patient)\b)/i;
const TEACHING = /^(?:educ|instr|taught|teach|expl|disc|review)/i;
/**
 * A dash with blanks around it ("BPPV - Epley", "precautions -- CRP") in the text read before a maneuver: a clause break, as a
 * comma or a long dash is, so teaching words before the last one do not reach the maneuver after it (tidy24, TAUGHT-THEN-DASH).
 * A hyphen inside a word ("self-Epley", "re-ed") is none.
 */
const SPACED_DASH = /\s-+\s/;

/**
 * The same after the maneuver, at most two words on and in its clause: "Epley R deferred", "CRP not indicated", "Epley next
 * visit"; or right after a comma, colon or dash that follows the name or two words more, after a colon or dash with at most the
 * patient named ("Epley: declined", "Epley, deferred d/t neck pain", "Lempert roll — deferred", "CRP R: pt declined"). Not
 * after a comma and another word ("Epley R, gaze x1 deferred", "Epley R, pt declined Brandt-Daroff": the maneuver was given).
 * Or a maneuver of an earlier visit or by another clinician, at most two words on and not after a comma ("Epley last visit",
 * "Epley 1 wk ago", "Epley performed by MD"; fuzz20).
 */
const NOT_GIVEN_AFTER =
  /^(?:[ \t\u00a0/()-]*(?:[\w']+[ \t\u00a0/()-]+){0,2}|(?:[ \t\u00a0/()-]+[\w']+){0,2}[ \t\u00a0]*(?:,|[:\u2013\u2014-][ \t\u00a0]*(?:(?:pt|patient|was|is)[ \t\u00a0]+){0,2})[ \t\u00a0]*)(?:deferred|declined|refused|held|contraindicated|postponed|not\W+(?:performed|indicated|done|attempted|tolerated|needed|required|given)|next\W+(?:visit|session|tx|time|week)|if\W+(?:positive|needed|indicated|symptoms|sx|dh)|for\W+home|at\W+home)\b|^[ \t\u00a0/()-]*(?:[\w']+[ \t\u00a0/()-]+){0,2}(?:last\W+(?:visit|session|tx|time|week)|(?:\d+[ \t\u00a0]*[a-z]+[ \t\u00a0]+)?ago|previously|by\W+(?:ent|md|physician|neurologist|pcp|dr))\b/i;

/**
 * Balance, gaze, habituation and other neuromuscular work beside the maneuver, which keeps 97112 for its own minutes: gaze
 * stabilisation, VOR and x1/x2 viewing, habituation and Brandt-Daroff, optokinetic work, smooth pursuits and saccades, head turns,
 * balance, tandem, Romberg, single-leg stance, foam, perturbations, weight shifts, CTSIB, proprioception, coordination,
 * postural control. Not "vestibular" or "neuro re-ed" alone, which name the service.
 */
const OTHER_97112 =
  /\b(?:gaze|vor(?:x[12])?|x[12][\W_]+viewing|habituation|brandt[\W_]*daroff|optokinetic|okn|pursuits?|saccades?|head[\W_]+(?:turns|nods)|balance|tandem|romberg|sls|single[\W_]+leg[\W_]+stance|foam|airex|bosu|perturbations?|weight[\W_]+shift\w*|ctsib|proprioception|proprioceptive|coordination|postural[\W_]+(?:control|stability|sway))\b/gi;


/**
 * Balance or other 97112 work said to be absent or normal, a finding, not training (gaps21, NO-DEFICITS): a negation right before
 * its word ("no balance work today", "w/o foam"), or a negation, at most two words and its word before a deficit noun ("no balance
 * deficits", "denies significant balance problems"), or its word before "WNL", "intact", "normal" ("coordination intact"). Not
 * "no LOB with tandem stance" (the negation is of the loss of balance, the tandem stance was done). Read on 40 characters either side.
 */
const NEGATED = /\b(?:no|not|without|w\/o|denies|denied|neg(?:ative)?\s+for)((?:\s+[\w']+){0,2})\s+$/i;
/** A finding after the word: normal (group 1: "WNL", "intact") or a deficit noun ("deficits", "problems"). */
const FINDING = /^[\s/:=-]*(?:(wnl|wfl|intact|normal|unimpaired|within\s+(?:normal|functional)\s+limits)|(?:deficit|impair|issue|problem|concern|complaint|difficult|dysfunction|loss|change)\w*)\b/i;

/** Whether `text` names 97112 work other than the maneuver that it does not negate or call normal (NO-DEFICITS). */
function namesOtherWork(text: string): boolean {
  // Global: asked by search (no lastIndex) and read by matchAll (a copy).
  if (text.search(OTHER_97112) < 0) return false;
  for (const m of text.matchAll(OTHER_97112)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 40);
    const negated = NEGATED.exec(before);
    const finding = FINDING.exec(after);
    if (finding?.[1] !== undefined || (negated !== null && (negated[1] === "" || finding !== null))) continue;
    return true;
  }
  return false;
}

/**
 * A maneuver listed after a negated one with only a comma, a slash, "or", "nor" or "and" between ("no Epley, Semont", "no Epley/
 * Gufoni"; gaps21, NEG-LIST): the negation reads over the list, unless the listed one has a count or a word of doing after it ("no
 * Epley, Semont R x2": given instead).
 */
const LIST_BETWEEN = /^\s*(?:[,/&]|or|nor|and)\s*(?:(?:or|nor|and)\s+)?$/i;
const DONE_AFTER = /^[^,;.\n]*?\b(?:x ?\d|performed|completed|done|given|tolerated|instead)\b/i;

/**
 * The first maneuver of `text` given at this visit, as it is named (spaces made single, lower case), or undefined. Each match
 * reads at most 48 characters on either side, so a text of repeated negated maneuvers stays linear.
 */
function givenManeuver(text: string): string | undefined {
  if (!ANY_MANEUVER.test(text)) return undefined;
  // matchAll reads a copy of the expression: MANEUVER's own lastIndex is never moved.
  let negatedEnd = -1;
  for (const m of text.matchAll(MANEUVER)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 48);
    const notGiven = NOT_GIVEN_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    // TAUGHT-DONE: taught, then done ("Pt educated on BPPV and Epley performed R"). TAUGHT-THEN-DASH: a spaced dash after what was
    // taught ends the teaching ("Educ re: BPPV - Epley R x2"), unless what follows it says not given ("… - home Epley").
    const seen = notGiven?.[0] ?? "";
    const taught = TEACHING.test(seen);
    const clauses = taught ? seen.split(SPACED_DASH) : [];
    if (notGiven !== null && !(clauses.length > 1 && !NOT_GIVEN_BEFORE.test(clauses.pop()!)) && !(taught && TAUGHT_DONE.test(after) && !NOT_GIVEN_BEFORE.test(seen.replace(TEACHING, "")))) {
      negatedEnd = end;
      continue;
    }
    // NEG-LIST: a negation before the list's first maneuver reads over the rest ("no Epley, Semont").
    if (negatedEnd >= 0 && m.index - negatedEnd <= 12 && LIST_BETWEEN.test(text.slice(negatedEnd, m.index)) && !DONE_AFTER.test(after)) {
      negatedEnd = end;
      continue;
    }
    negatedEnd = -1;
    if (NOT_GIVEN_AFTER.test(after)) continue;
    return m[0].replace(/[\W_]+/g, " ").toLowerCase();
  }
  return undefined;
}

/**
 * `doc/97112-reads-as-canalith-repositioning`: a 97112 line whose activity describes a canalith repositioning maneuver for BPPV
 * (Epley, Semont, BBQ/Lempert roll, Gufoni, "CRP", "CRM") given at this visit and no balance, gaze, habituation or other
 * neuromuscular work: the maneuver is 95992, an untimed code billed once a day, which Medicare has paid to therapists since
 * 2011. A line that names both gets `info` advice (kind `advice`): 95992 for the maneuver, 97112 for the other minutes, with
 * 59 or XU (NCCI pairs the two). A maneuver negated, deferred, planned or done at home ("Dix-Hallpike negative, no CRP",
 * "Epley deferred", "self-Epley") is not read; visits before 2011 (97112 was CMS's instruction then) are not read.
 *
 * @example
 * ```ts
 * reads97112AsCanalithRepositioning.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks CY 2011 PFS final rule (95992 active for therapists); NCCI PTP ccipra-v301r0 (95992/97112, modifier indicator 1); First Coast LCD L28992 coding guidelines.
 */
export const reads97112AsCanalithRepositioning = createRule({
  id: "doc/97112-reads-as-canalith-repositioning",
  defaultSeverity: "warning",
  description: "A 97112 line describes a canalith repositioning maneuver (Epley, Semont, a roll) and no other 97112 work; it reads as 95992.",
  source: LINT_SOURCES.canalith95992,
  notes:
    "95992 is untimed, once a day, and payable to PTs and OTs since the CY 2011 PFS (97112 in 2009-2010, MM6397). NCCI pairs 95992 with 97112 (modifier indicator 1): 59 or XU on 97112. Brandt-Daroff is habituation, not repositioning. Not given: taught, deferred after its full name, negated in a list; 'no balance deficits' is no 97112 work. Taught, then 'performed': given.",
  check(context) {
    const out: RuleReport[] = [];
    const { services, dateOfService } = context.session;
    // Before 2011 CMS told therapists to bill the maneuver as 97112 (MM6397).
    if (dateOfService < "2011") return out;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      if (upper(line.code) !== "97112" || isBlank(line.activity)) continue;
      const maneuver = givenManeuver(line.activity!);
      if (maneuver === undefined) continue;
      const billed95992 = services.some((other) => upper(other.code) === "95992");
      if (namesOtherWork(line.activity!)) {
        // With 95992 on its own line the 97112 line may name the maneuver as context ("VOR x1 after CRP"): nothing to advise.
        if (billed95992) continue;
        out.push(
          lineReport(i, line.code, "activity", {
            kind: "advice",
            message: `97112 activity names a canalith repositioning maneuver (${maneuver}) beside balance or gaze work; the maneuver is 95992, not 97112 minutes.`,
            fix: "Bill the maneuver as 95992 (one unit a day) and 97112 only for the balance or gaze minutes, with 59 or XU: NCCI pairs 95992 with 97112.",
          }),
        );
        continue;
      }
      out.push(
        lineReport(i, line.code, "activity", {
          message: `97112 activity describes a canalith repositioning maneuver (${maneuver}) and no balance, gaze or other neuromuscular work; it reads as 95992${billed95992 ? ", which this visit bills too" : ""}.`,
          fix: "Bill the maneuver as 95992, one unit a day whatever its minutes (payable to PTs and OTs since 2011), or document the balance or gaze training given on 97112.",
        }),
      );
    }
    return out;
  },
});
