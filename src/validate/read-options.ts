import type { Finding } from "../model/finding.js";
import type { ValidateOptions } from "./options.js";
import { describeThrown } from "./read-input.js";
import { VALIDATE_SOURCES } from "./sources.js";

const OPTION_KEYS = ["payer", "ncci", "rules", "extraRules", "setting"] as const;

/** No options: one shared, frozen object (the checks only read their options). */
const NONE: ValidateOptions = /* @__PURE__ */ Object.freeze({});

/**
 * validateSession's options, each read once into a plain object: `payer` and `rules` (read
 * field by field by the checks) as plain copies of their own fields when they are objects (a
 * list stays a list, for `input/ignored-option` to name). An option that throws as it
 * is read (a getter, a Proxy) is left out, with an `input/unreadable-option` error that names it,
 * and the checks run without it. Anything but an object is no options.
 *
 * @param given - the caller's options (from JavaScript: anything)
 * @param findings - where the findings about options go
 * @returns the options the checks read
 * @example
 * ```ts
 * const findings: Finding[] = [];
 * readOptions({ get payer() { throw new Error(); } }, findings); //=> {}
 * findings[0]?.message; //=> "The payer option could not be read (it threw Error), so the checks ran without it."
 * ```
 * @internal
 */
export function readOptions(given: unknown, findings: Finding[]): ValidateOptions {
  // Made at the first option set: the common call, with none, allocates nothing.
  let out: Record<string, unknown> | undefined;
  if (typeof given !== "object" || given === null) return NONE;
  for (const key of OPTION_KEYS) {
    try {
      const value = (given as Record<string, unknown>)[key];
      // A spread copies own fields (getters run now, once); an own "__proto__" key stays a key.
      if (value !== undefined) (out ??= {})[key] = (key === "payer" || key === "rules") && typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : value;
    } catch (error) {
      findings.push({
        rule: "input/unreadable-option",
        severity: "error",
        message: `The ${key} option could not be read (it threw ${describeThrown(error)}), so the checks ran without it.`,
        fix: `Pass ${key} as plain data: no getters, proxies or functions.`,
        source: VALIDATE_SOURCES.library,
      });
    }
  }
  return out ?? NONE;
}
