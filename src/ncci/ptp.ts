import { ncciFactsOf, ptpEditOf } from "./ptp-index.js";
import { comparePtpRows } from "./ptp-rank.js";
import { DEFAULT_NCCI_TABLES, ptpPairKey, type NcciTables } from "./tables.js";
import type { NcciReleaseInfo, PtpRow } from "./types.js";

/**
 * Whether a PTP row applies on a date of service. Both dates are inclusive: the row applies
 * when its indicator is 0 or 1, its effective date (when known) is on or before the date, and
 * it has no deletion date or the date is on or before it. Indicator 9 (voided retroactively)
 * applies on no date, not even on the day its effective and deletion dates name.
 *
 * @param row - the PTP row
 * @param on - date of service, `YYYY-MM-DD`
 * @returns whether the edit is in force on that date
 * @example
 * ```ts
 * const row = { column1: "97140", column2: "97530", deletion: "2019-12-31",
 *   modifierIndicator: 1, rationale: "Mutually exclusive procedures" } as const;
 * ptpRowAppliesOn(row, "2019-12-31"); //=> true
 * ptpRowAppliesOn(row, "2020-01-01"); //=> false
 * ```
 * @remarks Domain reference §13.1: NCCI deletions fall on a quarter's last day, the last day
 * the edit is in force; indicator 9 means "not applicable".
 */
export function ptpRowAppliesOn(row: PtpRow, on: string): boolean {
  if (row.modifierIndicator === 9) return false;
  if (row.effective !== undefined && on < row.effective) return false;
  if (row.deletion !== undefined && on > row.deletion) return false;
  return true;
}

/**
 * The NCCI edit in force between two codes on a date of service.
 *
 * @example
 * ```ts
 * const e: PtpEdit | undefined = findPtpEdit("97530", "97150", "2024-05-01");
 * e?.column2; //=> "97530"
 * ```
 */
export interface PtpEdit {
  /** The code that is paid. */
  readonly column1: string;
  /** The code that is denied unless the edit is bypassed. */
  readonly column2: string;
  /** 0: no bypass; 1: 59/XE/XS/XP/XU on the column-2 line bypasses it. */
  readonly modifierIndicator: 0 | 1;
  readonly rationale: string;
  /** The row's effective date, when known. */
  readonly effective?: string;
  /** The row's deletion date; absent while active. */
  readonly deletion?: string;
  /** The row has no effective date (the bundled copy): say "effective date unknown". */
  readonly effectiveDateUnknown: boolean;
  /** The release the row comes from. */
  readonly release?: NcciReleaseInfo;
  /** The table row itself. */
  readonly row: PtpRow;
}

/** The first row of a pair's list (best first, no indicator 9) in force on the date. */
function firstInForce(list: readonly PtpRow[] | undefined, on: string): PtpRow | undefined {
  if (list === undefined) return undefined;
  for (const row of list) {
    if ((row.effective === undefined || on >= row.effective) && (row.deletion === undefined || on <= row.deletion)) return row;
  }
  return undefined;
}

/**
 * The best row in force between two different codes (either order), before it becomes a
 * {@link PtpEdit}: checkPairEdits' lookup too (with upper-case codes). Never an indicator-9 row:
 * the index leaves them out and the keyed scan keeps only rows {@link ptpRowAppliesOn} accepts.
 *
 * @param a - one code, as given (the keyed scan reads it as given)
 * @param b - the other code, as given
 * @param upperA - `a` upper case (the index is keyed by it)
 * @param upperB - `b` upper case
 * @internal
 */
export function ptpRowBetween(a: string, b: string, upperA: string, upperB: string, on: string, tables: NcciTables): PtpRow | undefined {
  const index = ncciFactsOf(tables).ptp;
  if (index !== null) return firstInForce(index.get(upperA)?.get(upperB), on);
  let best: PtpRow | undefined;
  for (const key of [ptpPairKey(a, b), ptpPairKey(b, a)]) {
    for (const row of tables.ptpByPair.get(key) ?? []) {
      if (ptpRowAppliesOn(row, on) && (best === undefined || comparePtpRows(row, best) < 0)) best = row;
    }
  }
  return best;
}

/**
 * Finds the NCCI PTP edit in force between two codes on a date of service, whichever order
 * they are given in. Column 1 and column 2 are reported as in the table. When several rows are
 * in force (several edit periods, or both orders), indicator 0 beats 1.
 *
 * @param a - one code
 * @param b - the other code
 * @param on - date of service, `YYYY-MM-DD`
 * @param tables - the tables to read (default: the bundled 2024 Q2 core table)
 * @returns the edit, or `undefined` when none is in force (or `a` and `b` are the same code)
 * @example
 * ```ts
 * findPtpEdit("97530", "97150", "2024-05-01")?.column1;        //=> "97150"
 * findPtpEdit("97140", "97530", "2019-06-01")?.modifierIndicator; //=> 1
 * findPtpEdit("97140", "97530", "2024-05-01");                  //=> undefined
 * ```
 * @remarks CMS NCCI PTP edits; NCCI Policy Manual for Medicare Services, ch. I. Dates are
 * inclusive and indicator 9 never applies ({@link ptpRowAppliesOn}).
 */
export function findPtpEdit(a: string, b: string, on: string, tables: NcciTables = DEFAULT_NCCI_TABLES): PtpEdit | undefined {
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  if (upperA === upperB) return undefined;
  const row = ptpRowBetween(a, b, upperA, upperB, on, tables);
  return row === undefined ? undefined : ptpEditOf(row, tables.release.ptp);
}
