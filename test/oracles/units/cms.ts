// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
// PLURAL: a deliberate change (2026-11-23, fifth round): "1 timed minute allows", not "1 timed minutes allow", as in src/units/cms.ts.
import { unitsForMinutes } from "./chart.js";
import type { Allocation } from "./allocation.js";
import type { TimedService } from "./group-lines.js";
import { count } from "./words.js";

interface Share {
  readonly service: TimedService;
  /** Whole 15-minute units the service has on its own. */
  readonly full: number;
  /** Minutes left over after the whole units. */
  readonly left: number;
}

function sharesOf(services: readonly TimedService[]): Share[] {
  return services.map((service) => ({ service, full: Math.floor(service.minutes / 15), left: service.minutes % 15 }));
}

/**
 * Who gets a remaining unit first: more minutes left over, then more minutes in all, then the
 * lower code. It never looks at line order, so the result does not depend on it.
 */
function byClaim(a: Share, b: Share): number {
  return b.left - a.left || b.service.minutes - a.service.minutes || (a.service.key < b.service.key ? -1 : 1);
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
 * @returns units per service and the explanation
 * @internal
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function allocateCms(services: readonly TimedService[]): Allocation {
  const total = sum(services);
  const allowed = unitsForMinutes(total);
  const shares = sharesOf(services);
  const units = new Map<string, number>();
  let fullSum = 0;
  for (const s of shares) {
    units.set(s.service.key, s.full);
    fullSum += s.full;
  }
  const text = [`${count(total, "timed minute", "allow")} ${count(allowed, "unit")}` + (total < 8 ? " (a timed unit needs at least 8 minutes in all)" : "")];
  if (allowed === 0) return { units, explanation: text };
  for (const s of shares) text.push(`${s.service.label}: ${s.service.minutes} min = ${count(s.full, "full unit")}, ${s.left} min left`);
  const extra = allowed - fullSum;
  const ranked = shares.filter((s) => s.left > 0).sort(byClaim);
  // SHORTER: a deliberate change (2026-11-25, twenty-second round): "no units are left for the leftover minutes", not "the full units use all the units; leftover minutes earn no more", as in src/units/cms.ts.
  if (extra === 0) text.push("no units are left for the leftover minutes");
  for (let i = 0; i < extra; i++) {
    // SAFE: a deliberate change (2026-11-23, stop 11): past the end of `ranked` (the day's minutes
    // adding up past 2^53) the calculator stops instead of throwing a TypeError, as in src/units/cms.ts.
    if (i >= ranked.length) break;
    const w = ranked[i] as Share;
    units.set(w.service.key, w.full + 1);
    const next = ranked[extra];
    const name = `${w.service.label}: ${w.left} min left`;
    if (i < extra - 1) text.push(`one more unit goes to ${name}`);
    else if (next === undefined) text.push(`the last unit goes to ${name}`);
    else if (next.left < w.left) text.push(`the last unit goes to ${name} beats ${next.left}`);
    else {
      const tied = ranked.slice(extra).filter((s) => s.left === w.left).map((s) => s.service.label);
      text.push(
        `the last unit goes to ${w.service.label}: it ties with ${tied.join(" and ")} at ${w.left} min left, ` +
          "and a tie goes to the code with more minutes, then to the lower code",
      );
    }
  }
  return { units, explanation: text };
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
 * @param services - timed services with their minutes
 * @returns the units the pooled minutes allow and each service's range, by key
 * @internal
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2.
 */
export function cmsUnitRanges(services: readonly TimedService[]): { readonly allowed: number; readonly ranges: ReadonlyMap<string, UnitRange> } {
  const allowed = unitsForMinutes(sum(services));
  const shares = sharesOf(services);
  let extra = allowed;
  for (const s of shares) extra -= s.full;
  const ranges = new Map<string, UnitRange>();
  for (const s of shares) {
    let atLeast = 0;
    let above = 0;
    for (const o of shares) {
      if (o.left >= s.left) atLeast++;
      if (o.left > s.left) above++;
    }
    const sure = s.left > 0 && atLeast <= extra;
    const can = s.left > 0 && above < extra;
    ranges.set(s.service.key, { min: s.full + (sure ? 1 : 0), max: s.full + (can ? 1 : 0) });
  }
  return { allowed, ranges };
}
