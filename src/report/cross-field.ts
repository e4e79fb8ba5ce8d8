/**
 * A report's cross-field facts, as far as {@link reportCrossFieldIssues} reads them: the shape
 * ReportSchema has already checked (or the fast path has), reduced to what the check reads.
 *
 * @example
 * ```ts
 * const r: CrossFieldReport = { valid: true, session: null, units: null, findings: [] };
 * ```
 */
export interface CrossFieldReport {
  readonly valid: boolean;
  readonly session: { readonly services: readonly { readonly code: string; readonly minutes?: number | undefined }[] } | null;
  readonly units: {
    readonly totalTimedMinutes: number;
    readonly totalUnits: number;
    readonly lines: readonly { readonly code: string; readonly minutes: number; readonly units: number; readonly timed: boolean; readonly notCounted?: readonly number[] | undefined }[];
  } | null;
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly path?: readonly (string | number)[] | undefined }[];
}

/**
 * ReportSchema's cross-field check (its superRefine), written once: the schema calls it with an
 * `issue` that adds a zod issue, parseReport's fast path with one that stops at the first, so the
 * two cannot drift (seventeenth round). `r` has the report's shape already.
 *
 * @param r - a report whose fields each have their shape
 * @param issue - called once per problem, with its message and its path into the report
 * @internal
 * @example
 * ```ts
 * const said: string[] = [];
 * reportCrossFieldIssues({ valid: false, session: null, units: null, findings: [] }, (m, ...path) => said.push(path.join(".")));
 * said; //=> ["valid"]
 * ```
 */
export function reportCrossFieldIssues(r: CrossFieldReport, issue: (message: string, ...path: (string | number)[]) => void): void {
  if (r.valid === r.findings.some((f) => f.severity === "error")) issue("valid does not agree with the findings (a report is valid exactly when no finding is an error)", "valid");
  // CROSS-FIELD (fifteenth round): what validateSession never produces, though each field has
  // its shape: units without a session, a notCounted index that is not one of the code's lines
  // without minutes, each once and in order, or a finding of a check run on the session that
  // points past its lines (input/ findings point into the input, which may differ; doc/ and poc/
  // may be an extra rule's, whose path is the rule's own). catalog/ too (fuzz15: it was read back).
  const lines = r.session?.services;
  if (!lines) {
    if (r.units) issue("a report without a session has no unit calculation", "units");
    return;
  }
  const n = lines.length;
  // report15: each code's lines without minutes, and where each code is first (upper case, as
  // the calculator reads them), made once: a scan per units line would be quadratic in codes.
  const bare = new Map<string, number[]>();
  const first = new Map<string, number>();
  lines.forEach((line, i) => {
    const c = line.code.toUpperCase();
    if (!first.has(c)) first.set(c, i);
    if (line.minutes !== undefined) return;
    const without = bare.get(c);
    if (without === undefined) bare.set(c, [i]);
    else without.push(i);
  });
  const cognitive = first.has("97129") || first.has("97130");
  r.findings.forEach((f, k) => {
    const p = f.path;
    const i = p?.[1];
    if (p?.[0] !== "services" || p.length < 2 || !/^(?:units|ncci|mue|modifier|catalog)\//.test(f.rule)) return;
    // report15: a string ("9") or fraction is no line index either.
    const why = typeof i !== "number" || !Number.isInteger(i) || i < 0 ? "not a line index" : i >= n ? `services[${i}] is past session.services (${n} lines)` : "";
    if (why) issue(why, "findings", k, "path", 1);
  });
  const u = r.units;
  if (!u) return;
  const seen = new Map<string, number>();
  u.lines.forEach((l, k) => {
    const at = l.notCounted;
    // calculateUnits gives every code of the session a line, once, and no other code but the cognitive
    // pair's other half (97129 × 0 minutes beside 97130; 97130 once the pair earns a second unit).
    const before = seen.get(l.code);
    seen.set(l.code, k);
    if (before !== undefined) issue(`${l.code} has a line already (units.lines.${before})`, "units", "lines", k, "code");
    else if (!first.delete(l.code) && !(cognitive && (l.code === "97129" || l.code === "97130"))) issue(`${l.code} is not a code of session.services`, "units", "lines", k, "code");
    if (!at) return;
    if (!at.length) issue("empty: a code whose lines were all counted has none", "units", "lines", k, "notCounted");
    let bad = false;
    at.forEach((i, j) => {
      const line = lines[i];
      const why = j && i <= at[j - 1]! ? "not after the index before it (each line once, in order)"
        : !line ? `line ${i} is not in session.services (${n} lines)`
        : line.code.toUpperCase() !== l.code ? `services[${i}] is ${line.code}, not ${l.code}`
        : line.minutes !== undefined ? `services[${i}] gave minutes, so it was counted` : "";
      if (why) {
        bad = true;
        issue(why, "units", "lines", k, "notCounted", j);
      }
    });
    // Each index is one of the code's lines without minutes, once, in order: a missing one is the first that differs.
    const all = bare.get(l.code) ?? [];
    const left = all.find((i, j) => i !== at[j]);
    if (!bad && at.length && left !== undefined) issue(`leaves out services[${left}] (${l.code}, no minutes)`, "units", "lines", k, "notCounted");
  });
  for (const [c, i] of first) issue(`no line for ${c} (services[${i}])`, "units", "lines");
  // totalUnits counts the timed lines' units (untimed and hour codes' are not); a sum past 2^53 is
  // not compared (the calculator adds the cognitive pair's units as one number, rounded there).
  const sum = u.lines.reduce((t, l) => t + (l.timed ? l.units : 0), 0);
  if (Number.isSafeInteger(sum) && sum !== u.totalUnits) issue(`not the sum of the timed lines' units (${sum})`, "units", "totalUnits");
  // And totalTimedMinutes the timed lines' minutes (the cognitive pair's lines split its minutes between them).
  const minutes = u.lines.reduce((t, l) => t + (l.timed ? l.minutes : 0), 0);
  if (Number.isSafeInteger(minutes) && minutes !== u.totalTimedMinutes) issue(`not the sum of the timed lines' minutes (${minutes})`, "units", "totalTimedMinutes");
  // UNITS-CAP (twentieth round): no method counts more timed units than the 8-minute chart allows for the day's timed
  // minutes (cms) or for each code's (ama): 5 units for 23 minutes is a stored report changed by hand, not the calculator's.
  const most = Math.max(cap(u.totalTimedMinutes), u.lines.reduce((t, l) => t + (l.timed ? cap(l.minutes) : 0), 0));
  if (Number.isSafeInteger(sum) && sum > most) issue(`more than ${u.totalTimedMinutes} timed minutes allow (${most} by the 8-minute rule or per code)`, "units", "totalUnits");
}

/** The units the 8-minute chart gives `m` minutes: 8–22 one, 23–37 two, … (Pub. 100-04 ch. 5 §20.2; the CPT midpoint rule per code). */
const cap = (m: number): number => Math.floor((m + 7) / 15);
