import type { Finding } from "../model/finding.js";
import { unitFinding } from "./unit-finding.js";
import type { ServiceLine, Session } from "../model/session.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../model/sources.js";
import { wholeMinutes } from "./chart.js";
import { periodUnits } from "./timing.js";
import { addUnits, count, countBilled } from "./words.js";
import { checkAddOn } from "./add-on.js";

/**
 * A service billed by a period longer than the 15-minute unit: a first period billed once a day
 * and an add-on for each further period (97545/97546, 92607/92608), or one code per period
 * (96125: each hour). The catalog's `unitMinutes` and `addOnTo` say the same (a test checks).
 *
 * @example
 * ```ts
 * PERIOD_FAMILIES.find((f) => f.addOn === "92608")?.first; //=> "92607"
 * ```
 * @internal
 */
export interface PeriodFamily {
  /** The first-period code, billed once a day; absent for a code billed per period (96125). */
  readonly first?: string | undefined;
  /** The code of each further period (or of every period, without `first`). */
  readonly addOn: string;
  /** Minutes the first code's unit stands for (97545: 120); 0 without `first`. */
  readonly firstMinutes: number;
  /** Minutes of each further period. */
  readonly period: number;
  /** The service, in the messages ("work hardening"). */
  readonly name: string;
  /**
   * A period counts once more than half of it is spent (sourced: ASHA's statement of the CMS rule);
   * false: no rule found, so a partial period is the payer's call (work hardening).
   */
  readonly midpoint: boolean;
  /** `units/<first>-over-one` and `units/<addOn>-without-<first>`, written out for the rule-id list. */
  readonly overOne?: string | undefined;
  readonly without?: string | undefined;
  readonly source: Source;
}

/**
 * The families, by code. Work hardening keeps its thirteenth-round findings (no rule on partial
 * hours); the SLP evaluations and tests follow the rule ASHA gives for Medicare: a period counts
 * once more than half of it is spent (31 minutes of an hour, 16 of 30, 8 of 15).
 *
 * @internal
 * @remarks CPT 97545/97546; ASHA, Medicare CPT coding rules for SLP services ("designation of
 * time"); the MAC article A52866 (the SLP codes it covers).
 */
export const PERIOD_FAMILIES: readonly PeriodFamily[] = /* @__PURE__ */ families();

function families(): PeriodFamily[] {
  const asha = SOURCES.ashaSlpCoding;
  const slp = (first: string | undefined, addOn: string, period: number, name: string, overOne?: string, without?: string): PeriodFamily => ({ first, addOn, firstMinutes: first ? 60 : 0, period, name, midpoint: true, overOne, without, source: asha });
  return [
    { first: "97545", addOn: "97546", firstMinutes: 120, period: 60, name: "work hardening", midpoint: false, overOne: "units/97545-over-one", without: "units/97546-without-97545", source: SOURCES.workHardening },
    slp("92605", "92618", 30, "non-speech-generating device evaluation", "units/92605-over-one", "units/92618-without-92605"),
    slp("92607", "92608", 30, "speech-generating device evaluation", "units/92607-over-one", "units/92608-without-92607"),
    slp("92626", "92627", 15, "auditory function evaluation", "units/92626-over-one", "units/92627-without-92626"),
    slp(undefined, "96105", 60, "aphasia assessment"),
    slp(undefined, "96125", 60, "standardized cognitive testing"),
  ];
}

/** The family of an upper-case code, if it is billed by a longer period (asked only for untimed codes). @internal */
export function periodFamilyOf(code: string): PeriodFamily | undefined {
  return PERIOD_FAMILIES.find((f) => f.first === code || f.addOn === code);
}

/** "hour", "half hour", "quarter hour": a period, as a noun. */
function periodWord(period: number): string {
  return period === 60 ? "hour" : period === 30 ? "half hour" : "quarter hour";
}

/** "first two hours", "first hour": what the first code stands for. */
function firstWord(f: PeriodFamily): string {
  return f.firstMinutes === 120 ? "first two hours" : "first hour";
}

/**
 * How the family's codes count, in parentheses (PERIOD-WORDS, twenty-second round: 92605's hint explained 92618's
 * half hour, "a half hour counts once more than half of it is spent", while the line billed the first hour):
 * "(an hour of 96125 counts once 31 of its minutes are spent)", "(92605's first hour counts once 31 minutes are
 * spent, each further half hour of 92618 once 16 of its minutes are)", "(97545 is the first two hours, 97546 each
 * further whole hour)". `further` alone: the add-on's period only.
 */
function periodRule(f: PeriodFamily, further?: boolean): string {
  const { first, addOn, period } = f;
  if (!f.midpoint) return ` (${first} is the first two hours, ${addOn} each further whole hour)`;
  const once = ` once ${(period >> 1) + 1} of its minutes `;
  return first === undefined ? ` (an hour of ${addOn} counts${once}are spent)` : further ? ` (each further ${periodWord(period)} of ${addOn} counts${once}are spent)` : ` (${first}'s first hour counts once ${f.firstMinutes / 2 + 1} minutes are spent, each further ${periodWord(period)} of ${addOn}${once}are)`;
}

