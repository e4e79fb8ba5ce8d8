import type { Finding } from "../model/finding.js";
import { PAYER_PROFILES, resolvePayerProfile } from "../model/payer-profile.js";
import type { Payer } from "../model/session.js";
import { VALIDATE_SOURCES } from "./sources.js";
import { CHECK_RULE_IDS } from "./check-rule-ids.js";
import { isFixedRule, isRuleSetting } from "./rule-setting.js";
import { ncciOptionUsable, payerFieldWant, settingWant, shown } from "./direct-options.js";

function ignoredOption(message: string, fix: string): Finding {
  return { rule: "input/ignored-option", severity: "warning", message, fix, source: VALIDATE_SOURCES.library };
}

/**
 * The `input/ignored-option` warnings for validateSession's `payer` option: one for a payer
 * option that is not an object, for each field of the wrong type or out of range (which the
 * profile's own value replaces: `resolvePayerProfile` reads only a right-typed field, and no
 * blank name), and for
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
  for (const key of Object.keys(override)) {
    const value = (override as Record<string, unknown>)[key];
    // A blank name ("" from an empty form field) would name no plan: the profile's name is used.
    const expected = payerFieldWant(key, value) ?? (key === "name" && typeof value === "string" && !value.trim() ? "a plan's name" : undefined);
    if (expected === undefined) continue;
    out.push(
      expected
        ? ignoredOption(`The payer option's ${key} is ${shown(value)}, not ${expected}; ${used ? `the checks used ${shown(used[key])} instead` : "it would be ignored"}.`, `Set payer.${key} to ${expected}, or leave it out.`)
        : ignoredOption(`The payer option's ${shown(key)} is not a payer profile field; ${ran}.`, `A payer profile's fields are ${Object.keys(PAYER_PROFILES.medicare).join(", ")}; the program is the session's payer.program.`),
    );
  }
  return out;
}

/**
 * The `input/ignored-option` warning for a `setting` option that is not an MUE table's
 * ("facility", 5, ""), which the MUE check would have read as a table with no rows; none when it
 * is one, or unset (`undefined`, `null`).
 *
 * @param setting - the setting option as read
 * @param checksRan - false when the visit was rejected (no check ran)
 * @returns the warning, or none
 * @example
 * ```ts
 * settingOptionFindings("facility", true)[0]?.message;
 * //=> 'The setting option is "facility", not "practitioner" or "outpatient-hospital"; the checks used "practitioner" instead.'
 * ```
 * @internal
 */
export function settingOptionFindings(setting: unknown, checksRan: boolean): Finding[] {
  const want = settingWant(setting);
  return want
    ? [ignoredOption(`The setting option is ${shown(setting)}, not ${want}; ${checksRan ? 'the checks used "practitioner" instead' : "it would be ignored"}.`, `Set setting to ${want}, or leave it out.`)]
    : [];
}

/**
 * The `input/ignored-option` warning for an `ncci` option that is not NCCI tables (`{}`, 42, a
 * list of rows not passed through `createNcciTables`): the pair and MUE checks had no rows to
 * check by and failed (`internal/check-failed`), which blamed the library; they use the bundled
 * tables instead, and say which. None when the option is unset or tables.
 *
 * @param ncci - the ncci option as read
 * @param bundled - the bundled tables' release label
 * @param checksRan - false when the visit was rejected (no check ran)
 * @returns the warning, or none
 * @example
 * ```ts
 * ncciOptionFindings(42, "ccipra-v301r0 (2024 Q2)", true)[0]?.message;
 * //=> "The ncci option is 42, not NCCI tables (from createNcciTables); the checks used the bundled tables (ccipra-v301r0 (2024 Q2)) instead."
 * ```
 * @internal
 */
export function ncciOptionFindings(ncci: unknown, bundled: string, checksRan: boolean): Finding[] {
  return ncciOptionUsable(ncci)
    ? []
    : [ignoredOption(`The ncci option is ${shown(ncci)}, not NCCI tables (from createNcciTables); ${checksRan ? `the checks used the bundled tables (${bundled}) instead` : "it would be ignored"}.`, "Pass the tables createNcciTables returns for the parsed CMS files, or leave ncci out.")];
}

/**
 * The `input/ignored-option` warnings for validateSession's `rules` option where validateSession
 * applies it (every family but the linter's, which reports its own as `lint/unknown-rule`): a
 * `rules` option that is not an object, a setting that is not "off" or a severity, a setting
 * for an `input/` or `internal/` finding, which no setting changes (but the `input/read-as-` three), and a setting for an id no
 * check reports ({@link CHECK_RULE_IDS}: a typo would otherwise change nothing, unseen). `undefined` and `null` are
 * unset. Ids are quoted whole, as `lint/unknown-rule` quotes them: they are the caller's settings.
 *
 * @param rules - the rules option as read (own fields copied)
 * @param isLinterRule - whether the linter applies the setting for an id
 * @param checksRan - false when the visit was rejected (no check ran)
 * @returns the warnings, naming the rule id, the setting given and what was done instead
 * @example
 * ```ts
 * ruleSettingFindings({ "units/exceeds-time": "loud" }, () => false, true)[0]?.message;
 * //=> 'The rules option sets "units/exceeds-time" to "loud", not "off", "error", "warning" or "info"; the rule kept its own severity.'
 * ```
 * @internal
 */
export function ruleSettingFindings(rules: unknown, isLinterRule: (id: string) => boolean, checksRan: boolean): Finding[] {
  const out: Finding[] = [];
  if (rules == null) return out;
  if (typeof rules !== "object" || Array.isArray(rules)) {
    out.push(ignoredOption(`The rules option is ${shown(rules)}, not an object; ${checksRan ? "the checks ran without it" : "it would be ignored"}.`, 'Pass rules as an object of rule ids and settings, such as { "units/below-time": "off" }.'));
    return out;
  }
  for (const id of Object.keys(rules)) {
    const setting = (rules as Record<string, unknown>)[id];
    if (setting == null || isLinterRule(id)) continue;
    const fixed = isFixedRule(id);
    // An id no check reports (a typo such as `units/exceed-time`) would change nothing, unseen.
    const unknown = !fixed && !CHECK_RULE_IDS.has(id) && !id.startsWith("input/");
    if (!fixed && !unknown && isRuleSetting(setting)) continue;
    out.push(ignoredOption(
      fixed
        ? `The rules option sets ${JSON.stringify(id)}, but input/ and internal/ findings say whether the visit could be read and checked: no setting changes them (of input/, only read-as-credential, read-as-program and read-as-list).`
        : unknown
          ? `The rules option sets ${JSON.stringify(id)} to ${shown(setting)}, but no rule has that id, so the setting changes nothing.`
          : `The rules option sets ${JSON.stringify(id)} to ${shown(setting)}, not "off", "error", "warning" or "info"; ${checksRan ? "the rule kept its own severity" : "it would be ignored"}.`,
      fixed ? "Leave input/ and internal/ rules out of the rules option." : unknown ? 'Write the id as the findings do, such as "units/exceeds-time".' : 'Set the rule to "off", "error", "warning" or "info".',
    ));
  }
  return out;
}
