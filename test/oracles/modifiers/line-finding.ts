// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import type { Finding, Severity } from "../../../src/model/finding.js";
import type { Source } from "../../../src/model/source.js";

/**
 * Builds a finding about one service line's modifiers: `path: ["services", index, "modifiers"]`,
 * `codes: [code]`.
 *
 * @internal
 */
export function lineFinding(
  rule: string,
  severity: Severity,
  index: number,
  code: string,
  message: string,
  fix: string,
  source: Source,
): Finding {
  return { rule, severity, message, path: ["services", index, "modifiers"], codes: [code], fix, source };
}

/**
 * The line's modifiers, upper case, in order.
 *
 * @internal
 */
export function modifiersOf(line: { readonly modifiers?: readonly string[] | undefined }): string[] {
  return (line.modifiers ?? []).map((m) => m.toUpperCase());
}
