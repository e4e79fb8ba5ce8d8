import { isIsoDate } from "../model/dates.js";
import { quarterFirstMonth } from "./quarter-files.js";
import type { NcciReleaseInfo } from "./types.js";

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];

/** The release of a year and quarter (1–4), named `name`, of a program's NCCI files. */
function quarterRelease(name: string, year: number, quarter: number, program: NcciReleaseInfo["program"], from?: string): NcciReleaseInfo {
  const y = String(year).padStart(4, "0");
  return { name, quarter: `${y} Q${quarter}`, from: from ?? `${y}-${quarterFirstMonth(quarter)}-01`, through: `${y}-${QUARTER_END[quarter - 1]}`, ...(program === undefined ? {} : { program }) };
}

/**
 * The release one file's name says (its whole release, never a part), and its PTP part ("1" to
 * "4") when it names one (the release number read as `ptpVersionOf` in quarter-files.ts writes it: v322 is 2026 Q3).
 *
 * @example
 * ```ts
 * releaseOfName("ccipra-v322r0-f2.TXT")[1]; //=> "2"
 * releaseOfName("ccipra-v322r0-f2.TXT")[0]?.name; //=> "ccipra-v322r0"
 * ```
 * @internal
 */
export function releaseOfName(fileName: string): [NcciReleaseInfo | undefined, string | undefined] {
  // A file name has at most 255 characters; a longer text is cut, so the patterns never scan a huge one.
  const base = String(fileName).slice(-255).replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "");
  const ptp = /(cci[a-z]{3})[-_ ]?v(\d{3})r(\d+)(?:[-_ ]?f([1-4])(?!\d))?/i.exec(base);
  if (ptp !== null) {
    const version = Number(ptp[2]);
    // The last digit is the quarter less one: v325 names no quarter.
    if (version % 10 > 3) return [undefined, undefined];
    return [quarterRelease(`${ptp[1]}-v${ptp[2]}r${ptp[3]}`.toLowerCase(), 1994 + Math.floor(version / 10), (version % 10) + 1, "medicare"), ptp[4]];
  }
  // Medicaid's NCCI files (medicaid.gov): "medicaid-ncci-2026-q3-ptp-edits-practitioner-services",
  // "medicaid-ncci-q2-2026-…" (both orders are published), "MCD-MUE-PRA-v2026q3-…"; Medicare's MUE tables are MCR_.
  const program = /medicaid|(^|[^a-z])mcd([^a-z]|$)/i.test(base) ? "medicaid" : /(^|[^a-z])mcr([^a-z]|$)/i.test(base) ? "medicare" : undefined;
  const q = /(\d{4})[-_ ]?q([1-4])(?!\d)|(?:^|[^a-z])q([1-4])[-_ ]?(\d{4})/i.exec(base);
  if (program === "medicaid" && q !== null) {
    const year = q[1] ?? (q[4] as string);
    const quarter = q[2] ?? (q[3] as string);
    return [quarterRelease(`medicaid-ncci-${year}-q${quarter}`, Number(year), Number(quarter), program), undefined];
  }
  const mue = /^(.*MUE.*Eff(?:ective)?[-_ ]?(\d\d)-?(\d\d)-?(\d{4}))/i.exec(base);
  const from = mue === null ? "" : `${mue[4]}-${mue[2]}-${mue[3]}`;
  return [mue === null || !isIsoDate(from) ? undefined : quarterRelease(mue[1] as string, Number(mue[4]), Math.ceil(Number(mue[2]) / 3), program, from), undefined];
}

/**
 * The CMS release that quarterly NCCI files' names say they are, and whose NCCI program
 * (`program`): Medicare's PTP files `ccipra-vNNNr0-f1.TXT` … `-f4.TXT` (version NNN = (year −
 * 1994) × 10 + quarter − 1, so v322 is 2026 Q3) or MUE table `MCR_MUE_…_Eff_MM-DD-YYYY.csv` (in
 * force from that date to its quarter's end); Medicaid's files, named for their quarter
 * (`medicaid-ncci-2026-q3-ptp-edits-practitioner-services`, `medicaid-ncci-q2-2026-…`,
 * `MCD-MUE-…-Effective_07012026`). Pass it as the tables' release, so findings name the quarter
 * and the program, and a visit after it, or of the other program, is reported. A release's PTP edits are split by column-1 code over four files: when
 * the names given lack some, the name says which were loaded (`ccipra-v322r0-f1 only`).
 *
 * @param fileNames - the file name, or the names of the files loaded together (paths are fine; `-`, `_` or a space between the parts, any case)
 * @returns the release, or `undefined` when a name is neither or the names are of different releases
 * @example
 * ```ts
 * ncciReleaseOf(["ccipra-v322r0-f1.TXT", "ccipra-v322r0-f2.TXT", "ccipra-v322r0-f3.TXT", "ccipra-v322r0-f4.TXT"]);
 * //=> { name: "ccipra-v322r0", quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30", program: "medicare" }
 * ncciReleaseOf("ccipra-v322r0-f1.TXT")?.name; //=> "ccipra-v322r0-f1 only"
 * ncciReleaseOf("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv")?.through; //=> "2026-09-30"
 * ncciReleaseOf("medicaid-ncci-2026-q3-ptp-edits-practitioner-services.txt")?.program; //=> "medicaid"
 * ```
 * @remarks CMS NCCI PTP edit files and MUE tables (quarterly, in force from January, April,
 * July and October 1), file names as CMS publishes them; Medicaid's from the zip names on CMS's
 * Medicaid NCCI edit files page, as third-party projects list them (not seen on the page itself).
 */
export function ncciReleaseOf(fileNames: string | readonly string[]): NcciReleaseInfo | undefined {
  const found = (Array.isArray(fileNames) ? fileNames : [fileNames]).map(releaseOfName);
  const release = found[0]?.[0];
  if (release === undefined || found.some(([r]) => r?.name !== release.name)) return undefined;
  const parts = [...new Set(found.map(([, part]) => part))].sort();
  if (parts.length === 4 || parts.includes(undefined)) return release;
  return { ...release, name: `${release.name}-${parts.map((p) => `f${p}`).join("+")} only` };
}
