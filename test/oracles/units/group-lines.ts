// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import { wholeMinutes } from "./chart.js";
import { COGNITIVE_FIRST, isCognitiveCode, isTimedCode } from "./timing.js";
import type { UnitLine } from "./types.js";

/**
 * A timed service as the allocation sees it: one code's minutes added up, or 97129 and 97130
 * together as one cognitive service (keyed "97129").
 *
 * @internal
 */
export interface TimedService {
  /** The code, or "97129" for the cognitive pair; the tie-break compares it. */
  readonly key: string;
  /** How explanations name it. */
  readonly label: string;
  readonly minutes: number;
}

/**
 * Codes and services of a list of lines.
 *
 * @internal
 */
export interface GroupedLines {
  /** Distinct codes (upper case) in order of first appearance, with their minutes added up. */
  readonly codes: readonly { readonly code: string; readonly minutes: number; readonly timed: boolean }[];
  /** Timed services in order of first appearance. */
  readonly services: readonly TimedService[];
}

/**
 * Adds up the minutes of lines with the same code and pools 97129 with 97130.
 *
 * @param lines - the lines (never mutated)
 * @returns distinct codes and timed services, both in order of first appearance
 * @internal
 */
export function groupLines(lines: readonly UnitLine[]): GroupedLines {
  const byCode = new Map<string, number>();
  for (const line of lines) {
    const code = String(line.code).toUpperCase();
    // HUGE: a deliberate change (2026-11-25, twenty-third round): a line's minutes count only when they times the number of
    // lines are below 2^53, so that every sum is exact (two lines of 2^53 - 1 minutes were billed 97110 × 600479950316066),
    // as in src/units/group-lines.ts.
    const m = line.minutes;
    byCode.set(code, (byCode.get(code) ?? 0) + (typeof m === "number" && m * lines.length < 2 ** 53 ? wholeMinutes(m) : 0));
  }
  const codes: { code: string; minutes: number; timed: boolean }[] = [];
  const services: TimedService[] = [];
  let cognitive: { key: string; label: string; minutes: number } | undefined;
  for (const [code, minutes] of byCode) {
    const timed = isTimedCode(code);
    codes.push({ code, minutes, timed });
    if (!timed) continue;
    if (!isCognitiveCode(code)) {
      services.push({ key: code, label: code, minutes });
    } else if (cognitive === undefined) {
      cognitive = { key: COGNITIVE_FIRST, label: "97129/97130", minutes };
      services.push(cognitive);
    } else {
      cognitive.minutes += minutes;
    }
  }
  return { codes, services };
}
