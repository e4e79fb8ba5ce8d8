import type { CodeInfo } from "../catalog/types.js";
import { DISCIPLINE_WITH_ARTICLE } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import type { Discipline, Session, ServiceLine } from "../model/session.js";
import { SOURCES } from "../model/sources.js";
import { assistantModifierUnits } from "./assistant-units.js";
import { DISCIPLINE_MODIFIER, serviceDiscipline } from "./discipline-rules.js";
import { lineFinding } from "./line-finding.js";
import { count } from "../units/words.js";
import { MODIFIER_SOURCES } from "./sources.js";

/** First date of service on which CQ/CO are required (SSA §1834(v)(2)(B)). */
export const ASSISTANT_MODIFIERS_FROM = "2020-01-01";

/** The modifier for services furnished in whole or in part by an assistant, by plan of care (none for SLP). */
export const ASSISTANT_MODIFIER = { PT: "CQ", OT: "CO" } as const;

const ASSISTANT_MODIFIERS = ["CQ", "CO"] as const;

const PAIR = {
  CQ: { discipline: "PT", with: "GP", who: "a physical therapist assistant (PTA)", plan: "PT" },
  CO: { discipline: "OT", with: "GO", who: "an occupational therapy assistant (OTA)", plan: "OT" },
} as const;

/** Each plan's own assistant credential, and who each assistant credential is. */
const OWN_ASSISTANT = { PT: "PTA", OT: "OTA", SLP: "SLPA" } as const;
const ASSISTANT_WHO: Record<string, string> = /* @__PURE__ */ (() => ({ PTA: PAIR.CQ.who, OTA: PAIR.CO.who, SLPA: "a speech-language pathology assistant (SLPA)" }))();
/** The fix for a line of a code `own`'s clinician does not furnish (THIRD-DISCIPLINE). */
const otherService = (code: string, other: Discipline, who: string) =>
  `Bill ${code}, ${DISCIPLINE_WITH_ARTICLE[other]} service, only for what ${DISCIPLINE_WITH_ARTICLE[other]} furnished, under ${DISCIPLINE_WITH_ARTICLE[other]} plan of care with ${DISCIPLINE_MODIFIER[other]}: ${who} does not furnish it`;

/** Who each therapist credential is. */
const THERAPIST_WHO: Record<string, string> = { PT: "a physical therapist (PT)", OT: "an occupational therapist (OT)", SLP: "a speech-language pathologist (SLP)" };

/**
 * CQ/CO rules for one line: a modifier on the wrong plan or without its GP/GO partner (any
 * date), an evaluation an assistant took part in (any date), assistant minutes on an SLP line or
 * an SLPA rendering provider (any date: Medicare has no SLP assistants), and a line furnished in whole or in part by an
 * assistant without it (from 2020); a PTA, OTA or SLPA rendering provider on another discipline's
 * plan, or a PT, OT or SLP one (any date: every line); from 2020, CQ/CO on a line whose assistant minutes are 0 or
 * within the 10% de minimis share (a warning: from 2022 the line is paid at 85%).
 * Findings go to `out`; the answer is true when the line cannot be billed as it stands (an
 * evaluation an assistant took part in, or a line of a visit an SLPA or another discipline's assistant or therapist furnished), so that no KX is
 * asked for on it.
 *
 * @param mods - the line's modifiers, upper case
 * @param code - the line's code, upper case
 * @internal
 */
