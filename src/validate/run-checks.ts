import type { Finding } from "../model/finding.js";
import type { Source } from "../model/source.js";
import { payerProfileOf } from "../model/payer-profile-of.js";
import { sortInPlace } from "../model/sort-in-place.js";
import { pushAll } from "../model/push-all.js";
import type { Session, UnitMethod } from "../model/session.js";
import type { PayerProfile } from "../model/payer-profile.js";
import { LIBRARY_VERSION } from "../version.js";
import { isLinterRule, ncciDataVersionFor, unitsForReport, type SessionCheck, type SharedResults } from "./checks.js";
import type { RuleSetting, ValidateOptions } from "./options.js";
import { misspelledFields, misspelledLines } from "./misspelled-fields.js";
import { unknownCodeUnits } from "./unknown-code-units.js";
import { readSessionInput, unreadableFinding } from "./read-input.js";
import { ncciOptionFindings, payerOptionFindings, ruleSettingFindings, settingOptionFindings } from "./ignored-options.js";
import { readOptions } from "./read-options.js";
import { usablePayer } from "./direct-options.js";
import { unreadAssistantMinutes, unreadMinutes, unreadUnits } from "./unread-minutes.js";
import { explainWithheld, optionsNotApplied } from "./options-not-applied.js";
import { oneProblemOneFinding } from "./one-problem.js";
import { ncciFactsOf } from "../ncci/ptp-index.js";
import { isFixedRule, isRuleSetting, isSeverity } from "./rule-setting.js";
import type { Report, ReportUnits } from "./report.js";
import { compareFindings } from "./sort-findings.js";
import { VALIDATE_SOURCES } from "./sources.js";


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

/** A plain copy of a source with only its known text fields, or undefined when it is not one. */
function plainSource(value: unknown): Source | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const from = value as Record<string, unknown>;
  const title = from.title;
  if (typeof title !== "string") return undefined;
  const out: { title: string; section?: string; url?: string; version?: string } = { title };
  const section = from.section;
  if (typeof section === "string") out.section = section;
  const url = from.url;
  if (typeof url === "string") out.url = url;
  const version = from.version;
  if (typeof version === "string") out.version = version;
  return out;
}

/*
 * The copies are made at their final length (`new Array(n)`, filled, then cut to what was kept)
 * rather than grown by push, which reserves room for 17 items on the first push: a finding's
 * path of three parts and one or two codes then cost a fraction of the memory.
 */

/** An empty array with room for `n` items when `n` is a short list's length; else `[]` (filled as by push). */
function listFor<T>(n: number): T[] {
  return Number.isSafeInteger(n) && n >= 0 && n <= 64 ? new Array<T>(n) : [];
}

/** The strings and finite numbers of a path, in a new plain array. */
function plainPath(path: readonly unknown[]): (string | number)[] {
  const n = path.length;
  const out = listFor<string | number>(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const part = path[i];
    if (typeof part === "string" || (typeof part === "number" && Number.isFinite(part))) out[kept++] = part;
  }
  if (kept < out.length) out.length = kept;
  return out;
}

/** The strings of a list, in a new plain array. */
function plainCodes(codes: readonly unknown[]): string[] {
  const n = codes.length;
  const out = listFor<string>(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i];
    if (typeof code === "string") out[kept++] = code;
  }
  if (kept < out.length) out.length = kept;
  return out;
}

/**
 * A plain copy of a finding with only known fields, or undefined when it is not one. Every
 * check's findings go through it (a caller's extra rule may return anything), so a report never
 * shares an object with a check or with the library's source tables, and its keys always come
 * in one order: rule, severity, message, source, path, codes, fix.
 */
