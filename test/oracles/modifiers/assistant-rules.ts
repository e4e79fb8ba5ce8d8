// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import type { CodeInfo } from "../../../src/catalog/types.js";
import type { Finding } from "../../../src/model/finding.js";
import type { Session, ServiceLine } from "../../../src/model/session.js";
import { SOURCES } from "../../../src/model/sources.js";
import { assistantModifierUnits } from "./assistant-units.js";
import { lineFinding, modifiersOf } from "./line-finding.js";
import { MODIFIER_SOURCES } from "../../../src/modifiers/sources.js";
// ARTICLE: a deliberate change (2026-11-23, fifth round): "an OT plan", "an SLP evaluation", not "a OT", "a SLP", as in src/modifiers/assistant-rules.ts.
import { DISCIPLINE_WITH_ARTICLE } from "../../../src/model/article.js";

/** First date of service on which CQ/CO are required (SSA §1834(v)(2)(B)). */
export const ASSISTANT_MODIFIERS_FROM = "2020-01-01";

const PAIR = {
  CQ: { discipline: "PT", with: "GP", who: "a physical therapist assistant (PTA)", plan: "PT" },
  CO: { discipline: "OT", with: "GO", who: "an occupational therapy assistant (OTA)", plan: "OT" },
} as const;

/**
 * CQ/CO rules for one line: a modifier on the wrong plan or without its GP/GO partner (any
 * date), and a line furnished in whole or in part by an assistant without it (from 2020).
 *
 * @internal
 */
