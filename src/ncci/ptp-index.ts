import type { PtpEdit } from "./ptp.js";
import { comparePtpRows } from "./ptp-rank.js";
import type { NcciTables } from "./tables.js";
import type { Source } from "../model/source.js";
import { NCCI_SOURCES, releaseLabel, withRelease } from "./sources.js";
import type { MueRow, NcciRelease, PtpRow } from "./types.js";

/**
 * A table's PTP rows by code pair: upper-case code → upper-case other code → the pair's rows in
 * both orders, indicator 9 left out, best first ({@link comparePtpRows}). The row in force on a
 * date is the first whose dates hold it.
 *
 * @internal
 */
export type PtpIndex = ReadonlyMap<string, ReadonlyMap<string, readonly PtpRow[]>>;

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
 * The {@link PtpEdit} of a row in force (indicator 0 or 1), fields in the order findPtpEdit
 * always wrote them.
 *
 * @internal
 */
export function ptpEditOf(row: PtpRow, release: NcciRelease["ptp"]): PtpEdit {
  return {
    column1: row.column1,
    column2: row.column2,
    modifierIndicator: row.modifierIndicator === 0 ? 0 : 1,
    rationale: row.rationale,
    ...(row.effective !== undefined ? { effective: row.effective } : {}),
    ...(row.deletion !== undefined ? { deletion: row.deletion } : {}),
    effectiveDateUnknown: row.effective === undefined,
    ...(release !== undefined ? { release } : {}),
    row,
  };
}

/** The index, or `null` when a code holds the key separator "|" (then only the keyed scan is exact). */
function buildPtpIndex(tables: NcciTables): PtpIndex | null {
  const index = new Map<string, Map<string, PtpRow[]>>();
  const lists: PtpRow[][] = [];
  // ptpByPair holds each directed pair's rows in file order, keyed as createNcciTables keys them.
  for (const rows of tables.ptpByPair.values()) {
    for (const row of rows) {
      if (row.column1.includes("|") || row.column2.includes("|")) return null;
      // Indicator 9 applies on no date, and a code is never paired with itself.
      const a = row.column1.toUpperCase();
      const b = row.column2.toUpperCase();
      if (row.modifierIndicator === 9 || a === b) continue;
      let list = index.get(a)?.get(b);
      if (list === undefined) {
        list = [];
        lists.push(list);
        for (const [x, y] of [[a, b], [b, a]] as const) {
          let inner = index.get(x);
          if (inner === undefined) index.set(x, (inner = new Map()));
          inner.set(y, list);
        }
      }
      list.push(row);
    }
  }
  // A stable sort keeps rows of equal rank in file order, as the scan kept the first.
  for (const list of lists) if (list.length > 1) list.sort(comparePtpRows);
  return index;
}

/**
 * What the checks read of a table on every session, computed once per table: the PTP index,
 * each code's MUE row per setting, and the sources and release label findings cite.
 *
 * @internal
 */
export interface NcciFacts {
  /** The PTP index; `null` when a code holds "|" (the keyed scan is then the exact lookup). */
  readonly ptp: PtpIndex | null;
  /** Setting → upper-case code → the row of lowest value (the first of equals); `null` when a setting holds "|". */
  readonly mue: ReadonlyMap<string, ReadonlyMap<string, MueRow>> | null;
  readonly ptpSource: Source;
  readonly mueSource: Source;
  /** `releaseLabel` of the PTP release, or "unnamed". */
  readonly ptpLabel: string;
}

function buildMueIndex(tables: NcciTables): Map<string, Map<string, MueRow>> | null {
  const index = new Map<string, Map<string, MueRow>>();
  // mueByCode holds each (setting, code)'s rows, keyed by mueKey(setting, code).
  for (const rows of tables.mueByCode.values()) {
    for (const row of rows) {
      if (typeof row.setting !== "string" || row.setting.includes("|")) return null;
      let inner = index.get(row.setting);
      if (inner === undefined) index.set(row.setting, (inner = new Map()));
      const code = row.code.toUpperCase();
      const best = inner.get(code);
      if (best === undefined || row.value < best.value) inner.set(code, row);
    }
  }
  return index;
}

// Tables are read-only data (every field readonly), so their facts never go stale. They are
// built on a table's first check, not at import: indexing the 9,008 extended rows costs about
// as much as creating the tables, and a program that never checks pairs should not pay it.
const FACTS = new WeakMap<NcciTables, NcciFacts>();

/**
 * The facts of a table, built on first use.
 *
 * @internal
 */
export function ncciFactsOf(tables: NcciTables): NcciFacts {
  let facts = FACTS.get(tables);
  if (facts === undefined) {
    // Optional chaining: a table without a release fails in the checks, as it always did, not here.
    const release: NcciRelease | undefined = tables.release;
    facts = {
      ptp: buildPtpIndex(tables),
      mue: buildMueIndex(tables),
      // Rows loaded from Medicaid's files cite Medicaid's NCCI, not Medicare's.
      ptpSource: Object.freeze(withRelease(release?.ptp?.program === "medicaid" ? NCCI_SOURCES.medicaidNcci : NCCI_SOURCES.ptpEdits, release?.ptp)),
      mueSource: Object.freeze(withRelease(release?.mue?.program === "medicaid" ? NCCI_SOURCES.medicaidNcci : NCCI_SOURCES.mue, release?.mue)),
      ptpLabel: release?.ptp === undefined ? "unnamed" : releaseLabel(release.ptp),
    };
    FACTS.set(tables, facts);
  }
  return facts;
}
