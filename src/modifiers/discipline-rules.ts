import type { CodeInfo } from "../catalog/types.js";
import { DISCIPLINE_WITH_ARTICLE } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import type { Discipline } from "../model/session.js";
import { disciplineOfModifier } from "../model/credential-discipline.js";
import { SOURCES } from "../model/sources.js";
import { lineFinding } from "./line-finding.js";
import { MODIFIER_SOURCES } from "./sources.js";

/** The discipline modifier of each plan of care (Pub. 100-04 ch. 5 §20.1). */
export const DISCIPLINE_MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" } as const satisfies Record<Discipline, string>;

/**
 * The discipline whose service `code` is when the catalog does not list the clinician's own
 * discipline `own` for it (92507 for a PTA): the plan's when listed, else the catalog's first;
 * undefined when the catalog lists `own` or does not know the code. Its plan and GP/GO/GN are where
 * the line belongs (Pub. 100-04 ch. 5 §20.1: the modifiers "do not allow a provider to deliver
 * services that they are not qualified and recognized by Medicare to perform").
 *
 * @example
 * ```ts
 * serviceDiscipline(getCode("92507"), "PT", "OT"); //=> "SLP"
 * ```
 * @internal
 */
export function serviceDiscipline(info: CodeInfo | undefined, own: Discipline, plan: Discipline): Discipline | undefined {
  const list = info?.disciplines;
  return !list || list.includes(own) ? undefined : list.includes(plan) ? plan : list[0];
}

const PLAN: Record<Discipline, string> = { PT: "physical therapy", OT: "occupational therapy", SLP: "speech-language pathology" };

/**
 * GP/GO/GN rules for one line: more than one (error), missing or not matching the discipline
 * (error on always-therapy codes, warning on sometimes-therapy codes), and the evaluations
 * that take one discipline's modifier only.
 *
 * A sometimes-therapy code gets a warning, not an error: it may be furnished outside any
 * therapy plan (97129 is billed by psychologists too) and whether CMS lists it as always or
 * sometimes therapy is not settled (domain §13.3), so a human should look. A code the catalog
 * lists for SLPs alone (92507) with a PT or OT plan's own GP or GO, by that plan's clinician, is a
 * warning too (SLP-ONLY: the claim edit takes it, but Part B pays speech-language pathology only
 * when a qualified SLP furnishes it, 42 CFR 410.62(a)). Findings go to `out`.
 *
 * @param mods - the line's modifiers, upper case
 * @param code - the line's code, upper case
 * @param by - the discipline of another discipline's therapist or assistant who furnished the
 *   visit (`modifier/therapist-discipline-mismatch` or `modifier/assistant-discipline-mismatch`
 *   reports it): a non-evaluation line carrying that discipline's modifier, and that discipline's
 *   evaluation, are left to that error
 * @internal
 */
