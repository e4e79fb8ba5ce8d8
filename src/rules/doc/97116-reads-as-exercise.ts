import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import { textHas } from "../note-texts.js";
import type { RuleReport } from "../types.js";
import { upper } from "../../units/upper.js";
import { EXERCISE_DOSES, termBits } from "../text/lexicon.js";
import { NAMED_EXERCISE } from "../text/analyze-text.js";
import { NOT_DONE, withoutRefused } from "./without-refused.js";

/**
 * Terms that make a 97116 line more than exercise: walking or stairs (`gait`, `ambulation`), and balance, a functional task or
 * self-care, which are not "only exercise" either (97112, 97530, 97535: another question than this rule's).
 */
const MORE_THAN_EXERCISE = termBits(["gait", "ambulation", "neuro", "functional", "selfcare"]);

/**
 * Gait named only as the purpose of the exercises ("LAQ 2x10 to improve gait", "marches 2x10 for safe gait", "for gait
 * mechanics", "to improve safe gait"), as `doc/97530-reads-as-exercise` reads "for ADLs". At most three words before "gait" and
 * no repetition: each part is a literal or a character class and a separator never matches a letter, so a start reads a bounded
 * number of words ("to improve improve improve…" repeated over 1 MB stays linear; a `*` over the words made it quadratic).
 * Read only on a 97116 line that has both a named exercise and a gait term. "To" counts only with "improve" or "promote" after
 * it: "progressed to gait training", "Advanced to gait 12 min" name gait done (fuzz19, GAIT-TO).
 */
const GAIT_PURPOSE =
  /\b(?:for|improve[sd]?|improving|promote[sd]?|to[\W_]+(?:improve|promote))[\W_]+(?:(?:safe|safer|better|normal|normalized|independent)[\W_]+)?gait(?:[\W_]+(?:quality|mechanics|pattern|speed|safety|endurance|tolerance|stability))?\b/i;

/**
 * A cue for posture given during the exercises ("VC for posture", "TCs for upright posture", "cues re: postural alignment"): the
 * clinician's cueing, no balance training, though "posture" is a balance word (gaps21, POSTURE-CUE: "Cane exercises …; VC for
 * posture" was left alone). Taken out before the line is read again. Literals and bounded classes only.
 */
const POSTURE_CUE = /\b(?:[vt]cs?|cue[sd]?|cu(?:e)?ing)\W+(?:for|to|re|on)\W+(?:(?:upright|erect|good|proper|correct|neutral|better|improved?)\W+)?post(?:ure|ural\W+alignment)\b/gi;

/**
 * Words of the gait or walking lists that name no walking trained (twentieth round, gaps20): a gait belt (worn for safety in any
 * standing task), walking to or from a place ("amb to and from gym", "walked to mat": getting there), an assistive device named
 * alone (a support for a standing exercise: "standing hip abd w/ RW"; with a distance or a walking word the line still names
 * walking), and the walk in an exercise's name ("walking lunges", "lateral band walks", "monster walks"; the exercise stays). Taken out before
 * the line is read again. Each piece is a literal or a bounded class, so the search is linear. Twenty-first round (gaps21,
 * CANE-EX): the cane of "cane exercises" is the exercise's implement (a wand or dowel held in both hands), no walking either: it
 * was kept as a walking word and cleared the line; it is read as {@link CANE_EXERCISE} says.
 */
const NOT_WALKING =
  /\bgait[\W_]+belts?\b|\b(?:amb|walk)\w*[\W_]+(?:(?:to|from|and|back|the)[\W_]+){1,4}(?:gym|clinic|mat|\w*room)\b|\b(?:[rf24]?ww|rw|[ls]?b?qc|spc|(?:hemi)?walker|rollator|crutch(?:es)?)\b|\bcanes?\b|\bwalking(?=[\W_]+lunges?\b)|(?<=\b(?:band|monster|crab)[\W_]+)walks?\b/gi;
/**
 * A distance in feet ("150'", "200\u2019", "300 ft", "100 feet"): walking named, whatever else the line says. Asked first of a line
 * that has a walking or other term, so such a line (the bench's 97116 lines, nearly all) is read no further: one quick search
 * where the purpose, not-done and not-walking expressions and a second reading without their words cost lintDocumentation 16%
 * (bench:ab, gaps20).
 */
/**
 * "Cane exercises", "cane ex", "cane flexion" and the like: a cane held as an exercise wand (gaps21, CANE-EX). Read as "wand" (an
 * exercise word of the lexicon), which names the exercise and no walking; the finding's message names it "cane exercises".
 */
