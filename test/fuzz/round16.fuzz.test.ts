import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { config, locales } from "zod/mini";
import { parseSession, SessionInputError } from "../../src/model/parse-session.js";
import { SessionSchema } from "../../src/model/session.js";
import { walkIssues } from "../../src/model/walk-issues.js";
import { parseReport, ReportInputError, ReportSchema } from "../../src/report/index.js";
import { parseReport as parseReportClassic, ReportInputError as ReportInputErrorClassic } from "../oracles/zod-classic/parse-report.js";
import { validateSession } from "../../src/validate.js";
import type { Session } from "../../src/model/session.js";
import type { Report } from "../../src/validate.js";
import {
  deepFreeze, extremeSessionArb, FUZZ_RUNS, hostileSession, hostileSpecArb, nearSessionArb, pathsOf, sloppySessionArb, validSessionArb, withValueAt,
} from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";
import { otEpisode, ptEpisode, slpEpisode } from "../rules/poc/episodes.js";

/**
 * The sixteenth round's new code, fuzzed (fuzz16): the field-by-field walk past 120,000 issues
 * (src/model/walk-issues.ts) against zod's own safeParse; parseSession, validateSession and
 * parseReport on any JavaScript value and under another zod locale (the move to zod/mini); the
 * discharge flag (poc16) over the episodes of test/rules/poc/episodes.ts. Runs per property:
 * max(FUZZ_RUNS, 100).
 */
const params = { numRuns: Math.max(FUZZ_RUNS, 100) };
const junkArb = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -1, 1.5, "", "x", "2025-02-30", "25:99", null, undefined, [], {}, [null], [{}]));
/** `withValueAt`, or the value as it was when an earlier edit took the path away. */
const editOrKeep = (value: unknown, [path, v]: [(string | number)[], unknown]): unknown => {
  try {
    return withValueAt(value, path, v);
  } catch {
    return value;
  }
};
/** A stored report (JSON of validateSession's) with 0-3 values replaced by anything. */
const damagedReportArb = fc
  .tuple(fc.oneof(validSessionArb, extremeSessionArb), fc.boolean())
  .map(([s, json]) => (json ? JSON.parse(JSON.stringify(validateSession(s))) : validateSession(s)) as unknown)
  .chain((r) => {
    const paths = pathsOf(r);
    return fc.array(fc.tuple(fc.constantFrom(...paths), junkArb), { maxLength: 3 }).map((edits) => edits.reduce(editOrKeep, r));
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

// ---------------------------------------------------------------------------------------------
// 2. The zod/mini edge: any JavaScript value.

const MINIMAL = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12 }] };
/** A value that is not plain data, made from a plain session: the spec is plain (fast-check prints it). */
type Weird = "frozen" | "cyclic-unknown-key" | "cyclic-line" | "cyclic-note" | "holes" | "null-prototype" | "class-instance" | "symbol-keys" | "date-and-map" | "accessor" | "non-enumerable";
const WEIRD: readonly Weird[] = ["frozen", "cyclic-unknown-key", "cyclic-line", "cyclic-note", "holes", "null-prototype", "class-instance", "symbol-keys", "date-and-map", "accessor", "non-enumerable"];
class Visit { constructor(fields: object) { Object.assign(this, fields); } }
function weird(session: Record<string, unknown>, kind: Weird): unknown {
  const s = structuredClone(session) as Record<string, any>;
  switch (kind) {
    case "frozen": return deepFreeze(s);
    case "cyclic-unknown-key": s.self = s; return s;
    case "cyclic-line": s.services = [...(s.services ?? []), s]; return s;
    case "cyclic-note": s.note = { text: "x", back: s }; s.planOfCare = s; return s;
    case "holes": { const list = new Array(5); list[2] = s.services?.[0]; s.services = list; s.modifiers = new Array(3); return s; }
    case "null-prototype": return Object.assign(Object.create(null), { ...s, payer: Object.assign(Object.create(null), s.payer) });
    case "class-instance": return new Visit({ ...s, services: (s.services ?? []).map((l: object) => new Visit(l)) });
    case "symbol-keys": return { ...s, [Symbol("dateOfService")]: "x", payer: { ...s.payer, [Symbol.iterator]: 1 } };
    case "date-and-map": return { ...s, dateOfService: new Date(0), planOfCare: new Map([["startOfCare", "2025-01-01"]]), services: new Set(s.services ?? []) };
    case "accessor": { let n = 0; return Object.defineProperty({ ...s }, "dateOfService", { get: () => (n++ % 2 ? "2025-03-14" : 20250314), enumerable: true }); }
    default: return Object.defineProperty({ ...s }, "services", { value: s.services, enumerable: false });
  }
}
const weirdArb = fc.tuple(fc.oneof(validSessionArb as fc.Arbitrary<Record<string, unknown>>, sloppySessionArb), fc.constantFrom(...WEIRD)).map(([s, kind]) => ({ s, kind }));

