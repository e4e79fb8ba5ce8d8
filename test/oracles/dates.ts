/** The oracle of src/model/dates.ts: the regular-expression readers (with date-fns `isExists`) as they were before the hand-written ones. */
import { isExists } from "date-fns/isExists";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not).
 *
 * @param text - the candidate date
 * @returns whether it is a valid ISO calendar date
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2025-02-30"); //=> false
 * ```
 */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  return isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * Minutes after midnight of a 24-hour clock time `HH:MM`, or `undefined` when it is not one.
 *
 * @param text - the clock time
 * @returns minutes since 00:00
 * @example
 * ```ts
 * clockMinutes("09:24"); //=> 564
 * clockMinutes("9:24");  //=> undefined
 * ```
 */
export function clockMinutes(text: string): number | undefined {
  const m = CLOCK_TIME.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}