export function disciplineFindings(out: Finding[], mods: readonly string[], code: string, index: number, discipline: Discipline, info: CodeInfo | undefined, by?: Discipline): void {
  let count = 0;
  let first: string | undefined;
  let several = false;
  for (let k = 0; k < mods.length; k++) {
    const m = mods[k] as string;
    if (m !== "GP" && m !== "GO" && m !== "GN") continue;
    count++;
    if (first === undefined) first = m;
    else if (m !== first) several = true;
  }
  const wanted = DISCIPLINE_MODIFIER[discipline];
  // SLP-ONLY: a code the catalog lists for SLPs alone (92507) on a PT or OT plan, by the plan's own
  // clinician. CR 10176 ties only the SLP evaluations to GN, so the claim edit takes it with GP or GO,
  // but Part B pays speech-language pathology only when a qualified SLP furnishes it (42 CFR
  // 410.62(a); MBPM ch. 15 §230.3 A, B): a warning, since scope of practice is the state's and no CMS
  // text names 92507 as SLP-only; the fix names the SLP plan before this plan's modifier.
  const slpOnly = by === undefined && discipline !== "SLP" && info?.contact !== "evaluation" && info?.disciplines.length === 1 && info.disciplines[0] === "SLP";
  const slpFix = (mark: string) => `${code} is an SLP service${mark && `, which ${mark} does not mark`}: if an SLP furnished it, bill it under an SLP plan of care with GN; use ${wanted} (this ${discipline} plan) only if the clinician may furnish it under state scope and the MAC's policy.`;
  if (several) {
    out.push(lineFinding("modifier/multiple-therapy-modifiers", "error", index, code,
      `${code} carries ${therapyModifiersIn(mods).join(" and ")}; a line takes exactly one of GP, GO, GN, and Medicare returns a claim with more as unprocessable.`,
      // fuzz17: "Keep only GP" on a PT plan's 92507 with GP and GN was the advice SLP-ONLY replaced for one modifier.
      slpOnly ? `Keep only one: ${slpFix("")}` : `Keep only ${wanted} (the ${PLAN[discipline]} plan of care); bill services of another plan on their own lines.`,
      SOURCES.cpm5_10_4));
  }
  if (info === undefined) return; // unknown codes are another check's business
  const own = info.contact === "evaluation" && info.disciplines.length === 1 ? info.disciplines[0] : undefined;
  if (own !== undefined) {
    const wanted = DISCIPLINE_MODIFIER[own];
    if (own !== discipline) {
      // An evaluation of the discipline whose therapist furnished the visit is theirs: "Bill the OT
      // evaluation code instead" would bill a PT's evaluation as OT; the provider's error says to
      // bill it under their own plan (MBPM ch. 15 §220.1.2). Another discipline's clinician's
      // evaluation of a third discipline (a PT's 97166 on an SLP plan) too: the provider error names
      // the evaluation's own plan (THIRD-DISCIPLINE).
      if (by !== undefined) return;
      out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and takes ${wanted} only, but the visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} (${PLAN[discipline]}) plan of care.`,
        `Bill the ${discipline} evaluation code instead, or correct the provider's discipline.`, SOURCES.cpm5_10_4));
    } else if (count === 0) {
      out.push(lineFinding("modifier/therapy-modifier-missing", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and must carry ${wanted}; the line has no therapy modifier.`, `Add ${wanted}.`, SOURCES.cpm5_10_4));
    } else if (!mods.includes(wanted)) {
      const distinct = therapyModifiersIn(mods).join(", ");
      out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and takes ${wanted} only; the line carries ${distinct}.`, `Replace ${distinct} with ${wanted}.`, SOURCES.cpm5_10_4));
    }
    return;
  }
  if (count === 0) {
    if (info.alwaysTherapy) {
      out.push(lineFinding("modifier/therapy-modifier-missing", "error", index, code,
        `${code} is always furnished under a therapy plan of care and must carry GP, GO or GN; this ${discipline} line has none.`,
        slpOnly ? slpFix("")
          : `Add ${wanted} (the ${PLAN[discipline]} plan of care).`, SOURCES.cpm5_10_4));
    } else {
      out.push(lineFinding("modifier/therapy-modifier-missing", "warning", index, code,
        `${code} is a "sometimes therapy" code: furnished under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care it must carry ${wanted}; this line has no therapy modifier.`,
        `Add ${wanted} when the service is part of the ${PLAN[discipline]} plan of care; leave it off only if it was furnished outside any therapy plan.`,
        SOURCES.therapyCodeList));
    }
  } else if (!mods.includes(wanted)) {
    const found = therapyModifiersIn(mods);
    // OWN-MODIFIER: the modifier of the discipline whose clinician furnished the line is right for
    // what they did: the plan is wrong, as the provider's own error says ("Replace GP with GO" would
    // bill a PT's service as OT, MBPM ch. 15 §220.1.2). THIRD-DISCIPLINE: so is the modifier of the
    // discipline that furnishes a code the catalog does not list for that clinician (GN on a PTA's
    // 92507), and a fix names that modifier, not the visit's plan's (the provider error names it too).
    const other = serviceDiscipline(info, by ?? discipline, discipline);
    const right = by === undefined ? wanted : DISCIPLINE_MODIFIER[other ?? by];
    if (by !== undefined && found.length === 1 && (found[0] === right || found[0] === DISCIPLINE_MODIFIER[by])) return;
    const distinct = found.join(", ");
    // The discipline the line's one modifier marks, when the catalog lists it for the code (SLP-ONLY:
    // without `by`, GO on an SLP plan's 97110 is an OT's service, as GP would be a PT's).
    const marked = found.length === 1 ? disciplineOfModifier(found[0]!) : undefined;
    const theirs = other && marked && (by === undefined ? info.disciplines.includes(marked) : marked === other) ? DISCIPLINE_WITH_ARTICLE[marked] : "";
    out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
      `${code} carries ${distinct} but the visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care, which takes ${wanted}.`,
      // The plan's own clinician with a code of another discipline and its modifier (GN on a PT plan's
      // 92507): the code's plan first, the visit's modifier only within the clinician's scope.
      theirs ? `${code} is ${theirs} service: bill it under ${theirs} plan of care, with ${found[0]}, for what ${theirs} furnished; replace ${found[0]} with ${wanted} only if it was furnished under this ${discipline} plan within the clinician's scope.`
        // SLP-ONLY: GO on a PT plan's 92507 marks neither the code's plan nor the visit's: not "Replace GO with GP"
        // (fuzz17: nor "Replace GO, GN with GP" for two of them).
        : slpOnly ? slpFix(found.length === 1 ? found[0]! : "")
        // report15: beside the provider error, another discipline's modifier is right only for what
        // that discipline furnished ("Replace GN with GO" read as billing a PT's 92526 as OT's).
        : by && other ? `If ${DISCIPLINE_WITH_ARTICLE[other]} furnished ${code}, replace ${distinct} with ${right} and correct the provider's credential.`
        : `Replace ${distinct} with ${right}, or correct the provider's discipline.`, SOURCES.cpm5_10_4));
  } else if (slpOnly && !several) {
    out.push(lineFinding("modifier/therapy-modifier-mismatch", "warning", index, code,
      `${code} is a speech-language pathology service (the catalog lists SLPs only) billed with ${wanted} under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: the claim edit takes it (CR 10176 ties only the SLP evaluations to GN), but Medicare pays speech-language pathology only when a qualified SLP furnishes it, so it may be denied or recovered on review.`,
      slpFix(""),
      MODIFIER_SOURCES.slpServices));
  }
}

