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
 * Codes kept out of the 15-minute pool: the codes billed as one unit per session whatever the
 * time (evaluations, group therapy, supervised modalities, the untimed SLP treatment codes), and
 * the codes billed by a longer period (the work hardening hour codes 97545
 * (the first two hours, one unit) and 97546 (each further hour), the SLP evaluations billed per
 * hour with add-ons per further 30 or 15 minutes, 96105 and 96125 per hour), and the wound-care codes (97597/97598, 97602, 97605–97608, 97610:
 * per session, or, for 97598, per 20 sq cm of wound). Every other code, including a code the catalog does not know,
 * counts as timed. Sorted, and written packed (fewer bytes gzipped in `therapy-claims/units`): each
 * numeric code as its distance from the code before it ("29125 5 110" is 29125, 29130, 29240), the
 * three G codes as they are (test/units/timing.test.ts checks the list against the catalog).
 *
 * @example
 * ```ts
 * UNTIMED_CODES.includes("97150"); //=> true
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export const UNTIMED_CODES: readonly string[] = [...((last) => "29125 5 110 20 20 250 10 40 1 62926 1 12 1 1 1 1 2 71 8 1 1 1 1 1 1 1 4 2 8 1 3365 113 20 876 1 1 1 6 2 2 2 2 4 2 2 2 11 88 12 11 11 1 1 1 1 1 1 1 377 1 51 1 4 3 1 1 1 2".split(" ").map((t) => "" + (last += +t)))(0), "G0281", "G0283", "G0329"];

/** {@link UNTIMED_CODES} as a set (upper-case codes), for every lookup of the list. @internal */
export const UNTIMED: ReadonlySet<string> = new Set(UNTIMED_CODES);

/**
 * Whether a code is billed in 15-minute units (a code not on the untimed list counts as timed).
 * The work hardening codes 97545/97546 are billed by the hour, so they are not timed here.
 *
 * @param code - a CPT or HCPCS code (case-insensitive)
 * @returns `false` for an untimed, service-based code or an hour code; `true` otherwise
 * @example
 * ```ts
 * isTimedCode("97110"); //=> true
 * isTimedCode("97150"); //=> false
 * isTimedCode("99999"); //=> true
 * isTimedCode("97546"); //=> false
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function isTimedCode(code: string): boolean {
  // toUpperCase, not upper() (src/units/upper.ts): `therapy-claims/units` then has no copy of upper (issue 7's 2 kB).
  return !UNTIMED.has(code.toUpperCase());
}

/**
 * Minutes of one unit of each code billed by a period other than the 15-minute unit: per hour
 * (96105, 96125), a first hour once a day with an add-on per further 30 minutes (92605/92618,
 * 92607/92608) or 15 minutes (92626/92627), and work hardening (97545: the first two hours; 97546:
 * each further hour). The catalog's `unitMinutes`, kept here so that `therapy-claims/units` needs
 * no catalog (a test checks they agree). Negative for a first period billed once a day, whose
 * further time goes on an add-on.
 *
 * @internal
 * @remarks ASHA, Medicare CPT coding rules for SLP services ("designation of time"); CPT 97545/97546.
 */
export const PERIOD_MINUTES: Readonly<Record<string, number>> = { "92605": -60, "92607": -60, "92608": 30, "92618": 30, "92626": -60, "92627": 15, "96105": 60, "96125": 60, "97545": -120, "97546": 60 };

/**
 * The first periods billed once a day and their add-ons, in pairs (first, add-on): 92605/92618,
 * 92607/92608, 92626/92627, 97545/97546, so that a code's partner is at its index `^ 1`. A pair is
 * one service: the minutes of its lines are added, the first code takes the first period (60
 * minutes; 97545 120) and the add-on the periods past it, as `validateSession` counts them
 * (check-hourly.ts). A test checks the pairs against the catalog's `addOnTo`.
 *
 * @internal
 * @remarks ASHA, Medicare CPT coding rules for SLP services ("designation of time"); CPT 97545/97546.
 */
export const PERIOD_PAIRS: readonly string[] = /* @__PURE__ */ "92605 92618 92607 92608 92626 92627 97545 97546".split(" ");

/**
 * Units of a code billed per period of `period` minutes: a period counts once more than half of it
 * is spent (31 minutes of an hour, 16 of 30 minutes, 8 of 15), CPT's time rule as ASHA states it for
 * Medicare ("at least 51%"). Minutes are whole (fractions already rounded down).
 *
 * @param minutes - whole minutes, 0 or more
 * @param period - minutes of one unit
 * @returns the units the minutes earn
 * @internal
 * @example
 * ```ts
 * periodUnits(30, 60); //=> 0
 * periodUnits(31, 60); //=> 1
 * periodUnits(91, 60); //=> 2
 * ```
 * @remarks ASHA, Medicare CPT coding rules for SLP services ("designation of time").
 */
export function periodUnits(minutes: number, period: number): number {
  return Math.floor((minutes + ((period - 1) >> 1)) / period);
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

/** Selective debridement, each further 20 sq cm (add-on to 97597): its units count wound area. @internal */
export const WOUND_ADD_ON = "97598";

/** Work hardening/conditioning, the first two hours: billed once a day. @internal */
export const HOURLY_FIRST = "97545";

/**
 * Whether a code is one of the work hardening/conditioning pair 97545 (the first two hours) and
 * 97546 (each further hour, its add-on): billed by the hour, outside the 15-minute pool.
 *
 * @param code - an upper-case code
 * @returns true for 97545 and 97546
 * @example
 * ```ts
 * isHourlyCode("97546"); //=> true
 * isHourlyCode("97530"); //=> false
 * ```
 * @internal
 */
export function isHourlyCode(code: string): boolean {
  return code === HOURLY_FIRST || code === "97546";
}
