/**
 * Medicare's per-beneficiary KX-modifier thresholds by calendar year of the date of service,
 * and the targeted-medical-review level.
 *
 * Sources: BBA 2018 §50202 (thresholds replace the hard caps from 2018); the yearly CMS change
 * requests (CR 11055 for 2019, CR 12014 for 2021, CR 12923 for 2023, CR 13371 for 2024) as
 * read through MAC and association pages; the Noridian JE threshold table (2022–2024). One
 * amount a year, applied separately to the PT+SLP bucket and the OT bucket. Before 2018 a hard
 * cap with exceptions applied, so there is no row. Table as of 2026-11 (domain reference §13.5).
 *
 * Searched again on 2026-11-23 (stored CMS manual, Federal Register and MAC pages) for a CMS or
 * MAC text behind the 2026 row and for a 2027 amount: the CY 2026 PFS final rule (CMS-1832-F,
 * 90 FR 49266, 2025-11-05) is stored only in excerpts that do not reach its KX section; the
 * yearly "Annual Update of Per-Beneficiary Threshold Amounts" CR was found for 2023 (CR 12923)
 * and 2024 (CR 13371) only; the Noridian JE and NGS threshold pages stop at 2024. $2,480 for
 * 2026 still rests on billing-company pages (five agree), so it stays `medium`. No CY 2027 PFS
 * final rule, CR or MAC page was found, so there is no 2027 row: a 2027 visit reads as "no
 * threshold known" (modifier/kx-no-data), never as the 2026 amount.
 */
import { SOURCES } from "../model/sources.js";
import type { Source } from "../model/source.js";
import { MODIFIER_SOURCES as M } from "./sources.js";

/**
 * How sure we are of a row: `high` (a CMS or MAC text, or several sources agree), `medium`
 * (one good secondary source), `low` (a single third-party page).
 *
 * @example
 * ```ts
 * const c: KxConfidence = "medium";
 * ```
 */
export type KxConfidence = "high" | "medium" | "low";

/**
 * One year of {@link KX_THRESHOLDS}.
 *
 * @example
 * ```ts
 * const row: KxThresholdRow = { year: 2024, amount: 2330, confidence: "high", sources: [] };
 * ```
 */
export interface KxThresholdRow {
  /** Calendar year of the date of service. */
  readonly year: number;
  /** Dollars of allowed therapy per bucket (PT+SLP together; OT on its own). */
  readonly amount: number;
  readonly confidence: KxConfidence;
  readonly note?: string;
  readonly sources: readonly Source[];
}

/**
 * The KX thresholds, one row per calendar year from 2018.
 *
 * @example
 * ```ts
 * KX_THRESHOLDS.find((r) => r.year === 2024)?.amount; //=> 2330
 * ```
 * @remarks BBA 2018 §50202; SSA §1833(g)(7).
 */
// Built in a function marked pure: esbuild keeps a top-level read such as \`SOURCES.cpm5_10_4\` (a
// getter could run), which kept this table in every bundle that reached its chunk (test/package/browser-bundle.test.ts).
export const KX_THRESHOLDS = /* @__PURE__ */ (() => [
  { year: 2018, amount: 2010, confidence: "high", note: "Announced as the 2018 cap; BBA 2018 (9 Feb 2018) made it the KX threshold retroactive to 2018-01-01.", sources: [M.kx2018] },
  { year: 2019, amount: 2040, confidence: "high", sources: [M.kx2019] },
  { year: 2020, amount: 2080, confidence: "medium", note: "Secondary source only; agrees with 2021 being 2020 plus the 1.4 % MEI update.", sources: [M.kx2020] },
  { year: 2021, amount: 2110, confidence: "high", sources: [M.kx2021] },
  { year: 2022, amount: 2150, confidence: "high", sources: [SOURCES.kx] },
  { year: 2023, amount: 2230, confidence: "high", note: "CR 12923.", sources: [SOURCES.kx] },
  { year: 2024, amount: 2330, confidence: "high", note: "CR 13371.", sources: [SOURCES.kx] },
  { year: 2025, amount: 2410, confidence: "medium", note: "Several secondary sources agree; the CMS change request was not read.", sources: [M.kx2025] },
  { year: 2026, amount: 2480, confidence: "medium", note: "Secondary sources only (billing-company pages); no CMS or MAC page was found. Confirm before relying on it.", sources: [M.kx2026] },
] as const satisfies readonly KxThresholdRow[])();

/**
 * The targeted-medical-review level: above it a MAC may review the claims (not every claim
 * is reviewed; it is not a cap). $3,000 per bucket for 2018 through 2027; indexed by the MEI
 * from 2028 (amount not known yet).
 *
 * @example
 * ```ts
 * TARGETED_REVIEW_LEVEL.amount; //=> 3000
 * ```
 * @remarks BBA 2018 §50202; SSA §1833(g)(7)(B).
 */
export const TARGETED_REVIEW_LEVEL = /* @__PURE__ */ (() => ({
  amount: 3000,
  from: "2018-01-01",
  to: "2027-12-31",
  confidence: "high",
  source: M.targetedReview,
}) as const satisfies { amount: number; from: string; to: string; confidence: KxConfidence; source: Source })();

/**
 * The KX-threshold row for a date of service.
 *
 * @param dateOfService - YYYY-MM-DD
 * @returns the row of that calendar year, or `undefined` before 2018 (hard cap era) or after
 *   the last year in the table
 * @example
 * ```ts
 * kxThresholdFor("2024-12-31")?.amount; //=> 2330
 * kxThresholdFor("2025-01-01")?.amount; //=> 2410
 * kxThresholdFor("2017-06-01");         //=> undefined
 * ```
 * @remarks BBA 2018 §50202; one amount for each of the PT+SLP and OT buckets.
 */
export function kxThresholdFor(dateOfService: string): KxThresholdRow | undefined {
  const year = Number(dateOfService.slice(0, 4));
  return (KX_THRESHOLDS as readonly KxThresholdRow[]).find((row) => row.year === year);
}

/**
 * The targeted-medical-review level for a date of service.
 *
 * @param dateOfService - YYYY-MM-DD
 * @returns the dollar level, or `undefined` outside 2018–2027
 * @example
 * ```ts
 * targetedReviewLevelFor("2027-12-31"); //=> 3000
 * targetedReviewLevelFor("2028-01-01"); //=> undefined
 * ```
 * @remarks BBA 2018 §50202.
 */
export function targetedReviewLevelFor(dateOfService: string): number | undefined {
  return dateOfService >= TARGETED_REVIEW_LEVEL.from && dateOfService <= TARGETED_REVIEW_LEVEL.to ? TARGETED_REVIEW_LEVEL.amount : undefined;
}
