import { ptpPairKey } from "./tables.js";
import type { PtpRow } from "./types.js";

/**
 * Orders PTP rows in force on one date, best first: indicator 0 before 1, then a row with a
 * known effective date, then the later deletion (none is latest), then the pair key (column
 * 1, column 2), so the answer never depends on the order the codes were asked in. Rows equal
 * on all of these compare 0 (a stable sort keeps them in file order).
 *
 * @param a - one row
 * @param b - another row
 * @returns negative when `a` is better, positive when `b` is, 0 when they rank alike
 * @internal
 * @remarks NCCI Policy Manual for Medicare Services, ch. I; domain reference §13.1.
 */
export function comparePtpRows(a: PtpRow, b: PtpRow): number {
  if (a.modifierIndicator !== b.modifierIndicator) return a.modifierIndicator - b.modifierIndicator;
  const ea = a.effective === undefined ? 1 : 0;
  const eb = b.effective === undefined ? 1 : 0;
  if (ea !== eb) return ea - eb;
  const da = a.deletion ?? "9999-99-99";
  const db = b.deletion ?? "9999-99-99";
  if (da !== db) return da > db ? -1 : 1;
  const ka = ptpPairKey(a.column1, a.column2);
  const kb = ptpPairKey(b.column1, b.column2);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
