/**
 * NCCI pair edits (PTP) and medically unlikely edits (MUE) by date of service, on real CMS
 * data (practitioner PTP release ccipra-v301r0, 2024 Q2; MUE tables 2024), with parsers to load
 * a newer CMS quarter. The 9,008-row PTP table lives in `therapy-claims/ncci/extended`.
 *
 * @packageDocumentation
 */
export type { ModifierIndicator, MueAdjudicationIndicator, MueRow, MueSetting, NcciRelease, NcciReleaseInfo, PtpRow } from "./types.js";
export { createNcciTables, DEFAULT_NCCI_TABLES, mueKey, ptpPairKey, type NcciTables, type NcciTablesInput } from "./tables.js";
export { findPtpEdit, ptpRowAppliesOn, type PtpEdit } from "./ptp.js";
export { checkPairEdits, NCCI_BYPASS_MODIFIERS, type CheckPairEditsOptions } from "./check-pair-edits.js";
export { checkMue, findMue, type CheckMueOptions } from "./mue.js";
export {
  parseMueFile,
  parseNcciPtpFile,
  type CmsFileError,
  type CmsFileParseResult,
  type ParseMueFileOptions,
  type ParseNcciPtpFileOptions,
} from "./cms-files.js";
export { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "./ptp-data.js";
export { MUE_RELEASE, MUE_ROWS } from "./mue-data.js";
export { NCCI_SOURCES, releaseLabel, withRelease } from "./sources.js";
export { ncciReleaseOf } from "./release-of-file.js";

// The Medicare modifier rules (GP/GO/GN, CQ/CO, KX, unknown modifiers) travel with the pair edits.
export { checkModifiers, type CheckModifiersOptions } from "../modifiers/check-modifiers.js";
