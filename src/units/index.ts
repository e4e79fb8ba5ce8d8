/**
 * The timed-unit calculator: `therapy-claims/units`. Small on purpose (no zod, no catalog
 * text), for forms that count units as the clinician types.
 *
 * @packageDocumentation
 */
export { unitsForMinutes } from "./chart.js";
export { calculateUnits } from "./calculate-units.js";
export { compareUnitMethods } from "./compare.js";
export { isTimedCode, UNTIMED_CODES } from "./timing.js";
export type { CalculateUnitsOptions, UnitComparison, UnitLine, UnitMethod, UnitResult, UnitResultLine } from "./types.js";
