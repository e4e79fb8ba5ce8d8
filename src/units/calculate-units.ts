import { allocateAma } from "./ama.js";
import { allocateCms } from "./cms.js";
import { groupLines, type TimedService } from "./group-lines.js";
import { COGNITIVE_ADD_ON, COGNITIVE_FIRST, isCognitiveCode, PERIOD_MINUTES, PERIOD_PAIRS, periodUnits, WOUND_ADD_ON } from "./timing.js";
import type { CalculateUnitsOptions, UnitLine, UnitMethod, UnitResult, UnitResultLine } from "./types.js";
import { count } from "./words.js";

/**
 * Units to bill for a day's services, by Medicare's total-time method (default) or the CPT
 * per-code midpoint method, with an explanation a biller can follow.
 *
 * - Lines with the same code are added up first; `lines` in the result has one entry per
 *   distinct code, in order of first appearance. Codes are upper-cased.
 * - `cms`: the minutes of all timed codes are pooled; the pool decides the total units
 *   ({@link unitsForMinutes}); each code first gets its whole 15-minute units; the units left
 *   go one each to the codes with the most minutes left over. Ties are broken the same way
 *   whatever the line order: more minutes left over first, then more minutes in all, then the
 *   lower code (string order). CMS leaves a tie to the provider (its Examples 2 and 5), so any
 *   tied code could take the unit; this is only the choice the calculator makes.
 * - `ama`: each code gets the chart's units for its own minutes.
 * - Untimed codes (group 97150, evaluations, supervised modalities, 92507…) get 1 unit; their
 *   minutes never enter the timed pool, and `totalUnits` counts timed units only. A code the
 *   library does not know counts as timed (the session checks flag it). A visit without a
 *   15-minute code has no timed minutes to count: its explanation names no method and says
 *   nothing of timed minutes (92607 × 40 min alone: its sentence, then "bill 92607 × 1").
 * - Work hardening/conditioning is billed by the hour: 97545 (the first two hours) and 97546
 *   (each further hour) stay out of the 15-minute pool (`timed: false`). 97545 gets 1 unit and
 *   97546 one unit per whole hour past the first two of the pair's minutes. No CMS rule says how a
 *   partial hour counts, so a partial hour is not given a unit (the session checks report it instead of deciding).
 * - The SLP evaluations billed by a longer period stay out of the pool too (`timed: false`): 96105
 *   and 96125 per hour, 92605 and 92607 (a first hour, once a day) with their add-ons 92618 and
 *   92608 (each further 30 minutes), 92626 (a first hour) with 92627 (each further 15 minutes). A
 *   period counts once more than half of it is spent (31 minutes of an hour, 16 of 30, 8 of 15);
 *   a first hour gets at most 1; a line without minutes counts 0 minutes (as below; only 97545's unit needs none).
 * - A first code and its add-on (92605/92618, 92607/92608, 92626/92627, 97545/97546) are one
 *   service, counted as `validateSession` counts it: the minutes of both codes' lines are added;
 *   the first code takes the first period (60 minutes; 97545 the first 120) and the add-on the
 *   periods past it. 92607 40 min + 92608 60 min is 100 minutes: 92607 × 1 and, for the 40 past the
 *   hour, 92608 × 1 (not 92608 × 2 for its own 60). An add-on given without its first code counts
 *   the same way, and its first code is counted too, after the visit's codes: it takes the first
 *   period of the add-on's minutes and is named in the explanation and the bill, not in `lines`
 *   (which holds the visit's codes). 92608 × 45 min alone: 92608 × 0, and "bill 92607 × 1" (45
 *   minutes pass the midpoint of 92607's first hour), as `validateSession`'s hint says. Each line
 *   keeps its own minutes in the result.
 * - Wound care (97597, 97602, 97605–97608, 97610) is untimed: 1 unit. 97598, selective debridement
 *   of each further 20 sq cm, is billed by wound area, which minutes cannot tell: it gets the
 *   units its lines were billed with (`units`), or 1 when no line states them.
 * - Cognitive intervention: 97129 and 97130 are one service. Their minutes are pooled and the
 *   service is given units like any timed code; its n units are reported as 97129 × 1 and
 *   97130 × (n − 1). In the result, 97129 shows the first 15 minutes (or fewer) and 97130 the
 *   rest when 97130 is shown, else 97129 shows them all; 97129 appears when the service earns a unit or was given, 97130 when the service
 *   earns a second unit or was given.
 * - Missing, negative or non-numeric minutes, and minutes above 2^53 − 1, count as 0; fractions
 *   are rounded down. So do a line's minutes from 2^53 ÷ the number of lines on (2^52 minutes
 *   beside a second line: 8.6 billion years, no visit), so that every total is exact: two lines
 *   of 2^53 − 1 minutes count 0 minutes and bill nothing (they were billed as 97110 ×
 *   600479950316066). A missing list (`null`, `undefined`) is no lines and a missing line is
 *   skipped. Nothing throws, and the input is never changed.
 *
 * @param lines - the services of one patient, one provider, one date of service
 * @param options - `method`: `"cms"` (default) or `"ama"`
 * @returns units per code, the totals, and the explanation
 * @example
 * ```ts
 * // CMS §20.2 Example 3
 * const r = calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }]);
 * r.lines.map((l) => l.units); //=> [2, 1]
 * r.explanation.at(-2);        //=> "the last unit goes to 97140: 7 min left beats 3"
 * calculateUnits([{ code: "97110", minutes: 33 }, { code: "97140", minutes: 7 }], { method: "ama" }).totalUnits; //=> 2
 * // A first hour and its add-on: 100 minutes are the hour and 40 more
 * calculateUnits([{ code: "92607", minutes: 40 }, { code: "92608", minutes: 60 }]).explanation.at(-1); //=> "bill 92607 × 1, 92608 × 1"
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (total time and its
 * worked examples); CPT time convention (midpoint rule) for `ama`; 97129/97130 counting as in
 * the domain reference §13.3; the period codes: ASHA, Medicare CPT coding rules for SLP services
 * ("designation of time": at least 51% of a period), the MAC article A52866, CPT 97545/97546 (the
 * first two hours; each further hour).
 */
