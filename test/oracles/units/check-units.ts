// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
// ZERO: a deliberate change (2026-11-23, fifth round): "Do not bill 97530", not "Bill 97530 × 0 or fewer", as in src; sixth round, the same for the per-code method ("Do not bill 97035", not "Bill 97035 × 0").
// PLURAL: a deliberate change (2026-11-23, fifth round): "1 minute allows", not "1 minutes allow", as in src/units/check-units.ts.
// ONE-CODE: a deliberate change (2026-11-23, sixth round): when the visit's advice is only this code's units, or no code earns a unit, the fix leaves it out ("bill 97110 × 2 (bill 97110 × 2)"), as in src/units/check-units.ts.
// Two deliberate changes since (robustness, a 5,000-line visit ran out of memory) are applied
// here too, marked CAP: the billing advice names at most 12 codes, and overlapping pairs are
// listed one by one up to 20, then counted in one finding.
import { clockMinutes } from "../../../src/model/dates.js";
import type { Finding } from "../../../src/model/finding.js";
import { resolvePayerProfile, type PayerProfileOverride } from "../../../src/model/payer-profile.js";
import type { Session, UnitMethod } from "../../../src/model/session.js";
import type { Source } from "../../../src/model/source.js";
import { SOURCES } from "../../../src/model/sources.js";
import { calculateUnits } from "./calculate-units.js";
import { unitsForMinutes, wholeMinutes } from "./chart.js";
import { cmsUnitRanges } from "./cms.js";
import { COGNITIVE_ADD_ON, COGNITIVE_FIRST, isCognitiveCode, isTimedCode } from "./timing.js";
import type { UnitResult } from "./types.js";
import { count } from "./words.js";
import { checkHourly, periodFamilyOf, type PeriodFamily } from "../../../src/units/check-hourly.js";

/**
 * Options of {@link checkUnits}.
 *
 * @example
 * ```ts
 * const o: CheckUnitsOptions = { payer: { unitMethod: "ama" } };
 * ```
 */
export interface CheckUnitsOptions {
  /** Overrides fields of the session's payer profile; `unitMethod` decides how units are counted. */
  readonly payer?: PayerProfileOverride | undefined;
}

/** A timed service of the session: one code's lines, or the 97129/97130 lines together. */
interface Service {
  readonly key: string;
  readonly label: string;
  readonly indexes: number[];
  minutes: number;
  minutesKnown: boolean;
  /** Units billed on its lines; undefined when no line states units. */
  billed: number | undefined;
}

type Extra = Pick<Finding, "path" | "codes" | "fix">;

// SENTENCE: a deliberate change (2026-11-23, sixth round): units/* messages start with a capital and end with a full stop, as in src/units/check-units.ts.
function make(rule: string, severity: Finding["severity"], message: string, source: Source, extra: Extra): Finding {
  return { rule, severity, message: `${message[0]!.toUpperCase()}${message.slice(1)}.`, ...extra, source };
}

function serviceCodes(s: Service, session: Session): string[] {
  return [...new Set(s.indexes.map((i) => (session.services[i]?.code ?? "").toUpperCase()))];
}