const CANE_EXERCISE = /\bcanes?(?=[\s-]+(?:(?:ex|flex|abd|press|rais|rot|a?arom)\w*|[ei]r)\b)/gi;

/**
 * A refusal written right after a walking or stair word, perhaps after a mark and "pt" ("gait declined", "gait: pt declined",
 * "stairs refused d/t fatigue"): it refers back to the walk, which was not done, and is read as "deferred" (whose reach
 * {@link withoutRefused} takes back to the walking word). "Declined" and "refused" otherwise reach forward ("pt declined gait").
 * Not a measure that declined: a word between ("gait speed declined") or a number after "to", "from" or "by" ("gait declined to
 * 0.6 m/s"). The lead, twenty-first round (fuzz21's GAIT-WITHHELD-AFTER pin; WITHHELD-AFTER). An answer that says it was not done,
 * at its clause's end or before a reason, is read so too: "gait: not tested", "gait: N/A", "gait: unable", "stairs not assessed d/t
 * pain" (gaps22, ANSWERED-AFTER, fuzz21's last pins); not "gait: unable to clear R foot", "amb unable to exceed 50 ft w/o LOB" (an
 * attempt described: gait done), nor "gait not tested on 10MWT" (a word follows, not a reason). Bounded classes and literals only.
 */
const WITHHELD_AFTER =
  /\b(gait|amb\w*|walk\w*|stairs?|steps?|curbs?|ramps?)[\W_]+(?:(?:pt|patient)[\W_]+)?(?:(?:declined|refused)\b(?![\W_]+(?:to|from|by)[\W_]+\d)|(?:not[\W_]+(?:tested|assessed)|n\/a|unable)(?=[\W_]*(?:$|[),;.\n/]|(?:d\/t|due|2\/2|secondary|per|today|this|until|pending|b\/c|because)\b)))/gi;

/**
 * A walking word and, after a comma, a colon, a dash or an opening parenthesis, a not-done word that ends its clause or gives a
 * reason ("gait (deferred)", "gait, deferred d/t pain", "stairs: not performed"; gaps21, DEFERRED-PUNCT): the mark is taken out so
 * {@link withoutRefused} reads the two as one clause ("gait deferred"). Not "gait, deferred stairs" (gait done, stairs not).
 */
const DEFERRED_AFTER_MARK =
  /\b(gait|amb\w*|walk\w*|stairs?|steps?|curbs?|ramps?)\s*(?:[,:(]|[-\u2013\u2014]+)\s*(?=(?:deferr\w*|declined|refused|omitted|skipped|postponed|held|not\s+(?:performed|done|attempted|completed|trialed|today))\s*(?:$|[),;.\n/]|(?:d\/t|due|2\/2|secondary|per|today|this|until|pending|b\/c|because)\b))/gi;

/**
 * A joint and its motion written short, with a dose within three words after it or two before it: "shoulder flex 2x10", "hip ext
 * 3x10 w/ 2#", "R shoulder ER/IR RTB 2x15", "2x10 knee ext", "elbow flex 10 reps" (gaps22, JOINT-MOTION). Such a line is all
 * exercise, though the lexicon names "shoulder flexion" and not "shoulder flex". The dose is asked for: a joint and motion alone are
 * a finding ("hip flex weakness", "decreased knee flex in swing"), and "hip flex 3/5" or "knee flex 0-110" is a measure. Bounded
 * classes and literals; the words between are bounded too, so the search is linear.
 */
