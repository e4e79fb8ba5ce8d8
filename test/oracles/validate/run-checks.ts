/** Oracle: src/validate/run-checks.ts as it was before the overhead work (issue 7); the new code is proved to give the same reports. */
import type { Finding, Severity } from "../../../src/model/finding.js";
import { resolvePayerProfile } from "../../../src/model/payer-profile.js";
import type { Session, UnitMethod } from "../../../src/model/session.js";
import { LIBRARY_VERSION } from "../../../src/version.js";
import { isLinterRule, ncciDataVersionFor, unitsForReport, type SessionCheck, type SharedResults } from "./checks.js";
import type { RuleSetting, ValidateOptions } from "../../../src/validate/options.js";
import { readSessionInput, unreadableFinding } from "./read-input.js";
import { misspelledFields, misspelledLines } from "../../../src/validate/misspelled-fields.js";
import { ncciOptionFindings, payerOptionFindings, ruleSettingFindings, settingOptionFindings } from "../../../src/validate/ignored-options.js";
import { usablePayer } from "../../../src/validate/direct-options.js";
import { unreadAssistantMinutes, unreadMinutes, unreadUnits } from "../../../src/validate/unread-minutes.js";
import { unknownCodeUnits } from "../../../src/validate/unknown-code-units.js";
import { explainWithheld, optionsNotApplied } from "../../../src/validate/options-not-applied.js";
import { oneProblemOneFinding } from "../../../src/validate/one-problem.js";
import type { Report, ReportUnits } from "../../../src/validate/report.js";
import { sortFindings } from "./sort-findings.js";
import { VALIDATE_SOURCES } from "../../../src/validate/sources.js";

const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "info"]);
/** Rule families a caller's severity overrides never touch: they decide whether the input was usable. */
const FIXED_FAMILIES = ["input/", "internal/"];

function checkFailed(name: string, why: string): Finding {
  return {
    rule: "internal/check-failed",
    severity: "error",
    message: `The ${name} check could not finish (${why}); the report is incomplete.`,
    fix: "Report this to the therapy-claims maintainers with the session (without patient identifiers).",
    source: VALIDATE_SOURCES.library,
  };
}

function errorName(error: unknown): string {
  try {
    return error instanceof Error ? `it threw ${error.name}` : "it threw";
  } catch {
    return "it threw";
  }
}

/** A plain copy of a finding with only known fields, or undefined when it is not one. */
function plainFinding(value: unknown): Finding | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const f = value as Record<string, unknown>;
  if (typeof f.rule !== "string" || typeof f.message !== "string" || typeof f.severity !== "string" || !SEVERITIES.has(f.severity)) return undefined;
  const source = f.source as Record<string, unknown> | undefined;
  if (typeof source !== "object" || source === null || typeof source.title !== "string") return undefined;
  const out: Finding = { rule: f.rule, severity: f.severity as Severity, message: f.message, source: { title: source.title } };
  for (const key of ["section", "url", "version"] as const) if (typeof source[key] === "string") (out.source as Record<string, string>)[key] = source[key];
  if (Array.isArray(f.path)) out.path = f.path.filter((p): p is string | number => typeof p === "string" || (typeof p === "number" && Number.isFinite(p)));
  if (Array.isArray(f.codes)) out.codes = f.codes.filter((c): c is string => typeof c === "string");
  if (typeof f.fix === "string") out.fix = f.fix;
  return out;
}

function runCheck(check: SessionCheck, session: Session, options: ValidateOptions, shared: SharedResults): Finding[] {
  let result: unknown;
  try {
    result = check.run(session, options, shared);
  } catch (error) {
    return [checkFailed(check.name, errorName(error))];
  }
  if (!Array.isArray(result)) return [checkFailed(check.name, "it returned no list of findings")];
  const out: Finding[] = [];
  for (const item of result) {
    const finding = plainFinding(item);
    out.push(finding ?? checkFailed(check.name, "it returned something that is not a finding"));
  }
  return out;
}

