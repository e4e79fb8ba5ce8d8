// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import { allocateAma } from "./ama.js";
import { allocateCms } from "./cms.js";
import { groupLines } from "./group-lines.js";
import { COGNITIVE_ADD_ON, COGNITIVE_FIRST, isCognitiveCode } from "./timing.js";
import type { CalculateUnitsOptions, UnitLine, UnitMethod, UnitResult, UnitResultLine } from "./types.js";
import { wholeMinutes } from "./chart.js";
import { count } from "./words.js";

// PERIOD: the twenty-first round's period codes (minutes of a unit; negative: a first hour billed once a day).
const PERIOD: Readonly<Record<string, number>> = { "92605": -60, "92607": -60, "92608": 30, "92618": 30, "92626": -60, "92627": 15, "96105": 60, "96125": 60 };
// SPLIT: the twenty-second round's pairs (an add-on and its first code; the first period is 60 minutes, 97545's 120).
const FIRST_OF: Readonly<Record<string, string>> = { "92618": "92605", "92608": "92607", "92627": "92626", "97546": "97545" };
const ADD_ON_OF: Readonly<Record<string, string>> = { "92605": "92618", "92607": "92608", "92626": "92627", "97545": "97546" };

const INTRO: Record<UnitMethod, string> = {
  cms: "CMS total-time method (Pub. 100-04, ch. 5, §20.2): the minutes of all timed codes are added together",
  // SHORTER: a deliberate change (2026-11-25, twenty-second round): "each code's minutes count on their own", as in src/units/calculate-units.ts.
  ama: "CPT midpoint method: each code's minutes count on their own",
};

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
 *   library does not know counts as timed (the session checks flag it).
 * - Cognitive intervention: 97129 and 97130 are one service. Their minutes are pooled and the
 *   service is given units like any timed code; its n units are reported as 97129 × 1 and
 *   97130 × (n − 1). In the result, 97129 shows the first 15 minutes (or fewer) and 97130 the
 *   rest when 97130 is shown, else 97129 shows them all; 97129 appears when the service earns a unit or was given, 97130 when the service
 *   earns a second unit or was given.
 * - Missing, negative or non-numeric minutes count as 0; fractions are rounded down. Nothing
 *   throws, and the input is never changed.
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
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04), ch. 5, §20.2 (total time and its
 * worked examples); CPT time convention (midpoint rule) for `ama`; 97129/97130 counting as in
 * the domain reference §13.3.
 */
