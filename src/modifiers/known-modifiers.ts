/**
 * The modifiers an outpatient therapy claim line may carry, each described in our own words.
 *
 * Sources (see each row): Medicare Claims Processing Manual ch. 5 §10.4 and §20.1 (GP/GO/GN,
 * CQ/CO; CR 10176), the CMS CQ/CO billing-examples page, the KX-threshold notices, NCCI Policy
 * Manual ch. I and CR 8863 (59, XE/XS/XP/XU), Pub. 100-04 ch. 30 (GA/GX/GY/GZ), NGS Medicare
 * (76/77, GT), the CMS telehealth fact sheet (95). Table as of 2026-11; dates are dates of
 * service, inclusive. CPT modifier descriptors are the AMA's; none is reproduced here.
 */
import { SOURCES } from "../model/sources.js";
import { upper } from "../units/upper.js";
import type { Source } from "../model/source.js";
import { MODIFIER_SOURCES as M } from "./sources.js";

/**
 * What a modifier is for: `discipline` (which plan of care), `assistant` (PTA/OTA),
 * `threshold` (KX), `ncci` (bypasses a pair edit), `liability` (ABN), `repeat`, `reduced`,
 * `telehealth`.
 *
 * @example
 * ```ts
 * const k: ModifierKind = "assistant";
 * ```
 */
export type ModifierKind = "discipline" | "assistant" | "threshold" | "ncci" | "liability" | "repeat" | "reduced" | "telehealth";

/**
 * One row of {@link KNOWN_MODIFIERS}.
 *
 * @example
 * ```ts
 * const row: KnownModifier = KNOWN_MODIFIERS[0];
 * ```
 */
export interface KnownModifier {
  /** Two characters, upper case. */
  readonly modifier: string;
  readonly kind: ModifierKind;
  /** What it tells the payer, in plain words (never the AMA descriptor). */
  readonly meaning: string;
  /** Dates of service it is valid for, inclusive; an empty object means no known limit. */
  readonly effective: { readonly from?: string; readonly to?: string };
  /** How sure we are and where sources disagree. */
  readonly notes?: string;
  readonly source: Source;
}

/**
 * The modifiers the library knows, sorted by kind then modifier. A modifier outside this table
 * is reported as `modifier/unknown` (a warning: it may be valid, but nothing here checks it).
 *
 * @example
 * ```ts
 * KNOWN_MODIFIERS.find((m) => m.modifier === "CQ")?.kind; //=> "assistant"
 * ```
 * @remarks Pub. 100-04 ch. 5 §10.4, §20.1; NCCI Policy Manual ch. I; Pub. 100-04 ch. 30.
 */
