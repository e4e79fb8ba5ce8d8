import type { Finding } from "../model/finding.js";
import { knownModifier } from "./known-modifiers.js";
import { MODIFIER_SOURCES } from "./sources.js";
import { lineFinding } from "./line-finding.js";

/**
 * The liability modifiers that deny what KX attests: each with what it says and the fix. GA: NGS
 * ("never use KX and GA together"); GZ and GY: the DME MACs, whose policies take KX when the
 * coverage criteria are met and GA, GZ or GY when they are not (the modifiers mean the same on a
 * therapy line, Pub. 100-04 ch. 30 §40.3.6); GX: CR 6563 (a claim with GX on a line with covered
 * charges is returned).
 */
const KX_OPPOSITES = [
  ["GA", "that it is expected to be denied as not necessary (ABN given)", "Keep KX if the service is medically necessary and documented; if not, give an ABN and bill GA without KX."],
  ["GZ", "that it is expected to be denied as not necessary (no ABN)", "Keep KX if the service is medically necessary and documented; if not, remove KX (and with a signed ABN, bill GA instead of GZ)."],
  ["GY", "that Medicare never covers it (not a benefit, or excluded by law)", "Keep GY if Medicare never covers the service; if it is covered therapy, remove GY."],
  ["GX", "that a voluntary notice was given for a service Medicare never covers", "Keep KX if the service is covered therapy that is medically necessary, and remove GX; GX goes with GY on a service Medicare never covers."],
] as const;

/** Most modifiers a claim line carries (the 837P and CMS-1500 have four slots). */
export const MAX_MODIFIERS_PER_LINE = 4;

/**
 * Rules for every program: more than four modifiers (error), GA with GZ or GY with GZ on one line (error), a
 * modifier the library does not know (warning) or that is not valid on the date of service `on`
 * (error), each once per modifier per line; with the payer's KX rules on (`kx`), KX with GA on
 * one line (error), and KX with GZ, GY or GX (error); GX with GA or GZ (error, every program).
 * Findings go to `out`.
 *
 * @param mods - the line's modifiers, upper case
 * @param code - the line's code, upper case
 * @internal
 */
export function hygieneFindings(out: Finding[], mods: readonly string[], code: string, index: number, kx: boolean, on: string): void {
  const n = mods.length;
  if (n > MAX_MODIFIERS_PER_LINE) {
    // A long list is named by its first eight (the message stays short whatever is sent).
    const shown = n > 8 ? `${mods.slice(0, 8).join(", ")} and ${n - 8} more` : mods.join(", ");
    out.push(lineFinding("modifier/too-many", "error", index, code,
      `${code} carries ${n} modifiers (${shown}); a claim line has room for four.`,
      "Keep the four that matter for payment (therapy discipline first, then CQ/CO, NCCI and KX); split the line only where a rule asks for it.",
      MODIFIER_SOURCES.claimForm));
  }
  if (mods.includes("GY") && mods.includes("GZ")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries GY and GZ: GY says it is never covered, GZ that it is covered but not necessary here; Medicare treats such a claim as unprocessable.`,
      "Keep GY if Medicare never covers the service; else GZ.",
      MODIFIER_SOURCES.gyGz));
  }
  if (mods.includes("GA") && mods.includes("GZ")) {
    out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
      `${code} carries GA and GZ: GA says an ABN is on file, GZ that none is; Medicare returns such a line as unprocessable (invalid modifier).`,
      "Keep GA if the patient signed an ABN for it, GZ if not.",
      MODIFIER_SOURCES.gaGz));
  }
  if (mods.includes("GX")) {
    // A voluntary notice (GX) is for a service Medicare never covers; GA and GZ say it is covered but not necessary.
    const other = mods.includes("GA") ? "GA" : mods.includes("GZ") ? "GZ" : undefined;
    if (other !== undefined) {
      out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
        `${code} carries GX and ${other}: GX says a voluntary notice was given for a service Medicare never covers, ${other} that it is covered but expected to be denied as not necessary; Medicare returns such a claim.`,
        `Keep GX (with GY) if Medicare never covers the service; else remove GX and keep ${other}.`,
        MODIFIER_SOURCES.gx6563));
    }
  }
  // An error: a line that attests medical necessity (KX) and says it is not covered (GA, GZ, GY, GX) makes one false claim.
  if (kx && mods.includes("KX")) {
    for (const [m, says, fix] of KX_OPPOSITES) {
      if (!mods.includes(m)) continue;
      out.push(lineFinding("modifier/opposing-modifiers", "error", index, code,
        `${code} carries KX and ${m}, which oppose each other: KX attests the service is medically necessary, ${m} ${says}.`,
        fix, m === "GA" ? MODIFIER_SOURCES.kxGa : m === "GX" ? MODIFIER_SOURCES.gx6563 : MODIFIER_SOURCES.kxGzGy));
    }
  }
  // The unknown or out-of-date ones seen, made at the first: most lines have none.
  let seen: Set<string> | undefined;
  for (let k = 0; k < n; k++) {
    const m = mods[k] as string;
    const row = knownModifier(m);
    const from = row?.effective.from;
    const to = row?.effective.to;
    if (row !== undefined && !(from !== undefined && on < from) && !(to !== undefined && on > to)) continue;
    seen ??= new Set();
    if (seen.has(m)) continue;
    seen.add(m);
    out.push(row === undefined
      ? lineFinding("modifier/unknown", "warning", index, code,
        `${code} carries modifier ${m}, which this library does not know; it may be valid for your payer, but nothing here checks it.`,
        `Confirm ${m} is a modifier your payer accepts on ${code}, or remove it.`,
        MODIFIER_SOURCES.claimForm)
      // A modifier is valid by the date of service (XE/XS/XP/XU from 2015-01-01, CR 8863; CQ/CO from 2019-01-01).
      : lineFinding("modifier/not-in-effect", "error", index, code,
        `${code} carries ${m}, which is valid only ${from !== undefined && on < from ? `from ${from}` : `through ${to}`} (dates of service); this visit is on ${on}.`,
        `Remove ${m}${row.kind === "ncci" ? "; before 2015 a distinct service took 59" : ""}.`,
        row.source));
  }
}
