import type { Severity } from "../model/finding.js";
import type { RuleSetting } from "./options.js";

/**
 * Whether a value is a finding's severity.
 *
 * @example
 * ```ts
 * isSeverity("warning"); //=> true
 * ```
 * @internal
 */
export function isSeverity(value: unknown): value is Severity {
  return value === "error" || value === "warning" || value === "info";
}

/**
 * Whether a value is a `rules` setting: "off" or a severity.
 *
 * @example
 * ```ts
 * isRuleSetting("loud"); //=> false
 * ```
 * @internal
 */
export function isRuleSetting(value: unknown): value is RuleSetting {
  return value === "off" || isSeverity(value);
}

/**
 * Whether no `rules` setting changes a rule's findings: `internal/` and `input/` say whether the visit could be read
 * and checked, but for `input/read-as-credential`, `input/read-as-program` and `input/read-as-list` (SET-READ-AS,
 * twenty-second round), which say how a value was read and the visit checked with it: a clinic whose EHR always
 * writes "OTR/L" may turn that finding off.
 *
 * @example
 * ```ts
 * isFixedRule("input/unreadable"); //=> true
 * isFixedRule("input/read-as-credential"); //=> false
 * ```
 * @internal
 */
export function isFixedRule(id: string): boolean {
  return /^(input\/(?!read-as-(credential|program|list)$)|internal\/)/.test(id);
}
