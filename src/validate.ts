import type { Finding, Severity } from "./model/finding.js";
import { resolvePayerProfile } from "./model/payer-profile.js";
import type { Session, UnitMethod } from "./model/session.js";
import { LIBRARY_VERSION } from "./version.js";
import { ncciDataVersionFor, SESSION_CHECKS, unitsForReport, type SessionCheck } from "./validate/checks.js";
import type { RuleSetting, ValidateOptions } from "./validate/options.js";
import { readSessionInput, unreadableFinding } from "./validate/read-input.js";
import type { Report, ReportUnits } from "./validate/report.js";
import { sortFindings } from "./validate/sort-findings.js";
import { VALIDATE_SOURCES } from "./validate/sources.js";

export type { Report, ReportMeta, ReportUnits, ReportUnitLine } from "./validate/report.js";
export type { ValidateOptions, RuleSetting, ExtraRule, CareSetting } from "./validate/options.js";
export { compareFindings, sortFindings } from "./validate/sort-findings.js";
export { LIBRARY_VERSION } from "./version.js";

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

function runCheck(check: SessionCheck, session: Session, options: ValidateOptions): Finding[] {
  let result: unknown;
  try {
    result = check.run(session, options);
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

function settingFor(rules: ValidateOptions["rules"], rule: string): RuleSetting | undefined {
  if (rules === undefined || FIXED_FAMILIES.some((family) => rule.startsWith(family))) return undefined;
  if (!Object.hasOwn(rules, rule)) return undefined;
  const setting = rules[rule];
  return setting === "off" || (typeof setting === "string" && SEVERITIES.has(setting)) ? setting : undefined;
}

function applyRuleSettings(findings: Finding[], rules: ValidateOptions["rules"]): Finding[] {
  if (rules === undefined) return findings;
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = settingFor(rules, finding.rule);
    if (setting === "off") continue;
    out.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return out;
}

function makeReport(session: Session | null, units: ReportUnits | null, findings: Finding[], unitMethod: UnitMethod | null, ncciDataVersion: string | null): Report {
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
 * Checks one visit: reads the untrusted input, then runs every check (catalog, units, NCCI pair
 * edits, MUE, modifiers, documentation) and returns one report. Never throws, whatever it is
 * given: unusable input becomes `input/` findings with paths and `valid: false`.
 *
 * @param input - a session as parsed JSON (or anything else)
 * @param options - payer profile override, NCCI tables, rule severities, extra rules, setting
 * @returns the report: `valid` is false when any finding is an error
 * @example
 * ```ts
 * const report = validateSession({ dateOfService: "2025-03-14", payer: { program: "medicare" },
 *   provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12, units: 1, modifiers: ["GP"] }] });
 * report.valid; //=> true
 * validateSession(null).findings[0]?.rule; //=> "input/required-field"
 * ```
 * @remarks Only the fields the session model requires can make input invalid
 * (dateOfService, payer.program, provider.discipline, services[].code); each check cites its
 * own CMS source in its findings.
 */
export function validateSession(input: unknown, options: ValidateOptions = {}): Report {
  try {
    const read = readSessionInput(input);
    if (read.session === null) return makeReport(null, null, read.findings, null, null);
    const session = read.session;
    const method = resolvePayerProfile(session.payer, options.payer).unitMethod;
    const findings = [...read.findings];
    for (const check of SESSION_CHECKS) findings.push(...runCheck(check, session, options));
    let units: ReportUnits | null = null;
    try {
      units = unitsForReport(session, method);
    } catch (error) {
      findings.push(checkFailed("unit calculation", errorName(error)));
    }
    return makeReport(session, units, applyRuleSettings(findings, options.rules), method, ncciDataVersionFor(options));
  } catch (error) {
    return makeReport(null, null, [unreadableFinding(error)], null, null);
  }
}

/**
 * Checks many visits and returns their reports in input order. Never throws; something that is
 * not a list is checked as one visit.
 *
 * @param inputs - sessions as parsed JSON
 * @param options - as for {@link validateSession}, shared by every session
 * @returns one report per input, in order
 * @example
 * ```ts
 * validateSessions([visitA, null]).map((r) => r.valid); //=> [true, false]
 * ```
 * @remarks See {@link validateSession}.
 */
export function validateSessions(inputs: Iterable<unknown>, options: ValidateOptions = {}): Report[] {
  let items: unknown[];
  try {
    const iterable = typeof inputs === "object" && inputs !== null && typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
    items = Array.isArray(inputs) ? inputs : iterable ? Array.from(inputs) : [inputs];
  } catch {
    items = [inputs];
  }
  const reports: Report[] = [];
  try {
    for (const item of items) reports.push(validateSession(item, options));
  } catch (error) {
    reports.push(makeReport(null, null, [unreadableFinding(error)], null, null));
  }
  return reports;
}
