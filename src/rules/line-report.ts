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
  // Field by field rather than a spread: each rule's report has its own shape, and a spread over
  // many shapes takes V8's slow path.
  const out: { -readonly [K in keyof RuleReport]: RuleReport[K] } = {
    message: report.message,
    path: field === undefined ? ["services", index] : ["services", index, field],
    codes: [code],
  };
  if (report.fix !== undefined) out.fix = report.fix;
  if (report.source !== undefined) out.source = report.source;
  if (report.kind !== undefined) out.kind = report.kind;
  return out;
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
  if (text === undefined) return true;
  // Most texts start (or end) with a visible ASCII character, which trim() never removes; a
  // text that ends with one is not trimmed either, so a long run of leading whitespace is not
  // read again by each of the dozen rules that ask (1 MiB adversarial notes of exotic spaces: lint 57 -> 9 ms).
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if ((first > 32 && first < 127) || (last > 32 && last < 127)) return false;
  return text.trim().length === 0;
}
