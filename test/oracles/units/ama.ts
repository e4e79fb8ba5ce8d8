// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
// PLURAL: a deliberate change (2026-11-23, fifth round): "1 timed minute gives", not "1 timed minutes give", as in src/units/ama.ts.
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
  const units = new Map<string, number>();
  const text: string[] = [];
  let total = 0;
  let minutes = 0;
  for (const s of services) {
    const u = unitsForMinutes(s.minutes);
    units.set(s.key, u);
    total += u;
    minutes += s.minutes;
    text.push(`${s.label}: ${s.minutes} min = ${count(u, "unit")}` + (u === 0 ? " (a unit needs at least 8 min of the code)" : ""));
  }
  text.push(`${count(minutes, "timed minute", "give")} ${count(total, "unit")} in all`);
  return { units, explanation: text };
}
