/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings without building a `Date`: a date is turned
 * into its day number (days since 1970-01-01 on the proleptic Gregorian calendar) and back.
 * The plan-of-care rules run on every session; parsing with date-fns and formatting the result
 * cost more than the rest of those rules together. Agrees with date-fns' `parseISO`,
 * `addDays`, `differenceInCalendarDays` and `format(…, "yyyy-MM-dd")` on every valid session
 * date (years 0100–9999), whatever the local time zone (test/rules/iso-days.test.ts).
 *
 * Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil,
 * civil_from_days), https://howardhinnant.github.io/date_algorithms.html
 */

function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (iso.charCodeAt(i) - 48);
  return n;
}

/**
 * The day number of a `YYYY-MM-DD` date: days since 1970-01-01.
 *
 * @param iso - a valid date, `YYYY-MM-DD`
 * @returns its day number
 * @example
 * ```ts
 * isoDayNumber("1970-01-02"); //=> 1
 * isoDayNumber("2025-03-31") - isoDayNumber("2025-03-01"); //=> 30
 * ```
 */
export function isoDayNumber(iso: string): number {
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  const year = digitsAt(iso, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The `YYYY-MM-DD` date of a day number (the year padded to four digits, longer past 9999).
 *
 * @param dayNumber - days since 1970-01-01
 * @returns the date
 * @example
 * ```ts
 * isoFromDayNumber(isoDayNumber("2025-02-27") + 30); //=> "2025-03-29"
 * ```
 */
export function isoFromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * Calendar days from `earlier` to `later` (negative when `later` is before), as date-fns'
 * `differenceInCalendarDays(parseISO(later), parseISO(earlier))`.
 *
 * @param later - a date, `YYYY-MM-DD`
 * @param earlier - a date, `YYYY-MM-DD`
 * @returns the number of calendar days between them
 * @example
 * ```ts
 * calendarDaysBetween("2025-03-14", "2025-03-01"); //=> 13
 * ```
 */
export function calendarDaysBetween(later: string, earlier: string): number {
  return isoDayNumber(later) - isoDayNumber(earlier);
}
