import type { RuleContext } from "./types.js";

/**
 * Whether a code is an evaluation or re-evaluation in the catalog (97161–97168, 92521–92524,
 * 92610…), which is documented in its evaluation report (MBPM ch. 15 §220.3 C), not in the
 * treatment note. An unknown code is not.
 *
 * @param context - the rule context (its catalog lookup)
 * @param code - the line's code
 * @returns true for an evaluation code
 * @example
 * ```ts
 * const context = { code: (c: string) => getCode(c) } as unknown as RuleContext;
 * isEvaluation(context, "97162"); //=> true
 * isEvaluation(context, "97110"); //=> false
 * ```
 */
export function isEvaluation(context: RuleContext, code: string): boolean {
  return context.code(code)?.contact === "evaluation";
}
