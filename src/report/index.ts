/**
 * Reading stored reports back: `therapy-claims/report`. A report from validateSession survives
 * `JSON.stringify`; {@link parseReport} (or {@link ReportSchema}) checks one read back from a
 * database or from the CLI's JSON output, instead of a cast. Its own subpath, so that only an
 * importer who reads reports back pays for the schema.
 *
 * @example
 * ```ts
 * import { validateSession } from "therapy-claims";
 * import { parseReport } from "therapy-claims/report";
 * const stored = JSON.stringify(validateSession(visit));
 * const report = parseReport(JSON.parse(stored));
 * ```
 *
 * @packageDocumentation
 */
export { ReportSchema, ReportUnitsSchema } from "./report-schema.js";
export { parseReport, ReportInputError } from "./parse-report.js";
export type { Report, ReportMeta, ReportUnits, ReportUnitLine } from "../validate/report.js";
export type { Finding, Severity } from "../model/finding.js";
export type { Source } from "../model/source.js";
export type { InputIssue } from "../model/parse-session.js";
export type { Session, ServiceLine, UnitMethod } from "../model/session.js";
