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
 * the findings (false exactly when one is an error).
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
  .refine((r) => r.valid !== r.findings.some((f) => f.severity === "error"), {
    message: "valid does not agree with the findings (a report is valid exactly when no finding is an error)",
    path: ["valid"],
  });
