/**
 * NCCI modifier indicator of a PTP row: `0` no modifier bypasses the edit, `1` an
 * NCCI-associated modifier (59, XE, XS, XP, XU) on the column-2 line bypasses it, `9` the
 * edit does not apply (voided retroactively).
 *
 * @example
 * ```ts
 * const i: ModifierIndicator = 1;
 * ```
 */
export type ModifierIndicator = 0 | 1 | 9;

/**
 * One row of the NCCI procedure-to-procedure (PTP) table: when both codes are billed by one
 * provider for one patient on one date, the column-2 code is denied unless the edit allows a
 * bypass modifier and the column-2 line carries one.
 *
 * @example
 * ```ts
 * const row: PtpRow = { column1: "97150", column2: "97530", modifierIndicator: 1,
 *   rationale: "Mutually exclusive procedures", file: "ccipra-v301r0-f1..f4" };
 * ```
 * @remarks NCCI Policy Manual for Medicare Services, ch. I; CMS NCCI PTP edit files.
 */
export interface PtpRow {
  /** The code that is paid. */
  readonly column1: string;
  /** The code that is denied when the edit applies and is not bypassed. */
  readonly column2: string;
  /** First date of service the row applies to (`YYYY-MM-DD`, inclusive); absent when unknown. */
  readonly effective?: string;
  /** Last date of service the row applies to (`YYYY-MM-DD`, inclusive); absent while active (`*` in the file). */
  readonly deletion?: string;
  /** The column-1 code existed before 1996 (`*` in the file). */
  readonly inExistencePrior1996?: boolean;
  readonly modifierIndicator: ModifierIndicator;
  /** CMS's PTP edit rationale, e.g. "Mutually exclusive procedures". */
  readonly rationale: string;
  /** The CMS file (or file set) the row was read from. */
  readonly file?: string;
}

/**
 * MUE adjudication indicator: `1` the limit applies per claim line, `2` per date of service
 * (policy), `3` per date of service (clinical benchmarks).
 *
 * @example
 * ```ts
 * const mai: MueAdjudicationIndicator = 3;
 * ```
 */
export type MueAdjudicationIndicator = 1 | 2 | 3;

/**
 * The claim type an MUE table is for.
 *
 * @example
 * ```ts
 * const s: MueSetting = "outpatient-hospital";
 * ```
 */
export type MueSetting = "practitioner" | "outpatient-hospital";

/**
 * One row of a CMS Medically Unlikely Edit (MUE) table: the most units of a code one provider
 * bills for one patient on one date of service (MAI 2 and 3) or on one claim line (MAI 1).
 *
 * @example
 * ```ts
 * const row: MueRow = { code: "97530", value: 6, adjudicationIndicator: 3,
 *   rationale: "Clinical: Data", setting: "practitioner",
 *   file: "MCR_MUE_PractitionerServices_Eff_07-01-2024" };
 * ```
 * @remarks CMS Medically Unlikely Edits; NCCI Policy Manual for Medicare Services, ch. I.
 */
export interface MueRow {
  /** CPT or HCPCS code. */
  readonly code: string;
  /** Most units allowed (0: never payable). */
  readonly value: number;
  readonly adjudicationIndicator: MueAdjudicationIndicator;
  /** CMS's MUE rationale, e.g. "Clinical: Data". */
  readonly rationale: string;
  readonly setting: MueSetting;
  /** The CMS file the row was read from. */
  readonly file?: string;
}

/**
 * Which CMS release a set of tables comes from, so findings can name it and a date of
 * service after it can be reported.
 *
 * @example
 * ```ts
 * const r: NcciReleaseInfo = { name: "ccipra-v301r0", quarter: "2024 Q2",
 *   from: "2024-04-01", through: "2024-06-30" };
 * ```
 */
export interface NcciReleaseInfo {
  /** The file or release name, e.g. `ccipra-v301r0` (NCCI version 30.1). */
  readonly name: string;
  /** The quarter, e.g. `2024 Q2`. */
  readonly quarter?: string;
  /** First date the release is in force (`YYYY-MM-DD`). */
  readonly from?: string;
  /** Last date of the release's quarter (`YYYY-MM-DD`): visits after it may be governed by a newer release. */
  readonly through?: string;
  /**
   * Whose NCCI program the rows are: CMS publishes Medicare's and Medicaid's NCCI files
   * separately (Affordable Care Act §6507), and their edits and MUE values can differ. The
   * checks tell a visit of one program checked against the other's rows. Absent when unknown.
   */
  readonly program?: "medicare" | "medicaid";
}

/**
 * The releases behind an {@link NcciTables} value.
 *
 * @example
 * ```ts
 * const r: NcciRelease = { ptp: { name: "ccipra-v322r0", quarter: "2026 Q3",
 *   from: "2026-07-01", through: "2026-09-30" } };
 * ```
 */
export interface NcciRelease {
  // `| undefined`: a release read from file names (ncciReleaseOf) may be unknown, and may be passed as it is.
  readonly ptp?: NcciReleaseInfo | undefined;
  readonly mue?: NcciReleaseInfo | undefined;
  /** A caveat about the whole data set, shown in findings (e.g. "effective dates unknown"). */
  readonly caveat?: string;
}
