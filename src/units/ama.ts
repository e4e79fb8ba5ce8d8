import { unitsForMinutes } from "./chart.js";
import type { TimedService } from "./group-lines.js";
import { count } from "./words.js";

/**
 * The per-code midpoint method: each timed service gets the chart's units for its own
 * minutes; minutes of different codes never combine.
 *
 * @param services - timed services with their minutes
 * @param text - the explanation, to which the method's sentences are added
 * @returns units per service, in the order given
 * @internal
 * @remarks CPT time convention (a unit is reached once the midpoint is passed).
 */
export function allocateAma(services: readonly TimedService[], text: string[]): number[] {
  const units: number[] = [];
  let total = 0;
  let minutes = 0;
  for (let at = 0; at < services.length; at++) {
    const s = services[at]!;
    const u = unitsForMinutes(s.minutes);
    units[at] = u;
    total += u;
    minutes += s.minutes;
    text.push(`${s.label}: ${s.minutes} min = ${count(u, "unit")}` + (u === 0 ? " (a unit needs at least 8 min of the code)" : ""));
  }
  text.push(`${count(minutes, "timed minute", "give")} ${count(total, "unit")} in all`);
  return units;
}
