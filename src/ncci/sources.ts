import type { Source } from "../model/source.js";
import { SOURCES } from "../model/sources.js";
import type { NcciReleaseInfo } from "./types.js";

/**
 * The NCCI authorities the pair-edit and MUE checks cite.
 *
 * @example
 * ```ts
 * NCCI_SOURCES.ptpEdits.title; //=> "CMS NCCI procedure-to-procedure (PTP) edits, Medicare practitioner table"
 * ```
 */
// Built in a function marked pure: esbuild keeps a top-level read such as `SOURCES.ncciManualI` (a getter could run).
// What `SOURCES` already holds is read from it, not written again far away in the bundle (twenty-fourth round, `size24`).
export const NCCI_SOURCES = /* @__PURE__ */ (() => ({
  ptpEdits: {
    title: "CMS NCCI procedure-to-procedure (PTP) edits, Medicare practitioner table",
    url: "https://www.cms.gov/medicare-medicaid-coordination/national-correct-coding-initiative-ncci/ncci-medicare/medicare-ncci-procedure-procedure-ptp-edits",
  },
  mue: {
    title: "CMS Medically Unlikely Edits (MUE), Medicare tables",
    url: "https://www.cms.gov/medicare-medicaid-coordination/national-correct-coding-initiative-ncci/ncci-medicare/medicare-ncci-medically-unlikely-edits",
  },
  // Medicaid has its own NCCI files (ACA §6507, 42 U.S.C. 1396b(r)); CMS's letter to the states
  // (SMD #10-017, 2010-09-01, Enclosure B) lists how they differ from Medicare's.
  medicaidNcci: {
    title: "CMS Medicaid NCCI edit files; Affordable Care Act §6507",
    section: "SMD #10-017 (2010-09-01), Enclosure B",
    url: "https://www.cms.gov/medicare/coding-billing/ncci-medicaid/medicaid-ncci-edit-files",
  },
  ncciModifiers: {
    title: "NCCI Policy Manual for Medicare Services; CMS CR 8863 (Transmittal 1422, modifiers XE/XS/XP/XU, 2015-01-01)",
    section: SOURCES.ncciManualI.section,
    url: SOURCES.ncciManualXI.url,
  },
}) as const satisfies Record<string, Source>)();

/**
 * A source naming a data release: the base source with the release as its `version`.
 *
 * @param base - the source
 * @param release - the release, when known
 * @returns the source, with `version` set when the release is known
 * @example
 * ```ts
 * withRelease(NCCI_SOURCES.mue, { name: "MCR_MUE_PractitionerServices_Eff_07-01-2024" }).version;
 * //=> "MCR_MUE_PractitionerServices_Eff_07-01-2024"
 * ```
 */
export function withRelease(base: Source, release: NcciReleaseInfo | undefined): Source {
  return release === undefined ? { ...base } : { ...base, version: releaseLabel(release) };
}

/**
 * A release's name and quarter as one label, e.g. `ccipra-v301r0 (2024 Q2)`.
 *
 * @param release - the release
 * @returns the label
 * @example
 * ```ts
 * releaseLabel({ name: "ccipra-v301r0", quarter: "2024 Q2" }); //=> "ccipra-v301r0 (2024 Q2)"
 * ```
 */
export function releaseLabel(release: NcciReleaseInfo): string {
  return release.quarter === undefined ? release.name : `${release.name} (${release.quarter})`;
}
