import type { Finding } from "../model/finding.js";
import { formatPath } from "../model/parse-session.js";
import type { ServiceLine } from "../model/session.js";
import { PERIOD_MINUTES } from "../units/timing.js";
import { count } from "../units/words.js";
import type { Report, ReportUnits } from "../validate/report.js";

const PROGRAM_NAMES: Record<string, string> = { medicare: "Medicare", medicaid: "Medicaid", commercial: "Commercial", other: "Other payer" };
/** How many visit-wide info texts a run remembers as printed (memory stays bounded for any number of visits). */
export const MAX_SEEN = 32;
const LABEL: Record<Finding["severity"], string> = { error: "ERROR  ", warning: "WARNING", info: "INFO   " };

function describeLine(line: ServiceLine): string {
  const parts = [line.code];
  if (line.units !== undefined) parts.push(`x${line.units}`);
  if (line.minutes !== undefined) parts.push(`${line.minutes} min`);
  if (line.modifiers !== undefined && line.modifiers.length > 0) parts.push(`[${line.modifiers.join(" ")}]`);
  return parts.join(" ");
}

/**
 * How a code billed by a period other than 15 minutes is billed: "by the hour" (97545/97546, 96105,
 * 96125, the first hours 92605, 92607, 92626) or "per 30 minutes" (92608, 92618), "per 15 minutes"
 * (92627); undefined for any other code (src/units/timing.ts PERIOD_MINUTES, the catalog's unitMinutes).
 */
function byPeriod(code: string): string | undefined {
  const p = PERIOD_MINUTES[code];
  return p === undefined ? undefined : p % 60 ? `per ${p} minutes` : "by the hour";
}

/** What a period code none of whose lines gave minutes says: "its hours not counted" for an hour code. */
function noMinutes(code: string): string {
  return byPeriod(code) === "by the hour" ? "no minutes given, its hours not counted" : "no minutes given, not counted";
}

/** "96125 billed by the hour, 92608 per 30 minutes": the visit's period codes, grouped by how they are billed. */
function periodSummary(lines: readonly UnitsLine[]): string {
  const codes = new Map<string, string[]>();
  for (const line of lines) {
    const how = byPeriod(line.code);
    if (how === undefined) continue;
    const list = codes.get(how);
    if (list) list.push(line.code);
    else codes.set(how, [line.code]);
  }
  return [...codes].map(([how, list], i) => `${list.join("/")}${i === 0 ? " billed" : ""} ${how}`).join(", ");
}

/** One line of a unit calculation. */
type UnitsLine = ReportUnits["lines"][number];

/**
 * The unit calculation as a biller reads it: one line per code, then the total and the
 * calculator's explanation; for a visit of untimed codes only (an evaluation), each code's unit
 * and nothing about timed minutes.
 *
 * A code whose lines gave no minutes (the report's `notCounted`, e.g. a FHIR Claim in units
 * only) is "not counted", not "0 min"; a code some of whose lines gave none says how many were not
 * counted. A calculation without `notCounted` (calculateUnits', or a report stored before it) is
 * read as every line counted.
 *
 * @param units - a unit calculation (a report's `units`)
 * @returns text lines, without a trailing newline
 * @example
 * ```ts
 * formatUnits(calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]))[0];
 * //=> "Units (CMS total-time 8-minute rule): 3 units for 40 timed minutes"
 * formatUnits(calculateUnits([{ code: "97162" }]));
 * //=> ["Units: untimed codes only (billed per session, not by minutes)", "  97162: 1 unit"]
 * ```
 */
