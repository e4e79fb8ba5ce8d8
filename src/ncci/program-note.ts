import type { Finding } from "../model/finding.js";
import type { PayerProfile } from "../model/payer-profile.js";
import type { Program } from "../model/session.js";
import { NCCI_SOURCES, releaseLabel } from "./sources.js";
import type { NcciTables } from "./tables.js";

/**
 * The finding that a Medicaid visit is checked against Medicare's NCCI rows, or a Medicare visit
 * against Medicaid's: Medicaid has its own NCCI program (Affordable Care Act §6507; CMS letter
 * SMD #10-017), whose PTP edits and MUE values can differ from Medicare's, and states must use
 * it. Once per visit, for the sides (PTP, MUE) the payer profile checks and whose release names
 * the other program; `undefined` otherwise (another payer, a release of unknown program, no lines).
 *
 * - `ncci/medicare-edits-for-medicaid` (info): the findings are Medicare's edits, not the state's;
 * - `ncci/medicaid-edits-for-medicare` (warning): Medicare does not apply Medicaid's edits.
 *
 * @param program - the visit's payer program
 * @param profile - the payer profile in force (`ptpEdits`, `mue`)
 * @param tables - the tables checked against
 * @returns the finding, or `undefined`
 * @example
 * ```ts
 * programNote("medicaid", PAYER_PROFILES.medicaid, DEFAULT_NCCI_TABLES)?.rule; //=> "ncci/medicare-edits-for-medicaid"
 * programNote("medicare", PAYER_PROFILES.medicare, DEFAULT_NCCI_TABLES); //=> undefined
 * ```
 * @remarks CMS SMD #10-017 (2010-09-01), Enclosure B; CMS Medicaid NCCI edit files.
 * @internal
 */
export function programNote(program: Program | undefined, profile: PayerProfile, tables: NcciTables): Finding | undefined {
  // Every visit with lines comes here: nothing is built unless a side's rows are the other program's.
  if (program !== "medicaid" && program !== "medicare") return undefined;
  const medicaid = program === "medicaid";
  const other = medicaid ? "medicare" : "medicaid";
  const { ptp, mue } = tables.release;
  const ptpOther = profile.ptpEdits && ptp?.program === other;
  const mueOther = profile.mue && mue?.program === other;
  if (!ptpOther && !mueOther) return undefined;
  const sides = [...(ptpOther ? [`PTP edits (${releaseLabel(ptp)})`] : []), ...(mueOther ? [`MUE values (${releaseLabel(mue)})`] : [])];
  const [own, theirs] = medicaid ? ["Medicaid", "Medicare"] : ["Medicare", "Medicaid"];
  return {
    rule: medicaid ? "ncci/medicare-edits-for-medicaid" : "ncci/medicaid-edits-for-medicare",
    severity: medicaid ? "info" : "warning",
    message: `This ${own} visit was checked against ${theirs}'s NCCI ${sides.join(" and ")}, not ${own}'s: each program has its own NCCI files, and their edits and MUE values can differ.`,
    fix: `Load ${medicaid ? "the state's quarter of the Medicaid NCCI files (PTP, MUE)" : "Medicare's NCCI files of the visit's quarter"} with parseNcciPtpFile and parseMueFile, or --ncci-ptp and --mue in the CLI.`,
    source: medicaid ? NCCI_SOURCES.medicaidNcci : NCCI_SOURCES.ptpEdits,
  };
}
