import { SeveritySchema } from "../model/finding.js";
import { fastParseSession } from "../model/fast-parse-session.js";
import { arrayOf, boolean, nonNegative, notSure, objectOf, oneOf, string, wholeNonNegative } from "../model/sure.js";
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

// ReportSchema's `count` is nonNegative: `z.number().check(z.nonnegative())`, a finite number not below 0.
/** Undefined or a string. */
function optionalString(value: unknown): void {
  if (value !== undefined) string(value);
}

/** A list each of whose items `read` takes; one whose length changes while it is read is left to zod. */
function each(value: unknown, read: (value: unknown) => unknown): void {
  const list = arrayOf(value);
  const n = list.length;
  for (let i = 0; i < n; i++) read(list[i]);
  if (list.length !== n) notSure();
}

/** A path item: a string or a finite number. */
function pathItem(value: unknown): void {
  if (typeof value !== "string" && !Number.isFinite(value)) notSure();
}

function finding(value: unknown): void {
  const f = objectOf(value);
  string(f.rule);
  oneOf(f.severity, SeveritySchema.options);
  string(f.message);
  if (f.path !== undefined) each(f.path, pathItem);
  if (f.codes !== undefined) each(f.codes, string);
  optionalString(f.fix);
  const source = objectOf(f.source);
  string(source.title);
  optionalString(source.section);
  optionalString(source.url);
  optionalString(source.version);
}

function unitLine(value: unknown): void {
  const l = objectOf(value);
  string(l.code);
  nonNegative(l.minutes);
  nonNegative(l.units);
  boolean(l.timed);
  if (l.notCounted !== undefined) each(l.notCounted, wholeNonNegative);
}

function units(value: unknown): void {
  const u = objectOf(value);
  oneOf(u.method, UnitMethodSchema.options);
  nonNegative(u.totalTimedMinutes);
  nonNegative(u.totalUnits);
  each(u.lines, unitLine);
  each(u.explanation, string);
}

function meta(value: unknown): void {
  const m = objectOf(value);
  string(m.libraryVersion);
  if (m.ncciDataVersion !== null) string(m.ncciDataVersion);
  if (m.unitMethod !== null) oneOf(m.unitMethod, UnitMethodSchema.options);
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
    const r = objectOf(value);
    boolean(r.valid);
    meta(r.meta);
    if (r.units !== null) units(r.units);
    each(r.findings, finding);
    if (r.session !== null && fastParseSession(r.session) === undefined) return false;
    reportCrossFieldIssues(value as unknown as Report, notSure);
    return true;
  } catch {
    return false;
  }
}