function plainFinding(value: unknown): Finding | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const f = value as Record<string, unknown>;
  const rule = f.rule;
  const message = f.message;
  const severity = f.severity;
  if (typeof rule !== "string" || typeof message !== "string" || !isSeverity(severity)) return undefined;
  const source = plainSource(f.source);
  if (source === undefined) return undefined;
  const out: Finding = { rule, severity, message, source };
  const path = f.path;
  if (Array.isArray(path)) out.path = plainPath(path);
  const codes = f.codes;
  if (Array.isArray(codes)) out.codes = plainCodes(codes);
  const fix = f.fix;
  if (typeof fix === "string") out.fix = fix;
  return out;
}

/** Runs one check and adds its findings (copied by {@link plainFinding}) to `out`. */
function runCheck(check: SessionCheck, session: Session, options: ValidateOptions, shared: SharedResults, out: Finding[]): void {
  let result: unknown;
  try {
    result = check.run(session, options, shared);
  } catch (error) {
    out.push(checkFailed(check.name, errorName(error)));
    return;
  }
  if (!Array.isArray(result)) {
    out.push(checkFailed(check.name, "it returned no list of findings"));
    return;
  }
  for (const item of result) out.push(plainFinding(item) ?? checkFailed(check.name, "it returned something that is not a finding"));
}

function settingFor(rules: ValidateOptions["rules"], rule: string, options: ValidateOptions): RuleSetting | undefined {
  if (rules === undefined || isFixedRule(rule)) return undefined;
  // The documentation linter applies its own rules' settings (its "no data" findings stay info).
  if (isLinterRule(rule, options)) return undefined;
  if (!Object.hasOwn(rules, rule)) return undefined;
  const setting = rules[rule];
  return isRuleSetting(setting) ? setting : undefined;
}

function applyRuleSettings(findings: Finding[], options: ValidateOptions): Finding[] {
  const rules = options.rules;
  if (rules == null) return findings; // null (from JavaScript) is no settings, as in lintDocumentation
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = settingFor(rules, finding.rule, options);
    if (setting === "off") continue;
    out.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return out;
}

function hasError(findings: readonly Finding[]): boolean {
  for (let i = 0; i < findings.length; i++) if (findings[i]!.severity === "error") return true;
  return false;
}

/** The findings that say a line lacks a modifier: the line may have it among those not read. */
const MODIFIER_MISSING = new Set(["modifier/therapy-modifier-missing", "modifier/assistant-modifier-missing", "modifier/kx-required", "ncci/ptp-modifier-required"]);

/**
 * Whether a finding says a line lacks a modifier, on a line some of whose modifiers could not be
 * read: unknown is not absent, so such a finding would be a false alarm (the input/ignored-field
 * warning names what was not read).
 */
function saysModifierMissing(f: Finding, unread: ReadonlySet<number>): boolean {
  return MODIFIER_MISSING.has(f.rule) && f.path?.[0] === "services" && unread.has(f.path[1] as number);
}

/**
 * Builds a report: sorts the findings (in place: the list must be the report's own) and sets
 * `valid`.
 *
 * @internal
 * @example
 * ```ts
 * makeReport(null, null, [unreadableFinding(new Error())], null, null).valid; //=> false
 * ```
 */
export function makeReport(session: Session | null, units: ReportUnits | null, findings: Finding[], unitMethod: UnitMethod | null, ncciDataVersion: string | null): Report {
  // The list is the report's own (never the caller's), so it is sorted in place.
  const sorted = sortInPlace(findings, compareFindings);
  return {
    valid: !hasError(sorted),
    session,
    units,
    findings: sorted,
    meta: { libraryVersion: LIBRARY_VERSION, ncciDataVersion, unitMethod },
  };
}

/** A visit read and ready for its checks: what validateWithChecks holds between reading and its report. */
interface Prepared {
  readonly session: Session;
  readonly options: ValidateOptions;
  readonly findings: Finding[];
  readonly shared: SharedResults;
  readonly unread: ReadonlySet<number> | undefined;
  /** The options of sessionsFromFhirClaim this visit did not get (its `notApplied`). */
  readonly withheld: ReadonlySet<string>;
  /** The report's `meta.ncciDataVersion`, taken when the visit is read (BATCH-NCCI). */
  readonly ncciDataVersion: string;
  readonly assistantModifiers: PayerProfile["assistantModifiers"];
}

