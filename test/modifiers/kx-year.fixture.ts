/**
 * One Medicare beneficiary's therapy, visit by visit, as a clinic's billing system sends it to
 * validateSession: a Medicare Advantage year (2025), an original-Medicare year (2026: PT, then SLP,
 * then OT, with same-day visits, assistants and an ABN), and the first visit of 2027. No patient
 * identifiers: `id` is the clinic's own visit reference. `therapyYearToDate` is what the billing
 * system knew before the visit (allowed dollars, deductible and coinsurance included); two
 * sessions on one day both start from the same total, as a billing system that posts a day's
 * claims at night sends them. Allowed amounts are round, plausible fee-schedule figures (CQ/CO
 * lines at 85 %).
 *
 * `expect` is what a careful biller must read before the claims go out: the KX, targeted-review,
 * ABN and CQ/CO findings (`rule:severity@line`, or `@-` for a finding about the visit), in any
 * order. test/modifiers/kx-year.test.ts checks them; docs/modifiers.md ("KX") explains the
 * choices the visits test (which lines of a crossing visit, same-day PT and SLP, Medicare
 * Advantage, New Year).
 */
import type { ServiceLine } from "../../src/model/session.js";

type Discipline = "PT" | "OT" | "SLP";

/** One visit of the year, and what the biller must read. */
export interface YearVisit {
  readonly id: string;
  /** Why the visit is in the year, in the biller's words. */
  readonly story: string;
  readonly session: {
    readonly id: string;
    readonly dateOfService: string;
    readonly payer: { readonly program: "medicare"; readonly name?: string };
    readonly provider: { readonly discipline: Discipline; readonly credential?: "PT" | "PTA" | "OT" | "OTA" | "SLP" };
    readonly services: readonly ServiceLine[];
    readonly therapyYearToDate?: { readonly ptSlp?: number; readonly ot?: number };
  };
  /** Set for a Medicare Advantage plan whose contract does not use original Medicare's KX rule. */
  readonly maPlanWithoutKx?: true;
  /** The modifier findings the biller must read (KX, targeted review, ABN modifiers, CQ/CO). */
  readonly expect: readonly string[];
}

const ORIGINAL = { program: "medicare" } as const;
const MA = { program: "medicare", name: "Example Medicare Advantage HMO" } as const;

const pt = (code: string, units: number, allowedAmount: number, mods: string[] = []): ServiceLine => ({ code, minutes: units * 15, units, modifiers: ["GP", ...mods], allowedAmount });
const slp = (code: string, allowedAmount: number, mods: string[] = []): ServiceLine => ({ code, units: 1, modifiers: ["GN", ...mods], allowedAmount });
const ot = (code: string, units: number, allowedAmount: number, mods: string[] = []): ServiceLine => ({ code, minutes: units * 15, units, modifiers: ["GO", ...mods], allowedAmount });
const ptEval = (allowedAmount: number): ServiceLine => ({ code: "97161", minutes: 30, units: 1, modifiers: ["GP"], allowedAmount });
const otEval = (allowedAmount: number): ServiceLine => ({ code: "97165", minutes: 40, units: 1, modifiers: ["GO"], allowedAmount });

