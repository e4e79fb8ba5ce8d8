import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/model/dates.js";
import { calendarDaysBetween, isoDayNumber, isoFromDayNumber } from "../../src/model/iso-days.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Any date a session may carry: a real calendar date of the years 0100–9999 (the model rejects 0000–0099). */
const anyDateArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)
  .filter(isIsoDate);
const nearDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date("1999-01-01T00:00:00.000Z"), max: new Date("2040-12-31T00:00:00.000Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateArb = fc.oneof(anyDateArb, nearDateArb, fc.constantFrom("9999-12-31", "9999-12-01", "0100-01-01", "2024-02-29", "2100-02-28", "2000-02-29"));

const ZONES = [undefined, "UTC", "America/New_York", "Europe/Amsterdam", "Asia/Kathmandu", "Pacific/Kiritimati", "America/St_Johns", "Australia/Lord_Howe"];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe("iso-days agrees with date-fns on every session date, in any local time zone", () => {
  for (const zone of ZONES) {
    it(`adds days and formats as date-fns' addDays + format(yyyy-MM-dd) (TZ=${zone ?? "as set"})`, () => {
      if (zone !== undefined) process.env.TZ = zone;
      fc.assert(fc.property(dateArb, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(isoFromDayNumber(isoDayNumber(date) + days)).toBe(format(addDays(parseISO(date), days), "yyyy-MM-dd"));
      }), { numRuns: FUZZ_RUNS * 5 });
    });

    it(`counts calendar days as date-fns' differenceInCalendarDays (TZ=${zone ?? "as set"})`, () => {
      if (zone !== undefined) process.env.TZ = zone;
      fc.assert(fc.property(dateArb, dateArb, (a, b) => {
        expect(calendarDaysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(a), parseISO(b)));
      }), { numRuns: FUZZ_RUNS * 5 });
    });
  }

  it("round-trips every date and numbers days from 1970-01-01 (Hinnant's worked values)", () => {
    expect(isoDayNumber("1970-01-01")).toBe(0);
    expect(isoDayNumber("2000-03-01")).toBe(11017);
    expect(isoFromDayNumber(-1)).toBe("1969-12-31");
    expect(isoFromDayNumber(isoDayNumber("9999-12-31") + 1)).toBe("10000-01-01");
    fc.assert(fc.property(dateArb, (date) => {
      expect(isoFromDayNumber(isoDayNumber(date))).toBe(date);
    }), { numRuns: FUZZ_RUNS * 5 });
  });
});

describe("isoDayNumber reads the digits in place exactly as Date.UTC read the text (twentieth round)", () => {
  /** The reading before the twentieth round, kept as the oracle. */
  const viaDateUtc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const digitOr = fc.oneof(fc.constantFrom(..."0123456789"), fc.constantFrom(..."0123456789"), fc.constantFrom(" ", "+", "-", ".", "e", "a", "٣", "\u0000"));
  const shaped = fc.tuple(fc.array(digitOr, { minLength: 4, maxLength: 4 }), fc.constantFrom("-", "/", " "), fc.array(digitOr, { minLength: 2, maxLength: 2 }), fc.constantFrom("-", "/"), fc.array(digitOr, { minLength: 2, maxLength: 2 }))
    .map(([y, a, m, b, d]) => `${y.join("")}${a}${m.join("")}${b}${d.join("")}`);

  it("on every date of the years 0100–9999, days 00–99 and months 00–19 included", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(isoDayNumber(iso)).toBe(viaDateUtc(iso));
    }), { numRuns: FUZZ_RUNS * 10 });
  });

  it("on text shaped like a date with any characters in it, and on any string", () => {
    fc.assert(fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => {
      expect(Object.is(isoDayNumber(text), viaDateUtc(text))).toBe(true);
    }), { numRuns: FUZZ_RUNS * 10 });
    for (const text of ["2025-02-29", "2025-02-31", "2024-12-00", "0100-01-01", "0099-12-31", "2025-3-14", "2025-03-14T", "+02025-03-1", "2025-03-1 ", " 2025-03-1"]) {
      expect(Object.is(isoDayNumber(text), viaDateUtc(text)), text).toBe(true);
    }
  });
});
