import { unitsForMinutes } from "./chart.js";
import type { Allocation } from "./allocation.js";
import type { TimedService } from "./group-lines.js";
import { count } from "./words.js";

/**
 * The per-code midpoint method: each timed service gets the chart's units for its own
 * minutes; minutes of different codes never combine.
 *
 * @param services - timed services with their minutes
 * @returns units per service and the explanation
 * @internal
 * @remarks CPT time convention (a unit is reached once the midpoint is passed).
 */
export function allocateAma(services: readonly TimedService[]): Allocation {
  const units: number[] = [];
  const text: string[] = [];
  let total = 0;
  let minutes = 0;
  for (const s of services) {
    const u = unitsForMinutes(s.minutes);
    units.push(u);
    total += u;
    minutes += s.minutes;
    text.push(`${s.label}: ${s.minutes} min = ${count(u, "unit")}` + (u === 0 ? " (a unit needs at least 8 min of the code)" : ""));
  }
  text.push(`${minutes} timed minutes give ${count(total, "unit")} in all`);
  return { units, explanation: text };
}
