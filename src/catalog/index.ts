/**
 * The code catalog: `therapy-claims/catalog`.
 *
 * @packageDocumentation
 */
export { getCode, listCodes, isInEffect, type CodeFilter } from "./catalog.js";
export { CODE_ROWS } from "./codes.js";
export type { CodeContact, CodeInfo, CodeRow, Replacement } from "./types.js";
// Named in the exports' signatures: an importer of this subpath alone can name it (thirteenth round).
export type { Discipline } from "../model/session.js";
