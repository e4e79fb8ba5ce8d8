import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { isIsoDateFast } from "../../model/fast-parse-session.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (year 100 or later), by UTC arithmetic. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/**
 * Calendar days from `earlier` to `later` (negative when `later` comes first): what date-fns
 * `differenceInCalendarDays(parseISO(later), parseISO(earlier))` gives, without building local
 * dates for the common case of two valid dates.
 *
 * @param later - a date `YYYY-MM-DD`
 * @param earlier - a date `YYYY-MM-DD`
 * @returns the number of calendar days between them (NaN for text that is not a date)
 * @example
 * ```ts
 * calendarDaysBetween("2025-03-14", "2025-02-12"); //=> 30
 * ```
 */
export function calendarDaysBetween(later: string, earlier: string): number {
  if (isIsoDateFast(later) && isIsoDateFast(earlier)) return dayNumber(later) - dayNumber(earlier);
  return differenceInCalendarDays(parseISO(later), parseISO(earlier));
}

/**
 * The date `days` after `iso`, written `YYYY-MM-DD`: what date-fns
 * `format(addDays(parseISO(iso), days), "yyyy-MM-dd")` gives.
 *
 * @param iso - a date `YYYY-MM-DD`
 * @param days - whole days to add
 * @returns the later date
 * @example
 * ```ts
 * isoDatePlusDays("2025-02-12", 30); //=> "2025-03-14"
 * ```
 */
export function isoDatePlusDays(iso: string, days: number): string {
  if (!isIsoDateFast(iso)) return format(addDays(parseISO(iso), days), "yyyy-MM-dd");
  const date = new Date((dayNumber(iso) + days) * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 100 || year > 9999) return format(addDays(parseISO(iso), days), "yyyy-MM-dd");
  return `${String(year).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}
