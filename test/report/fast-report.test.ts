import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { isReportForSure } from "../../src/report/fast-report.js";
import { parseReport, parseReportBySchema, ReportInputError } from "../../src/report/parse-report.js";
import { ReportSchema } from "../../src/report/report-schema.js";
import { validateSession } from "../../src/validate.js";
import {
  deepFreeze,
  extremeSessionArb,
  FUZZ_RUNS,
  hostileSession,
  hostileSpecArb,
  nearSessionArb,
  pathsOf,
  sloppySessionArb,
  validSessionArb,
  withValueAt,
} from "../fuzz/arbitraries.js";

/*
 * Seventeenth round (issue 7): parseReport checks a report validateSession made without zod
 * (src/report/fast-report.ts) and leaves everything else to ReportSchema. Two things are proved
 * here: (a) the fast path never vouches for a value the schema refuses, and parseReport gives
 * what the schema-only path gives (the value itself, or the same issues); (b) every report
 * validateSession makes, as JSON stores it, does take the fast path (zod never runs), so the
 * speed-up cannot vanish unseen.
 */

/** What a parse gives: the value itself (by identity), its issues, or the error it threw. */
type Outcome = { ok: unknown } | { issues: unknown } | { threw: string };

function outcomeOf(parse: (value: unknown) => unknown, value: unknown): Outcome {
  try {
    return { ok: parse(value) };
  } catch (error) {
    if (error instanceof ReportInputError) return { issues: error.issues };
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** (a): fast === true implies the schema's success, and parseReport agrees with the schema-only path. Returns whether the fast path took it. */
function expectAgreement(value: unknown): boolean {
  const fast = isReportForSure(value);
  if (fast) expect(ReportSchema.safeParse(value).success).toBe(true);
  const now = outcomeOf(parseReport, value);
  const bySchema = outcomeOf(parseReportBySchema, value);
  expect(now).toStrictEqual(bySchema);
  if ("ok" in now) expect(now.ok).toBe(value);
  return fast;
}

/** A report as stored: `JSON.parse` of its JSON. */
const stored = (input: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(validateSession(input))) as Record<string, unknown>;

const params = { numRuns: FUZZ_RUNS };

/** Values that make a field wrong in its own way: wrong types, bounds, fractions, NaN, text numbers, lists and objects. */
const NEAR_MISSES: readonly unknown[] = [
  undefined, null, "", "x", "9", "error", "cms", "97110", -1, -0, 0, 0.5, 1.5, 7, 1e308, 2 ** 53, 2 ** 60, Number.NaN, Infinity, -Infinity,
  true, false, [], {}, [null], [-1], [0, 0], [2, 1], [1.5], ["services", 9], ["services", "0"], { title: 5 },
];

/** Damage of a report's whole structure (not one value): each gives a report the schema may or may not accept. */
const STRUCTURAL: readonly [string, (r: any) => void][] = [
  ["valid flipped", (r) => { r.valid = !r.valid; }],
  ["a finding made an error", (r) => { if (r.findings[0]) r.findings[0].severity = "error"; }],
  ["every error made a warning", (r) => { for (const f of r.findings) if (f.severity === "error") f.severity = "warning"; }],
  ["a wrong severity", (r) => { if (r.findings[0]) r.findings[0].severity = "fatal"; }],
  ["findings reversed", (r) => { r.findings.reverse(); }],
  ["units lines reversed", (r) => { r.units?.lines.reverse(); }],
  ["a units line duplicated", (r) => { if (r.units?.lines[0]) r.units.lines.push({ ...r.units.lines[0] }); }],
  ["a units line dropped", (r) => { r.units?.lines.pop(); }],
  ["a units line's code in lower case", (r) => { if (r.units?.lines[0]) r.units.lines[0].code = r.units.lines[0].code.toLowerCase(); }],
  ["a units line of another code", (r) => { r.units?.lines.push({ code: "97999", minutes: 0, units: 0, timed: false }); }],
  ["the session's lines reversed", (r) => { r.session?.services.reverse(); }],
  ["a session line dropped", (r) => { r.session?.services.pop(); }],
  ["a session line duplicated", (r) => { if (r.session?.services[0]) r.session.services.push({ ...r.session.services[0] }); }],
  ["the session null", (r) => { r.session = null; }],
  ["units null", (r) => { r.units = null; }],
  ["a finding pointing past the lines", (r) => { r.findings.push({ rule: "units/exceeds-time", severity: "info", message: "m", path: ["services", r.session?.services.length ?? 0, "units"], source: { title: "t" } }); }],
  ["a finding with a string line index", (r) => { r.findings.push({ rule: "ncci/x", severity: "info", message: "m", path: ["services", "0"], source: { title: "t" } }); }],
  ["an input/ finding past the lines (kept)", (r) => { r.findings.push({ rule: "input/x", severity: "info", message: "m", path: ["services", 99], source: { title: "t" } }); }],
  ["notCounted on every line", (r) => { for (const l of r.units?.lines ?? []) l.notCounted = [0]; }],
  ["notCounted removed", (r) => { for (const l of r.units?.lines ?? []) delete l.notCounted; }],
  ["totals off by one", (r) => { if (r.units) r.units.totalUnits += 1; }],
  ["minutes off by one", (r) => { if (r.units) r.units.totalTimedMinutes += 1; }],
  ["a line's minutes removed", (r) => { if (r.session?.services[0]) delete r.session.services[0].minutes; }],
  ["an end before its start", (r) => { if (r.session?.services[0]) Object.assign(r.session.services[0], { start: "10:00", end: "09:00" }); }],
  ["extra keys everywhere", (r) => { r.id = 7; r.input = "visits.ndjson:3"; r.meta.extra = 1; if (r.session) r.session.extra = 1; for (const f of r.findings) f.extra = 1; for (const l of r.units?.lines ?? []) l.extra = 1; }],
  ["a finding's source removed", (r) => { if (r.findings[0]) delete r.findings[0].source; }],
  ["meta's unitMethod in capitals", (r) => { r.meta.unitMethod = "CMS"; }],
];

/** Each report with each of its values replaced by each near miss, its key removed, and each structural damage. */
function* nearMissesOf(report: Record<string, unknown>): Generator<unknown> {
  for (const path of [...pathsOf(report), []]) {
    for (const value of NEAR_MISSES) yield withValueAt(report, path, value);
    if (path.length > 0) {
      const copy = structuredClone(report) as any;
      let at = copy;
      for (const part of path.slice(0, -1)) at = at[part];
      if (Array.isArray(at)) at.splice(path[path.length - 1] as number, 1);
      else delete at[path[path.length - 1]!];
      yield copy;
    }
  }
  for (const [, damage] of STRUCTURAL) {
    const copy = structuredClone(report);
    damage(copy);
    yield copy;
  }
}

const generated = generateSessions(2000, 16);

describe("(a) parseReport's fast path vouches only for what ReportSchema accepts, and parseReport gives what the schema-only path gives", () => {
  it("any JSON value, and any JavaScript value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void expectAgreement(value)), params);
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), (value) => void expectAgreement(value)), params);
  });

  it("reports as stored of valid, extreme, near-valid and sloppy input, with any JSON at any one of their paths", () => {
    const damaged = fc
      .oneof(validSessionArb as fc.Arbitrary<unknown>, nearSessionArb, sloppySessionArb, extremeSessionArb)
      .map(stored)
      .chain((report) => fc.tuple(fc.constant(report), fc.constantFrom(...pathsOf(report), []), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...NEAR_MISSES))))
      .map(([report, path, value]) => withValueAt(report, path, value));
    fc.assert(fc.property(damaged, (value) => void expectAgreement(value)), { numRuns: FUZZ_RUNS * 3 });
  });

  it(`every value of the bench generator's sessions' reports set to each of ${NEAR_MISSES.length} near misses or removed, and ${STRUCTURAL.length} structural damages`, () => {
    let inputs = 0;
    let fast = 0;
    for (const s of generated.slice(0, 6)) {
      for (const value of nearMissesOf(stored(s))) {
        if (expectAgreement(value)) fast++;
        inputs++;
      }
    }
    expect(inputs).toBeGreaterThan(5000);
    // Some damage leaves a report valid (a finding's message, an extra key): those still take the fast path.
    expect(fast).toBeGreaterThan(0);
    expect(fast).toBeLessThan(inputs);
  });

  it.each(STRUCTURAL)("structural damage of a report with units, findings and notCounted: %s", (_, damage) => {
    const r = stored({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [
      { code: "97110", units: 2, modifiers: ["GP"] }, { code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }, { code: "97530", minutes: 40, units: 2 }, { code: "97110", units: 1, modifiers: ["GP"] },
    ] }) as any;
    expect(r.units.lines.some((l: { notCounted?: unknown }) => l.notCounted)).toBe(true);
    expect(r.findings.length).toBeGreaterThan(0);
    damage(r);
    expectAgreement(r);
  });

  it("the stored reports of the bench generator's 2,000 sessions, with the CLI's input and a database id added: the value itself, keys as stored", () => {
    for (const s of generated.slice(0, 200)) {
      const row = { id: 42, ...stored(s), input: "visits.ndjson:7" };
      expect(expectAgreement(row)).toBe(true);
      expect(JSON.stringify(parseReport(row))).toBe(JSON.stringify(row));
    }
  });
});

