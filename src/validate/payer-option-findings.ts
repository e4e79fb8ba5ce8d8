import { withArticle } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import { PAYER_PROFILES, resolvePayerProfile } from "../model/payer-profile.js";
import type { Payer } from "../model/session.js";
import { shortQuote } from "../rules/short-quote.js";
import { VALIDATE_SOURCES } from "./sources.js";

/** A value as a message shows it: a short text quoted, a number or true/false as written, else its kind. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(shortQuote(value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : withArticle(typeof value);
}

function ignoredOption(message: string, fix: string): Finding {
  return { rule: "input/ignored-option", severity: "warning", message, fix, source: VALIDATE_SOURCES.library };
}

/**
 * The `input/ignored-option` warnings for validateSession's `payer` option: one for a payer
 * option that is not an object, for each field of the wrong type or out of range (which the
 * profile's own value replaces: `resolvePayerProfile` reads only a right-typed field), and for
 * each field a payer profile does not have. `undefined` and `null` are unset, never a finding.
 *
 * @param override - the payer option as read (own fields copied)
 * @param payer - the session's payer, or null when the visit was rejected (no check ran)
 * @returns the warnings, naming the field, what was given and what was used instead
 * @example
 * ```ts
 * payerOptionFindings({ unitMethod: "AMA" }, { program: "medicare" })[0]?.message;
 * //=> 'The payer option\'s unitMethod is "AMA", not "cms" or "ama"; the checks used "cms" instead.'
 * ```
 * @internal
 */
export function payerOptionFindings(override: unknown, payer: Payer | null): Finding[] {
  const out: Finding[] = [];
  const ran = payer ? "the checks ran without it" : "it would be ignored";
  if (override == null) return out;
  if (typeof override !== "object" || Array.isArray(override)) {
    out.push(ignoredOption(`The payer option is ${shown(override)}, not an object; ${ran}.`, 'Pass payer as an object of profile fields, such as { unitMethod: "ama" }.'));
    return out;
  }
  const used = payer && (resolvePayerProfile(payer) as unknown as Record<string, unknown>);
  const fields: Record<string, unknown> = PAYER_PROFILES.medicare;
  for (const key of Object.keys(override)) {
    const value = (override as Record<string, unknown>)[key];
    if (!Object.hasOwn(fields, key)) {
      out.push(ignoredOption(`The payer option's ${JSON.stringify(shortQuote(key))} is not a payer profile field; ${ran}.`, `A payer profile's fields are ${Object.keys(fields).join(", ")}; the program is the session's payer.program.`));
      continue;
    }
    // pairOverlays that is not a list is the NCCI check's ncci/payer-pair-edit-skipped.
    if (value == null || key === "pairOverlays" || (key === "unitMethod" ? value === "cms" || value === "ama" : typeof value === typeof fields[key])) continue;
    const expected = key === "unitMethod" ? '"cms" or "ama"' : key === "name" ? "a text" : "true or false";
    out.push(ignoredOption(`The payer option's ${key} is ${shown(value)}, not ${expected}; ${used ? `the checks used ${shown(used[key])} instead` : "it would be ignored"}.`, `Set payer.${key} to ${expected}, or leave it out.`));
  }
  return out;
}
