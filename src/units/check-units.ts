import type { Finding } from "../model/finding.js";
import { unitFinding } from "./unit-finding.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import { payerProfileOf } from "../model/payer-profile-of.js";
import type { ServiceLine, Session, UnitMethod } from "../model/session.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../model/sources.js";
import { calculateUnits } from "./calculate-units.js";
import { unitsForMinutes, wholeMinutes } from "./chart.js";
import { clockMinutes } from "../model/dates.js";
import { cmsUnitRanges, type UnitRange } from "./cms.js";
import { COGNITIVE_ADD_ON, COGNITIVE_FIRST, isCognitiveCode, isHourlyCode, UNTIMED, WOUND_ADD_ON } from "./timing.js";
import { checkHourly, periodFamilyOf, type PeriodFamily } from "./check-hourly.js";
import type { UnitResult } from "./types.js";
import { upper } from "./upper.js";
import { addUnits, count, countBilled } from "./words.js";
import { directOptions } from "../validate/direct-options.js";
import { cognitiveBilled } from "./cognitive-billed.js";
import { checkAddOn, type AddOnPair } from "./add-on.js";

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

/** An untimed code of the session and its lines. */
interface Untimed {
  readonly code: string;
  readonly indexes: number[];
}

/** What every rule reads of the session: the lines and their codes, upper case, found once. */
interface Visit {
  readonly session: Session;
  readonly lines: Session["services"];
  readonly codes: readonly string[];
  readonly result: UnitResult;
  /** The billing advice ({@link adviceOf}), once worked out. */
  advice?: string;
  /**
   * The units each code earns in the unit result, made at the first service with no units (a
   * scan of the result per service was quadratic in a long visit).
   */
  earned?: ReadonlyMap<string, number>;
}


