import type { Finding } from "../model/finding.js";
import type { ServiceLine, Session } from "../model/session.js";
import type { Source } from "../model/source.js";
import { unitFinding } from "./unit-finding.js";

/**
 * An add-on code and the primary code it is billed with (the catalog's `addOnTo`; a test checks
 * that every add-on of the catalog has a pair here or in the period families).
 *
 * @example
 * ```ts
 * const p: AddOnPair = { addOn: "97130", primary: "97129", rule: "units/97130-without-97129", what: "", fix: "…", source: { title: "…" } };
 * ```
 * @internal
 */
export interface AddOnPair {
  readonly addOn: string;
  readonly primary: string;
  /** `units/<addOn>-without-<primary>`, written out for the rule-id list. */
  readonly rule: string;
  /** What the add-on stands for, in parentheses after the primary (" (each further 20 sq cm …)"), or "". */
  readonly what: string;
  readonly fix: string;
  readonly source: Source;
}

/**
 * The one check of an add-on billed without its primary (97130 without 97129, 97598 without 97597,
 * 97546 without 97545, 92608 without 92607…): an error at the first line of the add-on when some
 * line of it carries units (or states none) and no line of the primary does. Added to `findings`.
 *
 * @param lines - the session's lines
 * @param codes - their codes, upper case
 * @param pair - the add-on and its primary
 * @param findings - where the finding goes
 * @example
 * ```ts
 * const findings: Finding[] = [];
 * checkAddOn([{ code: "97130", minutes: 15, units: 1 }], ["97130"], { addOn: "97130", primary: "97129", rule: "units/97130-without-97129", what: "", fix: "Bill 97129.", source: { title: "t" } }, findings);
 * findings[0]?.message; //=> "97130 is an add-on to 97129 but is billed without it."
 * ```
 * @internal
 * @remarks CPT's add-on convention (an add-on is billed with its primary code); the sources of each pair.
 */
export function checkAddOn(lines: Session["services"], codes: readonly string[], pair: AddOnPair, findings: Finding[]): void {
  let at = -1;
  let present = false;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code !== pair.addOn && code !== pair.primary) continue;
    const billed = ((lines[i] as ServiceLine).units ?? 1) > 0;
    if (code === pair.primary) {
      if (billed) return;
      continue;
    }
    if (at < 0) at = i;
    if (billed) present = true;
  }
  if (present) findings.push(unitFinding(pair.rule, "error", `${pair.addOn} is an add-on to ${pair.primary}${pair.what} but is billed without it`, pair.source, ["services", at, "code"], [pair.addOn], pair.fix));
}