/** The reports of everything validateSession is fed in the tests: its every report must take the fast path. */
function reportsOfEverything(): unknown[] {
  const fixtures = ["test/cli/fixtures/clinic-day.ndjson", "examples/sessions.ndjson"].flatMap((file) =>
    readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as unknown),
  );
  const hostile = fc.sample(hostileSpecArb, { numRuns: 200, seed: 17 }).map(hostileSession);
  const sampled = fc.sample(fc.oneof(validSessionArb as fc.Arbitrary<unknown>, extremeSessionArb, nearSessionArb, sloppySessionArb), { numRuns: 400, seed: 17 });
  return [...generated, ...fixtures, ...hostile, ...sampled, null, {}, "97110", []].map(stored);
}

describe("(b) every report validateSession makes takes the fast path (zod never runs)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the bench generator's 2,000 sessions, the fixtures (CLI clinic day, examples), 200 hostile sessions, 400 sampled valid, extreme, near and sloppy ones", () => {
    const reports = reportsOfEverything();
    expect(reports.length).toBeGreaterThan(2600);
    // The fast path's own count, and parseReport's: ReportSchema's parser is never entered.
    const run = vi.spyOn(ReportSchema._zod, "run");
    let fast = 0;
    for (const r of reports) {
      if (isReportForSure(r)) fast++;
      expect(parseReport(r)).toBe(r);
    }
    expect(fast).toBe(reports.length);
    expect(run).not.toHaveBeenCalled();
    // And the spy does see the schema path: a damaged report reaches zod.
    expect(() => parseReport({ ...(reports[0] as object), valid: "yes" })).toThrow(ReportInputError);
    expect(run).toHaveBeenCalled();
  });

  it("reports of any valid or sloppy input, sampled by fast-check: fast path, and the schema agrees", () => {
    fc.assert(
      fc.property(fc.oneof(validSessionArb as fc.Arbitrary<unknown>, nearSessionArb, sloppySessionArb), (input) => {
        const r = stored(input);
        expect(isReportForSure(r)).toBe(true);
        expect(ReportSchema.safeParse(r).success).toBe(true);
      }),
      params,
    );
  });

  it("a report not read back through JSON (validateSession's own object) takes it too", () => {
    for (const s of generated.slice(0, 100)) expect(isReportForSure(validateSession(s))).toBe(true);
  });

  it("the fast path writes nothing: a deep-frozen stored report reads back, itself", () => {
    for (const s of generated.slice(0, 100)) {
      const r = deepFreeze(stored(s));
      expect(isReportForSure(r)).toBe(true);
      expect(parseReport(r)).toBe(r);
    }
  });
});
