import type { Finding } from "../model/finding.js";
import type { Session, UnitMethod } from "../model/session.js";

/** The unit findings whose count takes every timed line's minutes together (under `cms`). */
const POOLED: ReadonlySet<string> = new Set(["units/exceeds-time", "units/below-time", "units/total-timed-mismatch", "units/treatment-below-timed"]);

/**
 * The findings with the unit errors that rest on a guess made warnings, and the guess said. A
 * code the catalog does not know (`catalog/unknown-code`) is counted as a timed code, which may
 * be wrong: 96125 and 92607 are billed by the hour, 97598 by wound area. So under `cms`, when
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
 * // 96125 (billed by the hour) for 5 minutes beside 97110 for 10, each billed × 1: counted as
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
    const own = f.codes?.find((c) => known.includes(c.toUpperCase()));
    const guess = own ?? (POOLED.has(f.rule) ? pooled?.[0] : undefined);
    if (guess === undefined) return f;
    const hedged: Finding = {
      ...f,
      severity: f.severity === "error" ? "warning" : f.severity,
      message: `${f.message} ${guess} is not in the catalog and was counted as a timed code; if it is not one, count again by hand.`,
    };
    if (f.fix !== undefined) hedged.fix = `${f.fix} (Only if ${guess} is a 15-minute timed code.)`;
    return hedged;
  });
}
