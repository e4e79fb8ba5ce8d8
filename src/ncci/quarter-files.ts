import type { MueSetting } from "./types.js";

/** The CMS quarter of a date of service: its year, its number (1–4) and its first month ("10"). */
function quarterOf(on: string): [year: string, quarter: number, month: string] {
  const quarter = Math.ceil(Number(on.slice(5, 7)) / 3);
  return [on.slice(0, 4), quarter, String(quarter * 3 - 2).padStart(2, "0")];
}

/**
 * The fix of a finding that the loaded PTP release is older than the visit: the quarter in
 * force on the date and its CMS file names (version = (year − 1994) × 10 + quarter − 1), for
 * the API and the CLI.
 *
 * @param on - the date of service, `YYYY-MM-DD`
 * @returns the fix
 * @example
 * ```ts
 * ptpQuarterFix("2026-11-20");
 * //=> "Load the four NCCI PTP files of 2026 Q4, the quarter of 2026-11-20 (ccipra-v323r0-f1.TXT to -f4.TXT, from CMS's NCCI PTP page), with parseNcciPtpFile, or --ncci-ptp in the CLI."
 * ```
 * @internal
 */
export function ptpQuarterFix(on: string): string {
  const [year, quarter] = quarterOf(on);
  return `Load the four NCCI PTP files of ${year} Q${quarter}, the quarter of ${on} (ccipra-v${(Number(year) - 1994) * 10 + quarter - 1}r0-f1.TXT to -f4.TXT, from CMS's NCCI PTP page), with parseNcciPtpFile, or --ncci-ptp in the CLI.`;
}

/**
 * The fix of a finding that the loaded MUE table is not the one in force on the visit's date:
 * that quarter's table for the setting, by its CMS file name.
 *
 * @param on - the date of service, `YYYY-MM-DD`
 * @param setting - the MUE table's claim type
 * @returns the fix
 * @example
 * ```ts
 * mueQuarterFix("2026-11-20", "practitioner");
 * //=> "Load the MUE table of 2026 Q4, the quarter of 2026-11-20 (MCR_MUE_PractitionerServices_Eff_10-01-2026.csv, from CMS's MUE page), with parseMueFile, or --mue in the CLI."
 * ```
 * @internal
 */
export function mueQuarterFix(on: string, setting: MueSetting): string {
  const [year, quarter, month] = quarterOf(on);
  return `Load the MUE table of ${year} Q${quarter}, the quarter of ${on} (MCR_MUE_${setting === "outpatient-hospital" ? "OutpatientHospital" : "Practitioner"}Services_Eff_${month}-01-${year}.csv, from CMS's MUE page), with parseMueFile, or --mue in the CLI.`;
}
