/** Oracle: src/validate/checks.ts as it was before the overhead work (issue 7); the new code is proved to give the same reports. */
import { checkCatalog } from "../../../src/catalog/check-catalog.js";
import { lintDocumentation } from "../../../src/lint.js";
import { checkModifiers } from "../../../src/modifiers/index.js";
import { checkMue } from "../../../src/ncci/mue.js";
import { checkPairEdits } from "../../../src/ncci/check-pair-edits.js";
import { releaseLabel } from "../../../src/ncci/sources.js";
import { DEFAULT_NCCI_TABLES } from "../../../src/ncci/tables.js";
import { calculateUnits } from "../../../src/units/calculate-units.js";
import { withNotCounted } from "../../../src/validate/not-counted.js";
import { checkUnits, checkUnitsWith } from "../../../src/units/check-units.js";
import type { Finding } from "../../../src/model/finding.js";
import type { UnitMethod, Session } from "../../../src/model/session.js";
import type { ValidateOptions } from "../../../src/validate/options.js";
import type { ReportUnits } from "../../../src/validate/report.js";
import { afterMue, deletedAtAllowedUnits, notOnDeleted, oneMueFix } from "../../../src/validate/one-fix.js"; // ZERO-FIX: was noteBillOnce, sameFixAsUnits (ONE-FIX)

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
  // ZERO-FIX: (twelfth round) the codes billed over an MUE of 0, noted by the MUE check for the units
  // check, which now runs after it (ONE-FIX had billOnce, the other way).
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

/** Rule families the documentation linter configures itself (its "no data" findings stay `info`). */
const LINT_FAMILIES = ["doc/", "poc/", "lint/"];

/**
 * Whether a rule id is configured by the documentation linter rather than by validateSession:
 * the linter's own families and the caller's extra rules.
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
  if (LINT_FAMILIES.some((family) => rule.startsWith(family))) return true;
  // RESERVED-SETTING: (eighth round) lintDocumentation skips a user rule whose id is in a family
  // of the library's own findings, so a setting for such an id stays with that check.
  if (/^(?:input|catalog|units|ncci|mue|modifier|lint|internal)\//.test(rule)) return false;
  // EXTRA-SAFE: (seventh round) an extraRules that is not an array, or an entry whose meta
  // throws, is not a rule here either; lintDocumentation reports it as lint/invalid-extra-rule.
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
  if (options.rules == null) return undefined; // NULL-RULES: null is no settings
  // PROTO-KEY: fromEntries defines own keys: an own "__proto__" setting stays a key, never the prototype.
  return Object.fromEntries(Object.entries(options.rules).filter(([id]) => isLinterRule(id, options)));
}

/**
 * Every check validateSession runs, in order. Each runs on its own: one that throws becomes an
 * `internal/check-failed` finding and the others still run. The payer profile (and so which
 * Medicare-only rules apply) is resolved inside each check from `session.payer` and
 * `options.payer`.
 *
 * @example
 * ```ts
 * SESSION_CHECKS.map((c) => c.name);
 * //=> ["catalog", "ncci-ptp", "mue", "units", "modifiers", "documentation"]
 * ```
 */
export const SESSION_CHECKS: readonly SessionCheck[] = [
  { name: "catalog", run: (session) => checkCatalog(session) },
  // ZERO-FIX: (twelfth round) modifier/ncci-modifier-without-edit on a code not valid on the date is left out.
  { name: "ncci-ptp", run: (s, o) => notOnDeleted(checkPairEdits(s, { ...(o.ncci && { ncci: o.ncci }), ...(o.payer && { payer: o.payer }) }), s, o.rules) },
  // ONE-FIX: (eleventh round) an MUE of 1 exceeded on an untimed code or 97129 is info naming the units error (one fix, bill 1 unit).
  // ZERO-FIX: (twelfth round) the MUE check runs before the units check and notes the codes billed over an MUE of 0;
  // it decides ONE-FIX on the MUE row's value, not the fix text; mue/no-data on a code not valid on the date is left out.
  // NO-UNIT: (twelfth round, second session) not ONE-FIX's info when the code's minutes allow it no unit (97129 × 4 with 8 minutes).
  { name: "mue", run: (s, o, shared) => oneMueFix(notOnDeleted(checkMue(s, { ...(o.ncci && { ncci: o.ncci }), ...(o.payer && { payer: o.payer }), ...(o.setting && { setting: o.setting }) }), s, o.rules), o, shared.mueZero, shared.units) },
  {
    name: "units",
    run: (s, o, shared) =>
      // ZERO-FIX: (twelfth round) "bill the code once" on a code billed over an MUE of 0 is info naming the MUE error.
      // NO-UNIT: 97129-over-one on 97129 whose minutes allow it no unit is info naming units/exceeds-time.
      afterMue(shared.units === null ? checkUnits(s, { ...(o.payer && { payer: o.payer }) }) : checkUnitsWith(s, shared.method, shared.units), shared.mueZero, shared.units, o.rules),
  },
  { name: "modifiers", run: (s, o) => checkModifiers(s, { ...(o.payer && { payer: o.payer }) }) },
  {
    name: "documentation",
    // DELETED-UNITS: (twelfth round, second session) a deleted code's replacement is counted to the units its minutes allow.
    run: (s, o, shared) => {
      const rules = linterSettings(o);
      return deletedAtAllowedUnits(lintDocumentation(s, { ...(rules && { rules }), ...(o.extraRules && { extraRules: o.extraRules }) }), s, shared.units);
    },
  },
];

/**
 * The unit calculation shown in a report, with the method already chosen from the payer.
 * A line without minutes counts as 0 minutes (the `units/missing-minutes` rule reports it);
 * untimed lines count one unit whatever their minutes.
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
  // NOT-COUNTED: a line without minutes is listed in its code's `notCounted` (the live withNotCounted).
  return withNotCounted(session, calculateUnits(
    // WOUND: a deliberate change (twentieth round, codes20): the lines' units go along, for 97598 (billed by wound area), as in src/validate/checks.ts, which passes the lines as they are.
    session.services.map((line) => ({ code: line.code, minutes: line.minutes ?? 0, units: line.units })),
    { method },
  ));
}

/**
 * The NCCI release the report's edits came from: the caller's tables when given, else the
 * bundled release.
 *
 * @param options - the caller's options
 * @returns the release label, e.g. `ccipra-v301r0 (2024 Q2)`
 * @example
 * ```ts
 * ncciDataVersionFor({}); //=> "ccipra-v301r0 (2024 Q2)"
 * ```
 */
export function ncciDataVersionFor(options: ValidateOptions): string {
  // BAD-TABLES: an ncci that is not a set of tables has no release (not input/unreadable).
  const release = (options.ncci ?? DEFAULT_NCCI_TABLES).release ?? {};
  return [release.ptp, release.mue].filter((r) => r !== undefined).map((r) => releaseLabel(r)).join("; ") || "unnamed release";
}
