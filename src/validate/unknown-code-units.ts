import type { Finding } from "../model/finding.js";
import type { Session, UnitMethod } from "../model/session.js";

/** The unit findings whose count takes every timed line's minutes together (under `cms`). */
const POOLED: ReadonlySet<string> = new Set(["units/exceeds-time", "units/below-time", "units/total-timed-mismatch", "units/treatment-below-timed"]);

/**
 * The findings with the unit errors that rest on a guess made warnings, and the guess said. A
 * code the catalog does not know (`catalog/unknown-code`) is counted as a timed code, which may
 * be wrong: an unlisted code (97799) may be billed per session or by the hour. So under `cms`, when
 * such a line has minutes (they went into the day's timed total), a units error about the day's
 * count says it may be off and is a warning, not an error that stops the claim; under `ama`, or
 * for a line with no minutes, only the unknown line's own unit findings are. A finding already a
 * warning or info gets the same sentence.
 *
 * @param findings - every finding of the visit, the `catalog/` ones among them
 * @param session - the visit
 * @param method - the unit method the checks used
 * @returns the same list when no unknown code is billed, else a new one
 * @example
 * ```ts
 * // 97799 (unlisted, not in the catalog) for 5 minutes beside 97110 for 10, each billed × 1: counted as
 * // timed, the 15 minutes allow 1 unit, so the day's units/exceeds-time error is hedged:
 * unknownCodeUnits(findings, session, "cms").find((f) => f.rule === "units/exceeds-time")?.severity; //=> "warning"
 * ```
 * @internal
 */
export function unknownCodeUnits(findings: Finding[], session: Session, method: UnitMethod): Finding[] {
  let pooled: string[] | undefined;
  let unknown: string[] | undefined;
  for (const f of findings) {
    if (f.rule !== "catalog/unknown-code") continue;
    const code = f.codes?.[0]?.toUpperCase();
    if (code === undefined) continue;
    (unknown ??= []).push(code);
    const line = session.services[f.path?.[1] as number];
    if (method === "cms" && line?.minutes !== undefined && line.minutes > 0) (pooled ??= []).push(code);
  }
  if (unknown === undefined) return findings;
  const known = unknown;
  return findings.map((f) => {
    if (!f.rule.startsWith("units/")) return f;
    // Every guess the count rests on, each once and sorted (EVERY-GUESS: the day's count named its
    // first line's unknown code only, so the lines' order chose which guess a biller was told of).
    const own = f.codes?.map((c) => c.toUpperCase()).filter((c) => known.includes(c)) ?? [];
    const guesses = [...new Set(own.length > 0 ? own : POOLED.has(f.rule) && pooled ? pooled : [])].sort();
    if (guesses.length === 0) return f;
    const one = guesses.length === 1;
    const guess = one ? guesses[0] : `${guesses.slice(0, -1).join(", ")} and ${guesses.at(-1)}`;
    const hedged: Finding = {
      ...f,
      severity: f.severity === "error" ? "warning" : f.severity,
      message: `${f.message} ${guess} ${one ? "is" : "are"} not in the catalog and ${one ? "was counted as a timed code; if it is not one" : "were counted as timed codes; if one is not"}, count again by hand.`,
    };
    if (f.fix !== undefined) hedged.fix = `${f.fix} (Only if ${guess} ${one ? "is a 15-minute timed code" : "are 15-minute timed codes"}.)`;
    return hedged;
  });
}
