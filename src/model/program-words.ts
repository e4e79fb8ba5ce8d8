import type { Program } from "./session.js";

/**
 * The program a payer's name for original Medicare names, or a program's own name in another case:
 * "Medicare Part B", "Original Medicare", "Traditional Medicare", "Medicare fee-for-service",
 * "MEDICARE", "Medicaid", "Commercial"; `undefined` for anything else. A Medicare Advantage plan
 * ("Medicare Advantage", "MA plan", "Part C"), Medicare Part A, a state's Medicaid program by its
 * own name (Medi-Cal) or a Medicaid managed-care plan names none: each sets rules the program's
 * profile may not hold, so the caller must choose (READ-PROGRAM, twentieth round). Case, spaces
 * and hyphens do not matter.
 *
 * @example
 * ```ts
 * programOfWords("Medicare Part B"); //=> "medicare"
 * programOfWords("Medicare Advantage"); //=> undefined
 * ```
 * @internal
 */
export function programOfWords(text: string): Program | undefined {
  const words = text.toUpperCase().replace(/[\s-]+/g, " ").trim();
  if (/^((ORIGINAL|TRADITIONAL) )?MEDICARE( PART B| B| FFS| FEE FOR SERVICE)?$/.test(words)) return "medicare";
  return /^(MEDICAID|COMMERCIAL|OTHER)$/.test(words) ? (words.toLowerCase() as Program) : undefined;
}

