import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SessionSchema } from "../../src/model/session.js";
import { walkIssues } from "../../src/model/walk-issues.js";
import { parseReport, ReportInputError, ReportSchema } from "../../src/report/index.js";
import { parseReport as parseReportClassic, ReportInputError as ReportInputErrorClassic } from "../oracles/zod-classic/parse-report.js";
import { validateSession } from "../../src/validate.js";
import {
  extremeSessionArb, FUZZ_RUNS, nearSessionArb, pathsOf, sloppySessionArb, validSessionArb, withValueAt,
} from "./arbitraries.js";

const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const junkArb = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -1, 1.5, "", "x", "2025-02-30", "25:99", null, undefined, [], {}, [null], [{}]));
/** A stored report (JSON of validateSession's) with 0-3 values replaced by anything. */
const damagedReportArb = fc
  .tuple(fc.oneof(validSessionArb, extremeSessionArb), fc.boolean())
  .map(([s, json]) => (json ? JSON.parse(JSON.stringify(validateSession(s))) : validateSession(s)) as unknown)
  .chain((r) => {
    const paths = pathsOf(r);
    return fc.array(fc.tuple(fc.constantFrom(...paths), junkArb), { maxLength: 3 }).map((edits) => edits.reduce((acc, [p, v]) => withValueAt(acc, p, v), r));
  });
/**
 * A stored report whose only shape issues are a check's (a negative minute count, a bad clock
 * time: zod goes on after those), with valid flipped: zod then runs the report's cross-field
 * check too, and says valid disagrees.
 */
const softDamagedReportArb = fc
  .tuple(validSessionArb, fc.constantFrom(["minutes", -1], ["minutes", 1.5], ["start", "25:99"], ["code", "9711"], ["units", -2]) , fc.boolean())
  .filter(([s]) => s.services.length > 0)
  .map(([s, [key, bad], flip]) => {
    const r = JSON.parse(JSON.stringify(validateSession(s))) as { valid: boolean; session: { services: Record<string, unknown>[] } };
    r.session.services[0]![key as string] = bad;
    if (flip) r.valid = !r.valid;
    return r as unknown;
  });
const sessionInputArb = fc.oneof(sloppySessionArb as fc.Arbitrary<unknown>, nearSessionArb, fc.anything());
const view = (issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[]) => issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message }));

describe("walkIssues gives the issues safeParse gives (inputs small enough that safeParse does not throw)", () => {
  for (const [name, schema, arb] of [["SessionSchema", SessionSchema, sessionInputArb], ["ReportSchema", ReportSchema, fc.oneof(damagedReportArb, softDamagedReportArb)]] as const) {
    it(`${name}: the same paths, codes, messages, in the same order (reportInput and zod's default context)`, () => {
      fc.assert(
        fc.property(arb, fc.boolean(), (value, reportInput) => {
          const context = reportInput ? { reportInput: true } : {};
          const result = schema.safeParse(value, context);
          if (result.success) return;
          expect(view(walkIssues(schema, value, context))).toEqual(view(result.error.issues));
        }),
        params,
      );
    });
  }
});

/** What parseReport (or the classic copy's) gives: its issues as "path: message", or what it threw. */
function reportOutcome(parse: (v: unknown) => unknown, error: new (...a: never[]) => Error & { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, value: unknown): string[] | string {
  try {
    parse(value);
    return "read back";
  } catch (e) {
    if (e instanceof error) return e.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    return `threw ${String(e)}`;
  }
}

describe("counterexamples this fuzz found (fuzz16)", () => {
  // walkIssues (parseReport past ~120,000 issues in one field) skipped the report's cross-field
  // check, on the belief that zod runs no check of an object whose field failed. zod does, when
  // every issue is a check's (too_small, a regex, a refine: zod goes on after those): the walk
  // then left out "valid does not agree with the findings", which classic zod (and safeParse on
  // a smaller report) gave.
  it("a stored report of 130,000 lines of minutes -1 with valid flipped: parseReport names valid, as the classic schema did", () => {
    const r = JSON.parse(JSON.stringify(validateSession({ dateOfService: "2025-03-14", payer: { program: "commercial" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12 }] })));
    r.session.services = Array.from({ length: 130_000 }, () => ({ code: "97110", minutes: -1 }));
    r.units = null;
    r.valid = !r.valid;
    const now = reportOutcome(parseReport, ReportInputError, r);
    expect(now).toStrictEqual(reportOutcome(parseReportClassic, ReportInputErrorClassic, r));
    expect(now.length).toBe(130_001);
    expect(now.at(-1)).toBe("valid: valid does not agree with the findings (a report is valid exactly when no finding is an error)");
  });
});
