import { getCode } from "../catalog/catalog.js";
import type { Finding } from "../model/finding.js";
import type { Program } from "../model/session.js";
import type { MueRow, NcciReleaseInfo } from "./types.js";

/**
 * An `mue/units-exceed` finding worded for a MUE of 0 that CMS set by payment policy (rationale
 * "CMS Policy"): such a 0 says Medicare does not pay the code (97014, whose service Medicare
 * takes as G0283; 97010, which it bundles), not that no patient could need a unit. For Medicare
 * the error stays and its fix names the code Medicare takes, when the catalog knows it
 * (`medicareCode`). For any other program the finding is a warning that says the 0 is Medicare's
 * policy: a commercial plan or a Medicaid program may pay the code. Any other finding is
 * returned as it is.
 *
 * @param finding - the units-exceed finding as the MUE check wrote it
 * @param row - the MUE row it rests on
 * @param program - the session's payer program
 * @param rowsProgram - whose NCCI files the row comes from (the MUE release's `program`): a row of Medicaid's is returned as it is
 * @param billed - the visit's codes, upper case: when the code Medicare takes is among them (97014 with G0283), the fix says not to bill the code, not to bill that one again
 * @returns the finding, reworded when its row is a policy 0
 * @example
 * ```ts
 * const f: Finding = { rule: "mue/units-exceed", severity: "error", message: "97014 is billed for 1 unit; its MUE is 0.", source: { title: "CMS MUE" } };
 * const row: MueRow = { code: "97014", value: 0, adjudicationIndicator: 3, rationale: "CMS Policy", setting: "practitioner" };
 * policyZero(f, row, "commercial").severity; //=> "warning"
 * policyZero(f, row, "medicare").fix; //=> "Bill G0283 instead: Medicare takes G0283, not 97014, for this service."
 * policyZero(f, row, "medicare", undefined, ["97014", "G0283"]).fix; //=> "Do not bill 97014: G0283, which Medicare takes for this service, is already billed."
 * ```
 * @remarks CMS MUE files (rationale column); CMS PFS status indicator I ("Medicare uses another
 * code"): 97014 → G0283, read from secondary sources, see the catalog row's notes.
 * @internal
 */
export function policyZero(finding: Finding, row: MueRow, program: Program | undefined, rowsProgram?: NcciReleaseInfo["program"], billed?: readonly string[]): Finding {
  // A row built in JavaScript may lack its rationale: then it is no policy 0 (nothing is guessed).
  const rationale: unknown = row.rationale;
  // A 0 in Medicaid's own MUE file is Medicaid's limit, not Medicare's policy: it stands as it is.
  if (rowsProgram === "medicaid" || row.value !== 0 || typeof rationale !== "string" || rationale.trim().toLowerCase() !== "cms policy") return finding;
  const code = row.code;
  const instead = getCode(code)?.medicareCode;
  // The code Medicare takes already on the visit (97014 with G0283): billing it again would bill the service twice.
  const has = instead !== undefined && billed?.includes(instead);
  if (program === "medicare") return instead === undefined ? finding : { ...finding, fix: has ? `Do not bill ${code}: ${instead}, which Medicare takes for this service, is already billed.` : `Bill ${instead} instead: Medicare takes ${instead}, not ${code}, for this service.` };
  return {
    ...finding,
    severity: "warning",
    message: `${finding.message} That 0 is Medicare's payment policy (Medicare does not pay ${code}); another payer limits ${code} only if its own policy does.`,
    fix: `Check whether the payer pays ${code}${instead === undefined || has ? "; if it follows Medicare, do not bill it" : `; if it follows Medicare, bill ${instead} instead`}.`,
  };
}
