import type { RuleReport } from "./types.js";

/**
 * A report about one service line: `path: ["services", index, field?]` and `codes: [code]`.
 *
 * @param index - the line's position in `session.services`
 * @param code - the line's code
 * @param field - the line's field the report is about, if any
 * @param report - message, fix, source and kind
 * @returns the report with path and codes filled in
 * @example
 * ```ts
 * lineReport(1, "97530", "activity", { message: "…" }).path; //=> ["services", 1, "activity"]
 * ```
 */
export function lineReport(
  index: number,
  code: string,
  field: string | undefined,
  report: Omit<RuleReport, "path" | "codes">,
): RuleReport {
  return { ...report, path: field === undefined ? ["services", index] : ["services", index, field], codes: [code] };
}

/**
 * True when a text is missing or only whitespace.
 *
 * @param text - the text
 * @returns whether there is nothing to read
 * @example
 * ```ts
 * isBlank("  "); //=> true
 * ```
 */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim().length === 0;
}
