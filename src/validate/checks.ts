import { checkCatalog } from "../catalog/check-catalog.js";
import type { Finding } from "../model/finding.js";
import type { UnitMethod, Session } from "../model/session.js";
import type { ValidateOptions } from "./options.js";
import type { ReportUnits } from "./report.js";

/**
 * One check validateSession runs: a name (shown when it fails) and a function from a parsed
 * session to findings.
 *
 * @example
 * ```ts
 * const check: SessionCheck = { name: "catalog", run: (session) => checkCatalog(session) };
 * ```
 */
export interface SessionCheck {
  /** Short name, shown in `internal/check-failed` when the check throws. */
  readonly name: string;
  readonly run: (session: Session, options: ValidateOptions) => Finding[];
}

/**
 * Every check validateSession runs, in order. Each runs on its own: one that throws becomes an
 * `internal/check-failed` finding and the others still run.
 *
 * WIRE HERE (lead): add, as each module lands on main,
 * ```ts
 * { name: "units", run: (s, o) => checkUnits(s, { ...(o.payer && { payer: o.payer }) }) },
 * { name: "ncci-ptp", run: (s, o) => checkPairEdits(s, { ...(o.ncci && { ncci: o.ncci }), ...(o.payer && { payer: o.payer }) }) },
 * { name: "mue", run: (s, o) => checkMue(s, { ...(o.ncci && { ncci: o.ncci }), ...(o.payer && { payer: o.payer }), ...(o.setting && { setting: o.setting }) }) },
 * { name: "modifiers", run: (s, o) => checkModifiers(s, { ...(o.payer && { payer: o.payer }) }) },
 * { name: "documentation", run: (s, o) => lintDocumentation(s, { ...(o.rules && { rules: o.rules }), ...(o.extraRules && { extraRules: o.extraRules }) }) },
 * ```
 * @example
 * ```ts
 * SESSION_CHECKS.map((c) => c.name); //=> ["catalog"]
 * ```
 */
export const SESSION_CHECKS: readonly SessionCheck[] = [
  { name: "catalog", run: (session) => checkCatalog(session) },
];

/**
 * The unit calculation shown in a report, with the method already chosen from the payer.
 *
 * WIRE HERE (lead): when `src/units` lands, return
 * `calculateUnits(session.services.flatMap((l) => l.minutes === undefined ? [] : [{ code: l.code, minutes: l.minutes }]), { method })`
 * (or however units/ decides lines without minutes should count). Until then no units are
 * reported: `null`, never a guess.
 *
 * @param _session - the parsed session
 * @param _method - the payer's unit method
 * @returns the calculation, or `null` while the calculator is not wired in
 * @example
 * ```ts
 * unitsForReport(session, "cms"); //=> null (until calculateUnits is wired in)
 * ```
 */
export function unitsForReport(_session: Session, _method: UnitMethod): ReportUnits | null {
  return null;
}

/**
 * The NCCI release the report's edits came from.
 *
 * WIRE HERE (lead): return the loaded tables' version (`options.ncci`), else the bundled
 * release's, once the NCCI checks are in {@link SESSION_CHECKS}.
 *
 * @param _options - the caller's options
 * @returns the release name, or `null` while no NCCI check runs
 * @example
 * ```ts
 * ncciDataVersionFor({}); //=> null (until the NCCI checks are wired in)
 * ```
 */
export function ncciDataVersionFor(_options: ValidateOptions): string | null {
  return null;
}
