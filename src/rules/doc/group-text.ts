import { SOURCES } from "../../model/sources.js";
import { lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";
import { CO_TREAT_TEXT } from "./co-treatment.js";

/**
 * Activity text that says the patient was treated concurrently with another patient
 * ("Concurrent w/ another pt", "concurrent tx, 2 pts"); not "concurrently" and not a
 * co-treatment ("Co-treat w/ OT concurrently"), which is a second clinician, not a second patient.
 *
 * @param activity - the line's activity text
 * @returns whether it says so
 * @example
 * ```ts
 * saysConcurrent("Concurrent w/ another pt: bike, leg press"); //=> true
 * ```
 * @internal
 */
export function saysConcurrent(activity: string): boolean {
  return /\bconcurrent(?!ly)/i.test(activity) && /\b(?:another|other|second|2nd|\d+)[\W_]+(?:pts?|patients?)\b/i.test(activity) && !CO_TREAT_TEXT.test(activity);
}

/**
 * `doc/one-on-one-required`'s advice on a one-on-one line with no contact whose activity says it
 * was given in a group, or concurrently with another patient (Medicare counts that as group).
 *
 * @param i - the line's index
 * @param code - its code
 * @param timed - whether the code is timed
 * @param concurrent - the text says concurrent care rather than a group
 * @returns the advice
 * @example
 * ```ts
 * groupTextAdvice(0, "97110", true, false).kind; //=> "advice"
 * ```
 * @internal
 */
export function groupTextAdvice(i: number, code: string, timed: boolean, concurrent: boolean): RuleReport {
  const group = code === "92507" ? "92508" : timed ? "97150" : undefined;
  return lineReport(i, code, "activity", {
    kind: "advice",
    message: `${code} is a one-on-one code, but its activity says the patient was treated ${concurrent ? "concurrently with another patient (Medicare counts that as group)" : "in a group"}.`,
    // A timed line may hold both: its one-on-one minutes stay on it, the group time goes to 97150.
    fix: `${group === undefined ? "Bill the group code" : `Bill ${group}`} (one unit per patient) ${timed ? `for the time two or more patients were treated at once, counting on ${code} only its one-on-one minutes; if it was all` : "if two or more patients were treated at once; if it was"} one-on-one, set the line's contact to one-on-one.`,
    source: SOURCES.mbpm15_230,
  });
}
