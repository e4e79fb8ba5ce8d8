import type { MueSetting } from "../ncci/types.js";
import type { NcciTables } from "../ncci/tables.js";
import type { Rule, RuleSetting } from "../rules/types.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import type { Session } from "../model/session.js";

export type { RuleSetting } from "../rules/types.js";

/**
 * A user's own rule (a clinic's or payer's house rule), run with the documentation linter:
 * the linter's {@link Rule} shape, `{ meta, check }`.
 *
 * @example
 * ```ts
 * const rule: ExtraRule = createRule({ id: "house/no-97140", defaultSeverity: "warning",
 *   description: "The clinic does not bill 97140.", source: { title: "Clinic policy" }, check: () => [] });
 * ```
 */
export type ExtraRule = Rule;

/**
 * Where the visit took place, for tables that differ by setting (the MUE tables).
 *
 * @example
 * ```ts
 * const s: CareSetting = "outpatient-hospital";
 * ```
 */
export type CareSetting = MueSetting;

/**
 * Options of {@link validateSession}. None reads the clock; every default is documented.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = {
 *   payer: { unitMethod: "ama" },
 *   rules: { "doc/activity-too-vague": "off" },
 * };
 * ```
 */
export interface ValidateOptions {
  /** Overrides fields of the payer profile the session's `payer.program` selects (default: none). */
  readonly payer?: PayerProfileOverride | undefined;
  /**
   * NCCI tables of a newer CMS quarter, built with `createNcciTables` from the parsers' rows
   * (default: the bundled 2024 edits).
   */
  readonly ncci?: NcciTables | undefined;
  /** Severity overrides by rule id; `"off"` drops a rule. `input/*` (but `input/read-as-credential`, `input/read-as-program`, `input/read-as-list`) and `internal/*` cannot be changed. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /** A user's own rules, run with the documentation linter. */
  readonly extraRules?: readonly ExtraRule[] | undefined;
  /** Care setting for MUE values (default `"practitioner"`). */
  readonly setting?: CareSetting | undefined;
}
