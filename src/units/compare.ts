import { calculateUnits } from "./calculate-units.js";
import type { UnitComparison, UnitLine } from "./types.js";

/**
 * Both unit methods side by side, for a clinic that bills Medicare and a plan that counts
 * per code (or a secondary payer that counts differently from the primary).
 *
 * @param lines - the services of one patient, one provider, one date of service
 * @returns the `cms` and `ama` results and `difference` (AMA units minus CMS units)
 * @example
 * ```ts
 * const c = compareUnitMethods([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]);
 * [c.cms.totalUnits, c.ama.totalUnits, c.difference]; //=> [3, 2, -1]
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (total time); CPT
 * time convention (midpoint rule, per code).
 */
export function compareUnitMethods(lines: readonly UnitLine[]): UnitComparison {
  const cms = calculateUnits(lines);
  const ama = calculateUnits(lines, { method: "ama" });
  return { cms, ama, difference: ama.totalUnits - cms.totalUnits };
}
