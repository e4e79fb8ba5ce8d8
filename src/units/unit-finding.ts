import type { Finding } from "../model/finding.js";
import type { Source } from "../model/source.js";

/**
 * A units finding; `message` is a sentence without its full stop, added here (every other
 * check's messages end with one). Shared by the 15-minute checks and the hour checks.
 *
 * @example
 * ```ts
 * unitFinding("units/exceeds-time", "error", "97110 is billed for 2 units", { title: "Pub. 100-04 ch. 5 §20.2" }, ["services", 0, "units"], ["97110"], "Bill 97110 × 1.").message;
 * //=> "97110 is billed for 2 units."
 * ```
 * @internal
 */
export function unitFinding(rule: string, severity: Finding["severity"], message: string, source: Source, path: (string | number)[], codes: string[], fix: string): Finding {
  return { rule, severity, message: `${message}.`, path, codes, fix, source };
}
