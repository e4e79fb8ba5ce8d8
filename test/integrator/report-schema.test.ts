import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { validateSession, type Report } from "../../src/index.js";
import { parseReport, ReportInputError, ReportSchema } from "../../src/report/index.js";
import { extremeSessionArb, FUZZ_RUNS, nearSessionArb, sloppySessionArb, validSessionArb } from "../fuzz/arbitraries.js";
import { run } from "../cli/run-cli.js";

/**
 * A practice-management system stores each visit's report as JSON and reads it back for the
 * billing queue: `therapy-claims/report` checks what is read back instead of a cast.
 */
const stored = (report: Report): unknown => JSON.parse(JSON.stringify(report));

const VISIT = {
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT" },
  services: [{ code: "97110", minutes: 33, units: 3, modifiers: ["GP"], activity: "ther ex" }],
};

describe("parseReport accepts every report validateSession makes, as JSON stores it", () => {
  for (const [name, arb] of [
    ["valid sessions", validSessionArb],
    ["extreme sessions", extremeSessionArb],
    ["near-valid input", nearSessionArb],
    ["sloppy input", sloppySessionArb],
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(arb as fc.Arbitrary<unknown>, (input) => {
          const report = validateSession(input);
          const back = stored(report);
          // The value itself, as stored: JSON of what was read back is the stored JSON (zod's copy reordered each finding's keys).
          expect(parseReport(back)).toBe(back);
          expect(JSON.stringify(parseReport(back))).toBe(JSON.stringify(report));
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it("a day's minutes past Number.MAX_SAFE_INTEGER (found by the sloppy-input property at 1,500 runs)", () => {
    const input = { dateOfService: "2015-01-01", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "a000A", minutes: 1 }, { code: "97032", minutes: 9007199254740991 }] };
    const back = stored(validateSession(input));
    expect(parseReport(back)).toBe(back);
  });

  it("unusable input (null, a string) and the returned type is Report", () => {
    for (const input of [null, "97110", { services: "x" }]) expect(parseReport(stored(validateSession(input))).session).toBeNull();
    expectTypeOf(parseReport).returns.toEqualTypeOf<Report>();
  });

  it("the CLI's --format json and ndjson reports, their `input` kept", async () => {
    const day = readFileSync("test/cli/fixtures/clinic-day.ndjson", "utf8").split("\n").slice(0, 40).join("\n");
    const json = await run(["validate", "--format", "json"], day);
    const reports = JSON.parse(json.stdout) as unknown[];
    expect(reports.length).toBeGreaterThan(10);
    for (const r of reports) expect(JSON.stringify(parseReport(r))).toBe(JSON.stringify(r));
    const ndjson = await run(["validate", "--format", "ndjson"], day);
    const lines = ndjson.stdout.trim().split("\n");
    expect(lines).toHaveLength(reports.length);
    for (const line of lines) expect((parseReport(JSON.parse(line)) as { input?: unknown }).input).toHaveProperty("line");
  });
});

describe("parseReport rejects a damaged report, naming the field", () => {
  const good = stored(validateSession(VISIT)) as Record<string, unknown> & { findings: Record<string, unknown>[] };

  it("the report is what it looks like (an error finding)", () => {
    expect(good.valid).toBe(false);
    expect(good.findings.length).toBeGreaterThan(0);
  });

  const cases: [string, (r: typeof good) => unknown, RegExp][] = [
    ["a session instead of a report", () => VISIT, /findings: /],
    ["null", () => null, /\(input\)/],
    ["a finding's severity", (r) => ({ ...r, findings: [{ ...r.findings[0], severity: "fatal" }, ...r.findings.slice(1)] }), /findings\[0\]\.severity/],
    ["a finding without its source", (r) => ({ ...r, findings: r.findings.map(({ source: _, ...f }) => f) }), /findings\[0\]\.source/],
    ["valid true beside an error finding", (r) => ({ ...r, valid: true }), /valid: valid does not agree with the findings/],
    ["a truncated session", (r) => ({ ...r, session: { dateOfService: "2025-03-14" } }), /session\.payer/],
    ["units as text", (r) => ({ ...r, units: { ...(r.units as object), totalUnits: "2" } }), /units\.totalUnits/],
    ["no meta", ({ meta: _, ...r }) => r, /meta/],
  ];
  for (const [name, damage, message] of cases) {
    it(name, () => {
      const value = damage(structuredClone(good));
      expect(() => parseReport(value)).toThrow(ReportInputError);
      expect(() => parseReport(value)).toThrow(message);
      expect(() => parseReport(value)).toThrow(/^Not a therapy-claims report \(\d+ problems?\): /);
      expect(ReportSchema.safeParse(value).success).toBe(false);
    });
  }
});
