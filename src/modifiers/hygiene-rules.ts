import type { Finding } from "../model/finding.js";
import { isKnownModifier } from "./known-modifiers.js";
import { MODIFIER_SOURCES } from "./sources.js";
import { lineFinding } from "./line-finding.js";

/** Most modifiers a claim line carries (the 837P and CMS-1500 have four slots). */
export const MAX_MODIFIERS_PER_LINE = 4;

/**
 * Rules for every program: more than four modifiers (error), a modifier the library does not
 * know (warning, once per modifier per line). Findings go to `out`.
 *
 * @param mods - the line's modifiers, upper case
 * @param code - the line's code, upper case
 * @internal
 */
export function hygieneFindings(out: Finding[], mods: readonly string[], code: string, index: number): void {
  if (mods.length > MAX_MODIFIERS_PER_LINE) {
    out.push(lineFinding("modifier/too-many", "error", index, code,
      `${code} carries ${mods.length} modifiers (${mods.join(", ")}); a claim line has room for four.`,
      "Keep the four that matter for payment (therapy discipline first, then CQ/CO, NCCI and KX); split the line only where a rule asks for it.",
      MODIFIER_SOURCES.claimForm));
  }
  for (let k = 0; k < mods.length; k++) {
    const m = mods[k] as string;
    if (isKnownModifier(m) || mods.indexOf(m) < k) continue;
    out.push(lineFinding("modifier/unknown", "warning", index, code,
      `${code} carries modifier ${m}, which this library does not know; it may be valid for your payer, but nothing here checks it.`,
      `Confirm ${m} is a modifier your payer accepts on ${code}, or remove it.`,
      MODIFIER_SOURCES.claimForm));
  }
}
