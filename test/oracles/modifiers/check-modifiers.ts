// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import { getCode } from "../../../src/catalog/catalog.js";
import type { Finding } from "../../../src/model/finding.js";
import { resolvePayerProfile, type PayerProfileOverride } from "../../../src/model/payer-profile.js";
import type { Discipline, Session } from "../../../src/model/session.js";
import { assistantFindings } from "./assistant-rules.js";
import { disciplineFindings } from "./discipline-rules.js";
import { hygieneFindings } from "./hygiene-rules.js";
import { kxFindings } from "./kx-rules.js";
// OTHER-PAYER-GO: (twelfth round) the live function, for a payer that does not require GP/GO/GN.
import { otherPayerMismatch } from "../../../src/modifiers/discipline-rules.js";
import { modifiersOf } from "../../../src/modifiers/line-finding.js";
import { upper } from "../../../src/units/upper.js";

/**
 * Options of {@link checkModifiers}.
 *
 * @example
 * ```ts
 * const o: CheckModifiersOptions = { payer: { kxThreshold: false } };
 * ```
 */
export interface CheckModifiersOptions {
  /** Overrides the payer profile of `session.payer` (e.g. a Medicare Advantage plan that skips KX). */
  readonly payer?: PayerProfileOverride;
}

/**
 * Checks the modifiers of every line of a visit, by its date of service.
 *
 * Medicare rules (on when the payer profile says so: `disciplineModifiers`,
 * `assistantModifiers`, `kxThreshold`):
 * - `modifier/therapy-modifier-missing`: an always-therapy code without GP/GO/GN (error); a
 *   sometimes-therapy code without it (warning).
 * - `modifier/therapy-modifier-mismatch`: GP/GO/GN not matching the discipline, or an
 *   evaluation of another discipline (error).
 * - `modifier/multiple-therapy-modifiers`: two or more of GP/GO/GN on a line (error).
 * - `modifier/assistant-modifier-missing`: from 2020, a line furnished in whole or in part by
 *   a PTA/OTA without CQ/CO (error); `modifier/assistant-no-data` (info) when minutes are missing.
 * - `modifier/assistant-modifier-mismatch`: CQ on an OT or SLP line, CO on a PT or SLP line,
 *   CQ without GP, CO without GO (error).
 * - `modifier/kx-required` (error), `modifier/kx-below-threshold` (warning),
 *   `modifier/targeted-review` (info), `modifier/kx-no-data` (info).
 *
 * Every program: `modifier/unknown` (warning) and `modifier/too-many` (error).
 *
 * @param session - a valid session (from `parseSession` or built in code); never mutated
 * @param options - a payer-profile override
 * @returns the findings, lines in order, each with a `modifier/` rule id
 * @example
 * ```ts
 * checkModifiers({
 *   dateOfService: "2024-05-02", payer: { program: "medicare" }, provider: { discipline: "PT" },
 *   services: [{ code: "97110", minutes: 15, units: 1, assistantMinutes: 10, modifiers: ["GP"] }],
 * }).map((f) => f.rule); //=> ["modifier/assistant-modifier-missing"]
 * ```
 * @remarks Pub. 100-04 ch. 5 §10.4 and §20.1 (CR 10176); SSA §1834(v) and the CMS CQ/CO
 * billing examples; BBA 2018 §50202 (KX threshold, targeted medical review).
 */
export function checkModifiers(session: Session, options?: CheckModifiersOptions): Finding[] {
  const profile = resolvePayerProfile(session.payer, options?.payer);
  const out: Finding[] = [];
  // UNBILLABLE: a deliberate change (eleventh round): no modifier/kx-required on a line modifier/assistant-evaluation says cannot be billed, as in src/modifiers/check-modifiers.ts.
  const unbillable: number[] = [];
  for (const [i, line] of session.services.entries()) {
    out.push(...hygieneFindings(line, i, profile.kxThreshold, session.dateOfService));
    // OTHER-PAYER-GO: a line whose GP/GO/GN is not the visit's discipline's is a warning for such a payer too.
    if (!profile.disciplineModifiers) otherPayerMismatch(out, modifiersOf(line), upper(line.code), i, session.provider.discipline);
    if (!profile.disciplineModifiers && !profile.assistantModifiers) continue;
    const info = getCode(line.code, session.dateOfService);
    // OWN-MODIFIER: the discipline of another discipline's therapist or assistant who furnished the visit (thirteenth round).
    const own = ({ PT: "PT", PTA: "PT", OT: "OT", OTA: "OT", SLP: "SLP", SLPA: "SLP" } as Record<string, Discipline>)[session.provider.credential ?? ""];
    const by = profile.assistantModifiers && own !== undefined && own !== session.provider.discipline ? own : undefined;
    if (profile.disciplineModifiers) out.push(...disciplineFindings(line, i, session.provider.discipline, info, by));
    if (profile.assistantModifiers) {
      const found = assistantFindings(session, line, i, info);
      // SLPA: a line of a visit an SLPA furnished cannot be billed either.
      // WRONG-PLAN: nor a line of a visit another discipline's assistant furnished (modifier/assistant-discipline-mismatch).
      // OTHER-THERAPIST: (thirteenth round) a line of another discipline's therapist is not billable either: no KX is asked for on it.
      if (found.some((f) => f.rule === "modifier/assistant-evaluation" || f.rule === "modifier/assistant-discipline-mismatch" || f.rule === "modifier/therapist-discipline-mismatch" || (f.rule === "modifier/slp-assistant" && session.provider.credential === "SLPA"))) unbillable.push(i);
      out.push(...found);
    }
  }
  if (profile.kxThreshold) out.push(...kxFindings(session, unbillable));
  return out;
}