/** What to bill, listed by code (not by line order, so the advice never depends on how lines were entered). */
// TIMED-ADVICE: a deliberate change (2026-11-23, sixth round): a day's-total fix lists the timed codes only, so its units add up to the total, as in src/units/check-units.ts.
// TIMED-ADVICE-LINE: the same for a line's exceeds-time and below-time fix (tenth round): "bill 97530 × 3", not "bill 97530 × 3 (bill 97014 × 1, 97530 × 3)".
function billAdvice(result: UnitResult, timedOnly?: boolean): string {
  const billed = result.lines.filter((l) => l.units > 0 && (l.timed || !timedOnly)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (billed.length === 0) return "the minutes earn no units";
  // CAP: at most 12 codes named.
  const more = billed.length - 12;
  const named = billed.slice(0, 12).map((l) => `${l.code} × ${l.units}`).join(", ");
  return more > 0 ? `bill ${named} and ${more} more code${more === 1 ? "" : "s"}` : `bill ${named}`;
}

/**
 * Checks the units billed on a session against its minutes, and the minutes against each
 * other. Rule ids:
 *
 * | Rule | Severity | Flags |
 * |---|---|---|
 * | `units/exceeds-time` | error | more units than the minutes support (per code, or in all under `cms`) |
 * | `units/below-time` | info | fewer units than the minutes clearly support |
 * | `units/missing-minutes` | error | a timed line with no minutes |
 * | `units/missing-units` | info | a timed code with no billed units (says what the minutes earn) |
 * | `units/untimed-over-one` | error | an untimed code billed with more than 1 unit in the session |
 * | `units/97129-over-one` | error | 97129 billed with more than 1 unit |
 * | `units/97130-without-97129` | error | 97130 billed without 97129 |
 * | `units/total-timed-mismatch` | error | documented total timed minutes differ from the timed lines' sum |
 * | `units/treatment-below-timed` | error | total treatment minutes below total timed minutes |
 * | `units/clock-mismatch` | warning | start/end span and minutes differ by more than 1 minute |
 * | `units/overlapping-time` | error | two one-on-one timed lines whose clock times overlap |
 *
 * The method is the payer profile's `unitMethod` (Medicare and Medicaid `cms`, others `ama`;
 * `payer.unitMethod` and `options.payer.unitMethod` override it). Under `cms` a code's units
 * are flagged only when they fall outside every allocation CMS accepts: a tie at the last unit
 * (CMS Example 2, 20 and 20 minutes) is the provider's choice, so either code may take it.
 * Lines with the same code are added up; 97129 and 97130 count as one service. When minutes
 * are missing, the units that depend on them are not compared (the missing minutes are the
 * finding).
 *
 * @param session - a valid session (from `parseSession` or built in code); never mutated
 * @param options - `payer`: fields that override the payer profile
 * @returns the findings, in a stable order
 * @example
 * ```ts
 * checkUnits({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
 *   services: [{ code: "97110", minutes: 33, units: 3 }, { code: "97140", minutes: 7, units: 1 }] })
 *   .map((f) => f.rule); //=> ["units/exceeds-time"]
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (timed units);
 * Medicare Benefit Policy Manual (Pub. 100-02), ch. 15, §220.3 E (timed and total minutes in
 * the note) and §230 (one-on-one versus group); CPT time convention for the `ama` method.
 */
export function checkUnits(session: Session, options?: CheckUnitsOptions): Finding[] {
  const method = resolvePayerProfile(session.payer, options?.payer).unitMethod;
  return checkUnitsWith(session, method, calculateUnits(session.services, { method }));
}

/**
 * {@link checkUnits} with the unit calculation already made (validateSession computes it once
 * for the report and for this check). `result` must be `calculateUnits(session.services, { method })`.
 *
 * @internal
 */
export function checkUnitsWith(session: Session, method: UnitMethod, result: UnitResult): Finding[] {
  const findings: Finding[] = [];
  const lines = session.services;
  const services = new Map<string, Service>();
  const untimed = new Map<string, number[]>();

  // HOURLY: a deliberate change (2026-11-24, thirteenth round): 97545/97546 lines are checked by the live checkHourly (src/units/check-hourly.ts), after the untimed codes, as in src/units/check-units.ts.
  // PERIOD: a deliberate change (2026-11-25, twenty-first round): the SLP codes billed per hour or per further 30/15 minutes are checked by the live checkHourly per family (PERIOD_FAMILIES), as in src/units/check-units.ts.
  const hourly = new Map<PeriodFamily, number[]>();
  lines.forEach((line, i) => {
    const code = line.code.toUpperCase();
    const at: Extra = { path: ["services", i], codes: [code] };
    const family = periodFamilyOf(code);
    if (family !== undefined) {
      hourly.set(family, [...(hourly.get(family) ?? []), i]);
    } else if (!isTimedCode(code)) {
      untimed.set(code, [...(untimed.get(code) ?? []), i]);
    } else {
      const key = isCognitiveCode(code) ? COGNITIVE_FIRST : code;
      const s = services.get(key) ?? { key, label: key === COGNITIVE_FIRST ? "97129/97130" : code, indexes: [], minutes: 0, minutesKnown: true, billed: undefined };
      services.set(key, s);
      s.indexes.push(i);
      if (line.minutes === undefined) {
        s.minutesKnown = false;
        // BY-TOTAL: a deliberate change (2026-11-23, eighth round): under `cms` with the note's total timed minutes, a line without minutes is info and the total is checked instead (MBPM ch. 15 §220.3 E), as in src/units/check-units.ts.
        const byTotal = method === "cms" && session.totalTimedMinutes !== undefined && lines.every((l) => l.units !== undefined || !isTimedCode(l.code.toUpperCase()));
        // CLOCK-SPAN: a deliberate change (nineteenth round, the lead): a line with start and end but no minutes names its clock span in the message and the fix, as in src/units/check-units.ts.
        const from = line.start === undefined ? undefined : clockMinutes(line.start);
        const to = line.end === undefined ? undefined : clockMinutes(line.end);
        const span = from !== undefined && to !== undefined && to > from ? to - from : 0;
        findings.push(make("units/missing-minutes", byTotal ? "info" : "error", `${code} is a timed code with no minutes${span ? ` (it runs ${line.start}–${line.end}, ${span} min on the clock)` : ""}, so its units cannot be checked` + (byTotal ? " one by one; the note's total timed minutes are checked instead" : ""), SOURCES.cpm5_20_2, { ...at, path: ["services", i, "minutes"], fix: `Record the direct one-on-one minutes of ${code}${span ? `: the ${span} clock minute${span === 1 ? "" : "s"} less any time the patient was not being treated` : ""}.` }));
      } else {
        s.minutes += wholeMinutes(line.minutes);
      }
      if (line.units !== undefined) s.billed = (s.billed ?? 0) + line.units;
    }
    const start = line.start === undefined ? undefined : clockMinutes(line.start);
    const end = line.end === undefined ? undefined : clockMinutes(line.end);
    if (start !== undefined && end !== undefined && end >= start && line.minutes !== undefined && Math.abs(end - start - line.minutes) > 1) {
      findings.push(make("units/clock-mismatch", "warning", `${code} runs ${line.start}–${line.end} (${end - start} min) but records ${count(line.minutes, "minute")}`, SOURCES.mbpm15_220_3_e, { ...at, path: ["services", i, "minutes"], fix: `Correct the minutes or the clock times of ${code}; time the patient was not being treated does not count.` }));
    }
  });

  for (const [code, indexes] of untimed) {
    const billed = indexes.reduce((n, i) => n + (lines[i]?.units ?? 0), 0);
    // WOUND: a deliberate change (2026-11-25, twentieth round): 97598's units count wound area, so several are right, as in src/units/check-units.ts.
    if (billed <= 1 || code === "97598") continue;
    const i = indexes.find((j) => (lines[j]?.units ?? 0) > 1) ?? indexes[1] ?? 0;
    findings.push(make("units/untimed-over-one", "error", `${code} is untimed and billed once per session whatever the time, but carries ${count(billed, "unit")}` + (indexes.length > 1 ? ` on ${indexes.length} lines` : ""), SOURCES.cpm5_20_2, { path: ["services", i, "units"], codes: [code], fix: `Bill ${code} × 1.` }));
  }

  for (const [family, indexes] of hourly) checkHourly(lines, lines.map((l) => l.code.toUpperCase()), indexes, family, findings);
  checkCognitive(session, findings);
  // WOUND: 97598 (each further 20 sq cm) billed without its primary 97597 is an error, as in src/units/check-units.ts.
  if (unitsOf(session, "97598").present && !unitsOf(session, "97597").present) {
    findings.push(make("units/97598-without-97597", "error", "97598 is an add-on to 97597 (each further 20 sq cm of wound debrided in the session) but is billed without it", SOURCES.woundCare, { path: ["services", unitsOf(session, "97598").indexes[0] ?? 0, "code"], codes: ["97598"], fix: "Bill the first 20 sq cm of selective debridement as 97597 × 1 and only each further 20 sq cm as 97598." }));
  }
  const timed = [...services.values()];
  if (method === "cms") checkCms(session, timed, result, findings);
  else checkAma(session, timed, result, findings);
  checkTotals(session, timed, findings);
  checkOverlaps(session, findings);
  return findings;
}

function unitsOf(session: Session, code: string): { readonly indexes: number[]; readonly billed: number; readonly present: boolean } {
  const indexes: number[] = [];
  let billed = 0;
  let present = false;
  session.services.forEach((line, i) => {
    if (line.code.toUpperCase() !== code) return;
    indexes.push(i);
    billed += line.units ?? 0;
    if ((line.units ?? 1) > 0) present = true;
  });
  return { indexes, billed, present };
}

function checkCognitive(session: Session, findings: Finding[]): void {
  const first = unitsOf(session, COGNITIVE_FIRST);
  const addOn = unitsOf(session, COGNITIVE_ADD_ON);
  const src = SOURCES.cognitiveCodes;
  if (first.billed > 1) {
    const i = first.indexes.find((j) => (session.services[j]?.units ?? 0) > 1) ?? first.indexes[1] ?? 0;
    findings.push(make("units/97129-over-one", "error", `97129 carries ${first.billed} units; it covers the first 15 minutes of the cognitive service and is billed once a day`, src, { path: ["services", i, "units"], codes: [COGNITIVE_FIRST], fix: "Bill 97129 × 1 and each further unit of the service as 97130." }));
  }
  if (addOn.present && !first.present) {
    findings.push(make("units/97130-without-97129", "error", "97130 is an add-on to 97129 but is billed without it", src, { path: ["services", addOn.indexes[0] ?? 0, "code"], codes: [COGNITIVE_ADD_ON], fix: "Bill the first unit of the cognitive service as 97129 and only the further units as 97130." }));
  }
}

function checkCms(session: Session, timed: Service[], result: UnitResult, findings: Finding[]): void {
  if (timed.some((s) => !s.minutesKnown)) {
    // BY-TOTAL: the note's total timed minutes decide the day's units when some lines have no minutes.
    const documented = session.totalTimedMinutes;
    if (documented === undefined || timed.some((s) => s.billed === undefined)) return;
    const sum = timed.reduce((n, s) => n + (s.billed ?? 0), 0);
    const most = unitsForMinutes(documented);
    if (sum === most) return;
    const codes = [...new Set(timed.flatMap((s) => serviceCodes(s, session)))].sort();
    findings.push(make(sum > most ? "units/exceeds-time" : "units/below-time", sum > most ? "error" : "info", `timed codes are billed for ${count(sum, "unit")} in all, but the note's ${count(documented, "total timed minute", "allow")} ${most}`, SOURCES.cpm5_20_2, { path: ["services"], codes, fix: `${sum > most ? "Bill" : "If the minutes are right, bill"} ${count(most, "timed unit")} in all.` }));
    return;
  }
  const { allowed, ranges } = cmsUnitRanges(timed);
  const total = result.totalTimedMinutes;
  const src = SOURCES.cpm5_20_2;
  const day = `the day's ${count(total, "timed minute", "allow")} ${count(allowed, "unit")} in all`;
  let capped = 0;
  let raised = 0;
  for (const s of timed) {
    const range = ranges.get(s.key) ?? { min: 0, max: 0 };
    const codes = serviceCodes(s, session);
    if (s.billed === undefined) {
      missingUnits(s, codes, result, findings, src);
      continue;
    }
    capped += Math.min(s.billed, range.max);
    raised += Math.max(s.billed, range.min);
    const at: Extra = { path: ["services", firstBilled(session, s), "units"], codes };
    // LINES-ADDED: (twelfth round) a code on more than one line says its lines' minutes were added ("its 2 lines added; the day's …").
    if (s.billed > range.max) {
      // NO-TIMED-UNITS: a day whose timed minutes allow no unit gets no advice tail about 'the units left' (it named only untimed codes).
      findings.push(make("units/exceeds-time", "error", `${s.label} is billed for ${count(s.billed, "unit")}, but its ${count(s.minutes, "minute", "allow")} at most ${range.max} (${s.indexes.length > 1 ? `its ${s.indexes.length} lines added; ` : ""}${day})`, src, { ...at, fix: `${range.max > 0 ? `Bill ${asBilled(s, range.max)} or fewer` : `Do not bill ${s.label}`}${allowed === 0 || billAdvice(result, true) === `bill ${asBilled(s, range.max)}` || billAdvice(result, true) === "the minutes earn no units" ? "" : `; the units left after each code's whole 15-minute units go to the codes with the most minutes left over (${billAdvice(result, true)})`}.` }));
    } else if (s.billed < range.min) {
      findings.push(make("units/below-time", "info", `${s.label} is billed for ${count(s.billed, "unit")}, but its ${count(s.minutes, "minute", "earn")} at least ${range.min} (${s.indexes.length > 1 ? `its ${s.indexes.length} lines added; ` : ""}${day})`, src, { ...at, fix: `If the minutes are right, bill ${asBilled(s, range.min)}${billAdvice(result, true) === `bill ${asBilled(s, range.min)}` ? "" : ` (${billAdvice(result, true)})`}.` }));
    }
  }
  if (timed.some((s) => s.billed === undefined) || timed.length === 0) return;
  const billed = timed.reduce((n, s) => n + (s.billed ?? 0), 0);
  const codes = [...new Set(timed.flatMap((s) => serviceCodes(s, session)))].sort();
  if (capped > allowed) {
    findings.push(make("units/exceeds-time", "error", `timed codes are billed for ${count(billed, "unit")} in all, but ${count(total, "timed minute", "allow")} ${allowed}`, src, { path: ["services"], codes, fix: `Bill ${count(allowed, "timed unit")} in all, for example: ${billAdvice(result, true)}.` }));
  } else if (raised < allowed) {
    findings.push(make("units/below-time", "info", `timed codes are billed for ${count(billed, "unit")} in all, but ${count(total, "timed minute", "allow")} ${allowed}`, src, { path: ["services"], codes, fix: `If the minutes are right, bill ${count(allowed, "timed unit")} in all, for example: ${billAdvice(result, true)}.` }));
  }
}

function checkAma(session: Session, timed: Service[], result: UnitResult, findings: Finding[]): void {
  const src = SOURCES.cptTime;
  for (const s of timed) {
    if (!s.minutesKnown) continue;
    const codes = serviceCodes(s, session);
    if (s.billed === undefined) {
      missingUnits(s, codes, result, findings, src);
      continue;
    }
    const allowed = unitsForMinutes(s.minutes);
    const at: Extra = { path: ["services", firstBilled(session, s), "units"], codes };
    const text = `${s.label} is billed for ${count(s.billed, "unit")}, but its ${count(s.minutes, "minute", "allow")} ${allowed} under the per-code midpoint rule${s.indexes.length > 1 ? ` (its ${s.indexes.length} lines added)` : ""}`;
    if (s.billed > allowed) findings.push(make("units/exceeds-time", "error", text, src, { ...at, fix: allowed > 0 ? `Bill ${asBilled(s, allowed)}.` : `Do not bill ${s.label}.` }));
    else if (s.billed < allowed) findings.push(make("units/below-time", "info", text, src, { ...at, fix: `If the minutes are right, bill ${asBilled(s, allowed)}.` }));
  }
}

function firstBilled(session: Session, s: Service): number {
  return s.indexes.find((i) => session.services[i]?.units !== undefined) ?? s.indexes[0] ?? 0;
}

function missingUnits(s: Service, codes: string[], result: UnitResult, findings: Finding[], src: Source): void {
  const earned = result.lines.filter((l) => codes.includes(l.code) || (s.key === COGNITIVE_FIRST && isCognitiveCode(l.code))).reduce((n, l) => n + l.units, 0);
  findings.push(make("units/missing-units", "info", `${s.label} has no billed units; its ${count(s.minutes, "minute", "earn")} ${count(earned, "unit")}`, src, { path: ["services", s.indexes[0] ?? 0, "units"], codes, fix: `State the units; ${billAdvice(result)}.` }));
}

function checkTotals(session: Session, timed: Service[], findings: Finding[]): void {
  const known = timed.every((s) => s.minutesKnown);
  const sum = timed.reduce((n, s) => n + s.minutes, 0);
  const codes = [...new Set(timed.flatMap((s) => serviceCodes(s, session)))].sort();
  const src = SOURCES.mbpm15_220_3_e;
  const documented = session.totalTimedMinutes;
  // PERIOD-TOTAL: a deliberate change (2026-11-25, twenty-second round): a total that counts the minutes of the codes
  // billed by a longer period (96125's hour) is accepted too, a mismatch names both sums, and those codes are never
  // called untimed (MBPM ch. 15 §220.3 E; Pub. 100-04 ch. 5 §20.2), as in src/units/check-units.ts.
  const untimedMinutes = new Map<string, number>();
  for (const line of session.services) if (!isTimedCode(line.code)) untimedMinutes.set(line.code.toUpperCase(), (untimedMinutes.get(line.code.toUpperCase()) ?? 0) + (line.minutes ?? 0));
  const all = [...untimedMinutes].filter(([, m]) => m > 0);
  const periodOnes = all.filter(([c]) => periodFamilyOf(c) !== undefined);
  const untimed = all.filter(([c]) => periodFamilyOf(c) === undefined);
  const period = periodOnes.reduce((n, [, m]) => n + m, 0);
  const untimedSum = untimed.reduce((n, [, m]) => n + m, 0);
  if (documented !== undefined && known && documented !== sum && documented !== sum + period) {
    // UNTIMED-IN-TOTAL: a deliberate change (tenth round): a total that equals the timed lines plus the
    // untimed codes' minutes (an evaluation's) names those codes and says to leave them out, as in src/units/check-units.ts.
    const names = untimed.map(([c]) => c).join(", ");
    const withUntimed = untimed.length > 0 && (sum + untimedSum === documented || sum + period + untimedSum === documented);
    const either = period ? `${sum}, or ${sum + period} with the minutes of ${periodOnes.map(([c]) => c).join(", ")}, billed by a longer period` : `${sum}`;
    findings.push(make("units/total-timed-mismatch", "error", `the note documents ${count(documented, "total timed minute")}, but the timed lines add up to ${either}${withUntimed ? `; the total counts the minutes of untimed ${names} too` : ""}`, src, { path: ["totalTimedMinutes"], codes, fix: withUntimed ? `Leave the minutes of ${names} out of the total timed minutes (${documented - untimedSum}): untimed minutes count in the total treatment minutes only.` : period ? `Correct the total timed minutes to ${sum} or ${sum + period}, or the lines' minutes, so they agree.` : "Correct the total timed minutes or the lines' minutes so they agree." }));
  }
  const treatment = session.totalTreatmentMinutes;
  const timedTotal = documented ?? (known ? sum : undefined);
  if (treatment !== undefined && timedTotal !== undefined && treatment < timedTotal) {
    findings.push(make("units/treatment-below-timed", "error", `total treatment minutes (${treatment}) are fewer than total timed minutes (${timedTotal}${documented === undefined ? ", the sum of the timed lines" : ""})`, src, { path: ["totalTreatmentMinutes"], codes, fix: "Total treatment time includes the timed minutes plus untimed services; correct one of the totals." }));
  }
}

function checkOverlaps(session: Session, findings: Finding[]): void {
  const spans: { readonly i: number; readonly code: string; readonly start: number; readonly end: number }[] = [];
  session.services.forEach((line, i) => {
    const code = line.code.toUpperCase();
    // HOURLY: 97545/97546 are time on the clock: their overlaps count, as in src/units/check-units.ts.
    if ((!isTimedCode(code) && code !== "97545" && code !== "97546") || (line.contact !== undefined && line.contact !== "one-on-one")) return;
    const start = line.start === undefined ? undefined : clockMinutes(line.start);
    const end = line.end === undefined ? undefined : clockMinutes(line.end);
    if (start !== undefined && end !== undefined && end > start) spans.push({ i, code, start, end });
  });
  // CAP: 20 pairs listed, the rest counted.
  let listed = 0;
  let unlisted = 0;
  for (let b = 1; b < spans.length; b++) {
    for (let a = 0; a < b; a++) {
      const x = spans[a];
      const y = spans[b];
      if (x === undefined || y === undefined) continue;
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (overlap <= 0) continue;
      if (listed++ >= 20) {
        unlisted++;
        continue;
      }
      const when = (k: number) => `${session.services[k]?.start}–${session.services[k]?.end}`;
      findings.push(make("units/overlapping-time", "error", `${x.code} (${when(x.i)}) and ${y.code} (${when(y.i)}) overlap by ${overlap} min: one therapist cannot give two one-on-one services at once`, SOURCES.mbpm15_230, { path: ["services", y.i, "start"], codes: [x.code, y.code], fix: "Correct the clock times, or count each minute toward only one one-on-one service." }));
    }
  }
  if (unlisted > 0) {
    findings.push({
      rule: "units/overlapping-time",
      severity: "error",
      message: `${unlisted} more pair${unlisted === 1 ? "" : "s"} of one-on-one timed lines overlap in clock time (only the first 20 pairs are listed).`,
      path: ["services"],
      fix: "Correct the clock times, or count each minute toward only one one-on-one service.",
      source: SOURCES.mbpm15_230,
    });
  }
}

// COGNITIVE: (seventh round) a fix names the codes a claim carries for the cognitive service,
// "97129 × 1, 97130 × 1", not "97129/97130 × 2" (97129 is billed once a day).
function asBilled(s: { key: string; label: string }, units: number): string {
  return s.key === COGNITIVE_FIRST && units > 0 ? `97129 × 1${units > 1 ? `, 97130 × ${units - 1}` : ""}` : `${s.label} × ${units}`;
}
