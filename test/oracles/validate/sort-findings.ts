/** Oracle: src/validate/sort-findings.ts as it was before the overhead work (issue 7); the new code is proved to give the same reports. */
import type { Finding, Severity } from "../../../src/model/finding.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function comparePart(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePaths(a: readonly (string | number)[] = [], b: readonly (string | number)[] = []): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = comparePart(a[i] as string | number, b[i] as string | number);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two findings: severity (error, warning, info), then path element by element (numbers
 * before names, a shorter path first), then rule id, then message, then codes.
 *
 * @param a - a finding
 * @param b - another finding
 * @returns negative, zero or positive, as `Array.prototype.sort` wants
 * @example
 * ```ts
 * [info, error].sort(compareFindings)[0] === error; //=> true
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    comparePaths(a.path, b.path) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message) ||
    compareText((a.codes ?? []).join(","), (b.codes ?? []).join(","))
  );
}

/**
 * Returns the findings in the order of {@link compareFindings}; the input array is not changed.
 *
 * @param findings - findings in any order
 * @returns a new, sorted array
 * @example
 * ```ts
 * sortFindings([info, error]).map((f) => f.severity); //=> ["error", "info"]
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
