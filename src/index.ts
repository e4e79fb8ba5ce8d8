/**
 * therapy-claims: checks outpatient PT, OT and SLP visits before they become claims.
 *
 * @packageDocumentation
 */
export * from "./model/index.js";
export * from "./catalog/index.js";
export * from "./units/index.js";
export { checkUnits, type CheckUnitsOptions } from "./units/check-units.js";
export * from "./modifiers/index.js";
export * from "./ncci/index.js";
export * from "./lint-entry.js";
export * from "./validate.js";
