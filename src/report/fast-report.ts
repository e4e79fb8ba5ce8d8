import { SeveritySchema } from "../model/finding.js";
import { fastParseSession } from "../model/fast-parse-session.js";
import { isRecord } from "../model/is-record.js";
import { UnitMethodSchema } from "../model/session.js";
import type { Report } from "../validate/report.js";
import { reportCrossFieldIssues } from "./cross-field.js";

/*
 * Seventeenth round (issue 7): parseReport ran zod/mini on every report it read back, 1.7-1.9x
 * slower than classic zod's compiled parsers. A report validateSession made (the common case)
 * now passes this plain check instead; anything it cannot vouch for goes to ReportSchema, which
 * decides and explains. It reads, never copies: parseReport returns the value itself.
 *
 * Each check below is its zod schema's (src/report/report-schema.ts, src/model/finding.ts,
 * src/model/source.ts): an object is what z.object reads (not null, not a list), z.number()
 * a finite number, a list is read item by item up to its length, as zod reads it.
 */

/** ReportSchema's `count`: `z.number().check(z.nonnegative())`, a finite number not below 0. */
function isCount(value: unknown): boolean {
  return typeof value === "number" && value >= 0 && value !== Infinity;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}

/** A list whose every item passes `item` (a list whose length changes while it is read is left to zod). */
function isListOf(value: unknown, item: (value: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  const n = value.length;
  for (let i = 0; i < n; i++) if (!item(value[i])) return false;
  return value.length === n;
}

function isString(value: unknown): boolean {
  return typeof value === "string";
}

/** A finding's path item: `z.union([z.string(), z.number()])`. */
function isPathItem(value: unknown): boolean {
  return typeof value === "string" || Number.isFinite(value);
}

/** `notCounted`'s item: `z.number().check(z.int(), z.nonnegative())`, a safe integer not below 0. */
function isLineIndex(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** FindingSchema, with its SourceSchema. */
function isFinding(value: unknown): boolean {
  if (!isRecord(value) || typeof value.rule !== "string" || !SeveritySchema.options.includes(value.severity as never) || typeof value.message !== "string") return false;
  const { path, codes, source } = value;
  if (path !== undefined && !isListOf(path, isPathItem)) return false;
  if (codes !== undefined && !isListOf(codes, isString)) return false;
  if (!isOptionalString(value.fix) || !isRecord(source) || typeof source.title !== "string") return false;
  return isOptionalString(source.section) && isOptionalString(source.url) && isOptionalString(source.version);
}

function isUnitLine(value: unknown): boolean {
  if (!isRecord(value) || typeof value.code !== "string" || !isCount(value.minutes) || !isCount(value.units) || typeof value.timed !== "boolean") return false;
  const at = value.notCounted;
  return at === undefined || isListOf(at, isLineIndex);
}

/** ReportUnitsSchema. */
function isUnits(value: unknown): boolean {
  return (
    isRecord(value) &&
    UnitMethodSchema.options.includes(value.method as never) &&
    isCount(value.totalTimedMinutes) &&
    isCount(value.totalUnits) &&
    isListOf(value.lines, isUnitLine) &&
    isListOf(value.explanation, isString)
  );
}

function isMeta(value: unknown): boolean {
  if (!isRecord(value) || typeof value.libraryVersion !== "string") return false;
  const { ncciDataVersion, unitMethod } = value;
  return (ncciDataVersion === null || typeof ncciDataVersion === "string") && (unitMethod === null || UnitMethodSchema.options.includes(unitMethod as never));
}

/** Thrown by the cross-field check's `issue` here: the first problem is enough to ask zod. */
const NOT_SURE: unique symbol = Symbol("not sure");

function notSure(): never {
  throw NOT_SURE;
}

/**
 * The common valid case of {@link ReportSchema} without zod: `true` when the value is a report
 * the schema accepts (a report validateSession made, read back from JSON, takes this path),
 * `false` whenever this plain check cannot vouch for it (a damaged field, a cross-field problem,
 * input that throws while read), so that the caller runs the schema, which decides and explains.
 * The session is read by fastParseSession (its copy is dropped); the cross-field check is the
 * schema's own function. `true` implies `ReportSchema.safeParse(value).success` (property tests:
 * test/report/fast-report.test.ts).
 *
 * @param value - a report as stored, parsed from JSON (untrusted)
 * @returns whether the value is, for sure, a report ReportSchema accepts
 * @internal
 * @example
 * ```ts
 * isReportForSure(JSON.parse(JSON.stringify(validateSession(null)))); //=> true
 * isReportForSure({ valid: true }); //=> false
 * ```
 */
export function isReportForSure(value: unknown): value is Report {
  try {
    // The small fields first: a damaged report the schema will explain costs the least here.
    if (!isRecord(value) || typeof value.valid !== "boolean" || !isMeta(value.meta)) return false;
    const { session, units } = value;
    if ((units !== null && !isUnits(units)) || !isListOf(value.findings, isFinding)) return false;
    if (session !== null && fastParseSession(session) === undefined) return false;
    reportCrossFieldIssues(value as unknown as Report, notSure);
    return true;
  } catch {
    return false;
  }
}