/** What a call threw, when it is not one of `allowed`, or a value's own trap or getter ("trap", "getter"). */
function unexpectedThrow(call: () => unknown, allowed: readonly (abstract new (...a: never[]) => Error)[]): string | undefined {
  try {
    call();
    return undefined;
  } catch (e) {
    if (allowed.some((c) => e instanceof c)) return undefined;
    if (e instanceof Error && (e.message === "trap" || e.message === "getter")) return undefined;
    return String((e as Error)?.stack ?? e);
  }
}
const reportOf = (session: unknown): Report => ({ ...(JSON.parse(JSON.stringify(validateSession(MINIMAL))) as Report), session: session as Report["session"] });

describe("parseSession, validateSession and parseReport on any JavaScript value", () => {
  it("frozen, cyclic, holey, null-prototype, class instances, symbol keys, Dates/Maps/Sets, flipping accessors: only the documented errors; validateSession never throws and its report is JSON-safe", () => {
    fc.assert(
      fc.property(weirdArb, ({ s, kind }) => {
        const value = weird(s, kind);
        expect(unexpectedThrow(() => parseSession(value), [SessionInputError, TypeError])).toBeUndefined();
        expect(unexpectedThrow(() => parseReport(reportOf(value)), [ReportInputError])).toBeUndefined();
        expect(unexpectedThrow(() => parseReport(value), [ReportInputError])).toBeUndefined();
        const report = validateSession(value);
        expectJsonSafe(report);
        expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
      }),
      params,
    );
  });

  it("getters that throw, Proxies (throwing, flipping, revoked): parseSession throws SessionInputError, TypeError or the value's own error; parseReport ReportInputError or the value's own; validateSession nothing", () => {
    fc.assert(
      fc.property(hostileSpecArb, (spec) => {
        expect(unexpectedThrow(() => parseSession(hostileSession(spec)), [SessionInputError, TypeError])).toBeUndefined();
        expect(unexpectedThrow(() => parseReport(reportOf(hostileSession(spec))), [ReportInputError, TypeError])).toBeUndefined();
        expectJsonSafe(validateSession(hostileSession(spec)));
      }),
      params,
    );
  });

  const many = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const keys130k = () => Object.fromEntries(many(130_000, (i) => [`k${i}`, i] as const));
  it.each<[string, () => unknown]>([
    ["130,000 holes in services", () => ({ ...MINIMAL, services: new Array(130_000) })],
    ["130,000 holes in a line's modifiers", () => ({ ...MINIMAL, services: [{ code: "97110", modifiers: new Array(130_000) }] })],
    ["130,000 unknown keys on the visit", () => ({ ...keys130k(), ...MINIMAL })],
    ["130,000 keys on a line", () => ({ ...MINIMAL, services: [{ ...keys130k(), code: "97110" }] })],
    ["services an object of 130,000 keys", () => ({ ...MINIMAL, services: keys130k() })],
    ["130,000 lines, each the visit itself (cyclic)", () => { const s: Record<string, unknown> = { ...MINIMAL }; s.services = many(130_000, () => s); return s; }],
    ["130,000 frozen lines with a bad code", () => deepFreeze({ ...MINIMAL, services: many(130_000, () => ({ code: 97110 })) })],
  ])("%s: only the documented errors, a report that reads back", (_name, make) => {
    const value = make();
    expect(unexpectedThrow(() => parseSession(value), [SessionInputError])).toBeUndefined();
    expect(unexpectedThrow(() => parseReport(reportOf(value)), [ReportInputError])).toBeUndefined();
    const report = validateSession(value);
    expect(report.findings.filter((f) => f.rule === "input/unreadable")).toEqual([]);
    expect(() => parseReport(JSON.parse(JSON.stringify(report)))).not.toThrow();
  }, 60_000);
});

