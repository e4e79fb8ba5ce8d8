// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
/**
 * The only code facts the unit calculator needs, kept apart from the catalog so that
 * `therapy-claims/units` stays small (no catalog text, no zod).
 *
 * Source: Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (timed "each 15
 * minutes" codes versus untimed, service-based codes); the untimed rows of the code catalog
 * (`CODE_ROWS`, table as of 2026-11). A test checks that this list and the catalog agree.
 * A code's timed status does not change with the date of service in the catalog, so the
 * list is not dated.
 */

/**
 * Codes billed as one unit per session whatever the time: evaluations, group therapy,
 * supervised modalities and the untimed SLP treatment codes. Every other code, including a
 * code the catalog does not know, counts as timed.
 *
 * @example
 * ```ts
 * UNTIMED_CODES.includes("97150"); //=> true
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export const UNTIMED_CODES = [
  "92507", "92508", "92521", "92522", "92523", "92524", "92526",
  "97001", "97002", "97003", "97004",
  "97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028",
  "97127", "97150",
  "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168",
  "G0283",
  // NEW-UNTIMED: the untimed rows the catalog gained in the ninth round, listed in src/units/timing.ts too
  // (on main each was counted as timed: a 45-minute 92610 was told "bill 92610 × 3").
  "G0281", "G0329",
  "29125", "29130", "29240", "29260", "29280", "29530", "29540", "29580", "29581",
  "92520", "92597", "92606", "92609", "92610", "92611", "92612", "92616", "95992",
  "97039", "97139",
  // HOURLY: a deliberate change (2026-11-24, thirteenth round): the work hardening hour codes are kept out of the 15-minute pool, as in src/units/timing.ts.
  "97545", "97546",
  // WOUND: a deliberate change (2026-11-25, twentieth round): the wound-care codes therapists bill are untimed (per session, or for 97598 per 20 sq cm of wound), as in src/units/timing.ts.
  "97597", "97598", "97602", "97605", "97606", "97607", "97608", "97610",
  // PERIOD: a deliberate change (2026-11-25, twenty-first round): the SLP codes billed per hour or per further 30/15 minutes are kept out of the 15-minute pool, as in src/units/timing.ts.
  "92605", "92607", "92608", "92618", "92626", "92627", "96105", "96125",
] as const satisfies readonly string[];

const UNTIMED: ReadonlySet<string> = new Set(UNTIMED_CODES);

/**
 * Whether a code is billed in 15-minute units (a code not on the untimed list counts as timed).
 *
 * @param code - a CPT or HCPCS code (case-insensitive)
 * @returns `false` for an untimed, service-based code; `true` otherwise
 * @example
 * ```ts
 * isTimedCode("97110"); //=> true
 * isTimedCode("97150"); //=> false
 * isTimedCode("99999"); //=> true
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function isTimedCode(code: string): boolean {
  return !UNTIMED.has(code.toUpperCase());
}

/** Cognitive-function intervention, first 15 minutes: once per day (§13.3 of the domain notes). @internal */
export const COGNITIVE_FIRST = "97129";
/** Cognitive-function intervention, each further 15 minutes: add-on to 97129. @internal */
export const COGNITIVE_ADD_ON = "97130";

/**
 * Whether a code is one of the pair 97129/97130, counted together as one service.
 *
 * @param code - an upper-case code
 * @returns true for 97129 and 97130
 * @internal
 */
export function isCognitiveCode(code: string): boolean {
  return code === COGNITIVE_FIRST || code === COGNITIVE_ADD_ON;
}
