import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import type { Finding } from "../../src/model/finding.js";
import { DEFAULT_NCCI_TABLES } from "../../src/ncci/tables.js";
import { createRule } from "../../src/rules/create-rule.js";
import { SESSION_CHECKS } from "../../src/validate/checks.js";
import type { ValidateOptions } from "../../src/validate/options.js";
import { validateWithChecks } from "../../src/validate/run-checks.js";
import { validateSession } from "../../src/validate.js";
import { extremeSessionArb, FUZZ_RUNS, nearSessionArb, validSessionArb } from "../fuzz/arbitraries.js";
import { SESSION_CHECKS as ORACLE_CHECKS } from "../oracles/validate/checks.js";
import { validateWithChecks as oracleValidate } from "../oracles/validate/run-checks.js";
import { CLEAN_VISIT, clone, UNKNOWN_CODE_VISIT } from "./fixtures.js";

/** The report as JSON text (key order counts: the CLI prints it) and as a value (undefined values count). */
function expectSameReport(input: unknown, options: ValidateOptions = {}): void {
  const now = validateSession(input, options);
  const before = oracleValidate(input, options, ORACLE_CHECKS);
  expect(JSON.stringify(now)).toBe(JSON.stringify(before));
  expect(now).toStrictEqual(before);
}

const BENCH = generateSessions(400, 7);

const houseRule = createRule({
  id: "house/no-97140",
  defaultSeverity: "warning",
  source: { title: "House policy" },
  description: "97140 is not billed at this clinic",
  check: (ctx) => ctx.session.services.flatMap((l, i) => (l.code === "97140" ? [{ message: "97140 is not billed here", path: ["services", i, "code"], codes: ["97140"] }] : [])),
});

/** Option sets a caller may pass, valid and odd (JavaScript callers send anything). */
const OPTION_SETS: readonly ValidateOptions[] = [
  {},
  { payer: { unitMethod: "ama" } },
  { payer: { unitMethod: "cms", kxThreshold: false, name: "Acme Health" } },
  { payer: { disciplineModifiers: false, assistantModifiers: false } },
  { ncci: DEFAULT_NCCI_TABLES },
  { setting: "outpatient-hospital" },
  { setting: "facility" } as unknown as ValidateOptions,
  { rules: { "catalog/unknown-code": "off", "units/exceeds-time": "info", "doc/activity-too-vague": "error", "input/required-field": "off", "nope/x": "warning" } },
  { rules: { "modifiers/missing-discipline": "loud" as "off", "units/below-time": "off", "ncci/ptp-edit": "warning" } },
  { extraRules: [houseRule] },
  { extraRules: [houseRule], rules: { "house/no-97140": "error", "mue/exceeds": "off" } },
  { payer: undefined, ncci: undefined, setting: undefined, rules: undefined, extraRules: undefined } as unknown as ValidateOptions,
  { payer: null, ncci: null, setting: "" } as unknown as ValidateOptions,
  { rules: null, extraRules: null } as unknown as ValidateOptions,
  { ncci: {} } as unknown as ValidateOptions,
  { payer: { unitMethod: "AMA", ptpEdits: "false", mue: 1, name: 5, program: "commercial" } } as unknown as ValidateOptions,
  { payer: "commercial" } as unknown as ValidateOptions,
  { payer: [{ unitMethod: "ama" }] } as unknown as ValidateOptions,
];

describe("validateSession gives the very report it gave before the overhead work (test/oracles/validate)", () => {
  it("on the benchmark generator's sessions, with every option set", () => {
    for (const options of OPTION_SETS) for (const s of BENCH.slice(0, options === OPTION_SETS[0] ? BENCH.length : 60)) expectSameReport(s, options);
  });

  it("on the fixtures, broken copies of them and unusable input", () => {
    for (const options of OPTION_SETS) {
      for (const input of [CLEAN_VISIT, UNKNOWN_CODE_VISIT, null, 42, "x", [], {}, { ...clone(CLEAN_VISIT), totalTimedMinutes: -3 }, { ...clone(CLEAN_VISIT), services: [{ code: "97110", minutes: "ten" }] }, { ...clone(CLEAN_VISIT), dateOfService: "2025-02-30" }, { ...clone(CLEAN_VISIT), provider: {}, services: [{ code: "97110", modifiers: "GP,59" }] }]) {
        expectSameReport(input, options);
      }
    }
  });

  it("on generated valid sessions, sessions at the edges and near-miss sessions, with any option set", () => {
    const options = fc.constantFrom(...OPTION_SETS);
    fc.assert(fc.property(validSessionArb, options, (s, o) => expectSameReport(s, o)), { numRuns: FUZZ_RUNS });
    fc.assert(fc.property(nearSessionArb, options, (s, o) => expectSameReport(s, o)), { numRuns: FUZZ_RUNS });
    fc.assert(fc.property(extremeSessionArb, (s) => expectSameReport(s)), { numRuns: Math.max(5, FUZZ_RUNS / 10) });
  });

  it("on any JSON value, and with any JSON value as options", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectSameReport(value)), { numRuns: FUZZ_RUNS });
    fc.assert(fc.property(fc.jsonValue(), (options) => expectSameReport(CLEAN_VISIT, options as ValidateOptions)), { numRuns: FUZZ_RUNS });
  });

  it("with checks that throw or return garbage (the defensive copy of what a check returns)", () => {
    const garbage: unknown[] = [
      null, 1, "x", {}, { rule: 1 }, { rule: "a/b", severity: "loud", message: "m", source: { title: "t" } },
      { rule: "a/b", severity: "error", message: "m", source: null },
      { rule: "a/b", severity: "error", message: "m", source: { title: "t", section: 1, url: "u", version: "v", extra: "x" }, path: ["services", 0, Infinity, Number.NaN, "x", null, {}], codes: ["97110", 1, null], fix: 3, extra: { deep: true } },
      { rule: "a/b", severity: "info", message: "m", source: { title: "t" }, path: "services", codes: "97110", fix: "f" },
      Object.assign(Object.create({ inherited: 1 }), { rule: "a/c", severity: "warning", message: "m", source: { title: "t", url: "u" } }),
    ];
    const odd = [
      { name: "garbage", run: () => garbage as Finding[] },
      { name: "thrower", run: () => { throw new RangeError("x"); } },
      { name: "not a list", run: () => "oops" as unknown as Finding[] },
    ];
    for (const input of [CLEAN_VISIT, UNKNOWN_CODE_VISIT, null]) {
      const now = validateWithChecks(input, {}, [...odd, ...SESSION_CHECKS]);
      const before = oracleValidate(input, {}, [...odd, ...ORACLE_CHECKS]);
      expect(JSON.stringify(now)).toBe(JSON.stringify(before));
      expect(now).toStrictEqual(before);
    }
  });
});

describe("a report shares no object with the checks or with another report", () => {
  it("findings, their paths, codes and sources are new objects in every report", () => {
    for (const s of BENCH.slice(0, 100)) {
      const a = validateSession(s);
      const b = validateSession(s);
      for (const [i, f] of a.findings.entries()) {
        const g = b.findings[i]!;
        expect(f).not.toBe(g);
        expect(f.source).not.toBe(g.source);
        if (f.path !== undefined) expect(f.path).not.toBe(g.path);
        if (f.codes !== undefined) expect(f.codes).not.toBe(g.codes);
      }
    }
  });
});