export function calculateUnits(lines: readonly UnitLine[], options?: CalculateUnitsOptions): UnitResult {
  const method: UnitMethod = options?.method === "ama" ? "ama" : "cms";
  const [codes, minutes, serviceOf, services, wound] = groupLines(lines ?? []);
  // The method's sentences, added by the method itself, follow the intro and the untimed codes' sentences.
  const steps: string[] = [];
  // NO-TIMED (twenty-third round): without a 15-minute code there are no timed minutes to count: no method, no "0 timed
  // minutes allow 0 units (a timed unit needs at least 8 minutes in all)" beside 92607 × 1 or an evaluation.
  const timed = services[0];
  const units = timed ? (method === "ama" ? allocateAma(services, steps) : allocateCms(services, steps)) : [];
  const explanation: string[] = timed
    ? [method === "ama" ? "CPT midpoint method: each code's minutes count on their own" : "CMS total-time method (Pub. 100-04, ch. 5, §20.2): the minutes of all timed codes are added together"]
    : [];
  const out: UnitResultLine[] = [];
  // ADD-ON-ALONE: the codes given; an add-on's first code that the visit lacks is appended to `codes` after them.
  const given = codes.length;
  let totalTimedMinutes = 0;
  let totalUnits = 0;
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k] as string;
    const m = minutes[k] as number;
    // Undefined for an appended first code (ADD-ON-ALONE), which `service >= 0` reads as not timed, as it is.
    const service = serviceOf[k] as number;
    // A code's own line (all but the cognitive pair's): its units, pushed once below.
    let u: number;
    if (service >= 0) {
      totalTimedMinutes += m;
      if (isCognitiveCode(code)) {
        // Once, at the first code of the pair (both codes have the same service).
        if (serviceOf.indexOf(service) < k) continue;
        const pool = (services[service] as TimedService).minutes;
        const n = units[service]!;
        const showFirst = n || codes.includes(COGNITIVE_FIRST);
        const showAddOn = n > 1 || codes.includes(COGNITIVE_ADD_ON);
        // 97129 keeps every cognitive minute unless 97130 is shown beside it, so the lines' minutes
        // always add up to the day's timed minutes.
        const first = showFirst ? (showAddOn ? Math.min(15, pool) : pool) : 0;
        if (showFirst) out.push({ code: COGNITIVE_FIRST, minutes: first, units: n && 1, timed: true });
        if (showAddOn) out.push({ code: COGNITIVE_ADD_ON, minutes: pool - first, units: n && n - 1, timed: true });
        totalUnits += n;
        // After the method's sentences (the allocation wrote them before this loop), and just before the bill, which names
        // the pair's codes ("bill 97129 × 1, 97130 × 2").
        if (n) steps.push(`97129/97130 earn ${count(n, "unit")}`);
        continue;
      }
      totalUnits += u = units[service]!;
    } else {
      // Work hardening is billed by the hour (the catalog's unitMinutes: 120, 60): 97545 is 1 unit for the first two
      // hours, 97546 one unit per whole hour past them.
      // 97598's units count wound area (each further 20 sq cm), which minutes cannot tell: the units its lines were
      // billed with, or 1 (the least a 97598 line stands for).
      // The other codes billed by a longer period (92605–92627, 96105, 96125): a period counts once more than half
      // of it is spent (ASHA's statement of the CMS rule); a first hour with an add-on (92605, 92607, 92626: the
      // table's negative periods) is once a day.
      // CALC-SPLIT (twenty-second round): a first period and its add-on (PERIOD_PAIRS) are one service, counted as
      // validateSession counts them (check-hourly.ts): their minutes are added; the first code takes the first period
      // and the add-on the periods past it (`before`: the first period's minutes, negative, for an add-on; else 0).
      // An add-on alone counts its minutes the same way: the first period is its first code's.
      const p = PERIOD_MINUTES[code];
      // Not in a pair (96105, 96125, wound care): indexOf is -1, -1 ^ 1 is -2, and the partner undefined (no minutes, no period).
      const partner = PERIOD_PAIRS[PERIOD_PAIRS.indexOf(code) ^ 1] as string;
      const pooled = minutes[codes.indexOf(partner)];
      const before = (p! > 0 && PERIOD_MINUTES[partner]) || 0;
      const rest = Math.max(0, m + (pooled ?? 0) + before);
      // ADD-ON-ALONE (twenty-third round): an add-on without its first code (92608 × 45 alone was "nothing to bill", where
      // validateSession's hint says "bill 92607 × 1"): the first code is counted after the visit's codes, with 0 minutes
      // of its own and the add-on's pooled, so it takes the first period (45 minutes pass 92607's midpoint: 92607 × 1).
      if (before && pooled === undefined) codes.push(partner), minutes.push(0);
      u = code === WOUND_ADD_ON ? wound || 1 : p === undefined || code === "97545" ? 1 : code === "97546" ? Math.floor(rest / 60) : p < 0 ? Math.min(1, periodUnits(rest, -p)) : periodUnits(rest, p);
      explanation.push(`${code} is ${p === undefined ? (code === WOUND_ADD_ON ? "billed by wound area" : "untimed") : p % 60 ? `billed per ${p} minutes` : "billed by the hour"}${before ? ` after ${partner}'s first ${-before} minutes` : ""}: ${count(u, "unit")} (${m} min${pooled === undefined ? "" : ` + ${partner}'s ${pooled}`}, not timed minutes)`);
    }
    out.push({ code, minutes: m, units: u, timed: service >= 0 });
  }
  explanation.push(...steps, billLine(out));
  // The appended first codes' lines are the last of `out` (the loop reaches them last): in the bill, not in `lines`.
  return { method, totalTimedMinutes, totalUnits, lines: out.slice(0, out.length + given - codes.length), explanation };
}

/** "bill 97110 × 2, 97140 × 1", or "nothing to bill". */
function billLine(out: readonly UnitResultLine[]): string {
  const text = out
    .filter((l) => l.units)
    .map((l) => `${l.code} × ${l.units}`)
    .join(", ");
  return text ? "bill " + text : "nothing to bill";
}
