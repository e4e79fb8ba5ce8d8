import type { Finding } from "../model/finding.js";

/** error 2, warning 1, info 0. */
const rank = (f: Finding): number => "iwe".indexOf(f.severity[0]!);

/**
 * One finding per problem of a line (ONE-PROBLEM): `modifier/therapy-modifier-mismatch` and
 * `doc/discipline-mismatch` on one line both say the code is another discipline's (a PT's 92507
 * with GP: the modifier check's SLP-ONLY warning and the linter's scope advice, info; an SLP
 * evaluation under a PT plan: two errors). The more severe stays; on a tie the linter's, which
 * names the code's discipline and what to bill (an SLP's 97110 with GP under Medicare: "SLPs do
 * not bill 97110", not "replace GP with GN"). Applied after the rule settings, so a rule set to
 * "off" never hides the other. Nothing changes on a line with only one of them.
 *
 * @param findings - the visit's findings, settings applied
 * @returns the same list when no line has both, else a new one
 * @example
 * ```ts
 * oneProblemOneFinding([]); //=> []
 * // a PT's 92507 with GP: modifier/therapy-modifier-mismatch (warning) stays, doc/discipline-mismatch (info) goes
 * ```
 * @internal
 */
export function oneProblemOneFinding(findings: Finding[]): Finding[] {
  // Each line's doc/discipline-mismatch (at most one a line), by line index.
  let doc: Map<unknown, Finding> | undefined;
  for (const f of findings) if (f.rule === "doc/discipline-mismatch") (doc ??= new Map()).set(f.path?.[1], f);
  if (!doc) return findings; // most visits: one pass, nothing made
  const drop = new Set<Finding>();
  for (const f of findings) {
    const d = f.rule === "modifier/therapy-modifier-mismatch" ? doc.get(f.path?.[1]) : undefined;
    if (d) drop.add(rank(f) > rank(d) ? d : f);
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings;
}
