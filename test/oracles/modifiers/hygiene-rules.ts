// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import type { Finding } from "../../../src/model/finding.js";
import type { ServiceLine } from "../../../src/model/session.js";
import { getModifier } from "./known-modifiers.js";
import { MODIFIER_SOURCES } from "../../../src/modifiers/sources.js";
import { lineFinding, modifiersOf } from "./line-finding.js";

/** Most modifiers a claim line carries (the 837P and CMS-1500 have four slots). */
export const MAX_MODIFIERS_PER_LINE = 4;

/**
 * Rules for every program: more than four modifiers (error), a modifier the library does not
 * know (warning, once per modifier per line).
 *
 * @internal
 */
export function hygieneFindings(line: ServiceLine, index: number, kx: boolean, on: string): Finding[] {
  const out: Finding[] = [];
  const mods = modifiersOf(line);
  const code = line.code.toUpperCase();
  if (mods.length > MAX_MODIFIERS_PER_LINE) {
    out.push(lineFinding("modifier/too-many", "error", index, code,
      // FIRST-EIGHT: a list of more than eight is named by its first eight and how many more.
      `${code} carries ${mods.length} modifiers (${mods.length > 8 ? `${mods.slice(0, 8).join(", ")} and ${mods.length - 8} more` : mods.join(", ")}); a claim line has room for four.`,
      "Keep the four that matter for payment (therapy discipline first, then CQ/CO, NCCI and KX); split the line only where a rule asks for it.",
      MODIFIER_SOURCES.claimForm));
  }
  // GY-GZ: a deliberate change (eleventh round, day branch): GY with GZ on one line is a modifier/opposing-modifiers error, as in src/modifiers/hygiene-rules.ts.
  if (mods.includes("GY") && mods.includes("GZ")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries GY and GZ: GY says it is never covered, GZ that it is covered but not necessary here; Medicare treats such a claim as unprocessable.`,
      "Keep GY if Medicare never covers the service; else GZ.",
      MODIFIER_SOURCES.gyGz));
  }
  // OPPOSING: a deliberate change (eighth round, mods branch): GA with GZ (every program) and KX with GA (with the KX rules on) on one line are each one modifier/opposing-modifiers error, as in src/modifiers/hygiene-rules.ts.
  if (mods.includes("GA") && mods.includes("GZ")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries GA and GZ: GA says an ABN is on file, GZ that none is; Medicare returns such a line as unprocessable (invalid modifier).`,
      "Keep GA if the patient signed an ABN for it, GZ if not.",
      MODIFIER_SOURCES.gaGz));
  }
  // GX-OPPOSING: a deliberate change (thirteenth round, lead): GX with GA (else with GZ) on one line is one modifier/opposing-modifiers error for every program, before the KX ones; KX with GX is one after KX with GY (with the KX rules), as in src/modifiers/hygiene-rules.ts (CR 6563).
  if (mods.includes("GX") && (mods.includes("GA") || mods.includes("GZ"))) {
    const other = mods.includes("GA") ? "GA" : "GZ";
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries GX and ${other}: GX says a voluntary notice was given for a service Medicare never covers, ${other} that it is covered but expected to be denied as not necessary; Medicare returns such a claim.`,
      `Keep GX (with GY) if Medicare never covers the service; else remove GX and keep ${other}.`,
      MODIFIER_SOURCES.gx6563));
  }
  if (kx && mods.includes("GA") && mods.includes("KX")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries KX and GA, which oppose each other: KX attests the service is medically necessary, GA that it is expected to be denied as not necessary (ABN given).`,
      "Keep KX if the service is medically necessary and documented; if not, give an ABN and bill GA without KX.",
      MODIFIER_SOURCES.kxGa));
  }
  // KX-GZ-GY: a deliberate change (thirteenth round, lead): KX with GZ, and KX with GY, on one line are each a modifier/opposing-modifiers error with the KX rules on, after KX with GA, as in src/modifiers/hygiene-rules.ts.
  if (kx && mods.includes("GZ") && mods.includes("KX")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries KX and GZ, which oppose each other: KX attests the service is medically necessary, GZ that it is expected to be denied as not necessary (no ABN).`,
      "Keep KX if the service is medically necessary and documented; if not, remove KX (and with a signed ABN, bill GA instead of GZ).",
      MODIFIER_SOURCES.kxGzGy));
  }
  if (kx && mods.includes("GY") && mods.includes("KX")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries KX and GY, which oppose each other: KX attests the service is medically necessary, GY that Medicare never covers it (not a benefit, or excluded by law).`,
      "Keep GY if Medicare never covers the service; if it is covered therapy, remove GY.",
      MODIFIER_SOURCES.kxGzGy));
  }
  if (kx && mods.includes("GX") && mods.includes("KX")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries KX and GX, which oppose each other: KX attests the service is medically necessary, GX that a voluntary notice was given for a service Medicare never covers.`,
      "Keep KX if the service is covered therapy that is medically necessary, and remove GX; GX goes with GY on a service Medicare never covers.",
      MODIFIER_SOURCES.gx6563));
  }
  for (const m of new Set(mods)) {
    const row = getModifier(m);
    // IN-EFFECT: a deliberate change (eighth round, mods branch): a known modifier used outside its dates (XE/XS/XP/XU
    // before 2015-01-01, CQ/CO before 2019-01-01) is a modifier/not-in-effect error, as in src/modifiers/hygiene-rules.ts.
    if (row !== undefined) {
      const { from, to } = row.effective as { from?: string; to?: string };
      if (from !== undefined && on < from) {
        out.push(lineFinding("modifier/not-in-effect", "error", index, code,
          `${code} carries ${m}, which is valid only from ${from} (dates of service); this visit is on ${on}.`,
          `Remove ${m}${row.kind === "ncci" ? "; before 2015 a distinct service took 59" : ""}.`, row.source));
      } else if (to !== undefined && on > to) {
        out.push(lineFinding("modifier/not-in-effect", "error", index, code,
          `${code} carries ${m}, which is valid only through ${to} (dates of service); this visit is on ${on}.`,
          `Remove ${m}${row.kind === "ncci" ? "; before 2015 a distinct service took 59" : ""}.`, row.source));
      }
      continue;
    }
    out.push(lineFinding("modifier/unknown", "warning", index, code,
      `${code} carries modifier ${m}, which this library does not know; it may be valid for your payer, but nothing here checks it.`,
      `Confirm ${m} is a modifier your payer accepts on ${code}, or remove it.`,
      MODIFIER_SOURCES.claimForm));
  }
  return out;
}
