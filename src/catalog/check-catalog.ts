import type { Finding } from "../model/finding.js";
import type { Session } from "../model/session.js";
import { SOURCES } from "../model/sources.js";
import { isTimedCode } from "../units/timing.js";
import { getCode } from "./catalog.js";

/**
 * Flags service lines whose code the catalog does not know (`catalog/unknown-code`, warning):
 * the other checks then treat the line as a timed code, which may be wrong. Flags too an
 * untimed catalog code the unit calculator does not list as untimed (a row newer than
 * `therapy-claims/units`' list), which it counts as timed just the same.
 *
 * Deleted codes are not reported here: the documentation linter's `doc/deleted-code` does that.
 *
 * @param session - a parsed session
 * @returns one warning per line with an unknown code
 * @example
 * ```ts
 * checkCatalog({ dateOfService: "2025-03-14", payer: { program: "medicare" },
 *   provider: { discipline: "PT" }, services: [{ code: "97999" }] })[0]?.rule;
 * //=> "catalog/unknown-code"
 * ```
 * @remarks The catalog follows the CMS Annual Therapy Code List and Pub. 100-04 ch. 5 §20.2
 * (timed vs untimed codes).
 */
export function checkCatalog(session: Session): Finding[] {
  const findings: Finding[] = [];
  const lines = session.services;
  const on = session.dateOfService;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // forEach skipped the holes of a sparse list (a session built in code): so does this loop.
    if (line === undefined && !(index in lines)) continue;
    const info = getCode(line.code, on);
    if (info !== undefined && (info.timed || !isTimedCode(line.code))) continue;
    findings.push({
      rule: "catalog/unknown-code",
      severity: "warning",
      message: info === undefined
        ? `${line.code} is not a therapy code the library knows; it was checked as a timed code. Verify the code.`
        : `${line.code} is untimed, but the unit calculator does not list it yet; it was checked as a timed code.`,
      path: ["services", index, "code"],
      codes: [line.code],
      fix: info === undefined
        ? `Check ${line.code} against the current CPT/HCPCS code set; if it is right, count its units and edits by hand.`
        : `Bill ${line.code} × 1 and count the day's timed units without its minutes, by hand.`,
      source: SOURCES.therapyCodeList,
    });
  }
  return findings;
}