/**
 * For a payer whose profile does not require GP/GO/GN (Medicaid, commercial, other): a line that
 * carries them, but not the visit's discipline's (GO on a PT visit), is a warning. Those plans
 * need not ask for the modifiers, but one that reads them takes the line as another plan of
 * care's service.
 *
 * @param out - findings so far; the warning is appended
 * @param mods - the line's modifiers, upper case
 * @param code - the line's code
 * @param index - the line's index
 * @param discipline - the visit's discipline
 * @example
 * ```ts
 * const out: Finding[] = [];
 * otherPayerMismatch(out, ["GO"], "97110", 0, "PT");
 * out[0]?.severity; //=> "warning"
 * ```
 * @internal
 */
export function otherPayerMismatch(out: Finding[], mods: readonly string[], code: string, index: number, discipline: Discipline): void {
  const wanted = DISCIPLINE_MODIFIER[discipline];
  // Every line of such a payer comes here: no list unless a therapy modifier is there and none is the visit's.
  if (mods.includes(wanted) || !(mods.includes("GP") || mods.includes("GO") || mods.includes("GN"))) return;
  const distinct = therapyModifiersIn(mods);
  out.push(lineFinding("modifier/therapy-modifier-mismatch", "warning", index, code,
    `${code} carries ${distinct.join(", ")} but the visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care, which takes ${wanted}; a plan that reads the therapy modifiers takes the line as another discipline's.`,
    `Replace ${distinct.join(", ")} with ${wanted}, or correct the provider's discipline.`, SOURCES.cpm5_10_4));
}

/** The GP/GO/GN on a line, each once, in the order written. */
function therapyModifiersIn(mods: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of mods) if ((m === "GP" || m === "GO" || m === "GN") && !out.includes(m)) out.push(m);
  return out;
}