export function formatUnits(units: ReportUnits): string[] {
  // A visit of untimed codes only (an evaluation) has no timed minutes to count: no "0 units for 0
  // timed minutes", no 8-minute arithmetic, which read like an error on every evaluation claim.
  // Work hardening 97545/97546 is billed by the hour: a line that gave no minutes is not counted (not "97546: 0 units").
  // PERIOD-CODES (units21): so are the SLP codes billed per hour or per further 30/15 minutes (96105, 96125,
  // 92605/92618, 92607/92608, 92626/92627): their units come from their minutes, so they are not "untimed".
  const hourly = (line: UnitsLine) => byPeriod(line.code) !== undefined;
  // NOT-COUNTED (fifteenth round): the report's notCounted says it, where the text kept its own set of
  // codes with minutes; nothing counted is a code none of whose lines gave minutes (or gave 0 besides).
  // 97545's unit needs no minutes, so the report marks none of its lines: with 0 minutes, its hours
  // were not counted either (units/missing-minutes, or an hour check, names the line).
  // The SLP period codes' lines without minutes are marked too since the twenty-second round (PERIOD-NOT-COUNTED); a
  // period code's 0 minutes, or a report stored before, are still read as none given.
  const none = (line: UnitsLine) => line.minutes === 0 && (line.notCounted !== undefined || (hourly(line) && line.code !== "97546"));
  const noHours = (line: UnitsLine) => hourly(line) && none(line);
  // Some of a code's lines gave no minutes (97546's too, in any of the three forms below: fuzz15).
  const some = (line: UnitsLine) => (line.notCounted ? ` (${count(line.notCounted.length, "line")} without minutes not counted)` : "");
  if (units.lines.length > 0 && !units.lines.some((line) => line.timed)) {
    return [
      units.lines.some(hourly) ? `Units: no 15-minute codes (${periodSummary(units.lines)}, others per session)` : "Units: untimed codes only (billed per session, not by minutes)",
      ...units.lines.map((line) => `  ${line.code}: ${noHours(line) ? noMinutes(line.code) : `${count(line.units, "unit")}${line.minutes > 0 ? ` (${line.minutes} min)` : ""}${some(line)}`}`),
    ];
  }
  const method = units.method === "cms" ? "CMS total-time 8-minute rule" : "CPT per-code midpoint rule";
  // A timed code whose lines gave no minutes (a FHIR Claim carries units only) was not counted:
  // not "0 min -> 0 units" and "nothing to bill", which read as a verdict beside units/missing-minutes.
  const unknown = (line: UnitsLine) => line.timed && none(line);
  const missing = units.lines.filter(unknown).map((line) => line.code);
  if (missing.length > 0 && units.lines.every((line) => !line.timed || unknown(line))) {
    const untimed = units.lines.filter((line) => !line.timed).map((line) => `  ${line.code}: ${noHours(line) ? noMinutes(line.code) : `${count(line.units, "unit")} (${byPeriod(line.code) ?? "untimed"})${some(line)}`}`);
    return [`Units (${method}): not counted: no minutes were given for ${missing.join(", ")}`, ...untimed];
  }
  const out = [`Units (${method}): ${count(units.totalUnits, "unit")} for ${count(units.totalTimedMinutes, "timed minute")}`];
  for (const line of units.lines) {
    // An untimed or hour code's unit without minutes is its unit, not "0 min -> 1 unit".
    out.push(`  ${line.code}: ${unknown(line) ? "no minutes given, not counted" : noHours(line) ? noMinutes(line.code) : `${line.minutes || line.timed ? `${line.minutes} min -> ` : ""}${count(line.units, "unit")}${line.timed ? "" : ` (${byPeriod(line.code) ?? "untimed"})`}${some(line)}`}`);
  }
  for (const step of units.explanation) out.push(`  - ${step}`);
  return out;
}

function formatFinding(finding: Finding): string[] {
  const where = finding.path !== undefined && finding.path.length > 0 ? ` at ${formatPath(finding.path)}` : "";
  const out = [`  ${LABEL[finding.severity]} ${finding.rule}${where}`, `          ${finding.message}`];
  if (finding.fix !== undefined) out.push(`          Fix: ${finding.fix}`);
  // The version names the data release a finding rests on (the NCCI quarter loaded).
  const source = [finding.source.title, finding.source.section, finding.source.version].filter((s) => s !== undefined).join(", ");
  out.push(`          Source: ${source}`);
  return out;
}

/**
 * One report as text for billing staff: the visit, its codes and units, each finding with its
 * severity, rule id, fix and source, and the verdict.
 *
 * @param report - a report from validateSession
 * @param label - how to name the session (e.g. "Session 3 (line 3)")
 * @param seen - shared by the reports of one run: an info about the whole visit (no path) that an
 *   earlier report printed in full (the same NCCI or MUE release note on every visit of a day) is
 *   printed as one line naming that report; it keeps at most {@link MAX_SEEN} texts
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * const seen = new Map<string, string>();
 * process.stdout.write(formatTextReport(validateSession(visit), "Session 1", seen));
 * ```
 */
export function formatTextReport(report: Report, label: string, seen?: Map<string, string>): string {
  const out: string[] = [];
  const s = report.session;
  if (s === null) {
    out.push(`${label}: could not be checked`);
  } else {
    const id = s.id !== undefined ? ` (${s.id})` : "";
    const credential = s.provider.credential !== undefined ? `, ${s.provider.credential}` : "";
    out.push(`${label}${id}: ${s.dateOfService}, ${PROGRAM_NAMES[s.payer.program] ?? s.payer.program}, ${s.provider.discipline} plan of care${credential}`);
    out.push(`Codes: ${s.services.length === 0 ? "(none)" : s.services.map(describeLine).join("; ")}`);
    if (report.units !== null) out.push(...formatUnits(report.units));
    else out.push(`Units: not calculated in this build (method: ${report.meta.unitMethod ?? "unknown"})`);
  }
  if (report.findings.length === 0) out.push("  No findings.");
  for (const f of report.findings) {
    const key = f.severity === "info" && !f.path?.length ? `${f.rule}\n${f.message}\n${f.fix}` : undefined;
    const first = key === undefined ? undefined : seen?.get(key);
    if (first !== undefined) {
      out.push(`  ${LABEL.info} ${f.rule}: as in ${first} above`);
      continue;
    }
    if (key !== undefined && seen && seen.size < MAX_SEEN) seen.set(key, label);
    out.push(...formatFinding(f));
  }
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  out.push(`Result: ${report.valid ? "OK" : "NOT READY TO BILL"} (${count(errors, "error")}, ${count(warnings, "warning")})`);
  return out.join("\n") + "\n";
}