export function calculateUnits(lines: readonly UnitLine[], options?: CalculateUnitsOptions): UnitResult {
  const method: UnitMethod = options?.method === "ama" ? "ama" : "cms";
  const { codes, services } = groupLines(lines);
  const allocation = (method === "ama" ? allocateAma : allocateCms)(services);
  const untimedText: string[] = [];
  const cognitiveText: string[] = [];
  const out: UnitResultLine[] = [];
  let totalTimedMinutes = 0;
  let totalUnits = 0;
  let cognitiveDone = false;
  for (const { code, minutes, timed } of codes) {
    if (!timed) {
      // HOURLY: a deliberate change (2026-11-24, thirteenth round): 97546 gets its whole hours and no "untimed: 1 unit" sentence, as in src/units/calculate-units.ts.
      // WOUND: a deliberate change (2026-11-25, twentieth round): 97598 is billed by wound area, with the units its lines were billed with (or 1), as in src/units/calculate-units.ts.
      const area = code === "97598" ? lines.reduce((n, l) => n + (l && String(l.code).toUpperCase() === code ? wholeMinutes(l.units) : 0), 0) || 1 : 1;
      // PERIOD: a deliberate change (2026-11-25, twenty-first round): the SLP codes billed per hour, with add-ons per further 30 or 15 minutes (92605/92618, 92607/92608, 92626/92627, 96105, 96125), get the periods past their midpoint (a first hour at most 1), as in src/units/calculate-units.ts.
      const p = PERIOD[code];
      // SPLIT: a deliberate change (2026-11-25, twenty-second round, CALC-SPLIT): a first period and its add-on are one
      // service, as validateSession counts them: their minutes are added, the first code takes the first period and the
      // add-on the periods past it (an add-on alone too); the sentence names the other code's minutes and, for an add-on,
      // the first period it counts after, as in src/units/calculate-units.ts.
      const partner = FIRST_OF[code] ?? ADD_ON_OF[code];
      const partnerMinutes = partner === undefined ? undefined : codes.find((c) => c.code === partner)?.minutes;
      const firstPeriod = FIRST_OF[code] === undefined ? 0 : code === "97546" ? 120 : 60;
      const past = Math.max(0, minutes + (partnerMinutes ?? 0) - firstPeriod);
      const given = p === undefined ? (code === "97546" ? Math.floor(past / 60) : area) : Math.min(Math.floor((past + ((Math.abs(p) - 1) >> 1)) / Math.abs(p)), p < 0 ? 1 : Infinity);
      out.push({ code, minutes, units: given, timed });
      // UNTIMED: a deliberate change (2026-11-23, sixth round): no "its 1 min are", as in src/units/calculate-units.ts.
      // HOUR-TEXT: a deliberate change (fourteenth round): 97545 and 97546 are "billed by the hour" with their units (97546's whole hours, 0 without minutes), not "untimed: 1 unit" and nothing, as in src/units/calculate-units.ts.
      const hourly = code === "97545" || code === "97546";
      untimedText.push(`${code} is ${p !== undefined ? (Math.abs(p) < 60 ? `billed per ${p} minutes` : "billed by the hour") : hourly ? "billed by the hour" : code === "97598" ? "billed by wound area" : "untimed"}${firstPeriod ? ` after ${partner}'s first ${firstPeriod} minutes` : ""}: ${count(given, "unit")} (${minutes} min${partnerMinutes === undefined ? "" : ` + ${partner}'s ${partnerMinutes}`}, not timed minutes)`);
      continue;
    }
    totalTimedMinutes += minutes;
    if (!isCognitiveCode(code)) {
      const units = allocation.units.get(code) ?? 0;
      out.push({ code, minutes, units, timed });
      totalUnits += units;
      continue;
    }
    if (cognitiveDone) continue;
    cognitiveDone = true;
    const pool = services.find((s) => s.key === COGNITIVE_FIRST)?.minutes ?? 0;
    const n = allocation.units.get(COGNITIVE_FIRST) ?? 0;
    const given = (c: string) => codes.some((x) => x.code === c);
    const showAddOn = given(COGNITIVE_ADD_ON) || n > 1;
    // 97129 keeps every cognitive minute unless 97130 is shown beside it, so the lines' minutes
    // always add up to the day's timed minutes.
    const first = given(COGNITIVE_FIRST) || n > 0 ? (showAddOn ? Math.min(15, pool) : pool) : 0;
    if (given(COGNITIVE_FIRST) || n > 0) out.push({ code: COGNITIVE_FIRST, minutes: first, units: Math.min(n, 1), timed });
    if (showAddOn) out.push({ code: COGNITIVE_ADD_ON, minutes: pool - first, units: Math.max(n - 1, 0), timed });
    totalUnits += n;
    // SHORTER: a deliberate change (2026-11-25, twenty-second round): "97129/97130 earn 3 units" alone; the bill line right after names the codes, as in src/units/calculate-units.ts.
    if (n > 0) cognitiveText.push(`97129/97130 earn ${count(n, "unit")}`);
  }
  // ADD-ON-ALONE: a deliberate change (2026-11-25, twenty-third round): an add-on whose first code the visit lacks (92608 × 45
  // alone) has its first code counted after the visit's codes, with 0 minutes of its own and the add-on's pooled (92607 × 1),
  // named in the explanation and the bill but not in `lines`, as in src/units/calculate-units.ts.
  const firsts: UnitResultLine[] = [];
  for (const { code: addOn, minutes: addOnMinutes } of codes) {
    const first = FIRST_OF[addOn];
    if (first === undefined || codes.some((c) => c.code === first)) continue;
    const p = PERIOD[first];
    const given = p === undefined ? 1 : Math.min(Math.floor((addOnMinutes + ((Math.abs(p) - 1) >> 1)) / Math.abs(p)), 1);
    firsts.push({ code: first, minutes: 0, units: given, timed: false });
    untimedText.push(`${first} is billed by the hour: ${count(given, "unit")} (0 min + ${addOn}'s ${addOnMinutes}, not timed minutes)`);
  }
  // NO-TIMED: a deliberate change (2026-11-25, twenty-third round): a visit without a 15-minute code names no method and says
  // nothing of timed minutes (no "0 timed minutes allow 0 units …"), as in src/units/calculate-units.ts.
  const explanation = services.length ? [INTRO[method], ...untimedText, ...allocation.explanation, ...cognitiveText] : [...untimedText];
  const billed = [...out, ...firsts].filter((l) => l.units > 0).map((l) => `${l.code} × ${l.units}`);
  explanation.push(billed.length > 0 ? `bill ${billed.join(", ")}` : "nothing to bill");
  return { method, totalTimedMinutes, totalUnits, lines: out, explanation };
}
