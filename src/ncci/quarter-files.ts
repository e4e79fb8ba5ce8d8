import type { Program } from "../model/session.js";
import type { MueSetting } from "./types.js";

/**
 * CMS's PTP release number of a year's quarter: (year − 1994) × 10 + quarter − 1 (2026 Q3 is 322).
 *
 * @example
 * ```ts
 * ptpVersionOf(2026, 3); //=> 322
 * ```
 * @internal
 */
export function ptpVersionOf(year: number, quarter: number): number {
  return (year - 1994) * 10 + quarter - 1;
}

/**
 * A quarter's first month, two digits (the month its CMS files take effect).
 *
 * @example
 * ```ts
 * quarterFirstMonth(3); //=> "07"
 * ```
 * @internal
 */
export function quarterFirstMonth(quarter: number): string {
  return String(quarter * 3 - 2).padStart(2, "0");
}

/**
 * The fix of a finding that the loaded NCCI release is not the one in force on a date of
 * service: the CMS files of that date's quarter, by name (PTP version = (year − 1994) × 10 +
 * quarter − 1; the MUE table of the setting, in force from the quarter's first day), and how
 * to load them through the API and the CLI.
 *
 * @param on - the date of service, `YYYY-MM-DD`
 * @param setting - the MUE table's claim type; absent for the PTP files
 * @param program - the visit's payer program: a Medicaid visit is told to load Medicaid's NCCI files
 * @returns the fix
 * @example
 * ```ts
 * quarterFix("2026-11-20");
 * //=> "Load the four NCCI PTP files of 2026 Q4 (ccipra-v323r0-f1.TXT to -f4.TXT) with parseNcciPtpFile, or --ncci-ptp in the CLI."
 * quarterFix("2026-11-20", "practitioner");
 * //=> "Load the MUE table of 2026 Q4 (MCR_MUE_PractitionerServices_Eff_10-01-2026.csv) with parseMueFile, or --mue in the CLI."
 * quarterFix("2026-11-20", undefined, "medicaid");
 * //=> "Load the Medicaid NCCI PTP edits (practitioner services) of 2026 Q4 from CMS's Medicaid NCCI edit files page with parseNcciPtpFile, or --ncci-ptp in the CLI."
 * ```
 * @internal
 */
export function quarterFix(on: string, setting?: MueSetting, program?: Program): string {
  const quarter = Math.ceil(Number(on.slice(5, 7)) / 3);
  const year = on.slice(0, 4);
  // A Medicaid visit is governed by Medicaid's NCCI files, published apart from Medicare's.
  if (program === "medicaid") {
    return `Load the Medicaid NCCI ${setting === undefined ? "PTP edits" : "MUEs"} (${setting === "outpatient-hospital" ? "outpatient hospital" : "practitioner"} services) of ${year} Q${quarter} from CMS's Medicaid NCCI edit files page with ${setting === undefined ? "parseNcciPtpFile, or --ncci-ptp" : "parseMueFile, or --mue"} in the CLI.`;
  }
  return `Load ${
    setting === undefined
      ? `the four NCCI PTP files of ${year} Q${quarter} (ccipra-v${ptpVersionOf(Number(year), quarter)}r0-f1.TXT to -f4.TXT) with parseNcciPtpFile, or --ncci-ptp`
      : `the MUE table of ${year} Q${quarter} (MCR_MUE_${setting === "outpatient-hospital" ? "OutpatientHospital" : "Practitioner"}Services_Eff_${quarterFirstMonth(quarter)}-01-${year}.csv) with parseMueFile, or --mue`
  } in the CLI.`;
}
