// ZOD-CLASSIC: frozen at dcc8a9a (sixteenth round, branch mini16), the schema built with classic zod
// ("zod"), before src moved to zod/mini. Never fix or optimise this copy: test/oracles/zod-mini.test.ts
// proves the live schema gives the same data and the same issues (paths and messages).
import * as z from "zod";
import { FindingSchema } from "./finding.js";
import { SessionSchema, UnitMethodSchema } from "./session.js";

// Not .int(): a day's total of whole minutes can pass Number.MAX_SAFE_INTEGER (1 + 9007199254740991
// minutes, a typo's worth), where zod's int check stops; validateSession reports such minutes itself.
const count = z.number().nonnegative();

/**
 * zod schema of a report's unit calculation ({@link ReportUnits}: `calculateUnits`' result).
 *
 * @example
 * ```ts
 * ReportUnitsSchema.parse({ method: "cms", totalTimedMinutes: 33, totalUnits: 2,
 *   lines: [{ code: "97110", minutes: 33, units: 2, timed: true }], explanation: [] }).totalUnits; //=> 2
 * ```
 */
export const ReportUnitsSchema = z.object({
  method: UnitMethodSchema,
  totalTimedMinutes: count,
  totalUnits: count,
  // notCounted: the lines without minutes (fourteenth round); reports written before have none.
  lines: z.array(z.object({ code: z.string(), minutes: count, units: count, timed: z.boolean(), notCounted: z.array(z.number().int().nonnegative()).optional() })),
  explanation: z.array(z.string()),
});

/**
 * zod schema of a {@link Report} as `validateSession` makes it and `JSON.stringify` stores it:
 * read a stored report back with it (or with {@link parseReport}) instead of a cast. Keys it does
 * not know at the top (the CLI's `input`, your own database id) are kept; `valid` must agree with
 * the findings (false exactly when one is an error), and what validateSession never produces is
 * refused though each field has its shape: `units` without a session, a `notCounted` index that is
 * not one of its code's lines without minutes (each once, in order) or a list that leaves one out,
 * a units line of a code the session lacks, none for a code it has or two for one, a `totalUnits`
 * or `totalTimedMinutes` that is not the timed lines' units or minutes added, a `units/`, `ncci/`, `mue/`, `modifier/` or `catalog/` finding
 * whose path points past `session.services` or has no line index there (`"9"`).
 *
 * @example
 * ```ts
 * const stored = JSON.stringify(validateSession(null)); // a report as a database keeps it
 * ReportSchema.safeParse(JSON.parse(stored)).success; //=> true
 * ReportSchema.safeParse({ valid: true }).success; //=> false
 * ```
 */
export const ReportSchema = z
  .looseObject({
    valid: z.boolean(),
    session: SessionSchema.nullable(),
    units: ReportUnitsSchema.nullable(),
    findings: z.array(FindingSchema),
    meta: z.object({
      libraryVersion: z.string(),
      ncciDataVersion: z.string().nullable(),
      unitMethod: UnitMethodSchema.nullable(),
    }),
  })
  .superRefine((r, ctx) => {
    const issue = (message: string, ...path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
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
    // UNITS-CAP: a deliberate change (twentieth round, input20; brought into this copy in the twenty-first round): no
    // method counts more timed units than the 8-minute chart allows for the day's timed minutes (cms) or each code's (ama).
    const cap = (m: number): number => Math.floor((m + 7) / 15);
    const most = Math.max(cap(u.totalTimedMinutes), u.lines.reduce((t, l) => t + (l.timed ? cap(l.minutes) : 0), 0));
    if (Number.isSafeInteger(sum) && sum > most) issue(`more than ${u.totalTimedMinutes} timed minutes allow (${most} by the 8-minute rule or per code)`, "units", "totalUnits");
  });