describe("zod's global locale never changes a word parseSession, parseReport or validateSession gives", () => {
  /** Runs `read` with zod's global locale set to French, then puts back what was there. */
  function underFrench<T>(read: () => T): T {
    const global = config();
    const saved = global.localeError;
    config(locales.fr());
    try {
      return read();
    } finally {
      global.localeError = saved;
    }
  }
  const words = (call: () => unknown): unknown => {
    try {
      return { ok: JSON.parse(JSON.stringify(call()) ?? "null") };
    } catch (e) {
      return e instanceof SessionInputError || e instanceof ReportInputError ? { issues: e.issues, message: e.message } : { threw: String(e) };
    }
  };
  // (Not the flipping accessor: it answers each read differently, so two calls differ anyway.)
  it("sessions and damaged reports of every kind the arbitraries make", () => {
    fc.assert(
      fc.property(fc.oneof(sessionInputArb, weirdArb.filter(({ kind }) => kind !== "accessor").map(({ s, kind }) => weird(s, kind))), damagedReportArb, (input, report) => {
        const plain = [words(() => parseSession(input)), words(() => validateSession(input)), words(() => parseReport(report))];
        expect(underFrench(() => [words(() => parseSession(input)), words(() => validateSession(input)), words(() => parseReport(report))])).toEqual(plain);
      }),
      params,
    );
  });
  it.each<[string, () => unknown]>([
    ["130,000 bad lines", () => ({ ...MINIMAL, dateOfService: 1, services: Array.from({ length: 130_000 }, () => ({ code: 97110 })) })],
  ])("past 120,000 issues (the field-by-field walk): %s", (_name, make) => {
    const input = make();
    const report = { ...reportOf(input), valid: "x", findings: Array.from({ length: 130_000 }, () => ({ rule: 1, severity: "bad", message: null })) };
    const plain = [words(() => parseSession(input)), words(() => parseReport(report))];
    expect(underFrench(() => [words(() => parseSession(input)), words(() => parseReport(report))])).toEqual(plain);
    expect(JSON.stringify(plain)).not.toMatch(/Entrée|invalide|attendu/);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// 3. The discharge flag (poc16) over realistic courses (test/rules/poc/episodes.ts).

const EPISODES = [...ptEpisode(), ...ptEpisode({ delayReasonOnFile: true }), ...otEpisode(), ...slpEpisode()].map((v) => v.session);
const ASSISTANT = { PT: "PTA", OT: "OTA", SLP: "SLPA" } as const;
/** A visit of an episode with the plan's report fields, the discharge flag and the credential changed. */
const courseVisitArb = fc
  .record({
    visit: fc.constantFrom(...EPISODES),
    discharge: fc.constantFrom(true, false, undefined),
    written: fc.constantFrom(true, false, undefined, "keep"),
    days: fc.oneof(fc.constant("keep" as const), fc.constant(undefined), fc.integer({ min: 0, max: 14 })),
    byAssistant: fc.boolean(),
  })
  .map(({ visit, discharge, written, days, byAssistant }) => {
    const poc: Record<string, unknown> = { ...visit.planOfCare, dischargeAtThisVisit: discharge };
    if (written !== "keep") poc.progressReportAtThisVisit = written;
    if (days !== "keep") poc.treatmentDaysSinceProgressReport = days;
    for (const k of Object.keys(poc)) if (poc[k] === undefined) delete poc[k];
    const provider = byAssistant ? { ...visit.provider, credential: ASSISTANT[visit.provider.discipline] } : visit.provider;
    return { ...visit, provider, planOfCare: poc } as unknown as Session;
  });
/** The same value with every object's keys in another order (lists as they are). */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reorderKeys(v, seed + i));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  const rotated = [...entries.slice(seed % Math.max(entries.length, 1)), ...entries.slice(0, seed % Math.max(entries.length, 1))].reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, reorderKeys(v, seed + 1)]));
}
const isDue = (f: { rule: string; message: string }) => f.rule === "poc/progress-report-due" && f.message.startsWith("This visit is treatment day");

