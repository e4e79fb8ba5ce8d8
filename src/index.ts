/**
 * therapy-claims: checks outpatient PT, OT and SLP visits before they become claims.
 *
 * @packageDocumentation
 */
export * from "./model/index.js";
export * from "./catalog/index.js";
export * from "./units/index.js";
export { checkUnits, type CheckUnitsOptions } from "./units/check-units.js";
export * from "./modifiers/index.js";
// The NCCI names, except the CMS file parsers (parseNcciPtpFile, parseMueFile and their types):
// loading a newer quarter is done once, at start-up, so they live in `therapy-claims/ncci`
// only, keeping the main entry smaller (docs/design-notes.md).
export type { ModifierIndicator, MueAdjudicationIndicator, MueRow, MueSetting, NcciRelease, NcciReleaseInfo, PtpRow } from "./ncci/types.js";
export { createNcciTables, DEFAULT_NCCI_TABLES, mueKey, ptpPairKey, type NcciTables, type NcciTablesInput } from "./ncci/tables.js";
export { findPtpEdit, ptpRowAppliesOn, type PtpEdit } from "./ncci/ptp.js";
export { checkPairEdits, NCCI_BYPASS_MODIFIERS, type CheckPairEditsOptions } from "./ncci/check-pair-edits.js";
export { checkMue, findMue, type CheckMueOptions } from "./ncci/mue.js";
export { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "./ncci/ptp-data.js";
export { MUE_RELEASE, MUE_ROWS } from "./ncci/mue-data.js";
export { NCCI_SOURCES, releaseLabel, withRelease } from "./ncci/sources.js";
export * from "./lint-entry.js";
export * from "./validate.js";
