/** The digit at `index` of `text` (0–9), or -1 when that character is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not).
 * Years 0000–0099 are not accepted (a JavaScript `Date` reads them as 1900–1999).
 *
 * @param text - the candidate date
 * @returns whether it is a valid ISO calendar date
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2025-02-30"); //=> false
 * ```
 * @remarks A hand-written check of the characters and the Gregorian leap rule, proved to agree
 * with `/^(\d{4})-(\d{2})-(\d{2})$/` plus date-fns `isExists` on every date of the years around
 * each leap rule (test/model/dates.test.ts).
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(text, 0), y1 = digitAt(text, 1), y2 = digitAt(text, 2), y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5), m1 = digitAt(text, 6), d0 = digitAt(text, 8), d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * What is wrong with a date field's value that is not a date written `YYYY-MM-DD` ({@link isIsoDate} said no): for a
 * clerk's date, month or day first with `/`, `-` or `.` and a four-digit year ("03/02/2026", "3.2.2026"), the
 * `YYYY-MM-DD` forms it can be, month first (the US forms' order) then day first, or the one that exists; else the
 * general rule ({@link DATE_RULE}). CLERK-DATE (twenty-fourth round): "03/02/2026" got only the general rule. One
 * helper for every date field: parseSession words with it each issue of the schema's date (the fast parse defers
 * every bad date to the schema), so validateSession and the CLI say the same.
 *
 * @param value - the field's value, not a valid date
 * @returns the message, after the field's path
 * @example
 * ```ts
 * notIsoDateMessage("03/02/2026"); //=> '"03/02/2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)'
 * notIsoDateMessage("13/02/2026"); //=> '"13/02/2026" is not YYYY-MM-DD: write 2026-02-13'
 * notIsoDateMessage("2025-02-30"); //=> "must be a real calendar date written YYYY-MM-DD"
 * ```
 */
export function notIsoDateMessage(value: unknown): string {
  const m = /^(\d\d?)[-/.](\d\d?)[-/.](\d{4})$/.exec(value as string);
  if (m) {
    const iso = (month: string, day: string) => `${m[3]}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    const first = iso(m[1]!, m[2]!);
    const second = iso(m[2]!, m[1]!);
    // Month first, then day first; one reading when they are the same date or only one exists.
    const both = isIsoDate(second) && second !== first;
    if (isIsoDate(first)) return `"${value as string}" is not YYYY-MM-DD: write ${first}${both ? ` (month first) or ${second} (day first)` : ""}`;
    if (both) return `"${value as string}" is not YYYY-MM-DD: write ${second}`;
  }
  return DATE_RULE;
}

/**
 * The session schema's message for a date that is not a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * DATE_RULE; //=> "must be a real calendar date written YYYY-MM-DD"
 * ```
 */
export const DATE_RULE = "must be a real calendar date written YYYY-MM-DD";

/**
 * Minutes after midnight of a 24-hour clock time `HH:MM`, or -1 when it is not one: the
 * allocation-free form of {@link clockMinutes}.
 *
 * @param text - any text
 * @returns minutes since 00:00, or -1
 * @example
 * ```ts
 * clockMinutesOrMinusOne("09:30"); //=> 570
 * clockMinutesOrMinusOne("24:00"); //=> -1
 * ```
 * @remarks Same reading as {@link clockMinutes}.
 */
export function clockMinutesOrMinusOne(text: string): number {
  if (text.length !== 5 || text.charCodeAt(2) !== 58) return -1;
  const h0 = digitAt(text, 0), h1 = digitAt(text, 1), m0 = digitAt(text, 3), m1 = digitAt(text, 4);
  if ((h0 | h1 | m0 | m1) < 0 || m0 > 5) return -1;
  const hours = h0 * 10 + h1;
  return hours > 23 ? -1 : hours * 60 + m0 * 10 + m1;
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
 * @remarks A hand-written check, proved to agree with `/^([01]\d|2[0-3]):([0-5]\d)$/` on every
 * `HH:MM` from 00:00 to 99:99 and on generated text (test/model/dates.test.ts).
 */
export function clockMinutes(text: string): number | undefined {
  const minutes = clockMinutesOrMinusOne(text);
  return minutes < 0 ? undefined : minutes;
}
