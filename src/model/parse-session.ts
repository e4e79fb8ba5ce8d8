import type { z } from "zod/mini";
import { withArticle } from "./article.js";
import { clockMinutes, DATE_RULE, notIsoDateMessage } from "./dates.js";
import { fastParseSession } from "./fast-parse-session.js";
import { SessionSchema, type Session } from "./session.js";
import { isRecord } from "./is-record.js";
import { plainPath, safeParseOrWalk } from "./walk-issues.js";

/**
 * One problem with untrusted input: where it is and what is wrong, in plain words.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: ["services", 0, "minutes"], message: "must not be negative" };
 * ```
 */
export interface InputIssue {
  /** Path into the input, e.g. `["services", 0, "code"]`; empty for the input itself. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** How many problems the error's message spells out; `issues` always holds all of them. */
const MAX_ISSUES_IN_MESSAGE = 20;

/**
 * Thrown by {@link parseSession}: lists every problem of the input at once (the message spells
 * out the first 20; `issues` has them all).
 *
 * @example
 * ```ts
 * try { parseSession({}); } catch (e) {
 *   if (e instanceof SessionInputError) e.issues.length; //=> 4
 * }
 * ```
 */
export class SessionInputError extends Error {
  /** Every problem found, each with a path. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > MAX_ISSUES_IN_MESSAGE) shown.push(`and ${issues.length - MAX_ISSUES_IN_MESSAGE} more (see issues)`);
    super(`Session input is not valid (${issues.length} problem${issues.length === 1 ? "" : "s"}): ${shown.join("; ")}`);
    this.name = "SessionInputError";
    this.issues = issues;
  }
}

/**
 * Writes a path the way a reader would: `services[1].minutes`.
 *
 * @param path - a path into the session
 * @returns the path as text, `(input)` for the empty path
 * @example
 * ```ts
 * formatPath(["services", 1, "minutes"]); //=> "services[1].minutes"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(input)";
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

function zodIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  // A value of the wrong type has that one problem: zod 4 runs a length check (a .max) on any value with a length.
  const wrongType = new Set(issues.filter((i) => i.code === "invalid_type").map((i) => String(i.path)));
  // Below the safe-integer range (-1e308) zod gives the .int() message beside the field's own lower
  // bound (every whole-number field has one): the bound's message alone says what is wrong.
  return issues.filter((i) => (i.code === "invalid_type" || !wrongType.has(String(i.path))) && !(i.code === "too_small" && i.origin === "int")).map((i) => ({
    path: plainPath(i.path),
    message: plainMessage(i),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  // A fraction where a whole number belongs: the schema's own words ("must be a whole number of minutes").
  if (issue.code === "invalid_type" && issue.expected !== "int") {
    return issue.input === undefined ? `is required (${issue.expected})` : `must be ${withArticle(issue.expected)}`;
  }
  // Past the safe-integer range zod gives the .int() message, "must be a whole number", which 1e308 is.
  if (issue.code === "too_big" && issue.origin === "int") return "is too large";
  // CLERK-DATE: a date written "03/02/2026" is told how to write it (reportInput keeps the value on the issue).
  if (issue.message === DATE_RULE) return notIsoDateMessage(issue.input);
  if (issue.code === "invalid_value") {
    // The program list: a workers' comp or auto plan, sent as its own name, is "other".
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${issue.values.includes("medicaid") ? ` (workers' comp, auto and other plans: "other")` : ""}`;
  }
  return issue.message;
}


/**
 * Checks that relate two fields (an end before its start). They run on the raw input, beside
 * the schema, because zod 4 skips an object's refinements once a field inside it has failed.
 *
 * @param input - the untrusted input
 * @returns the cross-field problems found
 * @example
 * ```ts
 * crossFieldIssues({ services: [{ code: "97110", start: "10:00", end: "09:30" }] });
 * //=> [{ path: ["services", 0, "end"], message: "ends (09:30) before it starts (10:00)" }]
 * ```
 */
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

/**
 * Turns untrusted input (parsed JSON, a form) into a typed {@link Session}, or throws a
 * {@link SessionInputError} that lists every problem at once. Unknown keys are dropped (never
 * copied, so `__proto__` in the input pollutes nothing); the input is never mutated.
 *
 * @param input - anything
 * @returns the session, with only known fields
 * @throws {@link SessionInputError} when a required field is missing or a field is malformed;
 * a `TypeError` when the input changes while it is read (a getter or Proxy; plain data never does)
 * @example
 * ```ts
 * const s = parseSession({ dateOfService: "2025-03-14", payer: { program: "medicare" },
 *   provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12 }] });
 * s.services[0]?.minutes; //=> 12
 * ```
 */
export function parseSession(input: unknown): Session {
  // The common valid case without zod; the schema decides (and explains) everything else.
  const fast = fastParseSession(input);
  if (fast !== undefined) return fast;
  // reportInput keeps each failing value on its issue, so "missing" and "wrong type" read differently.
  // Past about 120,000 issues in one field zod/mini's object throws; the same issues are then found field by field.
  const result = safeParseOrWalk(SessionSchema, input, { reportInput: true });
  const crossField = crossFieldIssues(input);
  if (result.issues === undefined && crossField.length === 0) {
    // zod reads a list's length more than once: a Proxy or getter that answers differently can
    // leave a hole in the list it returns. Only this (rare) path pays for the second look.
    if (!SessionSchema.safeParse(result.data).success) throw new TypeError("the input changed while it was read");
    return result.data;
  }
  const issues = [...(result.issues === undefined ? [] : zodIssues(result.issues)), ...crossField];
  throw new SessionInputError(issues);
}
