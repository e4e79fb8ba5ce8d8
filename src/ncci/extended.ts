/**
 * The extended NCCI PTP table: the 9,008 Medicare practitioner rows (release ccipra-v301r0,
 * 2024 Q2) where either code is a therapy code, so edits with E/M, injection, wound-care and
 * other codes are checked too. Its own subpath keeps the default bundle small.
 *
 * @example
 * ```ts
 * import { EXTENDED_NCCI_TABLES } from "therapy-claims/ncci/extended";
 * checkPairEdits(session, { ncci: EXTENDED_NCCI_TABLES });
 * ```
 *
 * @packageDocumentation
 */
import { MUE_RELEASE, MUE_ROWS } from "./mue-data.js";
import { BUNDLED_NCCI_CAVEAT, PTP_RELEASE } from "./ptp-data.js";
import { PTP_EXTENDED_ROWS } from "./ptp-data-extended.js";
import { createNcciTables, type NcciTables } from "./tables.js";

export { PTP_EXTENDED_ROWS, type PackedPtpRow } from "./ptp-data-extended.js";

/**
 * The 9,008 extended PTP rows and the bundled MUE rows, indexed: pass as the `ncci` option.
 *
 * @example
 * ```ts
 * EXTENDED_NCCI_TABLES.ptpRowCount; //=> 9008
 * ```
 * @remarks CMS NCCI PTP edits, practitioner table, ccipra-v301r0-f1..f4 (effective dates
 * unknown in this copy); CMS MUE tables (2024).
 */
export const EXTENDED_NCCI_TABLES: NcciTables = /* @__PURE__ */ createNcciTables({
  ptp: PTP_EXTENDED_ROWS,
  mue: MUE_ROWS,
  release: { ptp: PTP_RELEASE, mue: MUE_RELEASE, caveat: BUNDLED_NCCI_CAVEAT },
});
