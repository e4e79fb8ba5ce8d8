import { count } from "../units/words.js";

/**
 * What {@link assistantModifierUnits} needs to know about one service line.
 *
 * @example
 * ```ts
 * const share: AssistantShare = { minutes: 15, assistantMinutes: 10, timed: true };
 * ```
 */
export interface AssistantShare {
  /** All minutes of the service on this line (therapist, assistant and joint time). */
  readonly minutes: number;
  /** Minutes the assistant furnished without the therapist (joint time is therapist time). */
  readonly assistantMinutes: number;
  /** Units billed on the line; when missing, the CMS chart applied to the line's minutes. */
  readonly units?: number;
  /** Billed in 15-minute units. */
  readonly timed: boolean;
}

/**
 * How the de minimis test was applied: `line` (CY 2020–2021: the assistant's minutes against
 * 10 % of the line's minutes), `per-unit` (CY 2022 on: whole 15-minute blocks first, then the
 * 10 % test on the leftover), `untimed` (one service, 10 % of its minutes).
 *
 * @example
 * ```ts
 * const m: DeMinimisMethod = "per-unit";
 * ```
 */
export type DeMinimisMethod = "line" | "per-unit" | "untimed";

/**
 * The result of {@link assistantModifierUnits}.
 *
 * @example
 * ```ts
 * const r: AssistantModifierUnits = { method: "per-unit", units: 2, unitsWithModifier: 1, explanation: "…" };
 * ```
 */
export interface AssistantModifierUnits {
  readonly method: DeMinimisMethod;
  /** Units the line is judged on. */
  readonly units: number;
  /** How many of them must carry CQ (PT) or CO (OT); 0 means the line needs neither. */
  readonly unitsWithModifier: number;
  /** The steps, in plain words, for a finding's message. */
  readonly explanation: string;
}

/** Units the CMS chart gives a number of minutes: 0–7 → 0, 8–22 → 1, 23–37 → 2, … */
function chartUnits(minutes: number): number {
  return minutes < 8 ? 0 : Math.floor((minutes + 7) / 15);
}

const CY2022 = "2022-01-01";

/**
 * How many units of a line furnished partly by a PTA/OTA must carry CQ/CO, by the 10 % de
 * minimis standard as CMS applies it on the date of service.
 *
 * - From 2022-01-01 (timed codes): whole 15-minute blocks go to whoever furnished them (the
 *   assistant's carry the modifier, the therapist's do not); the 10 % test then applies to the
 *   leftover minutes of the remaining unit(s). When two units remain and each furnished 9–14
 *   leftover minutes, one unit takes the modifier and one does not. When fewer units are
 *   billed than whole blocks, the therapist's blocks are counted first (no false alarm).
 * - 2020–2021 (timed codes): the line needs the modifier when the assistant's minutes exceed
 *   10 % of the line's minutes.
 * - Untimed codes: one service; the same 10 % test on its minutes.
 *
 * Assistant minutes above the line's minutes count as all of the line's minutes (the line's
 * minutes include the assistant's); `checkModifiers` reports that as `modifier/assistant-no-data`.
 *
 * @param share - the line's minutes, the assistant's minutes, units and whether it is timed
 * @param dateOfService - YYYY-MM-DD
 * @returns the units that must carry the modifier, with the reasoning
 * @example
 * ```ts
 * // CMS CY 2022 example: PTA 10 min + PT 5 min of 97110 = 1 unit, with CQ.
 * assistantModifierUnits({ minutes: 15, assistantMinutes: 10, timed: true }, "2024-03-01").unitsWithModifier; //=> 1
 * // PTA 12 + PT 13 min = 2 units: one with CQ, one without.
 * assistantModifierUnits({ minutes: 25, assistantMinutes: 12, timed: true }, "2024-03-01").unitsWithModifier; //=> 1
 * ```
 * @remarks SSA §1834(v); CY 2020 PFS final rule (84 FR 62702–62707); CY 2022 PFS final rule;
 * CMS "Billing Examples Using CQ/CO Modifiers"; Pub. 100-04 ch. 5 §20.1. The per-unit reading
 * of the 2022 refinement is [M]: the CMS examples page was seen only in part.
 */
export function assistantModifierUnits(share: AssistantShare, dateOfService: string): AssistantModifierUnits {
  const minutes = Math.max(0, share.minutes);
  const a = Math.min(Math.max(0, share.assistantMinutes), minutes);
  const t = minutes - a;
  if (!share.timed) {
    const units = share.units ?? 1;
    const over = a * 10 > minutes;
    return {
      method: "untimed",
      units,
      unitsWithModifier: over && units > 0 ? units : 0,
      explanation: `the assistant furnished ${a} of ${count(minutes, "minute")} of this untimed service, ${over ? "more than" : "not more than"} the 10% de minimis`,
    };
  }
  const units = share.units ?? chartUnits(minutes);
  if (dateOfService < CY2022) {
    const over = a * 10 > minutes;
    return {
      method: "line",
      units,
      unitsWithModifier: over ? units : 0,
      explanation: `the assistant furnished ${a} of ${count(minutes, "minute")}, ${over ? "more than" : "not more than"} the 10% de minimis (the 2020–2021 rule judges the line)`,
    };
  }
  const fullA = Math.floor(a / 15);
  const fullT = Math.floor(t / 15);
  const remA = a % 15;
  const remT = t % 15;
  const steps = [`the assistant furnished ${a} and the therapist ${t} of ${count(minutes, "minute")} (${count(units, "unit")})`];
  if (units <= fullT) {
    steps.push(`the therapist's ${fullT} whole 15-minute block${fullT === 1 ? "" : "s"} cover${fullT === 1 ? "s" : ""} every billed unit`);
    return { method: "per-unit", units, unitsWithModifier: 0, explanation: steps.join("; ") };
  }
  const remaining = units - fullA - fullT;
  if (fullA > 0 || fullT > 0) steps.push(`whole blocks: ${fullA} by the assistant, ${fullT} by the therapist`);
  if (remaining <= 0) {
    return { method: "per-unit", units, unitsWithModifier: units - fullT, explanation: steps.join("; ") };
  }
  const leftover = remA + remT;
  let leftoverWith: number;
  if (remaining === 2 && remA >= 9 && remA <= 14 && remT >= 9 && remT <= 14) {
    leftoverWith = 1;
    steps.push(`two units remain and each furnished 9–14 minutes (${remA} and ${remT}): one unit with the modifier, one without`);
  } else if (leftover === 0) {
    leftoverWith = 0;
  } else {
    const over = remA * 10 > leftover;
    leftoverWith = over ? remaining : 0;
    steps.push(`leftover ${count(leftover, "minute")}: the assistant's ${remA} ${over ? "exceed" : "do not exceed"} 10%`);
  }
  return { method: "per-unit", units, unitsWithModifier: fullA + leftoverWith, explanation: steps.join("; ") };
}
