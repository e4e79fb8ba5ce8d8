// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import type { CodeInfo } from "../../../src/catalog/types.js";
import type { Finding } from "../../../src/model/finding.js";
import type { Discipline, ServiceLine } from "../../../src/model/session.js";
import { SOURCES } from "../../../src/model/sources.js";
import { lineFinding, modifiersOf } from "./line-finding.js";
// ARTICLE: a deliberate change (2026-11-23, fifth round): "an OT plan", "an SLP evaluation", not "a OT", "a SLP", as in src/modifiers/discipline-rules.ts.
import { DISCIPLINE_WITH_ARTICLE } from "../../../src/model/article.js";
// SLP-ONLY: a deliberate change (seventeenth round, mods17), as in src/modifiers/discipline-rules.ts.
import { MODIFIER_SOURCES } from "../../../src/modifiers/sources.js";

/** The discipline modifier of each plan of care (Pub. 100-04 ch. 5 §20.1). */
export const DISCIPLINE_MODIFIER = { PT: "GP", OT: "GO", SLP: "GN" } as const satisfies Record<Discipline, string>;

const THERAPY_MODIFIERS: readonly string[] = ["GP", "GO", "GN"];
const PLAN: Record<Discipline, string> = { PT: "physical therapy", OT: "occupational therapy", SLP: "speech-language pathology" };

/**
 * GP/GO/GN rules for one line: more than one (error), missing or not matching the discipline
 * (error on always-therapy codes, warning on sometimes-therapy codes), and the evaluations
 * that take one discipline's modifier only.
 *
 * A sometimes-therapy code gets a warning, not an error: it may be furnished outside any
 * therapy plan (97129 is billed by psychologists too) and whether CMS lists it as always or
 * sometimes therapy is not settled (domain §13.3), so a human should look.
 *
 * @internal
 */
