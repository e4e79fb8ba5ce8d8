// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import type { Source } from "../../../src/model/source.js";
import type { NcciReleaseInfo } from "../../../src/ncci/types.js";

/**
 * The NCCI authorities the pair-edit and MUE checks cite.
 *
 * @example
 * ```ts
 * NCCI_SOURCES.ptpEdits.title; //=> "CMS NCCI procedure-to-procedure (PTP) edits, Medicare practitioner table"
 * ```
 */
export const NCCI_SOURCES = {
  ptpEdits: {
    title: "CMS NCCI procedure-to-procedure (PTP) edits, Medicare practitioner table",
    url: "https://www.cms.gov/medicare-medicaid-coordination/national-correct-coding-initiative-ncci/ncci-medicare/medicare-ncci-procedure-procedure-ptp-edits",
  },
  mue: {
    title: "CMS Medically Unlikely Edits (MUE)",
    url: "https://www.cms.gov/medicare-medicaid-coordination/national-correct-coding-initiative-ncci/ncci-medicare/medicare-ncci-medically-unlikely-edits",
  },
  ncciModifiers: {
    title: "NCCI Policy Manual for Medicare Services; CMS CR 8863 (Transmittal 1422, modifiers XE/XS/XP/XU, 2015-01-01)",
    section: "ch. I (general correct coding policies), modifiers 59 and XE/XS/XP/XU",
    url: "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits",
  },
} as const satisfies Record<string, Source>;

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