export const KX_YEAR: readonly YearVisit[] = [
  // ---- 2025: a Medicare Advantage plan (threshold $2,410 in original Medicare) ----
  {
    id: "2025-ma-1",
    story: "MA plan, PT, well below any threshold: nothing to read.",
    session: { id: "V25-01", dateOfService: "2025-02-04", payer: MA, provider: { discipline: "PT" }, services: [ptEval(104), pt("97110", 1, 30)], therapyYearToDate: { ptSlp: 0 } },
    expect: [],
  },
  {
    id: "2025-ma-2",
    story: "MA plan whose contract has no KX rule; the plan's own year-to-date passes $2,410 in this visit. Sent as program medicare, so original Medicare's rule runs.",
    session: { id: "V25-19", dateOfService: "2025-06-10", payer: MA, provider: { discipline: "PT" }, services: [pt("97110", 2, 60), pt("97140", 1, 29)], therapyYearToDate: { ptSlp: 2390 } },
    maPlanWithoutKx: true,
    expect: ["modifier/kx-required:error@0", "modifier/kx-required:error@1"],
  },
  // ---- 2026: original Medicare (threshold $2,480, targeted review $3,000) ----
  {
    id: "2026-pt-eval",
    story: "January: the bucket starts again at $0. PT evaluation and exercise.",
    session: { id: "V26-01", dateOfService: "2026-01-06", payer: ORIGINAL, provider: { discipline: "PT", credential: "PT" }, services: [ptEval(105), pt("97110", 1, 31)], therapyYearToDate: { ptSlp: 0, ot: 0 } },
    expect: [],
  },
  {
    id: "2026-pt-pta",
    story: "A PTA treats; CQ on both lines (85 % allowed). Below the threshold.",
    session: { id: "V26-09", dateOfService: "2026-02-10", payer: ORIGINAL, provider: { discipline: "PT", credential: "PTA" }, services: [pt("97110", 2, 52.7, ["CQ"]), pt("97140", 1, 24.65, ["CQ"])], therapyYearToDate: { ptSlp: 1210.4 } },
    expect: [],
  },
  {
    id: "2026-pt-early-kx",
    story: "The billing system auto-applied KX early (its alert fires near the threshold): the visit ends at $2,380.40, under $2,480.",
    session: { id: "V26-16", dateOfService: "2026-03-03", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 62, ["KX"]), pt("97530", 1, 36, ["KX"])], therapyYearToDate: { ptSlp: 2282.4 } },
    expect: ["modifier/kx-below-threshold:warning@0", "modifier/kx-below-threshold:warning@1"],
  },
  {
    id: "2026-same-day-pt",
    story: "PT the same day as the SLP evaluation below; both sessions are sent $2,380.40. Alone, PT ends at $2,442.40; with the SLP evaluation's $180 the day ends at $2,622.40, so whichever claim Medicare posts second is above the threshold.",
    session: { id: "V26-17", dateOfService: "2026-03-05", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 62)], therapyYearToDate: { ptSlp: 2380.4 } },
    expect: [],
  },
  {
    id: "2026-same-day-slp-eval",
    story: "SLP evaluation the same day, same $2,380.40 sent: alone it crosses, so the library asks KX on it.",
    session: { id: "V26-S01", dateOfService: "2026-03-05", payer: ORIGINAL, provider: { discipline: "SLP" }, services: [slp("92523", 180)], therapyYearToDate: { ptSlp: 2380.4 } },
    expect: ["modifier/kx-required:error@0"],
  },
  {
    id: "2026-pt-after-same-day",
    story: "The next PT visit: the billing system has posted both claims of 03-05. KX on every line.",
    session: { id: "V26-18", dateOfService: "2026-03-10", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 62, ["KX"]), pt("97140", 1, 29, ["KX"])], therapyYearToDate: { ptSlp: 2622.4 } },
    expect: [],
  },
  {
    id: "2026-slp-targeted-review-cross",
    story: "SLP treatment takes the shared PT+SLP bucket past $3,000 within the visit.",
    session: { id: "V26-S05", dateOfService: "2026-04-21", payer: ORIGINAL, provider: { discipline: "SLP" }, services: [slp("92507", 75, ["KX"]), slp("92526", 85, ["KX"])], therapyYearToDate: { ptSlp: 2910 } },
    expect: ["modifier/targeted-review:info@1"],
  },
  {
    id: "2026-slp-above-review",
    story: "SLP treatment, the bucket already above $3,000.",
    session: { id: "V26-S06", dateOfService: "2026-04-28", payer: ORIGINAL, provider: { discipline: "SLP" }, services: [slp("92507", 75, ["KX"])], therapyYearToDate: { ptSlp: 3070 } },
    expect: ["modifier/targeted-review:info@-"],
  },
  {
    id: "2026-pt-abn-ga",
    story: "PT goals met; the patient wants to go on. ABN signed, lines billed with GA and without KX (NGS: do not use KX; use GA).",
    session: { id: "V26-30", dateOfService: "2026-05-12", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 62, ["GA"])], therapyYearToDate: { ptSlp: 3320 } },
    expect: ["modifier/targeted-review:info@-"],
  },
  {
    id: "2026-pt-gz",
    story: "Not necessary and no ABN was given: GZ, no KX (the clinic expects the denial and its liability).",
    session: { id: "V26-31", dateOfService: "2026-05-14", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 1, 31, ["GZ"])], therapyYearToDate: { ptSlp: 3382 } },
    expect: ["modifier/targeted-review:info@-"],
  },
  {
    id: "2026-pt-ga-and-kx",
    story: "A wrong claim: KX and GA on one line.",
    session: { id: "V26-32", dateOfService: "2026-05-19", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 1, 31, ["KX", "GA"])], therapyYearToDate: { ptSlp: 3413 } },
    expect: ["modifier/opposing-modifiers:error@0", "modifier/targeted-review:info@-"],
  },
  {
    id: "2026-ot-eval",
    story: "OT begins in August: its own bucket starts at $0 although PT+SLP is over $3,000.",
    session: { id: "V26-O01", dateOfService: "2026-08-04", payer: ORIGINAL, provider: { discipline: "OT" }, services: [otEval(106), ot("97535", 1, 33)], therapyYearToDate: { ptSlp: 3444, ot: 0 } },
    expect: [],
  },
  {
    id: "2026-ot-wrong-bucket-kx",
    story: "The biller, seeing PT+SLP over the threshold, puts KX on an OT visit: the OT bucket is far below.",
    session: { id: "V26-O02", dateOfService: "2026-08-06", payer: ORIGINAL, provider: { discipline: "OT" }, services: [ot("97535", 2, 66, ["KX"])], therapyYearToDate: { ptSlp: 3444, ot: 139 } },
    expect: ["modifier/kx-below-threshold:warning@0"],
  },
  {
    id: "2026-ot-ota-cross",
    story: "An OTA treats with CO (85 %); the OT bucket passes the threshold on the second line. The biller puts KX on both lines.",
    session: { id: "V26-O20", dateOfService: "2026-11-10", payer: ORIGINAL, provider: { discipline: "OT", credential: "OTA" }, services: [ot("97530", 1, 30.6, ["CO", "KX"]), ot("97535", 1, 28.05, ["CO", "KX"])], therapyYearToDate: { ot: 2430 } },
    expect: [],
  },
  {
    id: "2026-ot-ota-cross-first-keyed",
    story: "The same claim as first keyed: KX only on the first line, the line under the threshold.",
    session: { id: "V26-O20", dateOfService: "2026-11-10", payer: ORIGINAL, provider: { discipline: "OT", credential: "OTA" }, services: [ot("97530", 1, 30.6, ["CO", "KX"]), ot("97535", 1, 28.05, ["CO"])], therapyYearToDate: { ot: 2430 } },
    expect: ["modifier/kx-required:error@1"],
  },
  {
    id: "2026-ot-ota-cross-kx-on-crossing-line",
    story: "The same claim with KX only on the line that crosses: the library asks no KX of the line before it (line order, docs/modifiers.md).",
    session: { id: "V26-O20", dateOfService: "2026-11-10", payer: ORIGINAL, provider: { discipline: "OT", credential: "OTA" }, services: [ot("97530", 1, 30.6, ["CO"]), ot("97535", 1, 28.05, ["CO", "KX"])], therapyYearToDate: { ot: 2430 } },
    expect: [],
  },
  {
    id: "2026-ot-ota-no-co",
    story: "The OTA's next visit: CO forgotten on one line, KX on both.",
    session: { id: "V26-O21", dateOfService: "2026-11-12", payer: ORIGINAL, provider: { discipline: "OT", credential: "OTA" }, services: [ot("97530", 1, 30.6, ["CO", "KX"]), ot("97535", 1, 28.05, ["KX"])], therapyYearToDate: { ot: 2488.65 } },
    expect: ["modifier/assistant-modifier-missing:error@1"],
  },
  {
    id: "2026-ot-no-ytd",
    story: "The billing system sent only the PT+SLP bucket; KX on an OT visit cannot be confirmed.",
    session: { id: "V26-O22", dateOfService: "2026-11-17", payer: ORIGINAL, provider: { discipline: "OT" }, services: [ot("97535", 2, 66, ["KX"])], therapyYearToDate: { ptSlp: 3444 } },
    expect: ["modifier/kx-no-data:info@-"],
  },
  {
    id: "2026-pt-december",
    story: "December PT, bucket far above both levels.",
    session: { id: "V26-41", dateOfService: "2026-12-30", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 62, ["KX"])], therapyYearToDate: { ptSlp: 3444 } },
    expect: ["modifier/targeted-review:info@-"],
  },
  // ---- 2027: a new year, no threshold row yet ----
  {
    id: "2027-pt-january",
    story: "First visit of 2027: the bucket is back at $0 and the visit is $93; no KX. Nothing could need KX.",
    session: { id: "V27-01", dateOfService: "2027-01-04", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 3, 93)], therapyYearToDate: { ptSlp: 0 } },
    expect: [],
  },
  {
    id: "2027-pt-january-kx",
    story: "The same first visit of 2027 keyed with last year's habit: KX on a $0 bucket. The 2027 amount is not in the table and the library does not guess it: an info, not a warning.",
    session: { id: "V27-01b", dateOfService: "2027-01-04", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 3, 93, ["KX"])], therapyYearToDate: { ptSlp: 0 } },
    expect: ["modifier/kx-no-data:info@-"],
  },
  {
    id: "2027-pt-june",
    story: "June 2027, the bucket at $3,100: KX on the line. The KX threshold of 2027 is unknown, the $3,000 review level is the law's through 2027.",
    session: { id: "V27-22", dateOfService: "2027-06-08", payer: ORIGINAL, provider: { discipline: "PT" }, services: [pt("97110", 2, 64, ["KX"])], therapyYearToDate: { ptSlp: 3100 } },
    expect: ["modifier/kx-no-data:info@-", "modifier/targeted-review:info@-"],
  },
];
