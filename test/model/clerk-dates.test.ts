import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSession, SessionInputError } from "../../src/model/parse-session.js";
import { fastParseSession } from "../../src/model/fast-parse-session.js";
import { validateSession } from "../../src/validate.js";

/**
 * Twenty-fourth round (edge24, CLERK-DATE). A front-desk clerk writes the date of service as the US paper forms do,
 * "03/02/2026", and got only "must be a real calendar date written YYYY-MM-DD". The message now shows the readings:
 * month first (US: the CMS-1500's MM DD YY) and day first, or the one that exists ("13/02/2026" has no 13th month).
 * One helper (src/model/dates.ts) words it for every date field, on the schema path and the fast path alike.
 */
const visit = (fields: Record<string, unknown>) => ({
  dateOfService: "2026-03-02", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"] }], ...fields,
});
/** The issue parseSession gives for `path` (it tries the fast path first, then the schema). */
const issueOf = (input: unknown, path: string) => {
  try {
    parseSession(input);
  } catch (e) {
    return (e as SessionInputError).issues.find((i) => i.path.join(".") === path)?.message;
  }
  return undefined;
};
/** The fast path's answer: it gives no session for a bad date (undefined: the schema decides and words it). */
const fastOf = (input: unknown) => fastParseSession(input);

describe("CLERK-DATE: a date written the clerk's way shows how to write it", () => {
  it.each<[string, string]>([
    ["03/02/2026", '"03/02/2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)'],
    ["3/2/2026", '"3/2/2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)'],
    ["13/02/2026", '"13/02/2026" is not YYYY-MM-DD: write 2026-02-13'],
    ["02/13/2026", '"02/13/2026" is not YYYY-MM-DD: write 2026-02-13'],
    ["03/03/2026", '"03/03/2026" is not YYYY-MM-DD: write 2026-03-03'],
    ["03-02-2026", '"03-02-2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)'],
    ["30.01.2026", '"30.01.2026" is not YYYY-MM-DD: write 2026-01-30'],
    ["02/29/2024", '"02/29/2024" is not YYYY-MM-DD: write 2024-02-29'],
  ])("%s", (date, message) => {
    expect(issueOf(visit({ dateOfService: date }), "dateOfService")).toBe(message);
    expect(fastOf(visit({ dateOfService: date }))).toBeUndefined();
    expect(validateSession(visit({ dateOfService: date })).findings[0]?.message).toBe(`dateOfService ${message}.`);
  });

  it("the plan of care's dates get the same words", () => {
    for (const field of ["startOfCare", "certifiedOn", "certifiedThrough", "planSentToReferrerOn"]) {
      const input = visit({ planOfCare: { [field]: "03/02/2026" } });
      expect(issueOf(input, `planOfCare.${field}`)).toBe('"03/02/2026" is not YYYY-MM-DD: write 2026-03-02 (month first) or 2026-02-03 (day first)');
    }
  });

  it("counter-cases: no reading exists, or it is not the clerk's form: the general message", () => {
    for (const date of ["13/13/2026", "02/30/2026", "31/04/2026", "03/02/26", "2026/03/02", "03/02/0099", "0/2/2026", " 03/02/2026", "03/02/2026x", "tomorrow", "2025-02-30", "003/02/2026"]) {
      expect(issueOf(visit({ dateOfService: date }), "dateOfService"), date).toBe("must be a real calendar date written YYYY-MM-DD");
    }
    // A valid date is still no issue.
    expect(issueOf(visit({ dateOfService: "2026-03-02" }), "dateOfService")).toBeUndefined();
  });

  it("property: the readings named are exactly the real dates of month-first and day-first, and both paths agree", () => {
    // 0–40, written with or without a leading zero ("3", "03"), sometimes with three digits ("003").
    const part = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 3 })).map(([n, width]) => String(n).padStart(width, "0"));
    fc.assert(
      fc.property(part, part, fc.integer({ min: 1, max: 2999 }), fc.constantFrom("/", "-", "."), (a, b, year, sep) => {
        const date = `${a}${sep}${b}${sep}${String(year).padStart(4, "0")}`;
        const input = visit({ dateOfService: date });
        const message = issueOf(input, "dateOfService");
        // The fast path never answers for a date that is not valid, so the schema path words every one.
        if (message !== undefined) expect(fastOf(input)).toBeUndefined();
        // The oracle: the calendar's own reading of each order (Date.UTC, which rolls an impossible day over).
        const real = (m: number, d: number) => {
          const t = new Date(Date.UTC(2000, m - 1, d));
          t.setUTCFullYear(year);
          return year >= 100 && m >= 1 && m <= 12 && d >= 1 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : undefined;
        };
        const readings = [...new Set([real(Number(a), Number(b)), real(Number(b), Number(a))].filter((r) => r !== undefined))];
        const clerk = a.length <= 2 && b.length <= 2;
        if (!clerk || readings.length === 0) expect(message, date).toBe("must be a real calendar date written YYYY-MM-DD");
        else if (readings.length === 1) expect(message, date).toBe(`"${date}" is not YYYY-MM-DD: write ${readings[0]}`);
        else expect(message, date).toBe(`"${date}" is not YYYY-MM-DD: write ${readings[0]} (month first) or ${readings[1]} (day first)`);
      }),
      { numRuns: 500 },
    );
  });
});
