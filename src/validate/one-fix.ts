import { getCode } from "../catalog/catalog.js";
import type { Finding } from "../model/finding.js";
import { deletedCode } from "../rules/doc/deleted-code.js";
import { analyzeText } from "../rules/text/analyze-text.js";
import type { UnitResult } from "../units/types.js";
import type { Session } from "../model/session.js";
import { findMue } from "../ncci/mue.js";
import { UNTIMED } from "../units/timing.js";
import type { ValidateOptions } from "./options.js";
import { isRuleSetting } from "./rule-setting.js";

/** Whether the caller left a rule at error (set it to "error" or not at all). */
function atError(rules: ValidateOptions["rules"], rule: string): boolean {
  const set = rules?.[rule];
  return set === "error" || !isRuleSetting(set);
}

/** units/untimed-over-one and units/97129-over-one: the units check's "bill the code once". */
const BILL_ONCE = /^units\/(untimed|97129)-over-one$/;

/**
 * The MUE check's findings, made to agree with the other checks (validateSession runs the MUE
 * check before the units check, for {@link afterMue}):
 *
 * - an MUE of 1 exceeded on an untimed code or 97129 is one problem with one fix (bill 1 unit)
 *   with the units check's `units/untimed-over-one` or `units/97129-over-one` (an MUE of 1
 *   exceeded is more than 1 unit that day, which those rules flag): its `mue/units-exceed` stays,
 *   as information that names the units error, unless the caller set that rule below error;
 *   (not when the code's minutes allow it no unit: then billing 1 unit clears nothing);
 * - a code billed over an MUE of 0, an error, is noted in `zero` for the units check.
 *
 * Each rests on data (the MUE row's value, the catalog, the unit calculation), never on a finding's text.
 *
 * @param findings - the MUE check's findings
 * @param options - the caller's options as the MUE check was given them (`ncci`, `setting`; null is none) and `rules`
 * @param zero - filled with the codes billed over an MUE of 0 (for {@link afterMue})
 * @param units - the visit's unit calculation (null: none was made)
 * @returns the findings, changed as above
 * @internal
 * @example
 * ```ts
 * const visit: Session = { dateOfService: "2024-06-14", payer: { program: "medicare" }, provider: { discipline: "SLP" }, services: [{ code: "92507", units: 2 }] };
 * oneMueFix(checkMue(visit), {}, [])[0]?.severity; //=> "info"
 * ```
 */
export function oneMueFix(findings: Finding[], options: ValidateOptions, zero: string[] | undefined, units?: UnitResult | null): Finding[] {
  const rules = options.rules;
  // Every visit comes here: no new list unless a units-exceed error is there to read.
  if (!findings.some((f) => f.rule === "mue/units-exceed")) return findings;
  return findings.map((f) => {
    // Upper case, as the units check writes codes (a loaded table may hold "g0283").
    const code = f.codes?.[0]?.toUpperCase();
    if (!code || f.rule !== "mue/units-exceed" || f.severity !== "error") return f;
    const value = findMue(code, options.setting ?? undefined, options.ncci ?? undefined)?.value;
    if (value === 0 && atError(rules, f.rule)) zero?.push(code);
    const once = code === "97129" ? "units/97129-over-one" : UNTIMED.has(code) ? "units/untimed-over-one" : "";
    return value === 1 && once && atError(rules, once) && unitsOf(units, code) !== 0 ? { ...f, severity: "info", message: `${f.message} Billing 1 unit also clears the units error on ${code}.` } : f;
  });
}

/** The units the visit's calculation gives `code` (undefined: no calculation, or not a code of it). */
function unitsOf(units: UnitResult | null | undefined, code: string): number | undefined {
  // A loop, not find(): afterMue asks on every visit.
  for (const line of units?.lines ?? []) if (line.code === code) return line.units;
  return undefined;
}

/**
 * The units check's findings, made to agree with each other and with the MUE check's (run before
 * it). "Bill the code once" (`units/untimed-over-one`, `units/97129-over-one`) stays, as
 * information that names the error to fix:
 *
 * - on a code {@link oneMueFix} noted as billed over an MUE of 0: that error's "do not bill"
 *   (Medicare pays no unit of 97010);
 * - on 97129 when its minutes allow it no unit, where `units/exceeds-time` says "do not bill"
 *   (97129 × 4 with 8 minutes beside 97112's 26), unless the caller set that rule below error.
 *
 * @param findings - the units check's findings
 * @param zero - the codes {@link oneMueFix} noted
 * @param units - the visit's unit calculation (null: none was made)
 * @param rules - the caller's rule settings
 * @returns the findings, those as above as info
 * @internal
 * @example
 * ```ts
 * const visit: Session = { dateOfService: "2024-06-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97010", units: 2 }] };
 * afterMue(checkUnits(visit), ["97010"])[0]?.severity; //=> "info"
 * ```
 */
