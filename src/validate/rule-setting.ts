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
 * Whether no `rules` setting changes a rule's findings: `input/` and `internal/` say whether the
 * visit could be read and checked.
 *
 * @example
 * ```ts
 * isFixedRule("input/unreadable"); //=> true
 * ```
 * @internal
 */
export function isFixedRule(id: string): boolean {
  return id.startsWith("input/") || id.startsWith("internal/");
}
