import { unitsForMinutes } from "./chart.js";
import type { TimedService } from "./group-lines.js";
import { count } from "./words.js";

/** Whole 15-minute units a service has on its own. */
function fullUnits(service: TimedService): number {
  return Math.floor(service.minutes / 15);
}

/** Minutes a service has left over after its whole units. */
function leftOver(service: TimedService): number {
  return service.minutes % 15;
}

/**
 * Who gets a remaining unit first: more minutes left over, then more minutes in all, then the
 * lower code. It never looks at line order, so the result does not depend on it.
 */
function byClaim(a: TimedService, b: TimedService): number {
  // The label is the code, or "97129/97130" for the cognitive pair, which sorts as "97129" would against any code of five
  // letters and digits (only a malformed code such as "97129 " falls between the two).
  return leftOver(b) - leftOver(a) || b.minutes - a.minutes || (a.label < b.label ? -1 : 1);
}

function sum(services: readonly TimedService[]): number {
  let total = 0;
  for (const s of services) total += s.minutes;
  return total;
}

/**
 * The total-time method: pool the minutes of all timed services; the pool decides the total
 * units (chart); each service first gets its whole 15-minute units; the units left go one each
 * to the services with the most minutes left over. Ties: more minutes in all, then the lower code.
 *
 * @param services - timed services with their minutes
 * @param text - the explanation, to which the method's sentences are added
 * @returns units per service, in the order given
 * @internal
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function allocateCms(services: readonly TimedService[], text: string[]): number[] {
  // Each service's whole units first (filled in order: a packed array, and fewer bytes than `new Array(n)`).
  const units: number[] = [];
  let total = 0;
  let fullSum = 0;
  for (let at = 0; at < services.length; at++) {
    const minutes = services[at]!.minutes;
    total += minutes;
    fullSum += units[at] = Math.floor(minutes / 15);
  }
  const allowed = unitsForMinutes(total);
  text.push(`${count(total, "timed minute", "allow")} ${count(allowed, "unit")}` + (total < 8 ? " (a timed unit needs at least 8 minutes in all)" : ""));
  if (allowed === 0) return units;
  // Each service's sentence, and the services (by index) with minutes left over, then ranked best claim first.
  const ranked: number[] = [];
  for (let at = 0; at < services.length; at++) {
    const s = services[at]!;
    const left = leftOver(s);
    text.push(`${s.label}: ${s.minutes} min = ${count(units[at]!, "full unit")}, ${left} min left`);
    if (left > 0) ranked.push(at);
  }
  const extra = allowed - fullSum;
  if (extra === 0) {
    text.push("no units are left for the leftover minutes");
    return units;
  }
  ranked.sort((a, b) => byClaim(services[a]!, services[b]!));
  // Never past the end of `ranked`: the day's minutes are exact (below 2^53, groupLines' HUGE), so the units left are at
  // most the services with minutes left over (each leftover is under 15 minutes, and the pool's last unit needs 8).
  for (let i = 0; i < extra; i++) {
    const at = ranked[i]!;
    const w = services[at] as TimedService;
    const left = leftOver(w);
    units[at]!++;
    // The next claim's minutes left (-1: none), which the last unit's sentence compares.
    const next = ranked[extra];
    const beaten = next === undefined ? -1 : leftOver(services[next]!);
    text.push(
      i < extra - 1
        ? `one more unit goes to ${w.label}: ${left} min left`
        : beaten < left
          ? `the last unit goes to ${w.label}: ${left} min left` + (beaten < 0 ? "" : ` beats ${beaten}`)
          : `the last unit goes to ${w.label}: it ties with ${ranked
              .slice(extra)
              .filter((k) => leftOver(services[k]!) === left)
              .map((k) => services[k]!.label)
              .join(" and ")} at ${left} min left, and a tie goes to the code with more minutes, then to the lower code`,
    );
  }
  return units;
}

/**
 * The fewest and the most units a code can be given in any allocation CMS accepts.
 *
 * @internal
 */
export interface UnitRange {
  readonly min: number;
  readonly max: number;
}

/**
 * For each timed service, the fewest and the most units it can get in any valid total-time
 * allocation: ties at the cut-off are the provider's choice (CMS Ex. 2 and Ex. 5), so a tied
 * service may get the last unit or not.
 *
 * @param services - timed services with their minutes, whole and not negative (as `wholeMinutes`
 *   and sums of it give them): the counts are kept per leftover minute, 0–14
 * @returns the units the pooled minutes allow and each service's range, in the order given
 * @internal
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function cmsUnitRanges(services: readonly TimedService[]): { readonly allowed: number; readonly ranges: readonly UnitRange[] } {
  const allowed = unitsForMinutes(sum(services));
  let extra = allowed;
  // atLeast[m]: how many services have at least m minutes left over (whole minutes: 0–14 left).
  // A plain array literal: a Float64Array of 16 (off the heap) made validateSession about 4%
  // slower, and `new Array(16).fill(0)` costs a call and a holey array.
  const atLeast = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const s of services) {
    extra -= fullUnits(s);
    atLeast[leftOver(s)]!++;
  }
  for (let m = 14; m > 0; m--) atLeast[m]! += atLeast[m + 1]!;
  const ranges: UnitRange[] = [];
  for (const s of services) {
    const left = leftOver(s);
    const full = fullUnits(s);
    // Sure of one more unit when every service with as much left (itself too) gets one; can get
    // one when the services with more left leave one over.
    ranges.push({ min: full + (left > 0 && atLeast[left]! <= extra ? 1 : 0), max: full + (left > 0 && atLeast[left + 1]! < extra ? 1 : 0) });
  }
  return { allowed, ranges };
}