function settingFor(rules: ValidateOptions["rules"], rule: string, options: ValidateOptions): RuleSetting | undefined {
  if (rules === undefined || FIXED_FAMILIES.some((family) => rule.startsWith(family))) return undefined;
  // The documentation linter applies its own rules' settings (its "no data" findings stay info).
  if (isLinterRule(rule, options)) return undefined;
  if (!Object.hasOwn(rules, rule)) return undefined;
  const setting = rules[rule];
  return setting === "off" || (typeof setting === "string" && SEVERITIES.has(setting)) ? setting : undefined;
}

function applyRuleSettings(findings: Finding[], options: ValidateOptions): Finding[] {
  const rules = options.rules;
  if (rules == null) return findings; // NULL-RULES: null (from JavaScript) is no settings, as in lintDocumentation
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = settingFor(rules, finding.rule, options);
    if (setting === "off") continue;
    out.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return out;
}

/**
 * Builds a report: sorts the findings and sets `valid`.
 *
 * @internal
 * @example
 * ```ts
 * makeReport(null, null, [unreadableFinding(new Error())], null, null).valid; //=> false
 * ```
 */
export function makeReport(session: Session | null, units: ReportUnits | null, findings: Finding[], unitMethod: UnitMethod | null, ncciDataVersion: string | null): Report {
  const sorted = sortFindings(findings);
  return {
    valid: !sorted.some((f) => f.severity === "error"),
    session,
    units,
    findings: sorted,
    meta: { libraryVersion: LIBRARY_VERSION, ncciDataVersion, unitMethod },
  };
}

/**
 * validateSession with an explicit list of checks (tests use it to run a check that throws).
 *
 * @internal
 * @example
 * ```ts
 * validateWithChecks(visit, {}, SESSION_CHECKS).valid; //=> true
 * ```
 */
// OPTION-READ: each option is read once (payer and rules as plain copies of their own fields);
// one that throws as it is read is left out with an input/unreadable-option error naming it, and
// the checks run without it (it made the whole visit input/unreadable).
function readOptions(given: unknown, findings: Finding[]): ValidateOptions {
  const out: Record<string, unknown> = {};
  if (typeof given !== "object" || given === null) return out;
  for (const key of ["payer", "ncci", "rules", "extraRules", "setting"]) {
    try {
      const value = (given as Record<string, unknown>)[key];
      if (value === undefined) continue;
      // IGNORED-OPTION: a list stays a list (it was spread into an object of its items).
      out[key] = (key === "payer" || key === "rules") && typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : value;
    } catch (error) {
      let kind: string;
      try {
        kind = error instanceof Error ? error.name : typeof error;
      } catch {
        kind = "unknown error";
      }
      findings.push({
        rule: "input/unreadable-option",
        severity: "error",
        message: `The ${key} option could not be read (it threw ${kind}), so the checks ran without it.`,
        fix: `Pass ${key} as plain data: no getters, proxies or functions.`,
        source: VALIDATE_SOURCES.library,
      });
    }
  }
  return out;
}

