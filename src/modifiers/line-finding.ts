import type { Finding, Severity } from "../model/finding.js";
import type { Source } from "../model/source.js";
import { upper } from "../units/upper.js";

/**
 * Builds a finding about one service line's modifiers: `path: ["services", index, "modifiers"]`,
 * `codes: [code]`.
 *
 * @internal
 */
export function lineFinding(
  rule: string,
  severity: Severity,
  index: number,
  code: string,
  message: string,
  fix: string,
  source: Source,
): Finding {
  return { rule, severity, message, path: ["services", index, "modifiers"], codes: [code], fix, source };
}

const NONE: readonly string[] = [];

/**
 * The line's modifiers, upper case, in order. Modifiers are nearly always written in capitals:
 * then the line's own array is returned, read-only, and nothing is copied.
 *
 * @internal
 */
export function modifiersOf(line: { readonly modifiers?: readonly string[] | undefined }): readonly string[] {
  const mods = line.modifiers;
  if (mods === undefined) return NONE;
  for (let i = 0; i < mods.length; i++) {
    const m = mods[i] as string;
    if (upper(m) !== m) return mods.map((x) => x.toUpperCase());
  }
  return mods;
}