// Built in a function marked pure: esbuild keeps a top-level read such as \`SOURCES.cpm5_10_4\` (a
// getter could run), which kept this table in every bundle that reached its chunk (test/package/browser-bundle.test.ts).
export const KNOWN_MODIFIERS = /* @__PURE__ */ (() => [
  // ── Discipline (plan of care) ────────────────────────────────────────────────────────
  { modifier: "GP", kind: "discipline", meaning: "The service was delivered under an outpatient physical therapy plan of care. Routes its dollars to the PT and SLP KX bucket.", effective: {}, notes: "Medicare systems enforce it on always-therapy codes from 2018-01-01 (CR 10176); one of GP/GO/GN per line.", source: SOURCES.cpm5_10_4 },
  { modifier: "GO", kind: "discipline", meaning: "The service was delivered under an outpatient occupational therapy plan of care. Routes its dollars to the OT KX bucket.", effective: {}, notes: "Medicare systems enforce it on always-therapy codes from 2018-01-01 (CR 10176).", source: SOURCES.cpm5_10_4 },
  { modifier: "GN", kind: "discipline", meaning: "The service was delivered under an outpatient speech-language pathology plan of care. Routes its dollars to the PT and SLP KX bucket.", effective: {}, notes: "Medicare systems enforce it on always-therapy codes from 2018-01-01 (CR 10176).", source: SOURCES.cpm5_10_4 },
  // ── Assistants ───────────────────────────────────────────────────────────────────────
  { modifier: "CQ", kind: "assistant", meaning: "A physical therapist assistant furnished the PT service in whole or in part (more than the 10% de minimis). Reported with GP; Medicare pays the line at 85% from 2022.", effective: { from: "2019-01-01" }, notes: "Created for 2019 by the CY 2019 PFS rule; required from 2020-01-01; payment reduction from 2022-01-01 (SSA §1834(v)).", source: SOURCES.cqco },
  { modifier: "CO", kind: "assistant", meaning: "An occupational therapy assistant furnished the OT service in whole or in part (more than the 10% de minimis). Reported with GO; Medicare pays the line at 85% from 2022.", effective: { from: "2019-01-01" }, notes: "As CQ. There is no assistant modifier for SLP.", source: SOURCES.cqco },
  // ── Threshold ────────────────────────────────────────────────────────────────────────
  { modifier: "KX", kind: "threshold", meaning: "The clinician attests the therapy is medically necessary and documented as such, for services above the yearly per-beneficiary threshold.", effective: {}, notes: "Before 2018 it claimed an exception to the hard therapy cap; from 2018 (BBA 2018 §50202) it marks services above the KX threshold.", source: SOURCES.kx },
  // ── NCCI-associated ──────────────────────────────────────────────────────────────────
  { modifier: "59", kind: "ncci", meaning: "A distinct procedural service: separate from another service the same day that an NCCI edit would otherwise deny. Use only when no X modifier fits.", effective: {}, source: SOURCES.ncciManualI },
  { modifier: "XE", kind: "ncci", meaning: "A separate encounter on the same day (a subset of 59).", effective: { from: "2015-01-01" }, source: M.cr8863 },
  { modifier: "XP", kind: "ncci", meaning: "A service by a separate practitioner (a subset of 59).", effective: { from: "2015-01-01" }, source: M.cr8863 },
  { modifier: "XS", kind: "ncci", meaning: "A service on a separate organ or structure (a subset of 59).", effective: { from: "2015-01-01" }, source: M.cr8863 },
  { modifier: "XU", kind: "ncci", meaning: "An unusual service that does not overlap the usual parts of the main service (a subset of 59).", effective: { from: "2015-01-01" }, source: M.cr8863 },
  // ── Liability (ABN) ──────────────────────────────────────────────────────────────────
  { modifier: "GA", kind: "liability", meaning: "A required advance beneficiary notice (ABN) is on file: the service is expected to be denied as not reasonable and necessary.", effective: {}, notes: "Therapy: services above the threshold that are no longer necessary take an ABN and GA, not KX.", source: M.abn },
  { modifier: "GX", kind: "liability", meaning: "A voluntary ABN is on file for a service Medicare never covers.", effective: {}, source: M.abn },
  { modifier: "GY", kind: "liability", meaning: "The item or service is excluded by statute or is not a Medicare benefit.", effective: {}, notes: "Not on the same line as GZ.", source: M.abn },
  { modifier: "GZ", kind: "liability", meaning: "The service is expected to be denied as not reasonable and necessary and no ABN is on file.", effective: {}, notes: "Not on the same line as GY.", source: M.abn },
  // ── Repeat, reduced ──────────────────────────────────────────────────────────────────
  { modifier: "76", kind: "repeat", meaning: "The same procedure was repeated on the same day by the same clinician, reported on a second line.", effective: {}, notes: "Not a way to bill more units of a timed therapy code; units go on one line.", source: M.repeat7677 },
  { modifier: "77", kind: "repeat", meaning: "The same procedure was repeated on the same day by a different clinician, reported on a second line.", effective: {}, source: M.repeat7677 },
  { modifier: "52", kind: "reduced", meaning: "The service was partly reduced or left out at the clinician's choice; the code still applies.", effective: {}, notes: "Source is a secondary copy of the Part B list [M].", source: M.partBModifierList },
  // ── Telehealth ───────────────────────────────────────────────────────────────────────
  { modifier: "95", kind: "telehealth", meaning: "The service was delivered by real-time two-way audio and video.", effective: {}, notes: "Medicare asked for it on professional telehealth claims during the COVID-19 emergency and on hospital outpatient-therapy telehealth claims through 2024; payers differ.", source: M.telehealth95 },
  { modifier: "GT", kind: "telehealth", meaning: "The service was delivered by interactive audio and video (older telehealth modifier).", effective: {}, notes: "Medicare dropped it from professional claims on 2018-01-01 (CR 10152); from 2018-10-01 only CAH Method II institutional claims use it. Some Medicaid and commercial plans still ask for it.", source: M.telehealthGt },
] as const satisfies readonly KnownModifier[])();

const BY_MODIFIER: ReadonlyMap<string, KnownModifier> = /* @__PURE__ */ new Map(/* @__PURE__ */ KNOWN_MODIFIERS.map((row) => [row.modifier, row as KnownModifier]));

/**
 * Looks a modifier up in {@link KNOWN_MODIFIERS}.
 *
 * @param modifier - two characters, any case
 * @returns the row, or `undefined` for a modifier the library does not know
 * @example
 * ```ts
 * getModifier("gp")?.kind; //=> "discipline"
 * getModifier("ZZ");       //=> undefined
 * ```
 * @remarks Definitions: Pub. 100-04 ch. 5 §20.1 (GP/GO/GN, CQ/CO); NCCI Policy Manual ch. I (59/X).
 */
export function getModifier(modifier: string): KnownModifier | undefined {
  return BY_MODIFIER.get(upper(modifier));
}

/**
 * The row of an upper-case modifier in {@link KNOWN_MODIFIERS}, or `undefined`.
 *
 * @internal
 */
export function knownModifier(upperModifier: string): KnownModifier | undefined {
  return BY_MODIFIER.get(upperModifier);
}