/**
 * The report of a visit that could not be read at all (it threw as it was read).
 *
 * @internal
 * @example
 * ```ts
 * unreadableReport(new TypeError("boom")).findings[0]?.rule; //=> "input/unreadable"
 * ```
 */
export function unreadableReport(error: unknown): Report {
  return makeReport(null, null, [unreadableFinding(error)], null, null);
}

/**
 * Reads a visit and its options, and makes the unit calculation: a report already when no
 * session could be read, else what the checks run on. May throw (the caller reports it).
 */
function prepare(input: unknown, givenOptions: ValidateOptions): Prepared | Report {
  const read = readSessionInput(input);
  const findings = read.findings;
  // A key that looks like a field mistyped (assistantMinute, total_timed_minutes) was not read: say so (once: a
  // required field's required-field error goes, ONE-TYPO).
  pushAll(findings, misspelledFields(input, findings));
  // A session of a FHIR claim of several visits that did not get an option given for one visit says which, and why.
  const notApplied = optionsNotApplied(input);
  pushAll(findings, notApplied.findings);
  // Options come from JavaScript callers too: one that throws as it is read is named and left out.
  let options = readOptions(givenOptions, findings);
  // A payer option the checks cannot use, whole or a field of it, is named (input/ignored-option),
  // and the checks get only what they can use: called directly, they throw on the rest.
  if (options.payer != null) {
    pushAll(findings, payerOptionFindings(options.payer, read.session?.payer ?? null));
    options = { ...options, payer: usablePayer(options.payer) };
  }
  // So is a setting that is not an MUE table's: the MUE check gets none (practitioner) instead.
  if (options.setting != null) {
    const setting = settingOptionFindings(options.setting, read.session !== null);
    if (setting.length > 0) {
      pushAll(findings, setting);
      options = { ...options, setting: "practitioner" };
    }
  }
  // So is an ncci option that is not tables: the bundled ones are used, not a failed check.
  if (options.ncci != null) {
    const ncci = ncciOptionFindings(options.ncci, ncciDataVersionFor({}), read.session !== null);
    if (ncci.length > 0) {
      pushAll(findings, ncci);
      const { ncci: _unusable, ...rest } = options;
      options = rest;
    }
  }
  // A rules setting validateSession cannot apply is named too (the linter names its own).
  if (options.rules != null) pushAll(findings, ruleSettingFindings(options.rules, (id) => isLinterRule(id, options), read.session !== null));
  // A visit not checked keeps its settable findings' settings too (SET-READ-AS: "would be read as OT").
  if (read.session === null) return makeReport(null, null, applyRuleSettings(findings, options), null, null);
  const session = read.session;
  const profile = payerProfileOf(session.payer, options.payer);
  // BATCH-NCCI: a caller's own tables are indexed (once per table) when the visit is read, as validateSession
  // does when it checks it (when its payer's checks read the tables), so a table changed in place between the visits validateSessions reads before it
  // checks them does not reach a visit read before the change. One that cannot be indexed fails in its check, as before.
  if (options.ncci != null && (profile.ptpEdits || profile.mue)) {
    try {
      ncciFactsOf(options.ncci);
    } catch {
      // reported by the check that reads it (internal/check-failed)
    }
  }
  const method = profile.unitMethod;
  // The unit calculation is made once: it is the report's `units` and the units check's input.
  let units: ReportUnits | null = null;
  try {
    units = unitsForReport(session, method);
  } catch (error) {
    findings.push(checkFailed("unit calculation", errorName(error)));
  }
  return { session, options, findings, shared: { method, units, mueZero: [] }, unread: misspelledLines(findings, "modifiers", read.unreadModifiers), withheld: notApplied.withheld, ncciDataVersion: ncciDataVersionFor(options), assistantModifiers: profile.assistantModifiers };
}

