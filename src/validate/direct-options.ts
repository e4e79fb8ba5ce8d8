import { withArticle } from "../model/article.js";
import { PAYER_PROFILES, type PayerProfileOverride } from "../model/payer-profile.js";
import { shortQuote } from "../rules/short-quote.js";

/**
 * A value as a message shows it: a short text quoted, a number or true/false as written, else its kind.
 *
 * @example
 * ```ts
 * shown("AMA"); //=> '"AMA"'
 * shown([1]);   //=> "a list"
 * ```
 * @internal
 */
export function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(shortQuote(value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : withArticle(typeof value);
}

/**
 * What a payer-override field must be, when its value cannot be used: `undefined` when the
 * profile takes it or it is unset (`undefined`, `null`), `""` for a key no payer profile has.
 * `pairOverlays` is always taken here: the pair-edit check names a bad one itself
 * (`ncci/payer-pair-edit-skipped`). The one test validateSession's `input/ignored-option`
 * warnings and the checks' own {@link directOptions} both use.
 *
 * @example
 * ```ts
 * payerFieldWant("unitMethod", "AMA"); //=> '"cms" or "ama"'
 * payerFieldWant("program", "medicaid"); //=> ""
 * payerFieldWant("ptpEdits", undefined); //=> undefined
 * ```
 * @internal
 */
export function payerFieldWant(key: string, value: unknown): string | undefined {
  const fields: Record<string, unknown> = PAYER_PROFILES.medicare;
  if (!Object.hasOwn(fields, key)) return "";
  if (value == null || key === "pairOverlays" || (key === "unitMethod" ? value === "cms" || value === "ama" : typeof value === typeof fields[key])) return undefined;
  return key === "unitMethod" ? '"cms" or "ama"' : key === "name" ? "a text" : "true or false";
}

/**
 * What a `setting` option must be when it is set: one of the MUE tables' settings. `undefined` when
 * `value` is unset (`undefined`, `null`) or one of them; else the words a message names them by.
 *
 * @example
 * ```ts
 * settingWant("facility"); //=> '"practitioner" or "outpatient-hospital"'
 * ```
 * @internal
 */
export function settingWant(value: unknown): string | undefined {
  return value == null || value === "practitioner" || value === "outpatient-hospital" ? undefined : '"practitioner" or "outpatient-hospital"';
}

/**
 * Whether an `ncci` option can be used as NCCI tables: unset (`undefined`, `null`), or an object
 * with a `release`, as `createNcciTables` makes. Anything else has no rows to check by.
 *
 * @example
 * ```ts
 * ncciOptionUsable(42); //=> false
 * ncciOptionUsable(undefined); //=> true
 * ```
 * @internal
 */
export function ncciOptionUsable(ncci: unknown): boolean {
  return ncci == null || (typeof ncci === "object" && typeof (ncci as { release?: unknown }).release === "object" && (ncci as { release?: unknown }).release !== null);
}

/**
 * A payer option's fields the profile can use (a copy; `pairOverlays` as given; none of a payer
 * option that is not an object): what validateSession hands the checks, after naming
 * the rest in `input/ignored-option` warnings, so {@link directOptions} never throws there.
 *
 * @example
 * ```ts
 * usablePayer({ unitMethod: "AMA", kxThreshold: false }); //=> { kxThreshold: false }
 * ```
 * @internal
 */
export function usablePayer(payer: unknown): PayerProfileOverride {
  const out: Record<string, unknown> = {};
  if (typeof payer === "object" && !Array.isArray(payer)) for (const [key, value] of Object.entries(payer ?? {})) if (payerFieldWant(key, value) === undefined) out[key] = value;
  return out;
}

/**
 * The options of a check called directly (checkUnits, checkPairEdits, checkMue,
 * checkModifiers), or `{}` for none (`undefined`, `null`). An option the check cannot use is the
 * caller's bug, like a session that is not an object in lintDocumentation: a `TypeError` saying
 * what was expected, not the default used in silence (validateSession, which never throws, names
 * such options in `input/ignored-option` warnings and passes on only what can be used).
 *
 * @param fn - the check's name, for the message
 * @param options - the caller's options
 * @returns the options
 * @throws TypeError for options that are not an object, a payer that is not an object or has a
 * field of the wrong type or one no payer profile has, an `ncci` that is not NCCI tables, or a
 * `setting` that is not an MUE table's
 * @example
 * ```ts
 * directOptions("checkUnits", { payer: { unitMethod: "AMA" } });
 * // throws TypeError: checkUnits expects options.payer.unitMethod to be "cms" or "ama", not "AMA".
 * ```
 * @internal
 */
export function directOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options == null) return {};
  const fail = (what: string, value: unknown): never => {
    throw new TypeError(`${fn} expects ${what}, not ${shown(value)}.`);
  };
  if (typeof options !== "object") fail("options to be an object", options);
  const { payer, ncci, setting } = options as { payer?: unknown; ncci?: unknown; setting?: unknown };
  if (payer != null) {
    if (typeof payer !== "object" || Array.isArray(payer)) fail("options.payer to be an object of payer profile fields", payer);
    for (const [key, value] of Object.entries(payer as object)) {
      const want = payerFieldWant(key, value);
      if (want === "") fail("options.payer to hold payer profile fields only", key);
      if (want) fail(`options.payer.${key} to be ${want}`, value);
    }
  }
  if (!ncciOptionUsable(ncci)) fail("options.ncci to be NCCI tables (from createNcciTables)", ncci);
  const want = settingWant(setting);
  if (want) fail(`options.setting to be ${want}`, setting);
  return options;
}
