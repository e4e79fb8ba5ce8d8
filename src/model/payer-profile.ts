import type { Payer, Program, UnitMethod } from "./session.js";

/**
 * A pair rule a payer applies on top of NCCI (a "payer overlay"), e.g. a plan that denies
 * 97530 with 97140 on one day even though Medicare's edit ended on 2019-12-31.
 *
 * @example
 * ```ts
 * const overlay: PairOverlay = { column1: "97140", column2: "97530", modifierIndicator: 0,
 *   rationale: "Plan policy: not paid together on one day", plan: "Acme Health" };
 * ```
 */
export interface PairOverlay {
  /** The code that is paid. */
  readonly column1: string;
  /** The code that is denied when both are billed. */
  readonly column2: string;
  /** 0: no modifier bypasses it; 1: 59/XE/XS/XP/XU on the column-2 line bypasses it. */
  readonly modifierIndicator: 0 | 1;
  readonly rationale: string;
  /** First date of service it applies to (inclusive). */
  readonly from?: string;
  /** Last date of service it applies to (inclusive). */
  readonly to?: string;
  /**
   * The plan it belongs to: it applies only to visits checked as that plan (the session's
   * `payer.name`, or the payer option's `name`; case and spaces around it aside), so one call
   * can carry every plan's rules.
   * Without it, it applies to every visit checked with the options.
   */
  readonly plan?: string;
}

/**
 * How a payer is checked: the unit method and which rule families apply.
 *
 * @example
 * ```ts
 * PAYER_PROFILES.medicare.unitMethod; //=> "cms"
 * ```
 */
export interface PayerProfile {
  /** Shown in findings that come from this profile (overlays). */
  readonly name: string;
  /** `cms`: total-time 8-minute rule; `ama`: CPT midpoint rule per code. */
  readonly unitMethod: UnitMethod;
  /** NCCI procedure-to-procedure edits. */
  readonly ptpEdits: boolean;
  /** Medically unlikely edits (unit limits). */
  readonly mue: boolean;
  /** GP/GO/GN required on therapy lines (Medicare). */
  readonly disciplineModifiers: boolean;
  /** CQ/CO on lines furnished in whole or part by an assistant (Medicare, from 2020). */
  readonly assistantModifiers: boolean;
  /** KX threshold and targeted medical review (Medicare). */
  readonly kxThreshold: boolean;
  /** The payer's own pair rules. */
  readonly pairOverlays: readonly PairOverlay[];
}

/**
 * The built-in profiles. Medicaid programs and most commercial plans adopt NCCI edits, so PTP
 * and MUE checks run for every program; the GP/GO/GN, CQ/CO and KX rules are Medicare's.
 * Medicare and Medicaid count units by total time, commercial and other plans by the CPT
 * per-code midpoint rule (many commercial plans do; set `payer.unitMethod` when yours does not).
 *
 * @example
 * ```ts
 * PAYER_PROFILES.commercial.unitMethod; //=> "ama"
 * PAYER_PROFILES.medicaid.kxThreshold;  //=> false
 * ```
 */
export const PAYER_PROFILES = {
  medicare: { name: "Medicare", unitMethod: "cms", ptpEdits: true, mue: true, disciplineModifiers: true, assistantModifiers: true, kxThreshold: true, pairOverlays: [] },
  medicaid: { name: "Medicaid", unitMethod: "cms", ptpEdits: true, mue: true, disciplineModifiers: false, assistantModifiers: false, kxThreshold: false, pairOverlays: [] },
  commercial: { name: "Commercial plan", unitMethod: "ama", ptpEdits: true, mue: true, disciplineModifiers: false, assistantModifiers: false, kxThreshold: false, pairOverlays: [] },
  other: { name: "Other payer", unitMethod: "ama", ptpEdits: true, mue: true, disciplineModifiers: false, assistantModifiers: false, kxThreshold: false, pairOverlays: [] },
} as const satisfies Record<Program, PayerProfile>;

/**
 * Fields of a {@link PayerProfile} a caller may override; a field set to `undefined` is unset
 * (so a strict consumer can pass `{ ptpEdits: config.ptpEdits }` with the setting unset).
 *
 * @example
 * ```ts
 * const o: PayerProfileOverride = { name: "Acme Health", pairOverlays: [] };
 * ```
 */
export type PayerProfileOverride = { readonly [K in keyof PayerProfile]?: PayerProfile[K] | undefined };

/**
 * The profile a session is checked under: the program's built-in profile, then the session's
 * `payer.unitMethod` and `payer.name` (a blank name, "" from an empty form field, is none: the
 * program's name is shown), then the caller's override, each winning over the last.
 * Only an override object's own fields of the right kind count: a field set to `undefined` (or
 * to a value of the wrong type, pairOverlays that is not an array, or a unitMethod other than
 * "cms" and "ama": exactly these, "AMA" too, or a blank name) leaves the profile's value, so
 * `{ ptpEdits: config.ptpEdits }` with the setting unset never switches a check off. An override
 * that is not an object (a function's `name` is not a plan name) is none. validateSession names
 * each such value in an `input/ignored-option` warning.
 *
 * @param payer - the session's payer
 * @param override - fields the caller sets (from options)
 * @returns the profile to check with
 * @example
 * ```ts
 * resolvePayerProfile({ program: "commercial", unitMethod: "cms" }).unitMethod; //=> "cms"
 * resolvePayerProfile({ program: "medicare" }, { kxThreshold: false }).kxThreshold; //=> false
 * resolvePayerProfile({ program: "medicare" }, { ptpEdits: undefined }).ptpEdits; //=> true
 * ```
 */
export function resolvePayerProfile(payer: Payer, override?: PayerProfileOverride): PayerProfile {
  const out: Record<string, unknown> = {
    ...PAYER_PROFILES[payer.program],
    ...(payer.unitMethod !== undefined ? { unitMethod: payer.unitMethod } : {}),
    ...(payer.name?.trim() ? { name: payer.name } : {}),
  };
  for (const key in out) {
    const value: unknown = typeof override === "object" && override !== null && Object.hasOwn(override, key) ? override[key as keyof PayerProfile] : null;
    if (value !== null && typeof value === typeof out[key] && Array.isArray(value) === Array.isArray(out[key]) && (key === "unitMethod" ? value === "cms" || value === "ama" : key !== "name" || (value as string).trim())) out[key] = value;
  }
  return out as unknown as PayerProfile;
}
