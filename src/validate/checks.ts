import { checkCatalog } from "../catalog/check-catalog.js";
import { lintDocumentation, RESERVED_FAMILY, type LintOptions } from "../lint.js";
import { checkModifiers } from "../modifiers/index.js";
import { checkMue, type CheckMueOptions } from "../ncci/mue.js";
import { checkPairEdits, type CheckPairEditsOptions } from "../ncci/check-pair-edits.js";
import { releaseLabel } from "../ncci/sources.js";
import { DEFAULT_NCCI_TABLES, type NcciTables } from "../ncci/tables.js";
import { calculateUnits } from "../units/calculate-units.js";
import { withNotCounted } from "./not-counted.js";
import type { CalculateUnitsOptions } from "../units/types.js";
import { checkUnits, checkUnitsWith } from "../units/check-units.js";
import type { Finding } from "../model/finding.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import type { UnitMethod, Session } from "../model/session.js";
import type { CareSetting, ExtraRule, ValidateOptions } from "./options.js";
import type { ReportUnits } from "./report.js";
import { afterMue, deletedAtAllowedUnits, notOnDeleted, oneMueFix } from "./one-fix.js";

/**
 * What validateSession computes once per session and hands to every check, so no check
 * repeats it: the payer's unit method and the unit calculation (`null` if it failed).
 *
 * @example
 * ```ts
 * const shared: SharedResults = { method: "cms", units: null };
 * ```
 */
export interface SharedResults {
  readonly method: UnitMethod;
  readonly units: ReportUnits | null;
  /** Codes billed over an MUE of 0, an error: filled by the MUE check, read by the units check, which runs after it. */
  readonly mueZero?: string[];
}

/**
 * One check validateSession runs: a name (shown when it fails) and a function from a parsed
 * session to findings.
 *
 * @example
 * ```ts
 * const check: SessionCheck = { name: "catalog", run: (session) => checkCatalog(session) };
 * ```
 */
export interface SessionCheck {
  /** Short name, shown in `internal/check-failed` when the check throws. */
  readonly name: string;
  readonly run: (session: Session, options: ValidateOptions, shared: SharedResults) => Finding[];
}

/**
 * Whether a rule id is configured by the documentation linter rather than by validateSession:
 * the linter's own families (`doc/`, `poc/`, `lint/`) and the caller's extra rules.
 *
 * @param rule - a rule id
 * @param options - the caller's options (for the extra rules' ids)
 * @returns true when the linter applies the `rules` setting for this id
 * @example
 * ```ts
 * isLinterRule("doc/activity-missing", {}); //=> true
 * isLinterRule("units/exceeds-time", {});   //=> false
 * ```
 */
export function isLinterRule(rule: string, options: ValidateOptions): boolean {
  if (rule.startsWith("doc/") || rule.startsWith("poc/") || rule.startsWith("lint/")) return true;
  // lintDocumentation skips a user rule in a reserved family (units/, input/, ...): that
  // family's setting stays with its own check.
  if (RESERVED_FAMILY.test(rule)) return false;
  // An extraRules that is not an array, or an entry whose meta throws, is not a rule here either
  // (lintDocumentation reports it as lint/invalid-extra-rule): a check, not the whole report.
  const extra: unknown = options.extraRules;
  return Array.isArray(extra) && extra.some((r) => {
    try {
      return (r as { meta?: { id?: unknown } } | undefined)?.meta?.id === rule;
    } catch {
      return false;
    }
  });
}

function linterSettings(options: ValidateOptions): ValidateOptions["rules"] {
  if (options.rules == null) return undefined;
  // fromEntries defines own keys: an own "__proto__" setting stays a key, never the prototype.
  return Object.fromEntries(Object.entries(options.rules).filter(([id]) => isLinterRule(id, options)));
}

/**
 * Options a check is called with when the caller set none of them: one shared, frozen object,
 * so the common call allocates nothing. Checks only read their options.
 */
const NO_OPTIONS: Readonly<Record<string, never>> = /* @__PURE__ */ Object.freeze({});

/** The units and modifiers checks' options: the caller's payer override, when set. */
function payerOptions(o: ValidateOptions): { payer?: PayerProfileOverride } {
  const payer = o.payer;
  return payer ? { payer } : NO_OPTIONS;
}

/** The NCCI pair-edit check's options: the caller's tables and payer override, when set. */
function pairEditOptions(o: ValidateOptions): CheckPairEditsOptions {
  const ncci = o.ncci;
  const payer = o.payer;
  if (!ncci && !payer) return NO_OPTIONS;
  const out: { ncci?: NcciTables; payer?: PayerProfileOverride } = {};
  if (ncci) out.ncci = ncci;
  if (payer) out.payer = payer;
  return out;
}

/** The MUE check's options: the caller's tables, payer override and care setting, when set. */
function mueOptions(o: ValidateOptions): CheckMueOptions {
  const ncci = o.ncci;
  const payer = o.payer;
  const setting = o.setting;
  if (!ncci && !payer && !setting) return NO_OPTIONS;
  const out: { ncci?: NcciTables; payer?: PayerProfileOverride; setting?: CareSetting } = {};
  if (ncci) out.ncci = ncci;
  if (payer) out.payer = payer;
  if (setting) out.setting = setting;
  return out;
}

