/**
 * `units` (at least 1) of the cognitive service as a claim carries them: 97129 × 1 for the first
 * 15 minutes, 97130 × each further unit.
 *
 * @param units - units of the service, 1 or more
 * @returns "97129 × 1" or "97129 × 1, 97130 × N"
 * @internal
 * @example
 * ```ts
 * cognitiveBilled(3); //=> "97129 × 1, 97130 × 2"
 * ```
 * @remarks CY 2020 PFS: 97129 the first 15 minutes, once a day; 97130 each further 15 (ASHA, AOTA).
 */
export function cognitiveBilled(units: number): string {
  return `97129 × 1${units > 1 ? `, 97130 × ${units - 1}` : ""}`;
}