export function assistantFindings(out: Finding[], session: Session, line: ServiceLine, mods: readonly string[], code: string, index: number, info: CodeInfo | undefined): boolean | void {
  const discipline = session.provider.discipline;
  for (const m of ASSISTANT_MODIFIERS) {
    if (!mods.includes(m)) continue;
    const p = PAIR[m];
    if (discipline !== p.discipline) {
      out.push(lineFinding("modifier/assistant-modifier-mismatch", "error", index, code,
        `${code} carries ${m}, which marks services by ${p.who} under ${DISCIPLINE_WITH_ARTICLE[p.plan]} plan of care, but this visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan.` +
          (discipline === "SLP" ? " Medicare has no assistant modifier for speech-language pathology." : ""),
        discipline === "SLP" ? `Remove ${m}.` : `Use ${discipline === "PT" ? "CQ" : "CO"} for an assistant of this plan, or remove ${m}.`,
        SOURCES.cpm5_20_1));
    } else if (!mods.includes(p.with)) {
      out.push(lineFinding("modifier/assistant-modifier-mismatch", "error", index, code,
        `${code} carries ${m} without ${p.with}; ${m} is reported only together with ${p.with}.`, `Add ${p.with} to the line.`, SOURCES.cpm5_20_1));
    }
  }
  const credential = session.provider.credential;
  if (credential !== undefined && credential !== discipline && THERAPIST_WHO[credential]) {
    const own = credential as Discipline;
    // THIRD-DISCIPLINE: a code the catalog does not list for the therapist's discipline (an OT's
    // 92507) is billed under the plan of the discipline that furnishes it, not the therapist's own.
    const other = serviceDiscipline(info, own, discipline);
    // OTHER-THERAPIST: a therapist treats only under their own discipline's plan (MBPM ch. 15 §220.1.2:
    // "a physical therapist may not provide services under an occupational therapist plan of care").
    out.push(lineFinding("modifier/therapist-discipline-mismatch", "error", index, code,
      `${code} was furnished by ${THERAPIST_WHO[credential]}, the rendering provider, but this visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: a therapist may not treat under another discipline's plan, even for the same condition.`,
      (other ? otherService(code, other, DISCIPLINE_WITH_ARTICLE[own]) : `Bill what the ${own} furnished under ${DISCIPLINE_WITH_ARTICLE[own]} plan of care of their own (their evaluation and certified plan), with ${DISCIPLINE_MODIFIER[own]}`) + "; or correct the provider's discipline or credential.",
      MODIFIER_SOURCES.therapistDiscipline));
    return true;
  }
  if (credential !== undefined && credential !== OWN_ASSISTANT[discipline] && ASSISTANT_WHO[credential]) {
    // An assistant works only under a therapist of their own discipline (MBPM ch. 15 §230.1, §230.2;
    // no SLPA at all, §230.3 C): a PTA's line on an OT plan is not an OT service, nor billable as one.
    // What to bill, as specific as for a therapist: the assistant's own plan, its G-modifier and (from 2020) CQ/CO, under its
    // therapist (§220.1.2, §230.1, §230.2, §230.4); an SLPA's work, or an evaluation, is billable under no plan (§230.3 C).
    const own = credential.slice(0, 2) as "PT" | "OT";
    const other = serviceDiscipline(info, own, discipline);
    out.push(lineFinding("modifier/assistant-discipline-mismatch", "error", index, code,
      `${code} was furnished by ${ASSISTANT_WHO[credential]}, the rendering provider, but this visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: an assistant furnishes only their own discipline's services, under its therapist.`,
      (credential === "SLPA" ? `Do not bill ${code} to Medicare as therapy: Medicare recognises no speech-language pathology assistant, under any plan`
        : info?.contact === "evaluation" ? `Do not bill ${code}: an assistant furnishes no evaluation, under any plan`
        : other ? otherService(code, other, `a ${credential}`)
        : `Bill what the ${credential} furnished under ${DISCIPLINE_WITH_ARTICLE[own]} plan of care (${DISCIPLINE_WITH_ARTICLE[own]}'s evaluation and certified plan), with ${DISCIPLINE_MODIFIER[own]}${session.dateOfService < ASSISTANT_MODIFIERS_FROM ? "" : ` and ${ASSISTANT_MODIFIER[own]}`}, supervised by that ${own}`) +
        "; or correct the provider's discipline or credential.",
      MODIFIER_SOURCES.assistantDiscipline));
    return true;
  }
  if (discipline === "SLP") {
    // Medicare recognises no speech-language pathology assistant (MBPM ch. 15 §230.3 C), and CQ/CO
    // mark PTA and OTA services only: the line is not billable as therapy, not short of a modifier.
    // An SLPA rendering provider furnished all of it: nothing of the line can be billed.
    const slpa = credential === "SLPA";
    if (slpa || (line.assistantMinutes ?? 0) > 0) out.push(lineFinding("modifier/slp-assistant", "error", index, code,
      `${code} ${slpa ? "was furnished by a speech-language pathology assistant (SLPA), the rendering provider" : `has ${count(line.assistantMinutes!, "minute")} furnished by an assistant`}, but Medicare does not recognise speech-language pathology assistants: their services are unskilled and denied if billed as therapy, and no modifier (CQ and CO are for PTAs and OTAs) makes them billable.`,
      slpa ? `Do not bill ${code} to Medicare as therapy: only what a speech-language pathologist furnished can be billed.` : `Bill ${code} only for what the speech-language pathologist furnished, without CQ or CO.`,
      MODIFIER_SOURCES.slpAssistants));
    return slpa;
  }
  const wanted = ASSISTANT_MODIFIER[discipline];
  const p = PAIR[wanted];
  const whole = credential === OWN_ASSISTANT[discipline];
  const assistantMinutes = line.assistantMinutes;
  if (info?.contact === "evaluation") {
    // An assistant furnishes no evaluation, in whole or in part (MBPM ch. 15 §230.1, §230.2), so
    // the line is wrong, not short of CQ/CO (any date: the rule is older than the modifiers).
    const by = whole ? `the rendering provider is ${p.who}`
      : (assistantMinutes ?? 0) > 0 ? `it has ${count(assistantMinutes!, "minute")} furnished by ${p.who}`
      : mods.includes(wanted) ? `it carries ${wanted}, which says ${p.who} took part` : "";
    if (by) out.push(lineFinding("modifier/assistant-evaluation", "error", index, code,
      `${code} is an evaluation, which only the therapist may furnish, but ${by}: an assistant may not furnish an evaluation in whole or in part.`,
      `Bill ${code} only for an evaluation the therapist furnished alone, without ${wanted}; bill what the assistant did under a treatment code.`,
      MODIFIER_SOURCES.assistantScope));
    return !!by;
  }
  if (session.dateOfService < ASSISTANT_MODIFIERS_FROM) return;
  const has = mods.includes(wanted);
  // The data says the assistant furnished none of the line, or no more than the de minimis share:
  // the modifier is not needed, and from 2022 it costs 15% of the line (SSA §1834(v)). Nothing is
  // said when the data does not say (no assistant minutes, no total, or more assistant minutes
  // than the total), or of a line of no units. When only some of its units need it, the warning
  // says how to split the line.
  const splitFix = (k: number, units: number) =>
    `Bill ${k} unit${k === 1 ? "" : "s"} of ${code} with ${wanted} and ${p.with} on one line and the other ${units - k} with ${p.with} only on another.`;
  // k of the line's units need the modifier (0: none; some: the line carries it on all of them).
  const notNeeded = (why: string, k = 0, units = 0) => out.push(lineFinding("modifier/assistant-modifier-not-needed", "warning", index, code,
    `${code} carries ${wanted}, but ${why}, so ${k ? `${wanted} belongs on only ${k} of its ${units} units` : `the line needs no ${wanted}`}` +
      (session.dateOfService < "2022" ? `; before 2022 it costs nothing, but the claim says ${p.who} furnished the line in whole or in part.` : `; with it Medicare pays ${k ? "every unit" : "the line"} at 85%, so the clinic loses 15% of ${k ? "the others'" : "its"} payment.`),
    k ? splitFix(k, units) : `Remove ${wanted}, unless ${p.who} furnished more of the line than its assistant minutes say.`, SOURCES.cqco));
  if (whole) {
    if (!has) out.push(lineFinding("modifier/assistant-modifier-missing", "error", index, code,
      `The rendering provider is ${p.who}, who furnished all of this ${code} line; from 2020 it must carry ${wanted} (with ${p.with}).`,
      `Add ${wanted}${mods.includes(p.with) ? "" : ` and ${p.with}`}. From 2022 Medicare pays the line at 85%.`, SOURCES.cqco));
    return;
  }
  if (assistantMinutes === undefined) return;
  if (assistantMinutes === 0) {
    if (has) notNeeded(`it has no minutes furnished by ${p.who}`);
    return;
  }
  if (line.minutes === undefined) {
    if (!has) out.push(lineFinding("modifier/assistant-no-data", "info", index, code,
      `${code} has ${assistantMinutes} assistant minute${assistantMinutes === 1 ? "" : "s"} but no total minutes, so the 10% de minimis test for ${wanted} cannot be applied.`,
      `Record the line's total minutes (therapist, assistant and joint time).`, SOURCES.cqco));
    return;
  }
  if (assistantMinutes > line.minutes) {
    if (has) return;
    // The line's minutes include the assistant's (CMS CQ/CO examples: PTA 23 + PT 13 = 36 minutes of 97110).
    out.push(lineFinding("modifier/assistant-no-data", "warning", index, code,
      `${code} has ${assistantMinutes} assistant minute${assistantMinutes === 1 ? "" : "s"} but a total of ${line.minutes}, so the 10% de minimis test for ${wanted} ` +
        (line.minutes === 0 ? `had no time to apply to: whether the line needs ${wanted} is not known.` : `took all ${line.minutes} as the assistant's.`),
      `Correct the line's total minutes (therapist, assistant and joint time) or its assistant minutes.`, SOURCES.cqco));
  }
  const result = assistantModifierUnits(
    { minutes: line.minutes, assistantMinutes, timed: info?.timed ?? true, ...(line.units !== undefined ? { units: line.units } : {}) },
    session.dateOfService,
  );
  if (has) {
    if (result.unitsWithModifier < result.units) notNeeded(result.explanation, result.unitsWithModifier, result.units);
    return;
  }
  if (result.unitsWithModifier === 0) return;
  const split = result.unitsWithModifier < result.units;
  // TOGETHER: only the assistant's minutes without the therapist count; minutes both gave at once are
  // the therapist's (CY 2020 PFS final rule, 84 FR 62702–62707; CMS CQ/CO billing examples).
  const assistant = `${discipline}A`;
  out.push(lineFinding("modifier/assistant-modifier-missing", "error", index, code,
    `${code} was furnished in part by ${p.who}: ${result.explanation}; ` +
      (split ? `${result.unitsWithModifier} of its ${result.units} units must carry ${wanted}` : `the line must carry ${wanted}`) +
      ` (assistant minutes are the ${assistant}'s time without the ${discipline}: time they treated together is the ${discipline}'s).`,
    (split
      ? splitFix(result.unitsWithModifier, result.units)
      : `Add ${wanted}${mods.includes(p.with) ? "" : ` and ${p.with}`}. From 2022 Medicare pays the line at 85%.`) +
      ` If the ${count(assistantMinutes, "assistant minute", "include")} time the ${assistant} and ${discipline} treated together, count that time as the ${discipline}'s and check again.`,
    SOURCES.cqco));
}