describe("the discharge flag over realistic courses", () => {
  it("at most one of poc/discharge-note-missing and poc/progress-report-due's report due on a visit; the discharge rule exactly on a Medicare discharge visit with no report written", () => {
    fc.assert(
      fc.property(courseVisitArb, fc.constantFrom("medicare", "medicaid", "commercial", "other"), (visit, program) => {
        const s = { ...visit, payer: { ...visit.payer, program } } as Session;
        const findings = validateSession(s).findings;
        const discharge = findings.filter((f) => f.rule === "poc/discharge-note-missing");
        expect(discharge.length + findings.filter(isDue).length).toBeLessThanOrEqual(1);
        const poc = s.planOfCare!;
        expect(discharge.length).toBe(program === "medicare" && poc.dischargeAtThisVisit === true && poc.progressReportAtThisVisit !== true ? 1 : 0);
        if (poc.dischargeAtThisVisit === true) expect(findings.filter((f) => f.rule === "poc/progress-report-due" && f.path?.join() === "planOfCare,treatmentDaysSinceProgressReport" && !f.message.includes("late"))).toEqual([]);
      }),
      params,
    );
  });

  it("the flag on a non-Medicare visit changes nothing (validity, units, every finding)", () => {
    fc.assert(
      fc.property(courseVisitArb, fc.constantFrom("medicaid", "commercial", "other"), (visit, program) => {
        const s = { ...visit, payer: { ...visit.payer, program } } as Session;
        const { dischargeAtThisVisit: _d, ...rest } = s.planOfCare!;
        // The report less its session (which echoes the flag).
        const said = (r: Report) => ({ ...r, session: undefined });
        const without = said(validateSession({ ...s, planOfCare: rest }));
        for (const flag of [true, false]) expect(said(validateSession({ ...s, planOfCare: { ...rest, dischargeAtThisVisit: flag } }))).toEqual(without);
      }),
      params,
    );
  });

  it("findings never depend on key order (the whole report) or line order (the poc/ findings, line paths mapped back)", () => {
    fc.assert(
      fc.property(courseVisitArb, fc.nat(50), fc.nat(), (visit, seed, shuffle) => {
        const report = validateSession(visit);
        expect(JSON.stringify(validateSession(reorderKeys(visit, seed)))).toBe(JSON.stringify(report));
        const n = visit.services.length;
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7919 + shuffle) % 101) - ((b * 7919 + shuffle) % 101));
        const permuted = validateSession({ ...visit, services: order.map((i) => visit.services[i]!) });
        const poc = (findings: Report["findings"], map: (i: number) => number) =>
          findings.filter((f) => f.rule.startsWith("poc/")).map((f) => JSON.stringify({ ...f, path: f.path?.[0] === "services" ? ["services", map(f.path[1] as number), ...f.path.slice(2)] : f.path })).sort();
        expect(poc(permuted.findings, (i) => order[i]!)).toEqual(poc(report.findings, (i) => i));
      }),
      params,
    );
  });
});

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