export function disciplineFindings(line: ServiceLine, index: number, discipline: Discipline, info: CodeInfo | undefined, by?: Discipline): Finding[] {
  const out: Finding[] = [];
  const mods = modifiersOf(line);
  const code = line.code.toUpperCase();
  const therapy = mods.filter((m) => THERAPY_MODIFIERS.includes(m));
  const distinct = [...new Set(therapy)];
  // SLP-ONLY: a deliberate change (seventeenth round, fuzz17): two or three of GP/GO/GN on an SLP-only treatment code under
  // a PT or OT plan by its own clinician: the fix is "Keep only one: 92507 is an SLP service: if an SLP furnished it, bill it
  // under an SLP plan of care with GN; use GP (this PT plan) only if …", not "Keep only GP", as in src/modifiers/discipline-rules.ts.
  const slpOnlyLine = by === undefined && discipline !== "SLP" && info !== undefined && info.contact !== "evaluation" && info.disciplines.length === 1 && info.disciplines[0] === "SLP";
  if (distinct.length > 1) {
    out.push(lineFinding("modifier/multiple-therapy-modifiers", "error", index, code,
      `${code} carries ${distinct.join(" and ")}; a line takes exactly one of GP, GO, GN, and Medicare returns a claim with more as unprocessable.`,
      slpOnlyLine
        ? `Keep only one: ${code} is an SLP service: if an SLP furnished it, bill it under an SLP plan of care with GN; use ${DISCIPLINE_MODIFIER[discipline]} (this ${discipline} plan) only if the clinician may furnish it under state scope and the MAC's policy.`
        : `Keep only ${DISCIPLINE_MODIFIER[discipline]} (the ${PLAN[discipline]} plan of care); bill services of another plan on their own lines.`,
      SOURCES.cpm5_10_4));
  }
  if (info === undefined) return out; // unknown codes are another check's business
  const own = info.contact === "evaluation" && info.disciplines.length === 1 ? info.disciplines[0] : undefined;
  if (own !== undefined) {
    const wanted = DISCIPLINE_MODIFIER[own];
    if (own !== discipline) {
      // OWN-EVAL: a deliberate change (thirteenth round, lead): the evaluation of the discipline whose therapist or assistant
      // furnished the visit (`by`) has no therapy-modifier-mismatch ("Bill the OT evaluation code instead" would bill a PT's
      // evaluation as OT), as in src/modifiers/discipline-rules.ts.
      // THIRD-DISCIPLINE: a deliberate change (fifteenth round, mend15): any other discipline's clinician's evaluation of another
      // discipline (a PT's 97166 on an SLP plan) is left to the provider error, which names the evaluation's plan.
      if (by !== undefined) return out;
      out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and takes ${wanted} only, but the visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} (${PLAN[discipline]}) plan of care.`,
        `Bill the ${discipline} evaluation code instead, or correct the provider's discipline.`, SOURCES.cpm5_10_4));
    } else if (therapy.length === 0) {
      out.push(lineFinding("modifier/therapy-modifier-missing", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and must carry ${wanted}; the line has no therapy modifier.`, `Add ${wanted}.`, SOURCES.cpm5_10_4));
    } else if (!therapy.includes(wanted)) {
      out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
        `${code} is ${DISCIPLINE_WITH_ARTICLE[own]} evaluation and takes ${wanted} only; the line carries ${distinct.join(", ")}.`, `Replace ${distinct.join(", ")} with ${wanted}.`, SOURCES.cpm5_10_4));
    }
    return out;
  }
  const wanted = DISCIPLINE_MODIFIER[discipline];
  // SLP-ONLY: a deliberate change (seventeenth round, mods17): a code the catalog lists for SLPs alone (92507) on a PT or OT
  // plan, by the plan's own clinician (no `by`): the missing-modifier fix names GN and the SLP plan first, another
  // discipline's modifier (GO on a PT plan) is not "Replace GO with GP", and the plan's own modifier (GP) is a warning that
  // Medicare pays speech-language pathology only when a qualified SLP furnishes it (42 CFR 410.62(a)), as in src/modifiers/discipline-rules.ts.
  const slpOnly = by === undefined && discipline !== "SLP" && info.disciplines.length === 1 && info.disciplines[0] === "SLP";
  const slpFix = (mark: string) => `${code} is an SLP service${mark && `, which ${mark} does not mark`}: if an SLP furnished it, bill it under an SLP plan of care with GN; use ${wanted} (this ${discipline} plan) only if the clinician may furnish it under state scope and the MAC's policy.`;
  if (therapy.length === 0) {
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
  } else if (!therapy.includes(wanted)) {
    // OWN-MODIFIER: a deliberate change (thirteenth round): on a visit another discipline's therapist or assistant furnished
    // (`by`, the assistant rules report it), a line carrying only that discipline's modifier has no therapy-modifier-mismatch:
    // "Replace GP with GO" would bill a PT's service as OT (MBPM ch. 15 §220.1.2), as in src/modifiers/discipline-rules.ts.
    // THIRD-DISCIPLINE: a deliberate change (fifteenth round, mend15): the discipline that furnishes the code when the catalog
    // does not list the clinician's (by's, else the plan's) own: the visit's plan when listed, else the catalog's first. With
    // `by`, its modifier alone is left to the provider error too, and a fix names it; without, a line carrying only its
    // modifier (GN on a PT plan's 92507) is told the code's plan first, as in src/modifiers/discipline-rules.ts.
    const mine = by ?? discipline;
    const other = info.disciplines.includes(mine) ? undefined : info.disciplines.includes(discipline) ? discipline : info.disciplines[0]!;
    const right = by === undefined ? wanted : DISCIPLINE_MODIFIER[other ?? by];
    if (by !== undefined && distinct.length === 1 && (distinct[0] === right || distinct[0] === DISCIPLINE_MODIFIER[by])) return out;
    // SLP-ONLY: without `by`, the discipline the one modifier marks when the catalog lists it for the code (GO on an SLP
    // plan's 97110 is an OT's service), as in src/modifiers/discipline-rules.ts.
    const marked: Discipline | undefined = distinct.length === 1 ? (distinct[0] === "GP" ? "PT" : distinct[0] === "GO" ? "OT" : "SLP") : undefined;
    const theirs = other !== undefined && marked !== undefined && (by === undefined ? info.disciplines.includes(marked) : marked === other) ? DISCIPLINE_WITH_ARTICLE[marked] : undefined;
    out.push(lineFinding("modifier/therapy-modifier-mismatch", "error", index, code,
      `${code} carries ${distinct.join(", ")} but the visit is under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care, which takes ${wanted}.`,
      theirs !== undefined
        ? `${code} is ${theirs} service: bill it under ${theirs} plan of care, with ${distinct[0]}, for what ${theirs} furnished; replace ${distinct[0]} with ${wanted} only if it was furnished under this ${discipline} plan within the clinician's scope.`
        // THIRD-DISCIPLINE: a deliberate change (fifteenth round, report15): with `by` and a code its discipline does not
        // furnish, the fix says who must have furnished it for that modifier ("If an OT furnished 92526, replace GN with GO and
        // correct the provider's credential."), not "Replace GN with GO" beside the provider error, as in src/modifiers/discipline-rules.ts.
        // SLP-ONLY (fuzz17): two or three of them on such a code: the SLP plan first too, not "Replace GO, GN with GP".
        : slpOnly
          ? slpFix(distinct.length === 1 ? distinct[0]! : "")
        : by !== undefined && other !== undefined
          ? `If ${DISCIPLINE_WITH_ARTICLE[other]} furnished ${code}, replace ${distinct.join(", ")} with ${right} and correct the provider's credential.`
          : `Replace ${distinct.join(", ")} with ${right}, or correct the provider's discipline.`, SOURCES.cpm5_10_4));
  } else if (slpOnly && distinct.length === 1) {
    out.push(lineFinding("modifier/therapy-modifier-mismatch", "warning", index, code,
      `${code} is a speech-language pathology service (the catalog lists SLPs only) billed with ${wanted} under ${DISCIPLINE_WITH_ARTICLE[discipline]} plan of care: the claim edit takes it (CR 10176 ties only the SLP evaluations to GN), but Medicare pays speech-language pathology only when a qualified SLP furnishes it, so it may be denied or recovered on review.`,
      slpFix(""),
      MODIFIER_SOURCES.slpServices));
  }
  return out;
}