export function validateWithChecks(input: unknown, givenOptions: ValidateOptions, checks: readonly SessionCheck[]): Report {
  try {
    const read = readSessionInput(input);
    const findings = [...read.findings];
    // MISSPELLED: a key that looks like a field mistyped (assistantMinute, total_timed_minutes) is an
    // input/misspelled-field warning (it was dropped in silence). New behaviour: the live function.
    // ONE-TYPO (twentieth round): a required field's key mistyped is one finding, the misspelled key's error (the live function).
    // ONE-OBJECT (twenty-first round): so is an object of ours with none of its fields that lacks its required one (the live function).
    findings.push(...misspelledFields(input, findings));
    // NOT-APPLIED: a FHIR session's notApplied (the options it did not get) is input/option-not-applied (the live function).
    const notApplied = optionsNotApplied(input);
    findings.push(...notApplied.findings);
    let options = readOptions(givenOptions, findings); // OPTION-READ
    // IGNORED-OPTION: a payer option that is not an object, a field of it of the wrong type or out
    // of range, or a field a payer profile does not have is an input/ignored-option warning (it
    // was ignored in silence). New behaviour with no older implementation: the live function.
    if (options.payer != null) {
      findings.push(...payerOptionFindings(options.payer, read.session?.payer ?? null));
      // USABLE-PAYER: the checks get only the payer fields they can use (src/validate/direct-options.ts
      // usablePayer): called directly, checkUnits and the others now throw a TypeError on the rest.
      options = { ...options, payer: usablePayer(options.payer) };
    }
    // MUE-SETTING: a setting that is not an MUE table's ("facility", 5) is an input/ignored-option
    // warning and the MUE check gets "practitioner" (it read "facility" as a table with no rows, a
    // mue/no-data per code; called directly, checkMue now throws on it). The live function.
    const badSetting = settingOptionFindings(options.setting, read.session !== null);
    if (badSetting.length > 0) {
      findings.push(...badSetting);
      options = { ...options, setting: "practitioner" };
    }
    // NCCI-OPTION: an ncci option that is not tables ({}, 42, a list of rows) is an
    // input/ignored-option warning and the bundled tables are used (it made two internal/check-failed
    // findings and an "unnamed release", BAD-TABLES). The live function.
    if (options.ncci != null) {
      const badNcci = ncciOptionFindings(options.ncci, ncciDataVersionFor({}), read.session !== null);
      if (badNcci.length > 0) {
        findings.push(...badNcci);
        const { ncci: _unusable, ...rest } = options;
        options = rest;
      }
    }
    // IGNORED-SETTING: A rules setting validateSession cannot apply is named too (the linter names its own).
    findings.push(...ruleSettingFindings(options.rules, (id) => isLinterRule(id, options), read.session !== null));
    if (read.session === null) return makeReport(null, null, findings, null, null);
    const session = read.session;
    const profile = resolvePayerProfile(session.payer, options.payer);
    const method = profile.unitMethod;
    // The unit calculation is made once: it is the report's `units` and the units check's input.
    let units: ReportUnits | null = null;
    try {
      units = unitsForReport(session, method);
    } catch (error) {
      findings.push(checkFailed("unit calculation", errorName(error)));
    }
    const shared: SharedResults = { method, units, mueZero: [] }; // ZERO-FIX: (twelfth round) filled by the MUE check (ONE-FIX: billOnce, by the units check)
    for (const check of checks) findings.push(...runCheck(check, session, options, shared));
    // UNREAD-MODS: a finding that says a line lacks a modifier is dropped when some of that
    // line's modifiers could not be read (unknown is not absent).
    const missing = ["modifier/therapy-modifier-missing", "modifier/assistant-modifier-missing", "modifier/kx-required", "ncci/ptp-modifier-required"];
    // ONE-TYPO (twentieth round): and so when a line's modifiers were sent under a misspelled key (`modifier`; the live function).
    const unread = misspelledLines(findings, "modifiers", read.unreadModifiers) ?? new Set<number>();
    const kept = findings.filter((f) => !(missing.includes(f.rule) && f.path?.[0] === "services" && unread.has(f.path[1] as number)));
    // UNREAD-MINUTES: on a line whose minutes were given but could not be read (input/ignored-field),
    // units/missing-minutes and modifier/assistant-no-data say so, not "no minutes" (new behaviour:
    // the live src/validate/unread-minutes.ts).
    // UNREAD-ASSISTANT: assistant minutes given but unreadable ("10 min") on a line the CQ/CO check
    // would have judged get modifier/assistant-no-data (info): it was not checked (the live function).
    kept.push(...unreadAssistantMinutes(kept, session, profile.assistantModifiers));
    // UNKNOWN-TIMED: a units finding whose count took a code the catalog does not know as timed
    // says so and is a warning, not an error (the live function).
    // NOT-APPLIED: units/missing-minutes and modifier/kx-no-data say the option was withheld (the live function).
    // ONE-PROBLEM: a line with modifier/therapy-modifier-mismatch and doc/discipline-mismatch keeps the more
    // severe, on a tie the linter's, after the rule settings (the live function).
    // ONE-UNIT (twenty-first round): a line's units/missing-units goes into the input/ finding that says its units were
    // sent but not read (a misspelled key, a value that could not be read; the live function).
    return makeReport(session, units, oneProblemOneFinding(applyRuleSettings(explainWithheld(unknownCodeUnits(unreadUnits(unreadMinutes(kept)), session, method), notApplied.withheld), options)), method, ncciDataVersionFor(options));
  } catch (error) {
    return makeReport(null, null, [unreadableFinding(error)], null, null);
  }
}

