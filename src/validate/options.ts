import type { Finding, Severity } from "../model/finding.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import type { Session } from "../model/session.js";

/**
 * What a rule's findings become: a new severity, or `"off"` to drop them.
 *
 * @example
 * ```ts
 * const s: RuleSetting = "off";
 * ```
 */
export type RuleSetting = Severity | "off";

/**
 * A user's own rule (a clinic's or payer's house rule), run with the documentation linter.
 *
 * @remarks Placeholder shape until `lintDocumentation` lands: the lead replaces this alias with
 * the linter's own rule type (`NonNullable<LintOptions["extraRules"]>[number]`).
 * @example
 * ```ts
 * const rule: ExtraRule = { id: "house/no-97140", check: () => [] };
 * ```
 */
export interface ExtraRule {
  /** Stable id, e.g. `house/no-97140`. */
  readonly id: string;
  /** Returns the rule's findings for one session. */
  readonly check: (session: Session) => Finding[];
}

/**
 * Where the visit took place, for tables that differ by setting (the MUE tables).
 *
 * @example
 * ```ts
 * const s: CareSetting = "outpatient-hospital";
 * ```
 */
export type CareSetting = "practitioner" | "outpatient-hospital";

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
  readonly payer?: PayerProfileOverride;
  /**
   * NCCI tables of a newer CMS quarter, built with `createNcciTables` from the parsers' rows
   * (default: the bundled edits). Typed loosely until the NCCI module lands.
   */
  readonly ncci?: object;
  /** Severity overrides by rule id; `"off"` drops a rule. `input/*` and `internal/*` cannot be changed. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** A user's own rules, run with the documentation linter. */
  readonly extraRules?: readonly ExtraRule[];
  /** Care setting for MUE values (default `"practitioner"`). */
  readonly setting?: CareSetting;
}