/** A first hour (92605, 92607, 92626) whose `minutes` do not pass its midpoint: the first code is not earned at all. */
function firstNotReached(f: PeriodFamily, minutes: number): boolean {
  return f.midpoint && f.first !== undefined && minutes <= f.firstMinutes / 2;
}

/**
 * The codes `minutes` give as a claim carries them: "97545 × 1 and 97546 × 2", "92607 × 1",
 * "96125 × 2"; whole periods only for work hardening, periods past their midpoint for the others.
 */
function billFor(f: PeriodFamily, minutes: number): string {
  const further = f.midpoint ? periodUnits(Math.max(0, minutes - f.firstMinutes), f.period) : Math.max(0, Math.floor((minutes - f.firstMinutes) / f.period));
  if (f.first === undefined) return `${f.addOn} × ${further}`;
  return `${f.first} × 1` + (further > 0 ? ` and ${f.addOn} × ${further}` : "");
}

/**
 * The units of a service billed by a longer period ({@link PERIOD_FAMILIES}): a first period once a
 * day and an add-on for each further one (97545/97546, 92605/92618, 92607/92608, 92626/92627), or a
 * code per period (96105, 96125). The minutes of all the family's lines are added (a biller may
 * write the whole evaluation on the first code). The 8-minute rule is for 15-minute codes. With a
 * sourced rule (the SLP codes: a period counts once more than half of it is spent), units beyond
 * the minutes are an error and units short of them are reported; without one (work hardening),
 * billed periods beyond what the minutes can hold at all are an error, a whole unbilled period is
 * reported, and a partial one is reported as the payer's call. Findings are added to `findings`,
 * in a stable order.
 *
 * @param lines - the session's lines
 * @param codes - their codes, upper case
 * @param indexes - the lines of the family's codes
 * @param f - the family
 * @param findings - where the findings go
 * @example
 * ```ts
 * const lines = [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 3 }];
 * const findings: Finding[] = [];
 * checkHourly(lines, ["97545", "97546"], [0, 1], PERIOD_FAMILIES[0]!, findings);
 * findings.map((f) => f.rule); //=> ["units/exceeds-time"]
 * ```
 * @internal
 * @remarks CPT's 97545/97546 (the first two hours; each further hour); ASHA, Medicare CPT coding
 * rules for SLP services ("designation of time": at least 51% of the period); Pub. 100-04 ch. 5
 * §20.2 (the 8-minute rule, for 15-minute codes only).
 */
