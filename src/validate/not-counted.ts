import type { Session } from "../model/session.js";
import type { UnitResult } from "../units/types.js";
import { PERIOD_MINUTES } from "../units/timing.js";
import type { ReportUnits } from "./report.js";

/**
 * The report's unit calculation with each line that gave no minutes marked as not counted. The
 * calculator counts a missing minutes as 0, so a timed 97110 without minutes shows
 * `minutes: 0, units: 0`, which reads as "0 units computed"; its entry now also says
 * `notCounted: [i]` (the `services` index of each such line). The explanation is left as it is:
 * the CLI's text report already says "no minutes given, not counted" on such a code's line. An
 * untimed code's 1 unit needs no minutes and is not marked; 97546 (hours from minutes) is, and so (twenty-second
 * round, PERIOD-NOT-COUNTED) is every code billed by a longer period but 97545 (96105, 96125, 92605/92618,
 * 92607/92608, 92626/92627: their minutes earn their units; such a line showed as 0 units, unmarked).
 *
 * @param session - the parsed session
 * @param units - calculateUnits' result for its lines
 * @returns `units` itself when every line that needs minutes has them, else a copy
 * @example
 * ```ts
 * const visit: Session = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", units: 2 }] };
 * withNotCounted(visit, calculateUnits(visit.services)).lines[0]?.notCounted; //=> [0]
 * ```
 * @internal
 */
export function withNotCounted(session: Session, units: UnitResult): ReportUnits {
  let marked: Map<string, number[]> | undefined;
  // Each code's timed flag, read once (a find per line was quadratic in distinct codes: 20,000 lines of
  // distinct unknown codes without minutes took 2.3 s against 1.2 s without the marking).
  let timed: Map<string, boolean> | undefined;
  const lines = session.services;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.minutes !== undefined) continue;
    const code = line.code.toUpperCase();
    const at = marked?.get(code);
    // A list pushed to, never copied: 130,000 lines without minutes stay linear.
    if (at) at.push(i);
    // A code billed by a longer period (96125, 92605/92618, 97546…) earns its units by its minutes too; 97545's unit needs none.
    else if ((code !== "97545" && PERIOD_MINUTES[code] !== undefined) || (timed ??= new Map(units.lines.map((l) => [l.code, l.timed]))).get(code)) (marked ??= new Map()).set(code, [i]);
  }
  if (marked === undefined) return units;
  const m = marked;
  return { ...units, lines: units.lines.map((l) => (m.has(l.code) ? { ...l, notCounted: m.get(l.code)! } : l)) };
}