export function assistantFindings(session: Session, line: ServiceLine, index: number, info: CodeInfo | undefined): Finding[] {
  const out: Finding[] = [];
  const mods = modifiersOf(line);
  const code = line.code.toUpperCase();
  const discipline = session.provider.discipline;
  for (const m of ["CQ", "CO"] as const) {
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
  // WRONG-PLAN: a deliberate change (eleventh round): a PTA, OTA or SLPA rendering provider on another discipline's plan
  // makes every line a modifier/assistant-discipline-mismatch error and nothing else here (MBPM ch. 15 §230.1, §230.2, §230.3 C), as in src/modifiers/assistant-rules.ts.
  const credential = session.provider.credential;
  // OTHER-THERAPIST: a deliberate change (thirteenth round): a PT, OT or SLP rendering provider on another discipline's plan
  // makes every line a modifier/therapist-discipline-mismatch error and nothing else here (MBPM ch. 15 §220.1.2: "a physical
  // therapist may not provide services under an occupational therapist plan of care"), as in src/modifiers/assistant-rules.ts.
  const therapist: Record<string, string> = { PT: "a physical therapist (PT)", OT: "an occupational therapist (OT)", SLP: "a speech-language pathologist (SLP)" };
  // THIRD-DISCIPLINE: a deliberate change (fifteenth round, mend15): a code the catalog does not list for the therapist's or
  // assistant's own discipline (an OT's or a PTA's 92507) is billed under the plan of the discipline that furnishes it (the
  // visit's plan when listed, else the catalog's first), with its GP/GO/GN, not the clinician's own (Pub. 100-04 ch. 5 §20.1;
  // MBPM ch. 15 §220.1.2, §230.1, §230.4), as in src/modifiers/assistant-rules.ts.
  const gOf = { PT: "GP", OT: "GO", SLP: "GN" } as const;
  const thirdFix = (mine: "PT" | "OT" | "SLP", who: string): string | undefined => {
    const list = info?.disciplines;
    if (list === undefined || list.includes(mine)) return undefined;
    const d = list.includes(discipline) ? discipline : list[0]!;
    return `Bill ${code}, ${DISCIPLINE_WITH_ARTICLE[d]} service, only for what ${DISCIPLINE_WITH_ARTICLE[d]} furnished, under ${DISCIPLINE_WITH_ARTICLE[d]} plan of care with ${gOf[d]}: ${who} does not furnish it; or correct the provider's discipline or credential.`;
  };
  if (credential !== undefined && credential !== discipline && therapist[credential] !== undefined) {
    out.push(lineFinding("modifier/therapist-discipline-mismatch", "error", index, code,
      `${code} was furnished by ${therapist[credential]}, the rendering provider, but this visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: a therapist may not treat under another discipline's plan, even for the same condition.`,
      thirdFix(credential as "PT" | "OT" | "SLP", DISCIPLINE_WITH_ARTICLE[credential as "PT" | "OT" | "SLP"]) ?? `Bill what the ${credential} furnished under ${DISCIPLINE_WITH_ARTICLE[credential as "PT" | "OT" | "SLP"]} plan of care of their own (their evaluation and certified plan), with ${{ PT: "GP", OT: "GO", SLP: "GN" }[credential as "PT" | "OT" | "SLP"]}; or correct the provider's discipline or credential.`,
      MODIFIER_SOURCES.therapistDiscipline));
    return out;
  }
  const own = { PT: "PTA", OT: "OTA", SLP: "SLPA" }[discipline];
  const who: Record<string, string> = { PTA: PAIR.CQ.who, OTA: PAIR.CO.who, SLPA: "a speech-language pathology assistant (SLPA)" };
  if (credential !== undefined && credential !== own && who[credential] !== undefined) {
    out.push(lineFinding("modifier/assistant-discipline-mismatch", "error", index, code,
      `${code} was furnished by ${who[credential]}, the rendering provider, but this visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: an assistant furnishes only their own discipline's services, under its therapist.`,
      // ASSISTANT-FIX: a deliberate change (fourteenth round): the fix names what to bill, under whose plan, as the therapist's does
      // (MBPM ch. 15 §220.1.2, §230.1, §230.2, §230.4; §230.3 C), as in src/modifiers/assistant-rules.ts.
      credential === "SLPA" ? `Do not bill ${code} to Medicare as therapy: Medicare recognises no speech-language pathology assistant, under any plan; or correct the provider's discipline or credential.`
        : info?.contact === "evaluation" ? `Do not bill ${code}: an assistant furnishes no evaluation, under any plan; or correct the provider's discipline or credential.`
        : thirdFix(credential === "PTA" ? "PT" : "OT", `a ${credential}`) ?? `Bill what the ${credential} furnished under ${credential === "PTA" ? "a PT plan of care (a PT's" : "an OT plan of care (an OT's"} evaluation and certified plan), with ${credential === "PTA" ? "GP" : "GO"}${session.dateOfService < "2020-01-01" ? "" : credential === "PTA" ? " and CQ" : " and CO"}, supervised by that ${credential === "PTA" ? "PT" : "OT"}; or correct the provider's discipline or credential.`,
      MODIFIER_SOURCES.assistantDiscipline));
    return out;
  }
  // EVAL-BY-ASSISTANT: a deliberate change (eighth round): an evaluation a PTA/OTA took part in (credential, assistant minutes or CQ/CO) is a modifier/assistant-evaluation error, any date, and no CQ/CO is asked for on it (MBPM ch. 15 §230.1, §230.2), as in src/modifiers/assistant-rules.ts.
  // SLP-ASSISTANT: a deliberate change (ninth round): assistant minutes on an SLP visit's line are a modifier/slp-assistant error, any date (MBPM ch. 15 §230.3 C: Medicare does not recognise SLP assistants; CQ/CO are PT/OT only), as in src/modifiers/assistant-rules.ts.
  if (discipline === "SLP") {
    const a = line.assistantMinutes ?? 0;
    // SLPA: a deliberate change (eleventh round): an SLPA rendering provider (the new credential) on an SLP visit makes every
    // line a modifier/slp-assistant error saying the SLPA furnished it, with a fix not to bill it, as in src/modifiers/assistant-rules.ts.
    if (session.provider.credential === "SLPA") {
      out.push(lineFinding("modifier/slp-assistant", "error", index, code,
        `${code} was furnished by a speech-language pathology assistant (SLPA), the rendering provider, but Medicare does not recognise speech-language pathology assistants: their services are unskilled and denied if billed as therapy, and no modifier (CQ and CO are for PTAs and OTAs) makes them billable.`,
        `Do not bill ${code} to Medicare as therapy: only what a speech-language pathologist furnished can be billed.`,
        MODIFIER_SOURCES.slpAssistants));
    } else if (a > 0) {
      out.push(lineFinding("modifier/slp-assistant", "error", index, code,
        `${code} has ${a} minute${a === 1 ? "" : "s"} furnished by an assistant, but Medicare does not recognise speech-language pathology assistants: their services are unskilled and denied if billed as therapy, and no modifier (CQ and CO are for PTAs and OTAs) makes them billable.`,
        `Bill ${code} only for what the speech-language pathologist furnished, without CQ or CO.`,
        MODIFIER_SOURCES.slpAssistants));
    }
    return out;
  }
  if (info?.contact === "evaluation") {
    const w = discipline === "PT" ? "CQ" : "CO";
    const who = PAIR[w].who;
    const a = line.assistantMinutes ?? 0;
    const by = session.provider.credential === (discipline === "PT" ? "PTA" : "OTA") ? `the rendering provider is ${who}`
      : a > 0 ? `it has ${a} minute${a === 1 ? "" : "s"} furnished by ${who}`
      : mods.includes(w) ? `it carries ${w}, which says ${who} took part` : undefined;
    if (by !== undefined) {
      out.push(lineFinding("modifier/assistant-evaluation", "error", index, code,
        `${code} is an evaluation, which only the therapist may furnish, but ${by}: an assistant may not furnish an evaluation in whole or in part.`,
        `Bill ${code} only for an evaluation the therapist furnished alone, without ${w}; bill what the assistant did under a treatment code.`,
        MODIFIER_SOURCES.assistantScope));
    }
    return out;
  }
  if (session.dateOfService < ASSISTANT_MODIFIERS_FROM) return out;
  const wanted = discipline === "PT" ? "CQ" : "CO";
  const p = PAIR[wanted];
  const assistantCredential = discipline === "PT" ? "PTA" : "OTA";
  // NOT-NEEDED: a deliberate change (eleventh round): CQ/CO on a line whose assistant minutes are 0, or within the 10% de minimis
  // share (by assistantModifierUnits, a line of 1 unit or more, assistant minutes not above its total), on a visit not the
  // assistant's, is a modifier/assistant-modifier-not-needed warning (from 2022 the line is paid at 85%), as in src/modifiers/assistant-rules.ts.
  if (mods.includes(wanted)) {
    const a = line.assistantMinutes;
    if (session.provider.credential === assistantCredential || a === undefined) return out;
    let why = `it has no minutes furnished by ${p.who}`;
    if (a > 0) {
      if (line.minutes === undefined || a > line.minutes) return out;
      const r = assistantModifierUnits({ minutes: line.minutes, assistantMinutes: a, timed: info?.timed ?? true, ...(line.units !== undefined ? { units: line.units } : {}) }, session.dateOfService);
      if (r.units === 0 || r.unitsWithModifier === r.units) return out;
      why = r.explanation;
      // SPLIT: when only some of the units need the modifier (the 2022 per-unit method), the warning says so and how to split the line.
      if (r.unitsWithModifier > 0) {
        const k = r.unitsWithModifier;
        out.push(lineFinding("modifier/assistant-modifier-not-needed", "warning", index, code,
          `${code} carries ${wanted}, but ${why}, so ${wanted} belongs on only ${k} of its ${r.units} units` +
            (session.dateOfService < "2022-01-01" ? `; before 2022 it costs nothing, but the claim says ${p.who} furnished the line in whole or in part.` : "; with it Medicare pays every unit at 85%, so the clinic loses 15% of the others' payment."),
          `Bill ${k} unit${k === 1 ? "" : "s"} of ${code} with ${wanted} and ${p.with} on one line and the other ${r.units - k} with ${p.with} only on another.`, SOURCES.cqco));
        return out;
      }
    }
    out.push(lineFinding("modifier/assistant-modifier-not-needed", "warning", index, code,
      `${code} carries ${wanted}, but ${why}, so the line needs no ${wanted}` +
        (session.dateOfService < "2022-01-01" ? `; before 2022 it costs nothing, but the claim says ${p.who} furnished the line in whole or in part.` : "; with it Medicare pays the line at 85%, so the clinic loses 15% of its payment."),
      `Remove ${wanted}, unless ${p.who} furnished more of the line than its assistant minutes say.`, SOURCES.cqco));
    return out;
  }
  if (session.provider.credential === assistantCredential) {
    out.push(lineFinding("modifier/assistant-modifier-missing", "error", index, code,
      `The rendering provider is ${p.who}, who furnished all of this ${code} line; from 2020 it must carry ${wanted} (with ${p.with}).`,
      `Add ${wanted}${mods.includes(p.with) ? "" : ` and ${p.with}`}. From 2022 Medicare pays the line at 85%.`, SOURCES.cqco));
    return out;
  }
  const assistantMinutes = line.assistantMinutes;
  if (assistantMinutes === undefined || assistantMinutes === 0) return out;
  if (line.minutes === undefined) {
    out.push(lineFinding("modifier/assistant-no-data", "info", index, code,
      `${code} has ${assistantMinutes} assistant minute${assistantMinutes === 1 ? "" : "s"} but no total minutes, so the 10% de minimis test for ${wanted} cannot be applied.`,
      `Record the line's total minutes (therapist, assistant and joint time).`, SOURCES.cqco));
    return out;
  }
  // OVER-TOTAL: a deliberate change (seventh round): assistant minutes above the line's minutes are a warning that says what was assumed, as in src/modifiers/assistant-rules.ts.
  if (assistantMinutes > line.minutes) {
    // The line's minutes include the assistant's (CMS CQ/CO examples: PTA 23 + PT 13 = 36 minutes of 97110).
    out.push(lineFinding("modifier/assistant-no-data", "warning", index, code,
      // ZERO-TOTAL: on a line of 0 minutes, "had no time to apply to: whether the line needs CQ is not known", not "took all 0 as the assistant's".
      `${code} has ${assistantMinutes} assistant minute${assistantMinutes === 1 ? "" : "s"} but a total of ${line.minutes}, so the 10% de minimis test for ${wanted} ` +
        (line.minutes === 0 ? `had no time to apply to: whether the line needs ${wanted} is not known.` : `took all ${line.minutes} as the assistant's.`),
      `Correct the line's total minutes (therapist, assistant and joint time) or its assistant minutes.`, SOURCES.cqco));
  }
  const result = assistantModifierUnits(
    { minutes: line.minutes, assistantMinutes, timed: info?.timed ?? true, ...(line.units !== undefined ? { units: line.units } : {}) },
    session.dateOfService,
  );
  if (result.unitsWithModifier === 0) return out;
  const split = result.unitsWithModifier < result.units;
  // TOGETHER: a deliberate change (thirteenth round): the message says assistant minutes are the assistant's time without the
  // therapist (time they treated together is the therapist's, CY 2020 PFS final rule), and the fix says to count such time as the
  // therapist's and check again, as in src/modifiers/assistant-rules.ts.
  const pair = discipline === "PT" ? ["PTA", "PT"] : ["OTA", "OT"];
  out.push(lineFinding("modifier/assistant-modifier-missing", "error", index, code,
    `${code} was furnished in part by ${p.who}: ${result.explanation}; ` +
      (split ? `${result.unitsWithModifier} of its ${result.units} units must carry ${wanted}` : `the line must carry ${wanted}`) +
      ` (assistant minutes are the ${pair[0]}'s time without the ${pair[1]}: time they treated together is the ${pair[1]}'s).`,
    (split
      ? `Bill ${result.unitsWithModifier} unit${result.unitsWithModifier === 1 ? "" : "s"} of ${code} with ${wanted} and ${p.with} on one line and the other ${result.units - result.unitsWithModifier} with ${p.with} only on another.`
      : `Add ${wanted}${mods.includes(p.with) ? "" : ` and ${p.with}`}. From 2022 Medicare pays the line at 85%.`) +
      ` If the ${assistantMinutes} assistant minute${assistantMinutes === 1 ? " includes" : "s include"} time the ${pair[0]} and ${pair[1]} treated together, count that time as the ${pair[1]}'s and check again.`,
    SOURCES.cqco));
  return out;
}
