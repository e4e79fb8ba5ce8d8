import type { Finding } from "../model/finding.js";
import type { Session, UnitMethod } from "../model/session.js";
import type { UnitResult, UnitResultLine } from "../units/types.js";

/**
 * Units of one code as the unit calculator counts them (the calculator's own type), and the
 * lines of that code it could not count.
 *
 * @example
 * ```ts
 * const line: ReportUnitLine = { code: "97110", minutes: 33, units: 2, timed: true };
 * const none: ReportUnitLine = { code: "97110", minutes: 0, units: 0, timed: true, notCounted: [0] };
 * ```
 */
export interface ReportUnitLine extends UnitResultLine {
  /**
   * The `services` indexes of this code's lines that gave no minutes, so were not counted
   * (`minutes: 0, units: 0` then means "not counted", not "0 units"); absent when every line
   * was counted, as in reports written before this field. An untimed code's 1 unit needs no minutes.
   */
  readonly notCounted?: readonly number[];
}

/**
 * The unit calculation in a report: `calculateUnits`' result for the session's lines, by the
 * payer's method, each code's lines without minutes listed in its `notCounted`.
 *
 * @example
 * ```ts
 * const u: ReportUnits = { method: "cms", totalTimedMinutes: 33, totalUnits: 2,
 *   lines: [{ code: "97110", minutes: 33, units: 2, timed: true }], explanation: ["33 min → 2 units"] };
 * ```
 */
export interface ReportUnits extends UnitResult {
  readonly lines: readonly ReportUnitLine[];
}

/**
 * What a report was made with, so a result can be reproduced.
 *
 * @example
 * ```ts
 * const meta: ReportMeta = { libraryVersion: "0.1.0", ncciDataVersion: null, unitMethod: "cms" };
 * ```
 */
export interface ReportMeta {
  /** therapy-claims version that made the report. */
  readonly libraryVersion: string;
  /** The NCCI release the edits came from; `null` when no NCCI check ran. */
  readonly ncciDataVersion: string | null;
  /** The unit method the session was checked with; `null` when the input was unusable. */
  readonly unitMethod: UnitMethod | null;
}

/**
 * The result of {@link validateSession}: plain data that survives `JSON.stringify` and
 * `structuredClone`.
 *
 * @example
 * ```ts
 * const r: Report = validateSession(visit);
 * r.valid ? "ready to bill" : r.findings.map((f) => `${f.severity} ${f.rule}`);
 * ```
 */
export interface Report {
  /** False when any finding is an error. */
  readonly valid: boolean;
  /** The parsed session (unknown fields dropped), or `null` when the input was unusable. */
  readonly session: Session | null;
  /** The unit calculation with the payer's method, or `null` when none was made. */
  readonly units: ReportUnits | null;
  /** Every finding, sorted: severity (error, warning, info), then path, rule, message. */
  readonly findings: readonly Finding[];
  readonly meta: ReportMeta;
}