export function checkHourly(lines: Session["services"], codes: readonly string[], indexes: readonly number[], f: PeriodFamily, findings: Finding[]): void {
  const src = f.source;
  const { first: firstCode, addOn } = f;
  let first = 0;
  let further = 0;
  let minutes = 0;
  let known = true;
  let billed = true;
  let firstAt = -1;
  let furtherAt = -1;
  for (const i of indexes) {
    const line = lines[i] as ServiceLine;
    const code = codes[i] as string;
    const units = line.units;
    if (code === firstCode) {
      first = addUnits(first, units ?? 0);
      if (firstAt < 0 && (units ?? 1) > 0) firstAt = i;
    } else {
      further = addUnits(further, units ?? 0);
      if (furtherAt < 0 && (units ?? 1) > 0) furtherAt = i;
    }
    if (units === undefined) billed = false;
    if (line.minutes === undefined) {
      known = false;
      // A line without minutes is info for the SLP codes (their units are still stated), an error for work hardening as before.
      findings.push(unitFinding("units/missing-minutes", f.midpoint ? "info" : "error", `${code} is billed by ${f.period === 60 ? "the hour" : "time"} but has no minutes, so its ${f.period === 60 ? "hours" : "units"} cannot be checked`, src, ["services", i, "minutes"], [code], `Record the minutes of ${code}.`));
    } else minutes += wholeMinutes(line.minutes, lines.length); // as calculateUnits reads them (HUGE-AGREE)
  }
  const word = periodWord(f.period);
  const two = f.firstMinutes === 120;
  const day = two ? "program day" : f.name;
  if (firstCode !== undefined) {
    if (first > 1) {
      const i = indexes.find((j) => codes[j] === firstCode && (lines[j]?.units ?? 0) > 1) ?? firstAt;
      findings.push(unitFinding(f.overOne as string, "error", `${firstCode} carries ${countBilled(first, "unit")}; it stands for the ${firstWord(f)} of the ${day} and is billed once a day`, src, ["services", i, "units"], [firstCode], `Bill ${firstCode} × 1 and each further ${word} as ${addOn}.`));
    }
    // The add-on without its first code: the same check as 97130 without 97129 (add-on.ts).
    if (furtherAt >= 0 && firstAt < 0) {
      checkAddOn(lines, codes, { addOn, primary: firstCode, rule: f.without as string, what: ` (each ${two ? "hour after the first two" : `further ${word} after the first hour`})`, fix: `Bill the ${firstWord(f)} of the ${day} as ${firstCode} and only the further ${word}s as ${addOn}.`, source: src }, findings);
    }
  }
  if (!known) return;
  const lineWord = `the ${f.name} lines`;
  // The first hour itself is not reached: more than half of it (31 minutes) is needed.
  const notReached = firstNotReached(f, minutes);
  const shorter = `Do not bill ${firstCode ?? addOn}${firstCode && further > 0 ? ` or ${addOn}` : ""} for ${count(minutes, "minute")}; check the minutes, or the payer's rule for a shorter evaluation.`;
  const midpointOf = ` do not pass the midpoint of ${firstCode ? "its first hour" : `an hour of ${addOn}`} (${(firstCode ? f.firstMinutes : f.period) / 2 + 1} minutes are needed)`;
  if (!billed) {
    // One finding for the service, at the first line without units.
    const i = indexes.find((j) => lines[j]?.units === undefined) as number;
    const bill = billFor(f, minutes);
    const day = `${codes[i]} has no billed units; the day's ${count(minutes, "minute")} of ${f.name}`;
    // PER-HOUR-ZERO (fuzz22): a code billed per hour (96105, 96125) whose minutes reach no hour's midpoint was told "bill 96125 × 0".
    findings.push(notReached || (!firstCode && f.midpoint && !periodUnits(minutes, f.period)) ? unitFinding("units/missing-units", "info", day + midpointOf, src, ["services", i, "units"], [codes[i] as string], shorter) : unitFinding("units/missing-units", "info", `${day} give ${bill}${periodRule(f)}`, src, ["services", i, "units"], [codes[i] as string], `State the units; bill ${bill}.`));
    return;
  }
  // Over one, an add-on without its first code (reported above), or nothing billed at all: nothing to compare.
  if (firstCode !== undefined && (first > 1 || firstAt < 0)) return;
  if (firstCode === undefined && furtherAt < 0) return;
  const codesOf = firstCode === undefined ? [addOn] : furtherAt < 0 ? [firstCode] : [firstCode, addOn];
  const path = ["services", furtherAt < 0 ? firstAt : furtherAt, "units"];
  if (notReached) {
    findings.push(unitFinding("units/exceeds-time", "error", `${firstCode} is billed, but ${lineWord}' ${count(minutes, "minute")}${midpointOf}`, src, ["services", firstAt, "units"], codesOf, shorter));
    return;
  }
  // Minutes past the first period, and the units they hold: whole periods (low) and counting a partial one (high).
  const past = minutes - f.firstMinutes;
  const low = f.midpoint ? periodUnits(Math.max(0, past), f.period) : Math.max(0, Math.floor(past / f.period));
  const high = f.midpoint ? low : Math.max(0, Math.ceil(past / f.period));
  const after = firstCode === undefined ? "" : ` past ${firstCode}'s ${firstWord(f)}`;
  if (further > high) {
    // Even counting any part of a period as a whole one, the minutes hold fewer periods than billed.
    findings.push(unitFinding("units/exceeds-time", "error", `${addOn} is billed for ${countBilled(further, word)}, but ${lineWord}' ${count(minutes, "minute")} ${firstCode === undefined ? `give ${high ? `at most ${high}` : "none"}${periodRule(f)}` : `leave ${count(Math.max(0, past), "minute")}${after}${f.midpoint ? periodRule(f, true) : ""}`}`, src, path, codesOf, high === 0 ? `Do not bill ${addOn}.` : `Bill ${addOn} × ${high} or fewer` + (high > low ? ` (${count(low, "whole hour")} and a partial one, which the payer may not count).` : ".")));
  } else if (further < low) {
    findings.push(unitFinding("units/below-time", "info", `The ${f.name} lines' ${count(minutes, "minute")} give ${count(low, f.midpoint ? word : "whole hour")}${after}, but ${addOn} is billed for ${further}`, src, path, codesOf, `If the minutes are right, bill ${billFor(f, minutes)}.`));
  } else if (!f.midpoint && past !== f.period * further) {
    const what = past < 0 ? `${-past} short of the two hours ${firstCode} stands for` : `${past % f.period} past the last whole hour`;
    findings.push(unitFinding("units/partial-hour", "info", `The ${f.name} lines record ${count(minutes, "minute")}, ${what}; no CMS rule says how a partial hour of ${firstCode}/${addOn} counts, so the library did not decide`, src, path, codesOf, "Check the payer's rule for partial hours (a workers' compensation fee schedule or the plan's policy)."));
  }
}
