import { wholeMinutes } from "./chart.js";
import { isCognitiveCode, UNTIMED, WOUND_ADD_ON } from "./timing.js";
import type { UnitLine } from "./types.js";

/**
 * A timed service as the allocation sees it: one code's minutes added up, or 97129 and 97130
 * together as one cognitive service (labelled "97129/97130").
 *
 * @internal
 */
export interface TimedService {
  /**
   * How explanations name it: the code, or "97129/97130" for the cognitive pair. The CMS tie-break compares it (it
   * compared a `key`, "97129" for the pair, until the twenty-third round: the same order against every real code).
   */
  readonly label: string;
  readonly minutes: number;
}

/**
 * Codes and services of a list of lines, as parallel lists (one entry per distinct code), in a
 * tuple (fewer bytes in `therapy-claims/units` than an object's names).
 *
 * @internal
 */
export type GroupedLines = readonly [
  /** Distinct codes (upper case) in order of first appearance (fresh lists: calculateUnits appends an add-on's absent first code). */
  codes: string[],
  /** Each code's minutes added up: exact, below 2^53 (see {@link groupLines}). */
  minutes: number[],
  /** Each code's index in `services`; -1 for an untimed code (so a code is timed when it is 0 or more). */
  serviceOf: number[],
  /** Timed services in order of first appearance. */
  services: readonly TimedService[],
  /** The units billed on 97598's lines, each read like minutes (whole, 0 when not a count): its units count wound area. */
  wound: number,
];

/**
 * Adds up the minutes of lines with the same code and pools 97129 with 97130. HUGE (twenty-third
 * round): a line's minutes count only below 2^53 ÷ the number of lines (`wholeMinutes`' second
 * argument), else 0, as a single line's minutes from 2^53 on always did: so every sum of the day's
 * minutes is below 2^53 and exact. Two lines of 2^53 − 1 minutes added up to 18014398509481982
 * (rounded) and were billed as 97110 × 600479950316066 and 97140 × 600479950316066. No visit comes
 * near: 2^52 minutes are 8.6 billion years, and a day's real minutes (at most 1,440 a line) pass
 * the cap only past 3 trillion lines.
 *
 * @param lines - the lines (never mutated)
 * @returns distinct codes and timed services, both in order of first appearance
 * @internal
 */
export function groupLines(lines: readonly UnitLine[]): GroupedLines {
  const codes: string[] = [];
  const minutes: number[] = [];
  // The distinct codes, found through a Map (a short scan below 16 lines saved about 0.1 µs a visit and cost 16 B of ./units).
  const position = new Map<string, number>();
  // 97598's billed units (its units count wound area), read like minutes.
  let wound = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A JavaScript caller's null or undefined line is skipped, not read.
    if (!line) continue;
    // toUpperCase, not upper(): 39 fewer bytes of `therapy-claims/units` (issue 7's 2 kB), for about 30 ns a line.
    const code = String(line.code).toUpperCase();
    // Below 2^53 ÷ lines.length each (HUGE), so that no sum of them reaches 2^53.
    const m = wholeMinutes(line.minutes, lines.length);
    // HUGE-BILLED (twenty-fourth round): below 2^53 ÷ the lines too, so the sum is exact (two lines of 2^53 − 1 units
    // gave 97598 × 18014398509481982, rounded); past it 0, and 97598 gets its least, 1.
    if (code === WOUND_ADD_ON) wound += wholeMinutes(line.units, lines.length);
    const at = position.get(code) ?? -1;
    if (at >= 0) {
      minutes[at] = (minutes[at] as number) + m;
    } else {
      position.set(code, codes.length);
      codes.push(code);
      minutes.push(m);
    }
  }
  const serviceOf: number[] = [];
  const services: TimedService[] = [];
  let cognitive = -1;
  let cognitiveMinutes = 0;
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k] as string;
    const m = minutes[k] as number;
    if (UNTIMED.has(code)) {
      serviceOf[k] = -1;
    } else if (!isCognitiveCode(code)) {
      serviceOf[k] = services.push({ label: code, minutes: m }) - 1;
    } else {
      // 97129 and 97130 are one service, its object made again as each adds minutes.
      if (cognitive < 0) cognitive = services.length;
      cognitiveMinutes += m;
      serviceOf[k] = cognitive;
      services[cognitive] = { label: "97129/97130", minutes: cognitiveMinutes };
    }
  }
  return [codes, minutes, serviceOf, services, wound];
}
