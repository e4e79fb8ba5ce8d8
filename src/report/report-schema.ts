import * as z from "zod/mini";
import { FindingSchema } from "../model/finding.js";
import { SessionSchema, UnitMethodSchema } from "../model/session.js";
import { reportCrossFieldIssues } from "./cross-field.js";

// Not .int(): a day's total of whole minutes can pass Number.MAX_SAFE_INTEGER (1 + 9007199254740991
// minutes, a typo's worth), where zod's int check stops; validateSession reports such minutes itself.
const count = z.number().check(z.nonnegative());

/**
 * zod schema of a report's unit calculation ({@link ReportUnits}: `calculateUnits`' result). A
 * zod/mini schema since the sixteenth round: `.parse`/`.safeParse`, no chain methods.
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
  lines: z.array(z.object({ code: z.string(), minutes: count, units: count, timed: z.boolean(), notCounted: z.optional(z.array(z.number().check(z.int(), z.nonnegative()))) })),
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
 * A zod/mini schema (sixteenth round), as is {@link ReportUnitsSchema}: `.parse` and `.safeParse`
 * work as before, chain methods (`.extend`, `.nullable()`, `.refine`) do not; use zod/mini's
 * functions (`z.array(ReportSchema)`, `z.nullable(ReportSchema)`). Its cross-field issues say
 * the library's words; its shape's issues ("expected boolean") are in zod's locale, which zod/mini
 * does not set ("Invalid input" unless your app loads classic zod or a locale). {@link parseReport}
 * always gives zod's English, as before.
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
    session: z.nullable(SessionSchema),
    units: z.nullable(ReportUnitsSchema),
    findings: z.array(FindingSchema),
    meta: z.object({
      libraryVersion: z.string(),
      ncciDataVersion: z.nullable(z.string()),
      unitMethod: z.nullable(UnitMethodSchema),
    }),
  })
  // The cross-field check (src/report/cross-field.ts), shared with parseReport's fast path.
  .check(z.superRefine((r, ctx) => reportCrossFieldIssues(r, (message, ...path) => ctx.addIssue({ code: "custom", message, path }))));