/** The report of a visit whose checks have run: the post-passes, the rule settings, the sort. May throw. */
function finish(p: Prepared): Report {
  const { session, options, shared, unread } = p;
  // SETTING-FIRST (twenty-second round): units/missing-units set off is not merged into the input/ finding that says
  // why a line's units were not read (ONE-UNIT kept its words, "its 30 minutes earn 2 units", with the rule off). Only
  // it: the other post-passes read findings as facts (catalog/unknown-code says a count took a guess), shown or not.
  const findings = options.rules != null && settingFor(options.rules, "units/missing-units", options) === "off" ? p.findings.filter((f) => f.rule !== "units/missing-units") : p.findings;
  const kept = unread ? findings.filter((f) => !saysModifierMissing(f, unread)) : findings;
  // Assistant minutes given but unreadable: the CQ/CO check saw none, so say it was not checked.
  pushAll(kept, unreadAssistantMinutes(kept, session, p.assistantModifiers));
  // Minutes given but unreadable are not "no minutes" (input/ignored-field names them); a unit
  // count that took a code the catalog does not know as timed says so, as a warning.
  const said = explainWithheld(unknownCodeUnits(unreadUnits(unreadMinutes(kept)), session, shared.method), p.withheld);
  // A line's code of another discipline is said once, by the more severe of the modifier and linter findings (ONE-PROBLEM).
  return makeReport(session, shared.units, oneProblemOneFinding(applyRuleSettings(said, options)), shared.method, p.ncciDataVersion);
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
export function validateWithChecks(input: unknown, givenOptions: ValidateOptions, checks: readonly SessionCheck[]): Report {
  try {
    const p = prepare(input, givenOptions);
    if (!("shared" in p)) return p;
    for (const check of checks) runCheck(check, p.session, p.options, p.shared, p.findings);
    return finish(p);
  } catch (error) {
    return unreadableReport(error);
  }
}

/**
 * A visit read for {@link checkVisits}: {@link prepare}'s result, or the report of a visit that
 * could not be read.
 *
 * @internal
 * @example
 * ```ts
 * const read: ReadVisit = readVisit(null, {});
 * ```
 */
export type ReadVisit = Prepared | Report;

/**
 * Reads one visit for {@link checkVisits} (the input and the options are read now, and never
 * again). Never throws.
 *
 * @internal
 * @example
 * ```ts
 * "valid" in readVisit(null, {}); //=> true
 * ```
 */
export function readVisit(input: unknown, givenOptions: ValidateOptions): ReadVisit {
  try {
    return prepare(input, givenOptions);
  } catch (error) {
    return unreadableReport(error);
  }
}

/**
 * The reports of visits read by {@link readVisit}, check by check rather than visit by visit:
 * each check's code and tables stay in the processor's cache over the batch (about 4% faster
 * for batches of 100 visits, eighteenth round). Each report is the one validateWithChecks gives
 * that visit. Never throws.
 *
 * @internal
 * @example
 * ```ts
 * checkVisits([readVisit(null, {})], SESSION_CHECKS)[0]?.findings[0]?.rule; //=> "input/required-field"
 * ```
 */
export function checkVisits(steps: ReadVisit[], checks: readonly SessionCheck[]): Report[] {
  for (const check of checks) {
    for (let i = 0; i < steps.length; i++) {
      const p = steps[i]!;
      if (!("shared" in p)) continue;
      try {
        runCheck(check, p.session, p.options, p.shared, p.findings);
      } catch (error) {
        steps[i] = unreadableReport(error);
      }
    }
  }
  return steps.map((p) => {
    if (!("shared" in p)) return p;
    try {
      return finish(p);
    } catch (error) {
      return unreadableReport(error);
    }
  });
}
