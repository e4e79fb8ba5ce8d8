/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings in UTC, where every day has 24 hours: a date
 * is turned into its day number (days since 1970-01-01 on the proleptic Gregorian calendar)
 * and back, without date-fns' parsing and formatting in local time.
 * The plan-of-care rules run on every session; parsing with date-fns and formatting the result
 * cost more than the rest of those rules together. Agrees with date-fns' `parseISO`,
 * `addDays`, `differenceInCalendarDays` and `format(…, "yyyy-MM-dd")` on every valid session
 * date (years 0100–9999), whatever the local time zone (test/model/iso-days.test.ts).
 */

const DAY_MS = 86_400_000;

/**
 * The day number of a `YYYY-MM-DD` date: days since 1970-01-01.
 *
 * @param iso - a valid date, `YYYY-MM-DD` (year 0100 or later: `Date.UTC` reads 0–99 as 1900–1999)
 * @returns its day number
 * @example
 * ```ts
 * isoDayNumber("1970-01-02"); //=> 1
 * isoDayNumber("2025-03-31") - isoDayNumber("2025-03-01"); //=> 30
 * ```
 */
export function isoDayNumber(iso: string): number {
  // The plan-of-care rules ask this 3 to 4 times a visit: the digits are read in place (Hinnant's days-from-civil, exact
  // on the proleptic Gregorian calendar and linear in the day, as Date.UTC is). Anything else (a year before 0100, a
  // month out of 1–12, a character that is not a digit) goes through Date.UTC as before.
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  if (iso.length !== 10 || y < 100 || m < 1 || m > 12 || d < 0) return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The number `count` ASCII digits of `text` at `at` spell, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
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
  const date = new Date(dayNumber * DAY_MS);
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
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