export function afterMue(findings: Finding[], zero: readonly string[] | undefined, units?: UnitResult | null, rules?: ValidateOptions["rules"]): Finding[] {
  const none = unitsOf(units, "97129") === 0 && atError(rules, "units/exceeds-time");
  if ((zero === undefined || zero.length === 0) && !none) return findings;
  return findings.map((f) => {
    const code = f.codes?.[0];
    if (!code || !BILL_ONCE.test(f.rule)) return f;
    if (zero?.includes(code)) return { ...f, severity: "info", message: `${f.message} Its MUE is 0, so the mue/units-exceed error on ${code} is the one to fix.`, fix: `Fix the mue/units-exceed error on ${code}; bill ${code} × 1 only where the payer pays it.` };
    const exceeds = none && code === "97129" && findings.some((e) => e.rule === "units/exceeds-time" && e.codes?.includes(code));
    return exceeds ? { ...f, severity: "info", message: `${f.message} Its minutes allow it no unit, so the units/exceeds-time error on ${code} is the one to fix.`, fix: `Fix the units/exceeds-time error on ${code}.` } : f;
  });
}

/** Findings that say nothing a biller can use on a code not valid on the date of service. */
const MOOT_ON_DELETED = new Set(["mue/no-data", "modifier/ncci-modifier-without-edit"]);

/**
 * Leaves out, on a code the catalog says is not valid on the date of service (97532 in 2024),
 * `mue/no-data` (such a code has no MUE) and `modifier/ncci-modifier-without-edit` (it has no
 * pair edits, but the code in force may: 92507 with 97129 needs 59 or an X modifier, so "remove
 * 59" would be wrong advice): `doc/deleted-code` says what to bill instead. Kept when the caller
 * turned that rule off. Findings a biller must still fix (a missing GO, CQ) stay.
 *
 * @param findings - the MUE or NCCI pair-edit check's findings
 * @param session - the session checked
 * @param rules - the caller's rule settings
 * @returns the findings, less those
 * @internal
 * @example
 * ```ts
 * const visit: Session = { dateOfService: "2024-06-14", payer: { program: "medicare" }, provider: { discipline: "OT" }, services: [{ code: "97532", units: 1 }] };
 * notOnDeleted(checkMue(visit), visit, undefined); //=> []
 * ```
 */
export function notOnDeleted(findings: Finding[], session: Session, rules: ValidateOptions["rules"]): Finding[] {
  // Every visit comes here: no new list unless a finding could go.
  if (rules?.["doc/deleted-code"] === "off" || !findings.some((f) => MOOT_ON_DELETED.has(f.rule))) return findings;
  return findings.filter((f) => {
    const code = f.codes?.[0];
    return !(code && MOOT_ON_DELETED.has(f.rule) && getCode(code, session.dateOfService)?.active === false);
  });
}

/**
 * `doc/deleted-code` counts what to bill instead from the line's billed units (97532 × 3 in 2024:
 * "bill 97129 × 1, 97130 × 2"); when the line's minutes allow fewer (20 minutes: 1 unit, which the
 * units check says as "bill 97532 × 1 or fewer"), that count would over-bill. The finding is made
 * again from the units the calculation gives the code, when it is on one line only; when its
 * minutes allow no unit, it names the codes without a count and says not to bill, as the units
 * check does.
 *
 * @param findings - the documentation linter's findings
 * @param session - the session checked
 * @param units - the visit's unit calculation (null: none was made)
 * @returns the findings, a deleted code's counted to the units its minutes allow
 * @internal
 * @example
 * ```ts
 * const visit: Session = { dateOfService: "2024-06-14", payer: { program: "medicare" }, provider: { discipline: "OT" }, services: [{ code: "97532", minutes: 20, units: 3 }] };
 * deletedAtAllowedUnits(lintDocumentation(visit), visit, calculateUnits(visit.services)).find((f) => f.rule === "doc/deleted-code")?.fix; //=> "Bill 97129 × 1."
 * ```
 */
export function deletedAtAllowedUnits(findings: Finding[], session: Session, units: UnitResult | null): Finding[] {
  // Every visit comes here: no new list unless a deleted code was found.
  if (units === null || !findings.some((f) => f.rule === "doc/deleted-code")) return findings;
  const services = session.services;
  return findings.map((f) => {
    const index = f.rule === "doc/deleted-code" ? f.path?.[1] : undefined;
    const line = typeof index === "number" ? services[index] : undefined;
    if (!line) return f;
    const code = line.code.toUpperCase();
    const allowed = unitsOf(units, code) ?? 0;
    // Deleted before the date, not yet in effect on it (that finding has no replacement to count).
    const to = getCode(code, session.dateOfService)?.effective.to;
    if (!(to !== undefined && to < session.dateOfService) || !(allowed < (line.units ?? 0)) || !(allowed > 0 || typeof line.minutes === "number") || services.filter((l) => l.code.toUpperCase() === code).length !== 1) return f;
    const { units: _billed, ...rest } = line;
    const report = deletedCode.check({
      session: { ...session, services: [allowed > 0 ? { ...rest, units: allowed } : rest] },
      code: (c) => getCode(c, session.dateOfService),
      text: analyzeText,
    })[0];
    const fix = allowed > 0 ? report?.fix : `Do not bill ${line.code}: its minutes allow no unit of the codes that replace it.`;
    return report ? { ...f, message: report.message, ...(fix === undefined ? {} : { fix }) } : f;
  });
}
