import type { UnitMethod } from "../model/session.js";

export type { UnitMethod };

/**
 * One service given on the date of service, as the calculator reads it. A session's
 * `ServiceLine` fits as it is.
 *
 * @example
 * ```ts
 * const line: UnitLine = { code: "97110", minutes: 33 };
 * ```
 */
export interface UnitLine {
  /** CPT or HCPCS code (case-insensitive). */
  readonly code: string;
  /** Direct minutes of the service; missing, negative or not a number counts as 0. */
  readonly minutes?: number | undefined;
  /**
   * Units billed. Read only for 97598 (selective debridement, each further 20 sq cm), whose
   * units count wound area, not minutes; every other code's units come from its minutes.
   */
  readonly units?: number | undefined;
}

/**
 * One code of a {@link UnitResult}: its minutes (lines of the same code added together) and
 * the units it is billed with.
 *
 * @example
 * ```ts
 * const line: UnitResultLine = { code: "97140", minutes: 7, units: 1, timed: true };
 * ```
 */
export interface UnitResultLine {
  readonly code: string;
  /** Minutes of the code's lines added together (97129/97130: see {@link calculateUnits}). */
  readonly minutes: number;
  /**
   * Units to bill. An untimed code has 1; a code billed by a longer period (92607, 96125, 97546…)
   * the periods its minutes earn, which may be 0 (see {@link calculateUnits}).
   */
  readonly units: number;
  /** Billed in 15-minute units; false for an untimed, once-per-session code. */
  readonly timed: boolean;
}

/**
 * What {@link calculateUnits} returns.
 *
 * @example
 * ```ts
 * const r: UnitResult = calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]);
 * r.totalUnits; //=> 3
 * ```
 */
export interface UnitResult {
  /** The method used: `cms` (total time) or `ama` (per-code midpoint). */
  readonly method: UnitMethod;
  /** Minutes of all timed codes added together (untimed codes' minutes are left out). */
  readonly totalTimedMinutes: number;
  /**
   * Timed (15-minute) units billed in all. The units of untimed codes and of codes billed by a
   * longer period are not counted: 92607 × 40 min alone has `totalUnits` 0 and bills 92607 × 1
   * (its line in `lines`, and the explanation's last sentence, "bill 92607 × 1").
   */
  readonly totalUnits: number;
  /**
   * One entry per distinct code of the lines given, in order of first appearance (and the other
   * half of the 97129/97130 pair when it earns a unit). An add-on's first code that the lines lack
   * (92607 beside 92608 alone) is counted in the explanation's bill, not here.
   */
  readonly lines: readonly UnitResultLine[];
  /** Short sentences a biller can follow, in order. */
  readonly explanation: readonly string[];
}

/**
 * Options of {@link calculateUnits}.
 *
 * @example
 * ```ts
 * const o: CalculateUnitsOptions = { method: "ama" };
 * ```
 */
export interface CalculateUnitsOptions {
  /** `cms` (default): pool the day's timed minutes; `ama`: the midpoint rule per code. */
  readonly method?: UnitMethod | undefined;
}

/**
 * What {@link compareUnitMethods} returns: both methods' results side by side.
 *
 * @example
 * ```ts
 * const c: UnitComparison = compareUnitMethods([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]);
 * c.difference; //=> -1
 * ```
 */
export interface UnitComparison {
  /** Medicare's total-time method. */
  readonly cms: UnitResult;
  /** The CPT per-code midpoint method. */
  readonly ama: UnitResult;
  /** `ama.totalUnits - cms.totalUnits`: negative when the per-code method bills fewer units. */
  readonly difference: number;
}
