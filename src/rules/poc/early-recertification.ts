import { CERTIFY_WITHIN_DAYS, MAX_CERTIFIED_DAYS, THREE_MONTHS } from "./certification-days.js";

/**
 * Whether a plan's certified period reads as a recertification signed before the initial period
 * ended, on a visit that period still covers: the visit is within 90 days of the start of care,
 * the certification was signed on or before it and more than 30 days after the start of care (in
 * the first 30 it reads as the initial certification), and its period ends past a three-month initial
 * plan (more than 92 days after the start of care) but within one more three-month period (at
 * most 184). Such a period ends more than 90 days after the visit, which no period covering the
 * visit can, yet nothing is wrong: the visit is the initial period's, the next period the
 * recertification's (MBPM ch. 15 §220.1.3: recertify at least every 90 days, signed before the
 * period ends). Days are counted from the start of care; a missing date (NaN) answers false.
 *
 * @param day - the date of service, in days after the start of care
 * @param signed - `certifiedOn`, in days after the start of care
 * @param through - `certifiedThrough`, in days after the start of care
 * @returns true when the dates read as such a recertification
 * @example
 * ```ts
 * // Signed on day 86 for June 1 to August 31; the visit on day 88 is the initial period's.
 * isEarlyRecertification(88, 86, 181); //=> true
 * isEarlyRecertification(10, 3, 99);   //=> false (the initial certification's days)
 * isEarlyRecertification(88, 90, 181); //=> false (not signed yet at the visit)
 * ```
 * @remarks A session has one certifiedOn/certifiedThrough pair and no "certified from" date, so an
 * initial plan certified late (after day 30) whose certifiedThrough was mistyped 93–184 days out reads the same way.
 * @internal
 */
export function isEarlyRecertification(day: number, signed: number, through: number): boolean {
  return day <= MAX_CERTIFIED_DAYS && signed > CERTIFY_WITHIN_DAYS && signed <= day && through > THREE_MONTHS && through <= 2 * THREE_MONTHS;
}
