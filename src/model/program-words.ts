import type { Program } from "./session.js";

/**
 * The program a payer's name for original Medicare names, or a program's own name in another case:
 * "Medicare Part B", "Original Medicare", "Traditional Medicare", "Medicare fee-for-service",
 * "MEDICARE", "Medicaid", "Commercial", Railroad Medicare ("RRB", "Medicare Part B Railroad"); `undefined` for anything else. A Medicare Advantage plan
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
  const words = wordsOf(text);
  // PROGRAM-WORDS21 (twenty-first round): Railroad Retirement Board Medicare ("RRB", "Railroad Medicare", "Medicare Part B
  // Railroad") is original Medicare, its Part B claims processed by the RRB's own contractor under the same rules
  // (MBPM ch. 15 applies).
  if (/^((ORIGINAL|TRADITIONAL|RAILROAD|RRB|RR) )?MEDICARE( PART B| B| FFS| FEE FOR SERVICE)?( RAILROAD| RRB)?$|^RRB$|^RAILROAD( RETIREMENT( BOARD)?)?$/.test(words)) return "medicare";
  return /^(MEDICAID|COMMERCIAL|OTHER)$/.test(words) ? (words.toLowerCase() as Program) : undefined;
}

function wordsOf(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, " ").trim();
}

/**
 * What a payer program's words name that no program of the session model is, where the biller
 * must choose and the fix can say how (PROGRAM-WORDS21, twenty-first round): `partA`, Medicare
 * Part A ("Medicare Part A", "Part A", "Medicare A"), which pays for therapy within an inpatient
 * or SNF stay as part of the stay; outpatient therapy, a hospital's or a SNF's too, is billed
 * under Part B (MBPM ch. 15, §220.1). `msp`, Medicare as the secondary payer ("MSP", "Medicare
 * Secondary"): the claim goes first to the primary payer, under its rules. Else undefined.
 *
 * @example
 * ```ts
 * programHint("Medicare Part A"); //=> "partA"
 * programHint("Medicare Advantage"); //=> undefined
 * ```
 * @internal
 */
export function programHint(text: string): "partA" | "msp" | undefined {
  const words = wordsOf(text);
  return /^(MEDICARE )?PART A$|^MEDICARE A$/.test(words) ? "partA" : /^MSP$|^MEDICARE (AS )?SECONDARY( PAYER)?$|^SECONDARY MEDICARE$/.test(words) ? "msp" : undefined;
}

