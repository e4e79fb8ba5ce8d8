import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDaysBetween, isoDatePlusDays } from "../../../src/rules/poc/calendar-days.js";
import { FUZZ_RUNS, isoDateArb } from "../../fuzz/arbitraries.js";

const isoText = fc.oneof(
  isoDateArb,
  fc.date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-29", "2023-03-12", "2023-11-05", "2025-12-31", "0099-12-31", "2025-02-30", "not a date", ""),
);

describe("calendar-day arithmetic agrees with date-fns (what the rules used before)", () => {
  it("calendarDaysBetween(a, b) is differenceInCalendarDays(parseISO(a), parseISO(b)), DST days and leap days included", () => {
    fc.assert(
      fc.property(isoText, isoText, (a, b) => {
        expect(calendarDaysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(a), parseISO(b)));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });

  it("isoDatePlusDays(d, n) is format(addDays(parseISO(d), n), 'yyyy-MM-dd') for 0–400 days", () => {
    fc.assert(
      fc.property(isoText.filter((t) => !Number.isNaN(parseISO(t).getTime())), fc.nat({ max: 400 }), (d, n) => {
        expect(isoDatePlusDays(d, n)).toBe(format(addDays(parseISO(d), n), "yyyy-MM-dd"));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});
