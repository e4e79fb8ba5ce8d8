import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import { checkMue } from "../../src/ncci/mue.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { DEFAULT_NCCI_TABLES } from "../../src/ncci/tables.js";
import { checkUnits } from "../../src/units/check-units.js";
import { usablePayer } from "../../src/validate/direct-options.js";
import { validateSession } from "../../src/validate.js";
import { FUZZ_RUNS, payerOptionArb, sloppyOptionsArb, validSessionArb } from "../fuzz/arbitraries.js";

/*
 * Ninth round (direct): checkUnits, checkPairEdits, checkMue and checkModifiers called directly
 * with an option they cannot use took the default in silence ({ payer: { unitMethod: "AMA" } }
 * counted units by "cms", ptpEdits: "false" kept the pair edits on) or failed with
 * "Cannot read properties of undefined (reading 'ptp')" (ncci: 42). Like lintDocumentation(null),
 * they now throw a TypeError that says what they expect; validateSession, which never throws,
 * names such options in input/ignored-option warnings and passes on only what can be used.
 */

const VISIT: Session = {
  dateOfService: "2024-05-02",
  payer: { program: "medicare" },
  provider: { discipline: "PT" },
  services: [{ code: "97110", minutes: 20, units: 1, modifiers: ["GP"] }, { code: "97140", minutes: 20, units: 2, modifiers: ["GP"] }],
};

type Direct = (session: Session, options?: never) => unknown;
const CHECKS: readonly [string, Direct][] = [
  ["checkUnits", checkUnits as Direct],
  ["checkPairEdits", checkPairEdits as Direct],
  ["checkMue", checkMue as Direct],
  ["checkModifiers", checkModifiers as Direct],
];

describe("a check called directly with an option it cannot use throws a TypeError saying what it expects", () => {
  it.each<[string, unknown, string]>([
    ["unitMethod \"AMA\"", { payer: { unitMethod: "AMA" } }, 'expects options.payer.unitMethod to be "cms" or "ama", not "AMA".'],
    ["ptpEdits \"false\"", { payer: { ptpEdits: "false" } }, 'expects options.payer.ptpEdits to be true or false, not "false".'],
    ["mue 1", { payer: { mue: 1 } }, "expects options.payer.mue to be true or false, not 1."],
    ["a name that is a number", { payer: { name: 5 } }, "expects options.payer.name to be a text, not 5."],
    ["a field no profile has", { payer: { program: "medicaid" } }, 'expects options.payer to hold payer profile fields only, not "program".'],
    ["a payer that is a text", { payer: "medicaid" }, 'expects options.payer to be an object of payer profile fields, not "medicaid".'],
    ["a payer that is a list", { payer: [{ unitMethod: "ama" }] }, "expects options.payer to be an object of payer profile fields, not a list."],
    ["ncci 42", { ncci: 42 }, "expects options.ncci to be NCCI tables (from createNcciTables), not 42."],
    ["ncci {}", { ncci: {} }, "expects options.ncci to be NCCI tables (from createNcciTables), not an object."],
    ["options that are a number", 5, "expects options to be an object, not 5."],
    ["a setting no MUE table has", { setting: "facility" }, 'expects options.setting to be "practitioner" or "outpatient-hospital", not "facility".'],
  ])("%s", (_name, options, message) => {
    for (const [name, check] of CHECKS) {
      expect(() => check(VISIT, options as never), name).toThrow(new TypeError(`${name} ${message}`));
    }
  });

  it("unset options and fields are no options (undefined, null), and a pairOverlays that is not a list stays the pair check's warning", () => {
    for (const [name, check] of CHECKS) {
      const plain = JSON.stringify(check(VISIT));
      for (const options of [undefined, null, {}, { payer: null }, { payer: { unitMethod: undefined, ptpEdits: null } }, { ncci: null }]) {
        expect(JSON.stringify(check(VISIT, options as never)), name).toBe(plain);
      }
    }
    expect(checkPairEdits(VISIT, { payer: { pairOverlays: "97140/97530" } } as never).map((f) => f.rule)).toContain("ncci/payer-pair-edit-skipped");
    expect(checkUnits(VISIT, { payer: { unitMethod: "ama" } }).map((f) => f.rule)).toEqual(["units/exceeds-time"]);
    expect(checkMue(VISIT, { ncci: DEFAULT_NCCI_TABLES, setting: "practitioner" })).toEqual(checkMue(VISIT));
  });
});

describe("validateSession never reaches the throw: it names what it cannot use and passes on the rest", () => {
  it.each<[string, unknown, string]>([
    ["facility", "facility", '"facility"'],
    ["a number", 5, "5"],
    ["an empty text", "", '""'],
  ])("a setting that is not an MUE table's (%s) is an input/ignored-option warning and the MUE check uses practitioner (it gave mue/no-data for every code, or nothing)", (_name, setting, shownAs) => {
    const visit = { ...VISIT, services: [{ code: "97530", units: 9, modifiers: ["GP"] }] };
    const report = validateSession(visit, { setting } as never);
    expect(report.findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message)).toEqual([
      `The setting option is ${shownAs}, not "practitioner" or "outpatient-hospital"; the checks used "practitioner" instead.`,
    ]);
    expect(report.findings.filter((f) => f.rule.startsWith("mue/"))).toEqual(validateSession(visit).findings.filter((f) => f.rule.startsWith("mue/")));
    expect(validateSession(visit, { setting: null } as never).findings.map((f) => f.rule)).not.toContain("input/ignored-option");
    expect(validateSession(null, { setting } as never).findings.find((f) => f.rule === "input/ignored-option")?.message).toContain("it would be ignored");
  });

  it("garbage payer options through validateSession: no throw, no internal/ finding, the ignored-option warnings", () => {
    const report = validateSession(VISIT, { payer: { unitMethod: "AMA", ptpEdits: "false", program: "x" } } as never);
    expect(report.findings.filter((f) => f.rule === "input/ignored-option")).toHaveLength(3);
    expect(report.findings.some((f) => f.rule.startsWith("internal/"))).toBe(false);
  });

  it("any payer option, and any sloppy options, an ncci that is not tables among them (named, and the bundled tables used)", () => {
    const payerArb = fc.oneof(payerOptionArb, fc.anything(), fc.dictionary(fc.constantFrom("unitMethod", "ptpEdits", "mue", "name", "pairOverlays", "kxThreshold", "__proto__", "x"), fc.anything()));
    const options = fc.oneof(
      payerArb.map((payer) => ({ payer })),
      sloppyOptionsArb,
    );
    fc.assert(
      fc.property(validSessionArb, options, (session, o) => {
        const report = validateSession(session, o as never);
        expect(report.findings.filter((f) => f.rule.startsWith("internal/"))).toEqual([]);
        // What validateSession hands on is always usable by the direct calls.
        const payer = usablePayer((o as { payer?: unknown } | null)?.payer);
        for (const [, check] of CHECKS) expect(() => check(session, { payer } as never)).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
