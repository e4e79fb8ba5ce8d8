import * as z from "zod";
import { FindingSchema } from "../model/finding.js";
import { SessionSchema, UnitMethodSchema } from "../model/session.js";

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
 * not one of its code's lines without minutes (each once, in order), a `units/`, `ncci/`, `mue/`,
 * `modifier/` or `catalog/` finding whose path points past `session.services`.
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
    r.units?.lines.forEach((u, k) => {
      const at = u.notCounted;
      if (!at) return;
      if (!at.length) issue("empty: a code whose lines were all counted has none", "units", "lines", k, "notCounted");
      at.forEach((i, j) => {
        const line = lines[i];
        const why = j && i <= at[j - 1]! ? "not after the index before it (each line once, in order)"
          : !line ? `line ${i} is not in session.services (${n} lines)`
          : line.code.toUpperCase() !== u.code ? `services[${i}] is ${line.code}, not ${u.code}`
          : line.minutes !== undefined ? `services[${i}] gave minutes, so it was counted` : "";
        if (why) issue(why, "units", "lines", k, "notCounted", j);
      });
    });
    r.findings.forEach((f, k) => {
      const i = f.path?.[1];
      if (f.path?.[0] === "services" && typeof i === "number" && i >= n && /^(?:units|ncci|mue|modifier|catalog)\//.test(f.rule)) issue(`services[${i}] is past session.services (${n} lines)`, "findings", k, "path", 1);
    });
  });
