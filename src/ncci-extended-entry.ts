/**
 * The extended NCCI PTP table: `therapy-claims/ncci/extended`. {@link EXTENDED_NCCI_TABLES}
 * holds the 9,008 Medicare practitioner rows (release ccipra-v301r0, 2024 Q2) where either code
 * is a therapy code, so edits with E/M, injection, wound-care and other codes are checked too.
 * Its own subpath keeps the default bundle small. The types its exports are written with
 * (`NcciTables`, `PtpRow`, `ModifierIndicator`) are exported here too, so an importer of this
 * subpath alone can name them.
 *
 * @example
 * ```ts
 * import { checkPairEdits } from "therapy-claims";
 * import { EXTENDED_NCCI_TABLES, type NcciTables } from "therapy-claims/ncci/extended";
 * const tables: NcciTables = EXTENDED_NCCI_TABLES;
 * checkPairEdits(session, { ncci: tables });
 * ```
 *
 * @packageDocumentation
 */
export { EXTENDED_NCCI_TABLES, PTP_EXTENDED_ROWS, type PackedPtpRow } from "./ncci/extended.js";
export type { NcciTables } from "./ncci/tables.js";
export type { ModifierIndicator, PtpRow } from "./ncci/types.js";
