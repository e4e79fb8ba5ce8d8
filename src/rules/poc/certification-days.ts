/**
 * Day counts of Medicare's plan-of-care certification (MBPM ch. 15 §220.1.3), counted from the
 * start of care, shared by the certification rules.
 */

/**
 * Longest a certified plan may run before recertification: 90 days.
 *
 * @example
 * ```ts
 * MAX_CERTIFIED_DAYS; //=> 90
 * ```
 * @internal
 */
export const MAX_CERTIFIED_DAYS = 90;

/**
 * Longest a plan written for three calendar months runs (2025-06-02 to 2025-09-02): a certified
 * period ending 91 or 92 days after the start of care is read as such an initial plan, not as a
 * recertification (which would cover a day or two).
 *
 * @example
 * ```ts
 * THREE_MONTHS; //=> 92
 * ```
 * @internal
 */
export const THREE_MONTHS = 92;

/**
 * Days after the start of care within which the initial certification is timely: 30.
 *
 * @example
 * ```ts
 * CERTIFY_WITHIN_DAYS; //=> 30
 * ```
 * @internal
 */
export const CERTIFY_WITHIN_DAYS = 30;
