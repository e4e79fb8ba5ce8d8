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
  const n = mods.length;
  if (n > MAX_MODIFIERS_PER_LINE) {
    // A long list is named by its first eight (the message stays short whatever is sent).
    const shown = n > 8 ? `${mods.slice(0, 8).join(", ")} and ${n - 8} more` : mods.join(", ");
    out.push(lineFinding("modifier/too-many", "error", index, code,
      `${code} carries ${n} modifiers (${shown}); a claim line has room for four.`,
      "Keep the four that matter for payment (therapy discipline first, then CQ/CO, NCCI and KX); split the line only where a rule asks for it.",
      MODIFIER_SOURCES.claimForm));
  }
  // The unknown ones seen, made at the first: most lines have none.
  let seen: Set<string> | undefined;
  for (let k = 0; k < n; k++) {
    const m = mods[k] as string;
    if (isKnownModifier(m)) continue;
    seen ??= new Set();
    if (seen.has(m)) continue;
    seen.add(m);
    out.push(lineFinding("modifier/unknown", "warning", index, code,
      `${code} carries modifier ${m}, which this library does not know; it may be valid for your payer, but nothing here checks it.`,
      `Confirm ${m} is a modifier your payer accepts on ${code}, or remove it.`,
      MODIFIER_SOURCES.claimForm));
  }
}
