// ZOD-CLASSIC: frozen at dcc8a9a (sixteenth round, branch mini16), the schema built with classic zod
// ("zod"), before src moved to zod/mini. Never fix or optimise this copy: test/oracles/zod-mini.test.ts
// proves the live schema gives the same data and the same issues (paths and messages).
import type { InputIssue } from "../../../src/model/parse-session.js";
import { formatPath } from "../../../src/model/parse-session.js";
import type { Report } from "../../../src/validate/report.js";
import { ReportSchema } from "./report-schema.js";

/**
 * Thrown by {@link parseReport}: the stored value is not a report; `issues` lists every problem
 * (the message the first 10).
 *
 * @example
 * ```ts
 * try { parseReport({ valid: true }); } catch (e) {
 *   if (e instanceof ReportInputError) e.issues[0]?.path; //=> ["session"]
 * }
 * ```
 */
export class ReportInputError extends Error {
  /** Every problem found, each with its path into the report. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > 10) shown.push(`and ${issues.length - 10} more (see issues)`);
    super(`Not a therapy-claims report (${issues.length} problem${issues.length === 1 ? "" : "s"}): ${shown.join("; ")}`);
    this.name = "ReportInputError";
    this.issues = issues;
  }
}

/**
 * Reads a stored report back (`JSON.parse` of a report from validateSession, or of the CLI's
 * `--format json`/`ndjson` output): the report, typed, or a {@link ReportInputError} that names
 * each damaged field. It returns the value itself, checked (not a copy): its keys, their order
 * and the CLI's `input` are as stored.
 *
 * @param value - a report as stored, parsed from JSON (untrusted)
 * @returns the value, as a report
 * @throws ReportInputError when the value is not a report
 * @example
 * ```ts
 * const stored = JSON.stringify(validateSession(null)); // as the billing queue's table keeps it
 * const report = parseReport(JSON.parse(stored));
 * report.findings[0]?.rule; //=> "input/required-field"
 * ```
 */
export function parseReport(value: unknown): Report {
  const result = ReportSchema.safeParse(value);
  // The value itself, not zod's copy: that one orders each finding's keys by the schema, so the
  // stored JSON and the JSON of what was read back differed (a hash or a diff of the row broke).
  if (result.success) return value as Report;
  throw new ReportInputError(result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })));
}
