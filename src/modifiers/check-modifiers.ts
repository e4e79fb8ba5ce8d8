import { getCode } from "../catalog/catalog.js";
import type { Finding } from "../model/finding.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import { disciplineOfCredential } from "../model/credential-discipline.js";
import { payerProfileOf } from "../model/payer-profile-of.js";
import type { ServiceLine, Session } from "../model/session.js";
import { upper } from "../units/upper.js";
import { assistantFindings } from "./assistant-rules.js";
import { disciplineFindings, otherPayerMismatch } from "./discipline-rules.js";
import { hygieneFindings } from "./hygiene-rules.js";
import { kxFindings } from "./kx-rules.js";
import { modifiersOf } from "./line-finding.js";
import { directOptions } from "../validate/direct-options.js";

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
  readonly payer?: PayerProfileOverride | undefined;
}

/**
 * Checks the modifiers of every line of a visit, by its date of service.
 *
 * Medicare rules (on when the payer profile says so: `disciplineModifiers`,
 * `assistantModifiers`, `kxThreshold`):
 * - `modifier/therapy-modifier-missing`: an always-therapy code without GP/GO/GN (error); a
 *   sometimes-therapy code without it (warning).
 * - `modifier/therapy-modifier-mismatch`: GP/GO/GN not matching the discipline, or an
 *   evaluation of another discipline (error); a code the catalog lists for SLPs alone (92507)
 *   billed with a PT or OT plan's own GP or GO by that plan's clinician (warning: Medicare pays
 *   speech-language pathology only when a qualified SLP furnishes it, 42 CFR 410.62(a)).
 * - `modifier/multiple-therapy-modifiers`: two or more of GP/GO/GN on a line (error).
 * - `modifier/assistant-modifier-missing`: from 2020, a line furnished in whole or in part by
 *   a PTA/OTA without CQ/CO (error); `modifier/assistant-no-data` (info) when minutes are missing.
 * - `modifier/assistant-modifier-not-needed`: from 2020, CQ/CO on a line whose assistant minutes
 *   are 0 or within the 10% de minimis share (warning: from 2022 the line is paid at 85%).
 * - `modifier/assistant-evaluation`: a PT/OT evaluation a PTA/OTA took part in (error; MBPM
 *   ch. 15 §230.1, §230.2); no CQ/CO is asked for on an evaluation.
 * - `modifier/slp-assistant`: assistant minutes on a line of an SLP visit (error, any date; MBPM
 *   ch. 15 §230.3 C: Medicare does not recognise SLP assistants, and CQ/CO are PT/OT only).
 * - `modifier/assistant-discipline-mismatch`: every line of a visit a PTA, OTA or SLPA furnished
 *   under another discipline's plan (error, any date; MBPM ch. 15 §230.1, §230.2); no KX is asked for on it.
 * - `modifier/therapist-discipline-mismatch`: every line of a visit a PT, OT or SLP furnished under
 *   another discipline's plan (error, any date; MBPM ch. 15 §220.1.2); no KX is asked for on it.
 * - `modifier/assistant-modifier-mismatch`: CQ on an OT or SLP line, CO on a PT or SLP line,
 *   CQ without GP, CO without GO (error).
 * - `modifier/kx-required` (error; not on a line `modifier/assistant-evaluation` says cannot be
 *   billed), `modifier/kx-below-threshold` (warning),
 *   `modifier/targeted-review` (info), `modifier/kx-no-data` (info).
 *
 * - `modifier/opposing-modifiers`: KX with GA on one line (error; with the KX rules).
 *
 * Every program: `modifier/unknown` (warning), `modifier/too-many` (error),
 * `modifier/opposing-modifiers` for GA with GZ or GY with GZ on one line (error) and `modifier/not-in-effect`
 * for a modifier used outside its dates in `KNOWN_MODIFIERS` (error: XE/XS/XP/XU before
 * 2015-01-01, CQ/CO before 2019-01-01).
 *
 * @param session - a valid session (from `parseSession` or built in code); never mutated
 * @param options - a payer-profile override
 * @throws TypeError when an option cannot be used (a payer field of the wrong type or one no profile has); validateSession names such options in warnings instead
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
  const profile = payerProfileOf(session.payer, directOptions("checkModifiers", options).payer);
  const out: Finding[] = [];
  const lines = session.services;
  const medicareLines = profile.disciplineModifiers || profile.assistantModifiers;
  const n = lines.length;
  // Made at their length: push would reserve room for 17 lines on the first line.
  const mods = new Array<readonly string[]>(n);
  const codes = new Array<string>(n);
  // Lines that cannot be billed as they stand: no KX is asked for on them (one error is enough).
  const unbillable: number[] = [];
  // Another discipline's therapist or assistant furnished the visit (the assistant rules say so).
  const { discipline, credential } = session.provider;
  const own = disciplineOfCredential(credential);
  const by = profile.assistantModifiers && own !== discipline ? own : undefined;
  for (let i = 0; i < n; i++) {
    const line = lines[i] as ServiceLine;
    const lineMods = modifiersOf(line);
    const code = upper(line.code);
    mods[i] = lineMods;
    codes[i] = code;
    hygieneFindings(out, lineMods, code, i, profile.kxThreshold, session.dateOfService);
    if (!profile.disciplineModifiers) otherPayerMismatch(out, lineMods, code, i, discipline);
    if (!medicareLines) continue;
    const info = getCode(line.code, session.dateOfService);
    if (profile.disciplineModifiers) disciplineFindings(out, lineMods, code, i, discipline, info, by);
    if (profile.assistantModifiers && assistantFindings(out, session, line, lineMods, code, i, info)) unbillable.push(i);
  }
  if (profile.kxThreshold) kxFindings(out, session, mods, codes, unbillable);
  return out;
}
