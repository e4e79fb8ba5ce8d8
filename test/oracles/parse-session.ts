/**
 * The oracle of parseSession: the schema path alone (zod plus the cross-field check), as
 * parseSession was before any fast path. Fast paths are proved against it.
 */
import type { z } from "zod";
import { formatPath, SessionInputError, type InputIssue } from "../../src/model/parse-session.js";
import type { Session } from "../../src/model/session.js";
// ZOD-CLASSIC: the schema as classic zod built it (sixteenth round froze it before the move to zod/mini).
import { SessionSchema } from "./zod-classic/session.js";
import { clockMinutes, isIsoDate } from "./dates.js";

export { formatPath, SessionInputError, type InputIssue };

function zodIssues(error: z.ZodError): InputIssue[] {
  // WRONG-TYPE: a value of the wrong type has that one issue (zod 4 also ran .max(4) on a string's length).
  const wrongType = new Set(error.issues.filter((i) => i.code === "invalid_type").map((i) => String(i.path)));
  // NEGATIVE-HUGE: a whole number below the safe-integer range (-1e308 minutes) has one issue,
  // "must not be negative" (or "must be at least 1"), not also "must be a whole number of minutes".
  return error.issues.filter((i) => (i.code === "invalid_type" || !wrongType.has(String(i.path))) && !(i.code === "too_small" && i.origin === "int")).map((i) => ({
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: plainMessage(i),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  // WHOLE: a fraction gets the schema's words ("must be a whole number of minutes"), not "must be an int".
  if (issue.code === "invalid_type" && issue.expected !== "int") {
    return issue.input === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}`;
  }
  // HUGE: past the safe-integer range, "is too large", not the .int() message ("must be a whole number of minutes" for 1e308).
  if (issue.code === "too_big" && issue.origin === "int") return "is too large";
  // CLERK-DATE (edge24): a clerk's date ("03/02/2026", "13.2.2026") is told the YYYY-MM-DD dates it can be, month first then day first.
  if (issue.message === "must be a real calendar date written YYYY-MM-DD" && typeof issue.input === "string") {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(issue.input);
    const dates = m === null ? [] : [[m[1]!, m[2]!], [m[2]!, m[1]!]].map(([month, day]) => `${m[3]}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`).filter((d, k, all) => isIsoDate(d) && all.indexOf(d) === k);
    if (dates.length === 2) return `"${issue.input}" is not YYYY-MM-DD: write ${dates[0]} (month first) or ${dates[1]} (day first)`;
    if (dates.length === 1) return `"${issue.input}" is not YYYY-MM-DD: write ${dates[0]}`;
  }
  if (issue.code === "invalid_value") {
    // OTHER-PLAN: (twelfth round) the program list says where a workers' comp or auto plan goes.
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${issue.values.includes("medicaid") ? ` (workers' comp, auto and other plans: "other")` : ""}`;
  }
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The cross-field check of parseSession, with the regular-expression clock reader. */
export function crossFieldIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isRecord(input) || !Array.isArray(input.services)) return issues;
  input.services.forEach((line: unknown, index: number) => {
    if (!isRecord(line) || typeof line.start !== "string" || typeof line.end !== "string") return;
    const start = clockMinutes(line.start);
    const end = clockMinutes(line.end);
    if (start !== undefined && end !== undefined && end < start) {
      issues.push({ path: ["services", index, "end"], message: `ends (${line.end}) before it starts (${line.start})` });
    }
  });
  return issues;
}

/** parseSession by the schema alone. */
export function parseSession(input: unknown): Session {
  const result = SessionSchema.safeParse(input, { reportInput: true });
  const crossField = crossFieldIssues(input);
  if (result.success && crossField.length === 0) {
    // REREAD: input that changed while zod read it (a hole in a list) throws, as src does.
    if (!SessionSchema.safeParse(result.data).success) throw new TypeError("the input changed while it was read");
    return result.data;
  }
  const issues = [...(result.success ? [] : zodIssues(result.error)), ...crossField];
  throw new SessionInputError(issues);
}
