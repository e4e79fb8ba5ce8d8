/**
 * Whole minutes from any input: a number above 0 rounded down (an unfinished minute is not a
 * minute); anything else (negative, NaN, Infinity, not a number, or above 2^53 − 1, where whole
 * numbers can no longer be counted exactly and `validateSession` ignores the field) is 0. With
 * `lines`, minutes from 2^53 ÷ `lines` on are 0 too, so that `lines` such numbers add up exactly.
 *
 * @param minutes - the recorded minutes
 * @param lines - how many numbers will be added (calculateUnits' lines); 1 by default
 * @returns whole minutes, never negative
 * @internal
 */
export function wholeMinutes(minutes: unknown, lines = 1): number {
  // At most Number.MAX_SAFE_INTEGER (2^53 − 1): no double lies between it and 2^53, so `< 2 ** 53`
  // says the same, and is 16 bytes shorter than the name in the units bundle (9 after gzip).
  // minutes * lines is rounded, never below the true product: a true product from 2^53 on is never let through.
  return typeof minutes === "number" && minutes > 0 && minutes * lines < 2 ** 53 ? Math.floor(minutes) : 0;
}

/**
 * Units Medicare's chart gives a number of minutes of 15-minute timed services: 0–7 → 0,
 * 8–22 → 1, 23–37 → 2, 38–52 → 3, and so on past two hours with the same pattern.
 *
 * Bad input never throws: a negative number, `NaN`, `Infinity`, a number above 2^53 − 1 or a
 * non-number counts as 0 minutes (0 units), and a fraction is rounded down to whole minutes
 * (7.9 → 7 → 0 units).
 *
 * @param minutes - total minutes of timed services (CMS) or of one code (AMA midpoint rule)
 * @returns the number of 15-minute units
 * @example
 * ```ts
 * unitsForMinutes(7);   //=> 0
 * unitsForMinutes(8);   //=> 1
 * unitsForMinutes(22);  //=> 1
 * unitsForMinutes(23);  //=> 2
 * unitsForMinutes(128); //=> 9
 * unitsForMinutes(-5);  //=> 0
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (the unit chart).
 * The same numbers follow from the CPT midpoint rule applied to one code.
 */
export function unitsForMinutes(minutes: number): number {
  // 0–7 minutes give Math.floor(7–14 / 15) = 0: the chart's first row needs no test of its own.
  return Math.floor((wholeMinutes(minutes) + 7) / 15);
}
