import type { Discipline } from "../model/session.js";
import type { Source } from "../model/source.js";

/**
 * How a code is delivered: `one-on-one` (direct or constant-attendance contact, billed in
 * 15-minute units when timed), `group` (two or more patients), `supervised` (a modality that
 * needs no constant attendance), `evaluation` (an untimed evaluation or re-evaluation).
 *
 * @example
 * ```ts
 * const c: CodeContact = "group";
 * ```
 */
export type CodeContact = "one-on-one" | "group" | "supervised" | "evaluation";

/**
 * A successor of a deleted code, for a stretch of dates.
 *
 * @example
 * ```ts
 * const r: Replacement = { codes: ["97129", "97130"], from: "2020-01-01", note: "…" };
 * ```
 */
export interface Replacement {
  readonly codes: readonly string[];
  /** First date of service the successor applies to (YYYY-MM-DD). */
  readonly from: string;
  /** Last date, when the successor was itself replaced. */
  readonly to?: string;
  readonly note: string;
}

/**
 * One row of the catalog table: the facts of a code that do not depend on the date asked.
 *
 * @example
 * ```ts
 * const row: CodeRow | undefined = CODE_ROWS[0];
 * ```
 */
export interface CodeRow {
  readonly code: string;
  /** A short name in our own words (never the AMA descriptor). */
  readonly title: string;
  /** One or two sentences in our own words. */
  readonly summary: string;
  /** Billed in 15-minute units under the 8-minute rule. */
  readonly timed: boolean;
  readonly contact: CodeContact;
  /** Disciplines that bill the code under Medicare. */
  readonly disciplines: readonly Discipline[];
  /** On CMS's list of codes always furnished under a therapy plan of care (GP/GO/GN required). */
  readonly alwaysTherapy: boolean;
  /** Dates of service the code is valid for, inclusive; a missing end means still valid. */
  readonly effective: { readonly from?: string; readonly to?: string };
  readonly replacedBy?: readonly Replacement[];
  readonly related?: readonly string[];
  /** Most units the code may carry on one day by its definition (97129: 1). */
  readonly maxUnitsPerDay?: number;
  /**
   * Minutes one unit stands for when the code is billed by time but not in 15-minute units
   * (97545: 120, the first two hours; 97546: 60, each further hour; 96125: 60, per hour; 92608:
   * 30, each further half hour after 92607's first). Absent for the others.
   */
  readonly unitMinutes?: number;
  /** For an add-on code, the primary code it is billed with. */
  readonly addOnTo?: string;
  /** The code Medicare takes for this service instead of this one (97014: G0283). */
  readonly medicareCode?: string;
  /** Notes on how sure we are and where sources disagree. */
  readonly notes?: string;
  readonly sources: readonly Source[];
}

/**
 * What {@link getCode} returns: the row plus its status on the date asked.
 *
 * @example
 * ```ts
 * getCode("97532", "2024-05-01")?.active; //=> false
 * ```
 */
export interface CodeInfo extends CodeRow {
  /** Valid on the date asked (or, with no date, still valid at the end of the table). */
  readonly active: boolean;
  readonly replacedBy: readonly Replacement[];
  readonly related: readonly string[];
}
