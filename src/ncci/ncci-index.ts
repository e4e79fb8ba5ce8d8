import type { Source } from "../model/source.js";
import type { PtpEdit } from "./ptp.js";
import { comparePtpRows } from "./ptp-rank.js";
import { NCCI_SOURCES, releaseLabel, withRelease } from "./sources.js";
import type { MueRow, NcciRelease, PtpRow } from "./types.js";

/**
 * What {@link createNcciTables} precomputes besides its public maps: each unordered code pair's
 * rows best first, each code's MUE row per setting, and the sources and labels findings cite.
 *
 * @internal
 */
export interface NcciIndex {
  readonly kind: "index";
  /**
   * Upper-case code → upper-case other code → the pair's rows (both orders, indicator 9 left
   * out), best first. Absent when a code holds the key separator "|" (the lookups then scan
   * `ptpByPair` as before, so a key can never match another pair's).
   */
  readonly ptp: ReadonlyMap<string, ReadonlyMap<string, readonly PtpRow[]>> | undefined;
  /** Setting → upper-case code → the row with the lowest value (the first of equals); absent as `ptp` is. */
  readonly mue: ReadonlyMap<string, ReadonlyMap<string, MueRow>> | undefined;
  /** `withRelease(NCCI_SOURCES.ptpEdits, release.ptp)`. */
  readonly ptpSource: Source;
  /** `withRelease(NCCI_SOURCES.mue, release.mue)`. */
  readonly mueSource: Source;
  /** The PTP release's label, or "unnamed". */
  readonly ptpLabel: string;
}

/**
 * The words a pair-edit finding uses for where its edit comes from: "NCCI edit, release …,
 * in force through …; effective date unknown".
 *
 * @internal
 */
export function ptpOrigin(row: PtpRow, releaseName: string): string {
  return `NCCI edit, release ${releaseName}${row.deletion === undefined ? "" : `, in force through ${row.deletion}`}${
    row.effective === undefined ? "; effective date unknown" : ""
  }`;
}

/**
 * The {@link PtpEdit} of a row, fields in the order findPtpEdit always wrote them.
 *
 * @internal
 */
export function ptpEditOf(row: PtpRow, indicator: 0 | 1, release: NcciRelease["ptp"]): PtpEdit {
  return {
    column1: row.column1,
    column2: row.column2,
    modifierIndicator: indicator,
    rationale: row.rationale,
    ...(row.effective !== undefined ? { effective: row.effective } : {}),
    ...(row.deletion !== undefined ? { deletion: row.deletion } : {}),
    effectiveDateUnknown: row.effective === undefined,
    ...(release !== undefined ? { release } : {}),
    row,
  };
}

function inner<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let m = map.get(key);
  if (m === undefined) {
    m = new Map();
    map.set(key, m);
  }
  return m;
}

function buildPtp(rows: readonly PtpRow[]): Map<string, Map<string, PtpRow[]>> | undefined {
  if (rows.some((r) => r.column1.includes("|") || r.column2.includes("|"))) return undefined;
  const index = new Map<string, Map<string, PtpRow[]>>();
  const lists: PtpRow[][] = [];
  for (const row of rows) {
    // Indicator 9 applies on no date, and a code is never paired with itself.
    if (row.modifierIndicator === 9) continue;
    const a = row.column1.toUpperCase();
    const b = row.column2.toUpperCase();
    if (a === b) continue;
    const byA = inner(index, a);
    let list = byA.get(b);
    if (list === undefined) {
      list = [];
      byA.set(b, list);
      inner(index, b).set(a, list);
      lists.push(list);
    }
    list.push(row);
  }
  // A stable sort keeps rows of equal rank in file order, as the old scan kept the first.
  for (const list of lists) if (list.length > 1) list.sort(comparePtpRows);
  return index;
}

function buildMue(rows: readonly MueRow[]): Map<string, Map<string, MueRow>> | undefined {
  if (rows.some((r) => typeof r.setting !== "string" || r.setting.includes("|"))) return undefined;
  const index = new Map<string, Map<string, MueRow>>();
  for (const row of rows) {
    let bySetting = index.get(row.setting);
    if (bySetting === undefined) {
      bySetting = new Map();
      index.set(row.setting, bySetting);
    }
    const code = row.code.toUpperCase();
    const best = bySetting.get(code);
    if (best === undefined || row.value < best.value) bySetting.set(code, row);
  }
  return index;
}

/**
 * Builds the index of a table's rows.
 *
 * @internal
 */
export function buildNcciIndex(ptp: readonly PtpRow[], mue: readonly MueRow[], release: NcciRelease): NcciIndex {
  return {
    kind: "index",
    ptp: buildPtp(ptp),
    mue: buildMue(mue),
    ptpSource: Object.freeze(withRelease(NCCI_SOURCES.ptpEdits, release.ptp)),
    mueSource: Object.freeze(withRelease(NCCI_SOURCES.mue, release.mue)),
    ptpLabel: release.ptp === undefined ? "unnamed" : releaseLabel(release.ptp),
  };
}

/** What createNcciTables was given, kept until the first lookup builds the index from it. */
interface Pending {
  readonly kind: "pending";
  readonly ptp: readonly PtpRow[];
  readonly mue: readonly MueRow[];
  readonly release: NcciRelease;
}

// Keyed by the tables object createNcciTables returns. The rows are read-only data, so the index
// never goes stale. It is built on the first lookup, not at import: indexing the 9,008 extended
// rows costs about as much as creating the tables, and a program that never checks pairs
// should not pay it. Tables built by hand (not by createNcciTables) have none.
const INDEXES = new WeakMap<object, NcciIndex | Pending>();

/**
 * Records the rows of tables built by createNcciTables, to be indexed on first use.
 *
 * @internal
 */
export function registerNcciTables(tables: object, ptp: readonly PtpRow[], mue: readonly MueRow[], release: NcciRelease): void {
  // JavaScript callers may leave the release out; the checks then fail as they always did.
  if (typeof release === "object" && release !== null) INDEXES.set(tables, { kind: "pending", ptp, mue, release });
}

/**
 * The index of tables built by createNcciTables (built now if this is the first lookup), or
 * `undefined` for tables built by hand.
 *
 * @internal
 */
export function ncciIndexOf(tables: object): NcciIndex | undefined {
  const entry = INDEXES.get(tables);
  if (entry === undefined || entry.kind === "index") return entry;
  const index = buildNcciIndex(entry.ptp, entry.mue, entry.release);
  INDEXES.set(tables, index);
  return index;
}
