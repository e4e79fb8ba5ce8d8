import type { PairOverlay } from "../model/payer-profile.js";
import { overlayProblem } from "../ncci/check-pair-edits.js";

/** What a --pair-overlays file held: its rules, or each bad one named, and the warnings to print. */
export interface PairOverlaysRead {
  readonly overlays: readonly PairOverlay[];
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

/** An entry as a reader finds it in the file: its number and, when it has them, its codes. */
function entryName(k: number, entry: unknown): string {
  const o = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
  const codes = typeof o.column1 === "string" && typeof o.column2 === "string" ? ` (${o.column1} with ${o.column2})` : "";
  return `rule ${k + 1}${codes}`;
}

/**
 * Reads a --pair-overlays file: a JSON array of a plan's pair rules (PairOverlay). Each entry is
 * checked by the pair check's own `overlayProblem` (the reason it gives for skipping one: a key a PairOverlay
 * does not have, a blank plan …); a rule without `plan` is a warning, as it applies to every visit.
 */
export function readPairOverlays(text: string, file: string): PairOverlaysRead {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { overlays: [], problems: [`${file} is not JSON (${error instanceof Error ? error.message : String(error)})`], warnings: [] };
  }
  if (!Array.isArray(value)) return { overlays: [], problems: [`${file} must hold a JSON array of pair rules ({ "column1", "column2", "modifierIndicator", "rationale", "plan" })`], warnings: [] };
  const problems: string[] = [];
  const warnings: string[] = [];
  value.forEach((entry: unknown, k) => {
    const at = `${file}: ${entryName(k, entry)}`;
    const why = overlayProblem(entry as PairOverlay);
    if (why !== undefined) return problems.push(`${at}: ${why}`);
    // Unknown fields and a blank plan are the pair check's own reasons since the thirteenth round.
    if ((entry as PairOverlay).plan === undefined) warnings.push(`${at} has no "plan", so it applies to every visit checked, Medicare's and every plan's`);
  });
  return { overlays: problems.length === 0 ? (value as PairOverlay[]) : [], problems, warnings };
}
