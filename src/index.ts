/**
 * therapy-claims: checks outpatient PT, OT and SLP visits before they become claims.
 *
 * @packageDocumentation
 */
export * from "./model/index.js";
export * from "./catalog/index.js";
export * from "./validate.js";