/** The documentation linter's options: the linter's share of the rule settings, and the extra rules. */
function lintOptions(o: ValidateOptions): LintOptions {
  const rules = linterSettings(o);
  const extraRules = o.extraRules;
  if (!rules && !extraRules) return NO_OPTIONS;
  const out: { rules?: NonNullable<ValidateOptions["rules"]>; extraRules?: readonly ExtraRule[] } = {};
  if (rules) out.rules = rules;
  if (extraRules) out.extraRules = extraRules;
  return out;
}

/**
 * Every check validateSession runs, in order. Each runs on its own: one that throws becomes an
 * `internal/check-failed` finding and the others still run. The payer profile (and so which
 * Medicare-only rules apply) is resolved inside each check from `session.payer` and
 * `options.payer`. Each check is given only the options it knows (none set: a shared empty
 * object).
 *
 * @example
 * ```ts
 * SESSION_CHECKS.map((c) => c.name);
 * //=> ["catalog", "ncci-ptp", "mue", "units", "modifiers", "documentation"]
 * ```
 */
export const SESSION_CHECKS: readonly SessionCheck[] = [
  { name: "catalog", run: (session) => checkCatalog(session) },
  { name: "ncci-ptp", run: (s, o) => notOnDeleted(checkPairEdits(s, pairEditOptions(o)), s, o.rules) },
  // The order matters here: the MUE check notes the codes billed over an MUE of 0 (shared.mueZero),
  // and the units check, after it, does not tell the biller to bill those once (src/validate/one-fix.ts).
  { name: "mue", run: (s, o, shared) => oneMueFix(notOnDeleted(checkMue(s, mueOptions(o)), s, o.rules), o, shared.mueZero, shared.units) },
  {
    name: "units",
    run: (s, o, shared) => afterMue(shared.units === null ? checkUnits(s, payerOptions(o)) : checkUnitsWith(s, shared.method, shared.units), shared.mueZero, shared.units, o.rules),
  },
  { name: "modifiers", run: (s, o) => checkModifiers(s, payerOptions(o)) },
  // After the units calculation: a deleted code's replacement is counted to the units its minutes allow.
  { name: "documentation", run: (s, o, shared) => deletedAtAllowedUnits(lintDocumentation(s, lintOptions(o)), s, shared.units) },
];

/**
 * The unit calculation shown in a report, with the method already chosen from the payer.
 * A line without minutes counts as 0 minutes (the `units/missing-minutes` rule reports it) and
 * its code's entry lists it in `notCounted`; untimed lines count one unit whatever their minutes.
 *
 * @param session - the parsed session
 * @param method - the payer's unit method
 * @returns the calculation
 * @example
 * ```ts
 * unitsForReport(session, "cms").totalUnits; //=> 3 for 97110 33 min + 97140 7 min
 * ```
 * @remarks Medicare Claims Processing Manual ch. 5 §20.2 (`cms`); CPT midpoint rule (`ama`).
 */
export function unitsForReport(session: Session, method: UnitMethod): ReportUnits {
  // The lines go in as they are: the calculator counts a line without minutes as 0 minutes, which the report marks as not counted.
  return withNotCounted(session, calculateUnits(session.services, method === "ama" ? AMA : CMS));
}

const CMS: CalculateUnitsOptions = /* @__PURE__ */ Object.freeze({ method: "cms" });
const AMA: CalculateUnitsOptions = /* @__PURE__ */ Object.freeze({ method: "ama" });

/**
 * The NCCI releases the report's edits came from: the caller's tables when given, else the
 * bundled releases.
 *
 * @param options - the caller's options
 * @returns the PTP and MUE release labels, joined by "; "
 * @example
 * ```ts
 * ncciDataVersionFor({}); //=> "ccipra-v301r0 (2024 Q2); MCR_MUE_PractitionerServices_Eff_07-01-2024 (2024 Q3)"
 * ```
 */
export function ncciDataVersionFor(options: ValidateOptions): string {
  const tables = options.ncci ?? DEFAULT_NCCI_TABLES;
  return tables === DEFAULT_NCCI_TABLES ? DEFAULT_NCCI_DATA_VERSION : releaseLabels(tables);
}

/** The labels of a release's PTP and MUE parts, joined; `unnamed release` when it names neither. */
function releaseLabels(tables: NcciTables): string {
  // A caller's ncci that is not a set of tables has no release: the checks report that they
  // could not finish; the visit was read all the same (not input/unreadable).
  const { ptp, mue } = tables.release ?? {};
  const labels = [ptp, mue].filter((r) => r !== undefined).map((r) => releaseLabel(r));
  return labels.join("; ") || "unnamed release";
}

/** The bundled release's label, made once: the bundled tables are a constant. */
const DEFAULT_NCCI_DATA_VERSION: string = /* @__PURE__ */ releaseLabels(DEFAULT_NCCI_TABLES);
