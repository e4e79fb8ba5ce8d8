import { MUE_RELEASE, MUE_ROWS } from "./mue-data.js";
import { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "./ptp-data.js";
import type { MueRow, MueSetting, NcciRelease, PtpRow } from "./types.js";

/**
 * NCCI PTP and MUE rows indexed for lookup by code pair and by code, with the release they
 * come from. Pass one as the `ncci` option to check against a newer CMS quarter.
 *
 * @example
 * ```ts
 * const t: NcciTables = createNcciTables({ ptp: [], release: { ptp: { name: "ccipra-v322r0" } } });
 * ```
 */
export interface NcciTables {
  readonly release: NcciRelease;
  /** PTP rows keyed by {@link ptpPairKey} (column 1, column 2): every row of the pair, in file order. */
  readonly ptpByPair: ReadonlyMap<string, readonly PtpRow[]>;
  /** MUE rows keyed by {@link mueKey} (setting, code). */
  readonly mueByCode: ReadonlyMap<string, readonly MueRow[]>;
  /** Number of PTP rows indexed. */
  readonly ptpRowCount: number;
  /** Number of MUE rows indexed. */
  readonly mueRowCount: number;
}

/**
 * What {@link createNcciTables} builds from.
 *
 * @example
 * ```ts
 * const input: NcciTablesInput = { ptp: [], mue: [], release: { ptp: { name: "ccipra-v322r0" } } };
 * ```
 */
export interface NcciTablesInput {
  /** PTP rows, e.g. `parseNcciPtpFile(text).rows` of the four quarterly files together. */
  readonly ptp?: readonly PtpRow[] | undefined;
  /** MUE rows, e.g. `parseMueFile(text).rows`. */
  readonly mue?: readonly MueRow[] | undefined;
  /** Which CMS releases the rows come from; named in findings. */
  readonly release: NcciRelease;
}

/**
 * The index key of a PTP pair: column 1 and column 2, in that order.
 *
 * @param column1 - column-1 code
 * @param column2 - column-2 code
 * @returns the key
 * @example
 * ```ts
 * ptpPairKey("97150", "97530"); //=> "97150|97530"
 * ```
 */
export function ptpPairKey(column1: string, column2: string): string {
  return `${column1.toUpperCase()}|${column2.toUpperCase()}`;
}

/**
 * The index key of an MUE row: setting and code.
 *
 * @param setting - the MUE table's claim type
 * @param code - the code
 * @returns the key
 * @example
 * ```ts
 * mueKey("practitioner", "97530"); //=> "practitioner|97530"
 * ```
 */
export function mueKey(setting: MueSetting, code: string): string {
  return `${setting}|${code.toUpperCase()}`;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list === undefined) map.set(k, [row]);
    else list.push(row);
  }
  return map;
}

/**
 * Builds the lookup structure the pair-edit and MUE checks read: rows grouped by pair and by
 * code, so a lookup costs one map access, never a scan of the table. Several rows of one pair
 * (one per edit period) are all kept; the checks pick the row in force on the date of service.
 *
 * @param input - the rows and their release
 * @returns the indexed tables
 * @example
 * ```ts
 * const { rows } = parseNcciPtpFile(text); // an official ccipra-v322r0-f1.TXT
 * const ncci = createNcciTables({ ptp: rows, release: { ptp: { name: "ccipra-v322r0",
 *   quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30" } } });
 * checkPairEdits(session, { ncci });
 * ```
 * @remarks CMS NCCI PTP edit and MUE files (quarterly releases).
 */
export function createNcciTables(input: NcciTablesInput): NcciTables {
  const ptp = input.ptp ?? [];
  const mue = input.mue ?? [];
  return {
    release: input.release,
    ptpByPair: groupBy(ptp, (r) => ptpPairKey(r.column1, r.column2)),
    mueByCode: groupBy(mue, (r) => mueKey(r.setting, r.code)),
    ptpRowCount: ptp.length,
    mueRowCount: mue.length,
  };
}

/**
 * The bundled tables: the 670 core PTP rows (both codes therapy codes in scope or catalog codes, release
 * ccipra-v301r0, 2024 Q2) and the practitioner and outpatient-hospital MUE rows (2024). The
 * default `ncci` option of every check.
 *
 * @example
 * ```ts
 * DEFAULT_NCCI_TABLES.ptpRowCount; //=> 670
 * DEFAULT_NCCI_TABLES.release.ptp?.through; //=> "2024-06-30"
 * ```
 * @remarks CMS NCCI PTP edits (ccipra-v301r0-f1..f4); CMS MUE tables (2024). Effective dates
 * are unknown in this copy: see {@link BUNDLED_NCCI_CAVEAT}.
 */
export const DEFAULT_NCCI_TABLES: NcciTables = /* @__PURE__ */ createNcciTables({
  ptp: PTP_CORE_ROWS,
  mue: MUE_ROWS,
  release: { ptp: PTP_RELEASE, mue: MUE_RELEASE, caveat: BUNDLED_NCCI_CAVEAT },
});
