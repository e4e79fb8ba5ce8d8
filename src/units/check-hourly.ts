import type { Finding } from "../model/finding.js";
import { unitFinding } from "./unit-finding.js";
import type { ServiceLine, Session } from "../model/session.js";
import { SOURCES } from "../model/sources.js";
import { wholeMinutes } from "./chart.js";
import { HOURLY_FIRST } from "./timing.js";
import { count } from "./words.js";


/** "97545 × 1 and 97546 × 2": what `minutes` of work hardening give in whole hours. */
function hoursBilled(minutes: number): string {
  return `97545 × 1` + (minutes >= 180 ? ` and 97546 × ${Math.floor((minutes - 120) / 60)}` : "");
}

/**
 * Work hardening/conditioning, billed by the hour: 97545 for the first two hours (once a day) and
 * its add-on 97546 for each further hour. The minutes of all their lines are added (a biller may
 * write the whole program day on 97545). The 8-minute rule is for 15-minute codes, and no CMS
 * rule says how a partial hour counts: billed hours beyond what the minutes can hold at all are
 * an error, a whole unbilled hour is reported, and a partial hour is reported as the payer's call.
 * Findings are added to `findings`, in a stable order.
 *
 * @param lines - the session's lines
 * @param codes - their codes, upper case
 * @param indexes - the lines of 97545 and 97546
 * @param findings - where the findings go
 * @example
 * ```ts
 * const lines = [{ code: "97545", minutes: 120, units: 1 }, { code: "97546", minutes: 60, units: 3 }];
 * const findings: Finding[] = [];
 * checkHourly(lines, ["97545", "97546"], [0, 1], findings);
 * findings.map((f) => f.rule); //=> ["units/exceeds-time"]
 * ```
 * @internal
 * @remarks CPT's 97545/97546 (the first two hours; each further hour); Pub. 100-04 ch. 5 §20.2
 * (the 8-minute rule, for 15-minute codes only).
 */
export function checkHourly(lines: Session["services"], codes: readonly string[], indexes: readonly number[], findings: Finding[]): void {
  const src = SOURCES.workHardening;
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
    if (code === HOURLY_FIRST) {
      first += units ?? 0;
      if (firstAt < 0 && (units ?? 1) > 0) firstAt = i;
    } else {
      further += units ?? 0;
      if (furtherAt < 0 && (units ?? 1) > 0) furtherAt = i;
    }
    if (units === undefined) billed = false;
    if (line.minutes === undefined) {
      known = false;
      findings.push(unitFinding("units/missing-minutes", "error", `${code} is billed by the hour but has no minutes, so its hours cannot be checked`, src, ["services", i, "minutes"], [code], `Record the minutes of ${code}.`));
    } else minutes += wholeMinutes(line.minutes);
  }
  if (first > 1) {
    const i = indexes.find((j) => codes[j] === HOURLY_FIRST && (lines[j]?.units ?? 0) > 1) ?? firstAt;
    findings.push(unitFinding("units/97545-over-one", "error", `97545 carries ${first} units; it stands for the first two hours of the program day and is billed once a day`, src, ["services", i, "units"], [HOURLY_FIRST], "Bill 97545 × 1 and each further hour as 97546."));
  }
  if (furtherAt >= 0 && firstAt < 0) {
    findings.push(unitFinding("units/97546-without-97545", "error", "97546 is an add-on to 97545 (each hour after the first two) but is billed without it", src, ["services", furtherAt, "code"], ["97546"], "Bill the first two hours of the program day as 97545 and only the further hours as 97546."));
  }
  if (!known) return;
  if (!billed) {
    // One finding for the day's hours, at the first line without units.
    const i = indexes.find((j) => lines[j]?.units === undefined) as number;
    findings.push(unitFinding("units/missing-units", "info", `${codes[i]} has no billed units; the day's ${count(minutes, "minute")} of work hardening give ${hoursBilled(minutes)} in whole hours`, src, ["services", i, "units"], [codes[i] as string], `State the units; bill ${hoursBilled(minutes)}.`));
    return;
  }
  // Over one, no 97545 billed (97546 alone is reported above), or nothing billed at all: no hours to compare.
  if (first > 1 || firstAt < 0) return;
  // Minutes past the first two hours, and the whole hours in them.
  const past = minutes - 120;
  const whole = Math.max(0, Math.floor(past / 60));
  const path = ["services", furtherAt < 0 ? firstAt : furtherAt, "units"];
  const codesOf = furtherAt < 0 ? [HOURLY_FIRST] : [HOURLY_FIRST, "97546"];
  if (further > 0 && past <= 60 * (further - 1)) {
    // Even counting any part of an hour as a whole hour, the minutes hold fewer hours than billed.
    const most = Math.max(0, Math.ceil(past / 60));
    findings.push(unitFinding("units/exceeds-time", "error", `97546 is billed for ${count(further, "hour")}, but the work hardening lines' ${count(minutes, "minute")} leave ${count(Math.max(0, past), "minute")} past 97545's first two hours`, src, path, codesOf, most === 0 ? "Do not bill 97546." : `Bill 97546 × ${most} or fewer` + (most > whole ? ` (${count(whole, "whole hour")} and a partial one, which the payer may not count).` : ".")));
  } else if (past >= 60 * (further + 1)) {
    findings.push(unitFinding("units/below-time", "info", `The work hardening lines' ${count(minutes, "minute")} give ${count(whole, "whole hour")} past 97545's first two, but 97546 is billed for ${further}`, src, path, codesOf, `If the minutes are right, bill ${hoursBilled(minutes)}.`));
  } else if (past !== 60 * further) {
    const what = past < 0 ? `${-past} short of the two hours 97545 stands for` : `${past % 60} past the last whole hour`;
    findings.push(unitFinding("units/partial-hour", "info", `The work hardening lines record ${count(minutes, "minute")}, ${what}; no CMS rule says how a partial hour of 97545/97546 counts, so the library did not decide`, src, path, codesOf, "Check the payer's rule for partial hours (a workers' compensation fee schedule or the plan's policy)."));
  }
}