/** The distinct codes of a service's lines, in line order. */
function serviceCodes(s: Service, visit: Visit): string[] {
  const out: string[] = [];
  for (const i of s.indexes) {
    const code = visit.codes[i] ?? "";
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** The distinct codes of all timed services, sorted (services never share a code). */
function allTimedCodes(timed: readonly Service[], visit: Visit): string[] {
  const out: string[] = [];
  for (const s of timed) out.push(...serviceCodes(s, visit));
  return out.sort();
}

/** How many codes the billing advice names; a visit with more says how many it left out. */
const MAX_CODES_ADVISED = 12;

/** {@link billAdvice} when no line earns a unit. */
const NO_UNITS_EARNED = "the minutes earn no units";

/**
 * What to bill, listed by code (not by line order, so the advice never depends on how lines
 * were entered); with `timedOnly`, the timed codes alone (the advice of a day's total of timed
 * units, which must add up to that total). The whole visit's advice is worked out once per
 * session (`adviceOf`): the text is the same in every finding that quotes it, and a visit of
 * thousands of lines must not sort them per finding.
 */
function billAdvice(result: UnitResult, timedOnly?: boolean): string {
  const billed = result.lines.filter((l) => l.units > 0 && (l.timed || !timedOnly)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (billed.length === 0) return NO_UNITS_EARNED;
  const named = billed.slice(0, MAX_CODES_ADVISED).map((l) => `${l.code} × ${l.units}`).join(", ");
  const more = billed.length - MAX_CODES_ADVISED;
  return more > 0 ? `bill ${named} and ${more} more code${more === 1 ? "" : "s"}` : `bill ${named}`;
}

/** {@link billAdvice} of the visit's unit result, worked out on first use and kept on the visit. */
function adviceOf(visit: Visit): string {
  return (visit.advice ??= billAdvice(visit.result));
}

/**
 * `lead` and the visit's advice for its timed codes in parentheses, or nothing when the advice would add nothing:
 * only "bill `label` × `units`" again (the one code that earns units; no "bill 97110 × 2 (bill
 * 97110 × 2)"), or no code earns a unit (the message already says the day's minutes allow 0).
 */
function otherAdvice(visit: Visit, billed: string, lead: string): string {
  // The timed codes only: the finding is about the timed pool, and an untimed code's unit is not
  // one of the units "left over" ("bill 97530 × 3 (bill 97014 × 1, 97530 × 3)" named 97014).
  const advice = billAdvice(visit.result, true);
  return advice === `bill ${billed}` || advice === NO_UNITS_EARNED ? "" : `${lead} (${advice})`;
}

/**
 * "97110 × 2"; for the cognitive service, the codes a claim carries ("97129 × 1, 97130 × 2"),
 * not "97129/97130 × 3", which a biller could read as 97129 × 3 (97129 is billed once a day).
 */
function asBilled(s: Service, units: number): string {
  return s.key === COGNITIVE_FIRST && units > 0 ? cognitiveBilled(units) : `${s.label} × ${units}`;
}

/**
 * Checks the units billed on a session against its minutes, and the minutes against each
 * other. Rule ids:
 *
 * | Rule | Severity | Flags |
 * |---|---|---|
 * | `units/exceeds-time` | error | more units than the minutes support (per code, or in all under `cms`) |
 * | `units/below-time` | info | fewer units than the minutes clearly support |
 * | `units/missing-minutes` | error | a timed line with no minutes (info under `cms` when the note gives total timed minutes and every timed line its units: the total is checked instead) |
 * | `units/missing-units` | info | a timed code with no billed units (says what the minutes earn) |
 * | `units/untimed-over-one` | error | an untimed code billed with more than 1 unit in the session (not 97598, whose units count wound area) |
 * | `units/97129-over-one` | error | 97129 billed with more than 1 unit |
 * | `units/97130-without-97129` | error | 97130 billed without 97129 |
 * | `units/97545-over-one` | error | 97545 (work hardening, the first two hours) billed with more than 1 unit |
 * | `units/97546-without-97545` | error | 97546 (each further hour) billed without 97545 |
 * | `units/97598-without-97597` | error | 97598 (selective debridement, each further 20 sq cm) billed without 97597 |
 * | `units/92605-over-one`, `units/92607-over-one`, `units/92626-over-one` | error | an SLP first-hour evaluation code billed with more than 1 unit |
 * | `units/92618-without-92605`, `units/92608-without-92607`, `units/92627-without-92626` | error | its add-on billed without it |
 * | `units/partial-hour` | info | 97545/97546 minutes that end in a partial hour: no CMS rule says how it counts |
 * | `units/total-timed-mismatch` | error | documented total timed minutes differ from the timed lines' sum (or that sum plus the minutes of the codes billed by a longer period, 96125's hour: either is accepted) |
 * | `units/treatment-below-timed` | error | total treatment minutes below total timed minutes |
 * | `units/clock-mismatch` | warning | start/end span and minutes differ by more than 1 minute |
 * | `units/overlapping-time` | error | two one-on-one timed lines whose clock times overlap (the first 20 pairs one by one, then one finding counting the rest) |
 *
 * The method is the payer profile's `unitMethod` (Medicare and Medicaid `cms`, others `ama`;
 * `payer.unitMethod` and `options.payer.unitMethod` override it). Under `cms` a code's units
 * are flagged only when they fall outside every allocation CMS accepts: a tie at the last unit
 * (CMS Example 2, 20 and 20 minutes) is the provider's choice, so either code may take it.
 * Lines with the same code are added up; 97129 and 97130 count as one service. 97545/97546 are
 * billed by the hour: their minutes are added and compared in hours (`exceeds-time`, `below-time`,
 * `partial-hour`), never under the 8-minute rule; so are the SLP codes billed per hour or per
 * further 30/15 minutes (92605/92618, 92607/92608, 92626/92627, 96105, 96125), a period counting once
 * more than half of it is spent. When minutes
 * are missing, the units that depend on them are not compared (the missing minutes are the
 * finding).
 *
 * @param session - a valid session (from `parseSession` or built in code); never mutated
 * @param options - `payer`: fields that override the payer profile
 * @throws TypeError when an option cannot be used (a payer field of the wrong type or one no profile has); validateSession names such options in warnings instead
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
  const method = payerProfileOf(session.payer, directOptions("checkUnits", options).payer).unitMethod;
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
  const codes = new Array<string>(lines.length);
  const timed: Service[] = [];
  const untimed: Untimed[] = [];
  // A visit has a few codes, found by a short scan; a long list of lines gets maps instead.
  const large = lines.length > 16;
  const timedByKey = large ? new Map<string, Service>() : undefined;
  const untimedByCode = large ? new Map<string, Untimed>() : undefined;
  let byTotal: boolean | undefined;
  // The lines of each service billed by a longer period (97545/97546, 92607/92608, 96125…), by family.
  let hourly: Map<PeriodFamily, number[]> | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ServiceLine;
    const code = upper(line.code);
    codes[i] = code;
    const isUntimed = UNTIMED.has(code);
    const family = isUntimed ? periodFamilyOf(code) : undefined;
    if (family !== undefined) {
      hourly ??= new Map();
      const at = hourly.get(family);
      if (at === undefined) hourly.set(family, [i]);
      else at.push(i);
    } else if (isUntimed) {
      let u = untimedByCode?.get(code);
      if (untimedByCode === undefined) for (const x of untimed) if (x.code === code) u = x;
      // A new group's list starts as [i] (room for one, not the 17 a first push reserves).
      if (u === undefined) {
        u = { code, indexes: [i] };
        untimed.push(u);
        untimedByCode?.set(code, u);
      } else u.indexes.push(i);
    } else {
      const key = isCognitiveCode(code) ? COGNITIVE_FIRST : code;
      let s = timedByKey?.get(key);
      if (timedByKey === undefined) for (const x of timed) if (x.key === key) s = x;
      if (s === undefined) {
        s = { key, label: key === COGNITIVE_FIRST ? "97129/97130" : code, indexes: [i], minutes: 0, minutesKnown: true, billed: undefined };
        timed.push(s);
        timedByKey?.set(key, s);
      } else s.indexes.push(i);
      if (line.minutes === undefined) {
        s.minutesKnown = false;
        // Medicare asks for the note's total timed minutes, not each code's (MBPM ch. 15 §220.3 E):
        // with that total, a line without minutes is checked through the total instead.
        // (Only when every timed line states its units: else the total cannot be compared.)
        byTotal ??= method === "cms" && session.totalTimedMinutes !== undefined && lines.every((l) => l.units !== undefined || UNTIMED.has(upper(l.code)));
        // CLOCK-SPAN (nineteenth round): clock times without minutes are named, so the biller sees they were read; the
        // span is not taken as the minutes (direct treatment time may be less, MBPM ch. 15 §220.3 E).
        const from = line.start === undefined ? undefined : clockMinutes(line.start);
        const to = line.end === undefined ? undefined : clockMinutes(line.end);
        const span = from !== undefined && to !== undefined && to > from ? to - from : 0;
        findings.push(unitFinding("units/missing-minutes", byTotal ? "info" : "error", `${code} is a timed code with no minutes${span ? ` (it runs ${line.start}–${line.end}, ${span} min on the clock)` : ""}, so its units cannot be checked` + (byTotal ? " one by one; the note's total timed minutes are checked instead" : ""), SOURCES.cpm5_20_2, ["services", i, "minutes"], [code], `Record the direct one-on-one minutes of ${code}${span ? `: the ${count(span, "clock minute")} less any time the patient was not being treated` : ""}.`));
      } else {
        // HUGE-AGREE (twenty-fourth round): read as calculateUnits reads them (below 2^53 ÷ the lines, else 0), so the
        // minutes and units named here are report.units' (two lines of 2^53 − 1 minutes "earn at least 1200959900632132").
        s.minutes += wholeMinutes(line.minutes, lines.length);
      }
      if (line.units !== undefined) s.billed = addUnits(s.billed ?? 0, line.units);
    }
    if (line.start === undefined || line.end === undefined || line.minutes === undefined) continue;
    const start = clockMinutes(line.start);
    const end = clockMinutes(line.end);
    if (start !== undefined && end !== undefined && end >= start && Math.abs(end - start - line.minutes) > 1) {
      findings.push(unitFinding("units/clock-mismatch", "warning", `${code} runs ${line.start}–${line.end} (${end - start} min) but records ${count(line.minutes, "minute")}`, SOURCES.mbpm15_220_3_e, ["services", i, "minutes"], [code], `Correct the minutes or the clock times of ${code}; time the patient was not being treated does not count.`));
    }
  }

  for (const { code, indexes } of untimed) {
    let billed = 0;
    for (const i of indexes) billed = addUnits(billed, lines[i]?.units ?? 0);
    // 97598's units count wound area (each further 20 sq cm), not sessions: several are right.
    if (billed <= 1 || code === WOUND_ADD_ON) continue;
    const i = indexes.find((j) => (lines[j]?.units ?? 0) > 1) ?? indexes[1] ?? 0;
    findings.push(unitFinding("units/untimed-over-one", "error", `${code} is untimed and billed once per session whatever the time, but carries ${countBilled(billed, "unit")}` + (indexes.length > 1 ? ` on ${indexes.length} lines` : ""), SOURCES.cpm5_20_2, ["services", i, "units"], [code], `Bill ${code} × 1.`));
  }

  const visit: Visit = { session, lines, codes, result };
  if (hourly !== undefined) for (const [family, indexes] of hourly) checkHourly(lines, codes, indexes, family, findings);
  checkCognitive(visit, findings);
  for (const pair of pairs()) if (codes.includes(pair.addOn)) checkAddOn(lines, codes, pair, findings);
  if (method === "cms") checkCms(visit, timed, findings);
  else checkAma(visit, timed, findings);
  checkTotals(visit, timed, findings);
  checkOverlaps(visit, findings);
  return findings;
}

function checkCognitive(visit: Visit, findings: Finding[]): void {
  const { lines, codes } = visit;
  if (!codes.includes(COGNITIVE_FIRST)) return;
  const first = unitsOf(visit, COGNITIVE_FIRST);
  if (first.billed > 1) {
    const i = first.indexes.find((j) => (lines[j]?.units ?? 0) > 1) ?? first.indexes[1] ?? 0;
    findings.push(unitFinding("units/97129-over-one", "error", `97129 carries ${countBilled(first.billed, "unit")}; it covers the first 15 minutes of the cognitive service and is billed once a day`, SOURCES.cognitiveCodes, ["services", i, "units"], [COGNITIVE_FIRST], "Bill 97129 × 1 and each further unit of the service as 97130."));
  }
}

/**
 * The add-ons billed by the unit whose primary is checked here (97130, 97598); the add-ons of the
 * codes billed by a longer period are checked with their family (check-hourly.ts), by the same
 * {@link checkAddOn}. Made on first use (a read of SOURCES at the top level would stay in bundles).
 */
let addOnPairs: readonly AddOnPair[] | undefined;
function pairs(): readonly AddOnPair[] {
  return (addOnPairs ??= [
    { addOn: COGNITIVE_ADD_ON, primary: COGNITIVE_FIRST, rule: "units/97130-without-97129", what: "", fix: "Bill the first unit of the cognitive service as 97129 and only the further units as 97130.", source: SOURCES.cognitiveCodes },
    // 97598 billed without 97597 (the MAC article A53046: per wound surface area).
    { addOn: WOUND_ADD_ON, primary: "97597", rule: "units/97598-without-97597", what: " (each further 20 sq cm of wound debrided in the session)", fix: "Bill the first 20 sq cm of selective debridement as 97597 × 1 and only each further 20 sq cm as 97598.", source: SOURCES.woundCare },
  ]);
}

function unitsOf(visit: Visit, code: string): { readonly indexes: number[]; readonly billed: number; readonly present: boolean } {
  const indexes: number[] = [];
  let billed = 0;
  let present = false;
  for (let i = 0; i < visit.codes.length; i++) {
    if (visit.codes[i] !== code) continue;
    const units = (visit.lines[i] as ServiceLine).units;
    indexes.push(i);
    billed = addUnits(billed, units ?? 0);
    if ((units ?? 1) > 0) present = true;
  }
  return { indexes, billed, present };
}

/** "the day's 40 timed minutes allow 3 units in all" */
function dayTotal(total: number, allowed: number): string {
  return `the day's ${count(total, "timed minute", "allow")} ${count(allowed, "unit")} in all`;
}

function checkCms(visit: Visit, timed: Service[], findings: Finding[]): void {
  for (const s of timed) if (!s.minutesKnown) return checkByTotal(visit, timed, findings);
  const { allowed, ranges } = cmsUnitRanges(timed);
  const total = visit.result.totalTimedMinutes;
  const src = SOURCES.cpm5_20_2;
  let capped = 0;
  let raised = 0;
  let allBilled = true;
  let billed = 0;
  for (let k = 0; k < timed.length; k++) {
    const s = timed[k] as Service;
    const range = ranges[k] as UnitRange;
    if (s.billed === undefined) {
      allBilled = false;
      missingUnits(s, serviceCodes(s, visit), visit, findings, src);
      continue;
    }
    billed = addUnits(billed, s.billed);
    capped += Math.min(s.billed, range.max);
    raised += Math.max(s.billed, range.min);
    if (s.billed > range.max) {
      const bill = asBilled(s, range.max);
      findings.push(unitFinding("units/exceeds-time", "error", `${s.label} is billed for ${countBilled(s.billed, "unit")}, but its ${count(s.minutes, "minute", "allow")} at most ${range.max} (${added(s, "; ")}${dayTotal(total, allowed)})`, src, ["services", firstBilled(visit, s), "units"], serviceCodes(s, visit), `${range.max > 0 ? `Bill ${bill} or fewer` : `Do not bill ${s.label}`}${allowed > 0 ? otherAdvice(visit, bill, "; the units left after each code's whole 15-minute units go to the codes with the most minutes left over") : ""}.`));
    } else if (s.billed < range.min) {
      const bill = asBilled(s, range.min);
      findings.push(unitFinding("units/below-time", "info", `${s.label} is billed for ${count(s.billed, "unit")}, but its ${count(s.minutes, "minute", "earn")} at least ${range.min} (${added(s, "; ")}${dayTotal(total, allowed)})`, src, ["services", firstBilled(visit, s), "units"], serviceCodes(s, visit), `If the minutes are right, bill ${bill}${otherAdvice(visit, bill, "")}.`));
    }
  }
  if (!allBilled || timed.length === 0) return;
  if (capped > allowed) {
    findings.push(unitFinding("units/exceeds-time", "error", `Timed codes are billed for ${countBilled(billed, "unit")} in all, but ${count(total, "timed minute", "allow")} ${allowed}`, src, ["services"], allTimedCodes(timed, visit), `Bill ${count(allowed, "timed unit")} in all, for example: ${billAdvice(visit.result, true)}.`));
  } else if (raised < allowed) {
    findings.push(unitFinding("units/below-time", "info", `Timed codes are billed for ${count(billed, "unit")} in all, but ${count(total, "timed minute", "allow")} ${allowed}`, src, ["services"], allTimedCodes(timed, visit), `If the minutes are right, bill ${count(allowed, "timed unit")} in all, for example: ${billAdvice(visit.result, true)}.`));
  }
}

/**
 * Some timed lines have no minutes: the note's total timed minutes (when given) still decide how
 * many timed units the day allows (Pub. 100-04 ch. 5 §20.2; MBPM ch. 15 §220.3 E: the billing
 * and the total timed minutes must be consistent, and minutes per code are not required).
 */
function checkByTotal(visit: Visit, timed: Service[], findings: Finding[]): void {
  const total = visit.session.totalTimedMinutes;
  if (total === undefined) return;
  let billed = 0;
  for (const s of timed) {
    if (s.billed === undefined) return;
    billed = addUnits(billed, s.billed);
  }
  const allowed = unitsForMinutes(total);
  if (billed === allowed) return;
  const over = billed > allowed;
  findings.push(unitFinding(over ? "units/exceeds-time" : "units/below-time", over ? "error" : "info", `Timed codes are billed for ${countBilled(billed, "unit")} in all, but the note's ${count(total, "total timed minute", "allow")} ${allowed}`, SOURCES.cpm5_20_2, ["services"], allTimedCodes(timed, visit), `${over ? "Bill" : "If the minutes are right, bill"} ${count(allowed, "timed unit")} in all.`));
}

function checkAma(visit: Visit, timed: Service[], findings: Finding[]): void {
  const src = SOURCES.cptTime;
  for (const s of timed) {
    if (!s.minutesKnown) continue;
    if (s.billed === undefined) {
      missingUnits(s, serviceCodes(s, visit), visit, findings, src);
      continue;
    }
    const allowed = unitsForMinutes(s.minutes);
    if (s.billed === allowed) continue;
    const text = `${s.label} is billed for ${countBilled(s.billed, "unit")}, but its ${count(s.minutes, "minute", "allow")} ${allowed} under the per-code midpoint rule${s.indexes.length > 1 ? ` (${added(s, ")")}` : ""}`;
    const path = ["services", firstBilled(visit, s), "units"];
    if (s.billed > allowed) findings.push(unitFinding("units/exceeds-time", "error", text, src, path, serviceCodes(s, visit), allowed > 0 ? `Bill ${asBilled(s, allowed)}.` : `Do not bill ${s.label}.`));
    else if (s.billed < allowed) findings.push(unitFinding("units/below-time", "info", text, src, path, serviceCodes(s, visit), `If the minutes are right, bill ${asBilled(s, allowed)}.`));
  }
}

/** "its 2 lines added" and `tail`, for a code billed on more than one line (its minutes are their sum), or "". */
function added(s: Service, tail: string): string {
  return s.indexes.length > 1 ? `its ${s.indexes.length} lines added${tail}` : "";
}

function firstBilled(visit: Visit, s: Service): number {
  return s.indexes.find((i) => visit.lines[i]?.units !== undefined) ?? s.indexes[0] ?? 0;
}

function missingUnits(s: Service, codes: string[], visit: Visit, findings: Finding[], src: Source): void {
  const byCode = (visit.earned ??= new Map(visit.result.lines.map((l) => [l.code, l.units])));
  // A service is one code's lines, or the 97129/97130 lines together.
  const earned = s.key === COGNITIVE_FIRST ? (byCode.get(COGNITIVE_FIRST) ?? 0) + (byCode.get(COGNITIVE_ADD_ON) ?? 0) : (byCode.get(s.key) ?? 0);
  findings.push(unitFinding("units/missing-units", "info", `${s.label} has no billed units; its ${count(s.minutes, "minute", "earn")} ${count(earned, "unit")}`, src, ["services", s.indexes[0] ?? 0, "units"], codes, `State the units; ${adviceOf(visit)}.`));
}

function checkTotals(visit: Visit, timed: Service[], findings: Finding[]): void {
  const documented = visit.session.totalTimedMinutes;
  const treatment = visit.session.totalTreatmentMinutes;
  if (documented === undefined && treatment === undefined) return;
  let known = true;
  let sum = 0;
  for (const s of timed) {
    if (!s.minutesKnown) known = false;
    sum += s.minutes;
  }
  const src = SOURCES.mbpm15_220_3_e;
  // PERIOD-TOTAL (twenty-second round): a note's total timed minutes may count the minutes of the codes billed by a
  // longer period (96125's hour) or not: MBPM ch. 15 §220.3 E asks for "total timed code treatment minutes" consistent
  // with the billing and points to Pub. 100-04 ch. 5 §20.2, which counts the 15-minute codes; 96125 is a timed code too.
  // Either total is accepted; the untimed codes' minutes (an evaluation's 45) belong in the treatment total only.
  // The other minutes are read only when the total differs from the 15-minute codes' sum (most visits' totals agree).
  if (documented !== undefined && known && documented !== sum) {
    let period = 0;
    let periodNames = "";
    let untimed = 0;
    let untimedNames = "";
    for (const l of visit.result.lines) {
      if (l.timed || !l.minutes) continue;
      if (periodFamilyOf(l.code)) {
        period += l.minutes;
        periodNames += (periodNames && ", ") + l.code;
      } else {
        untimed += l.minutes;
        untimedNames += (untimedNames && ", ") + l.code;
      }
    }
    if (documented !== sum + period) {
      // A total that counts the untimed codes' minutes too says so.
      const withUntimed = untimed > 0 && (documented === sum + untimed || documented === sum + period + untimed);
      const either = period ? `${sum}, or ${sum + period} with the minutes of ${periodNames}, billed by a longer period` : sum;
      findings.push(
        unitFinding(
          "units/total-timed-mismatch",
          "error",
          `The note documents ${count(documented, "total timed minute")}, but the timed lines add up to ${either}${withUntimed ? `; the total counts the minutes of untimed ${untimedNames} too` : ""}`,
          src,
          ["totalTimedMinutes"],
          allTimedCodes(timed, visit),
          withUntimed ? `Leave the minutes of ${untimedNames} out of the total timed minutes (${documented - untimed}): untimed minutes count in the total treatment minutes only.` : `Correct the total timed minutes${period ? ` to ${sum} or ${sum + period}, or the lines' minutes,` : " or the lines' minutes"} so they agree.`,
        ),
      );
    }
  }
  const timedTotal = documented ?? (known ? sum : undefined);
  if (treatment !== undefined && timedTotal !== undefined && treatment < timedTotal) {
    findings.push(unitFinding("units/treatment-below-timed", "error", `Total treatment minutes (${treatment}) are fewer than total timed minutes (${timedTotal}${documented === undefined ? ", the sum of the timed lines" : ""})`, src, ["totalTreatmentMinutes"], allTimedCodes(timed, visit), "Total treatment time includes the timed minutes plus untimed services; correct one of the totals."));
  }
}

interface Span {
  readonly i: number;
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How many overlapping pairs are reported one by one; past it, one finding counts the rest. Every
 * pair of lines can overlap, so without a cap a visit of 5,000 lines at the same clock time made
 * 12.5 million findings and ran the process out of memory.
 */
const MAX_OVERLAPS_LISTED = 20;

function checkOverlaps(visit: Visit, findings: Finding[]): void {
  const { lines, codes } = visit;
  let spans: Span[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ServiceLine;
    const code = codes[i] as string;
    // 97545/97546 are on the untimed list (out of the 15-minute pool) but are time on the clock.
    if (line.start === undefined || line.end === undefined || (UNTIMED.has(code) && !isHourlyCode(code)) || (line.contact !== undefined && line.contact !== "one-on-one")) continue;
    const start = clockMinutes(line.start);
    const end = clockMinutes(line.end);
    if (start !== undefined && end !== undefined && end > start) (spans ??= []).push({ i, code, start, end });
  }
  if (spans === undefined) return;
  let listed = 0;
  for (let b = 1; b < spans.length && listed < MAX_OVERLAPS_LISTED; b++) {
    for (let a = 0; a < b && listed < MAX_OVERLAPS_LISTED; a++) {
      const x = spans[a] as Span;
      const y = spans[b] as Span;
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (overlap <= 0) continue;
      const when = (k: number) => `${lines[k]?.start}–${lines[k]?.end}`;
      findings.push(unitFinding("units/overlapping-time", "error", `${x.code} (${when(x.i)}) and ${y.code} (${when(y.i)}) overlap by ${overlap} min: one therapist cannot give two one-on-one services at once`, SOURCES.mbpm15_230, ["services", y.i, "start"], [x.code, y.code], "Correct the clock times, or count each minute toward only one one-on-one service."));
      listed++;
    }
  }
  // The scan above stops at the cap, and stays short: spans within a day's 1,440 minutes with
  // fewer than 20 overlapping pairs number at most about 1,460. The pairs past the cap are
  // counted by one sweep over all starts and ends in clock order (an end first at the same
  // minute: touching spans do not overlap), where each start meets the spans still open.
  let unlisted = -listed;
  let open = 0;
  if (listed === MAX_OVERLAPS_LISTED) {
    for (const t of spans.flatMap((s) => [s.start * 2 + 1, s.end * 2]).sort((x, y) => x - y)) {
      if (t % 2 === 0) open--;
      else unlisted += open++;
    }
  }
  if (unlisted > 0) {
    findings.push({
      rule: "units/overlapping-time",
      severity: "error",
      message: `${unlisted} more pair${unlisted === 1 ? "" : "s"} of one-on-one timed lines overlap in clock time (only the first ${MAX_OVERLAPS_LISTED} pairs are listed).`,
      path: ["services"],
      fix: "Correct the clock times, or count each minute toward only one one-on-one service.",
      source: SOURCES.mbpm15_230,
    });
  }
}
