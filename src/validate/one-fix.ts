import type { Finding } from "../model/finding.js";
import type { ValidateOptions } from "./options.js";
import { isRuleSetting } from "./rule-setting.js";

/**
 * Notes in `into` the codes the units check says to bill once (units/untimed-over-one,
 * units/97129-over-one), unless the caller set that rule below error; returns `findings`.
 *
 * @param findings - the units check's findings
 * @param into - the session's list, read by {@link sameFixAsUnits}
 * @param rules - the caller's rule settings
 * @returns `findings`, unchanged
 * @internal
 * @example
 * ```ts
 * const once: string[] = [];
 * noteBillOnce(checkUnits(visit), once, undefined); // once: ["92507"] for 92507 × 2
 * ```
 */
export function noteBillOnce(findings: Finding[], into: string[] | undefined, rules: ValidateOptions["rules"]): Finding[] {
  for (const f of findings) {
    const set = rules?.[f.rule];
    const code = f.codes?.[0];
    // units/untimed-over-one and units/97129-over-one: "bill the code once"
    if (code && /^units\/(untimed|97129)-over-one$/.test(f.rule) && (set === "error" || !isRuleSetting(set))) into?.push(code);
  }
  return findings;
}

/**
 * An MUE of 1 exceeded on a code the units check already says to bill once is one problem with
 * one fix (bill 1 unit): its `mue/units-exceed` stays, as information that names the units
 * error, so the biller sees one error and both authorities.
 *
 * @param findings - the MUE check's findings
 * @param once - the codes {@link noteBillOnce} noted
 * @returns the findings, those on a noted code with an MUE of 1 for the day as info
 * @internal
 * @example
 * ```ts
 * sameFixAsUnits([{ rule: "mue/units-exceed", severity: "error", message: "92507 is billed for 2 units.", codes: ["92507"],
 *   fix: "Bill at most 1 unit of 92507 for the date of service.", source: { title: "CMS MUE" } }], ["92507"])[0]?.severity; //=> "info"
 * ```
 */
export function sameFixAsUnits(findings: Finding[], once: readonly string[] | undefined): Finding[] {
  return findings.map((f) => {
    const code = f.codes?.[0];
    // The fix of mue/units-exceed for an MUE of 1 a day.
    return code && once?.includes(code) && f.fix === `Bill at most 1 unit of ${code} for the date of service.`
      ? { ...f, severity: "info", message: `${f.message} Billing 1 unit also clears the units error on ${code}.` }
      : f;
  });
}
