import { en } from "zod/locales";
import type { InputIssue } from "../model/parse-session.js";
import { formatPath } from "../model/parse-session.js";
import { plainPath, safeParseOrWalk } from "../model/walk-issues.js";
import type { Report } from "../validate/report.js";
import { isReportForSure } from "./fast-report.js";
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

/** zod's English (the words classic zod gave), for parseReport's issues only: never set as zod's global locale. */
const english = /* @__PURE__ */ en();

/**
 * Reads a stored report back (`JSON.parse` of a report from validateSession, or of the CLI's
 * `--format json`/`ndjson` output): the report, typed, or a {@link ReportInputError} that names
 * each damaged field. It returns the value itself, checked (not a copy): its keys, their order
 * and the CLI's `input` are as stored. A report as validateSession made it is checked without
 * zod (a plain check that accepts only what {@link ReportSchema} accepts); anything else is read
 * by the schema, which names the problems.
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
  // The common valid case without zod (seventeenth round); the schema decides and explains the rest.
  return isReportForSure(value) ? value : parseReportBySchema(value);
}

/**
 * {@link parseReport} without its fast path: every value read by ReportSchema (what parseReport
 * did before the seventeenth round). The property tests compare the two.
 *
 * @param value - a report as stored, parsed from JSON (untrusted)
 * @returns the value, as a report
 * @throws ReportInputError when the value is not a report
 * @internal
 * @example
 * ```ts
 * parseReportBySchema(JSON.parse(JSON.stringify(validateSession(null)))).valid; //=> false
 * ```
 */
export function parseReportBySchema(value: unknown): Report {
  // zod's English for the shape's issues ("Invalid input: expected boolean, received undefined"),
  // passed with this parse: zod/mini has no words of its own, and zod's global locale is the host
  // page's to set (a French one made these French). The schema's own messages come first.
  const context = { error: english.localeError };
  // Past about 120,000 issues in one field zod/mini's object throws; the same issues are then found field by field.
  const { issues } = safeParseOrWalk(ReportSchema, value, context);
  // The value itself, not zod's copy: that one orders each finding's keys by the schema, so the
  // stored JSON and the JSON of what was read back differed (a hash or a diff of the row broke).
  if (issues === undefined) return value as Report;
  throw new ReportInputError(issues.map((i) => ({ path: plainPath(i.path), message: i.message })));
}