const JOINT_MOTION_DOSE =
  /\b(?:shoulder|shld|hip|knee|elbow|wrist|ankle|trunk|neck|scap\w*|forearm|finger)s?[\W_]+(?:(?:flex|ext|int|abd|add|inv|ev|sup|pron|rot)\w*|[ei]r|[dp]f)\b(?:[\W_]+[a-z]+){0,3}[\W_]*(?:(?:\d+ ?|\b)x ?\d+|\d+ ?(?:rep|set|#|lb)s?)|(?:(?:\d+ ?|\b)x ?\d+|\d+ ?(?:rep|set|#|lb)s?)[\W_]+(?:[a-z]+[\W_]+){0,2}(?:shoulder|shld|hip|knee|elbow|wrist|ankle|trunk|neck|scap\w*|forearm|finger)s?[\W_]+(?:(?:flex|ext|int|abd|add|inv|ev|sup|pron|rot)\w*|[ei]r|[dp]f)\b/i;

const DISTANCE = /\d ?(?:['\u2019]|ft\b|feet\b)/i;

/**
 * Past this many characters a line is not read for walking not done: taking a refusal's reach out reads each clause back from
 * it (quadratic in a clause of many "and"s), and so long a 97116 line names more than one deferred walk.
 */
const MAX_NOT_DONE_LENGTH = 1000;

/**
 * `doc/97116-reads-as-exercise`: a 97116 line whose activity names strengthening, stretching or
 * range-of-motion exercise (LAQ, SLR, heel raises, bands…) and no walking or stair work (gait,
 * ambulation, steps, stairs, curbs, ramps, an assistive device, a distance, gait deviations or
 * pattern). Gait training is training in walking, stair climbing included; exercise done for
 * strength or endurance is 97110. Text that also names balance, a functional task or self-care
 * is not "only exercise" and is left alone; a dose alone ("x10", "3 sets") names no exercise.
 *
 * @example
 * ```ts
 * reads97116AsExercise.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks MAC LCD text on 97116 (not reasonable and necessary when the goal is strength and endurance); MBPM ch. 15 §220.2, §220.3 E.
 */
export const reads97116AsExercise = createRule({
  id: "doc/97116-reads-as-exercise",
  defaultSeverity: "warning",
  description: "A 97116 line describes only exercise and no walking or stair training; it reads as 97110.",
  source: LINT_SOURCES.lcd97116,
  notes:
    "MAC therapy LCDs (L33631 and predecessors): gait training is not reasonable and necessary when its goal is strength and endurance; the note names each intervention (MBPM ch. 15 §220.3 E). Gait as the exercises' purpose ('to improve gait') or not done ('gait deferred d/t pain') is no gait work; pre-gait work in the bars is. Nor are a gait belt, walking to the gym or a device alone ('standing hip abd w/ RW'), a cane as exercise wand or a posture cue; 'gait (deferred)', 'gait: N/A', 'gait: unable' are not done; 'shoulder flex 2x10' is exercise.",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      // Read only until the first walking, stair, balance, functional or self-care term: with one, there is nothing to report,
      // unless gait is only the exercises' purpose ("LAQ 2x10 to improve gait"), which is read on such a line alone.
      if (upper(line.code) !== "97116" || isBlank(line.activity)) continue;
      const activity = line.activity!;
      // Unless gait is only the exercises' purpose ("LAQ 2x10 to improve gait") or was not done ("LAQ 2x10; gait deferred d/t
      // pain": gaps20), read on such a line alone, with those words taken out.
      let read = activity;
      if (textHas(context, activity, MORE_THAN_EXERCISE)) {
        if (DISTANCE.test(activity)) continue;
        const purpose = GAIT_PURPOSE.test(activity);
        const notDone = activity.length <= MAX_NOT_DONE_LENGTH && (NOT_DONE.test(activity) || activity.search(WITHHELD_AFTER) >= 0);
        const notWalking = activity.search(NOT_WALKING) >= 0;
        const postureCue = activity.search(POSTURE_CUE) >= 0;
        if (!purpose && !notDone && !notWalking && !postureCue) continue;
        if (purpose) read = read.split(GAIT_PURPOSE).join(" ");
        if (postureCue) read = read.replace(POSTURE_CUE, " ");
        if (notWalking) read = read.replace(CANE_EXERCISE, "wand").replace(NOT_WALKING, " ");
        if (notDone) read = withoutRefused(read.replace(DEFERRED_AFTER_MARK, "$1 ").replace(WITHHELD_AFTER, "$1 deferred"), NOT_DONE);
        if (textHas(context, read, MORE_THAN_EXERCISE)) continue;
      }
      // A joint and motion written short with a dose ("shoulder flex 2x10") is exercise too (JOINT-MOTION).
      const namesExercise = textHas(context, read, NAMED_EXERCISE);
      const jointMotion = namesExercise ? null : JOINT_MOTION_DOSE.exec(read);
      if (!namesExercise && jointMotion === null) continue;
      // A cane read as "wand" (CANE-EX) is named as the note names it.
      const named = context.text(read).terms.exercise.filter((x) => !EXERCISE_DOSES.has(x)).map((x) => (x === "wand" && activity.search(CANE_EXERCISE) >= 0 ? "cane exercises" : x));
      if (jointMotion) named.push(jointMotion[0].replace(/[\W_]+/g, " ").trim().toLowerCase());
      out.push(
        lineReport(i, line.code, "activity", {
          message: `97116 activity describes exercise (${named.slice(0, 3).join(", ")}) but no walking or stair training; it reads as 97110.`,
          fix: "Bill the exercise minutes as 97110, or document the gait or stair training given (distance or steps, device, assistance, deviations cued).",
        }),
      );
    }
    return out;
  },
});
