import * as z from "zod/mini";
import { SourceSchema } from "./source.js";

/**
 * How serious a finding is. `error` makes a report invalid; `warning` needs a human look;
 * `info` is advice or "no data to decide".
 *
 * @example
 * ```ts
 * SeveritySchema.parse("warning"); //=> "warning"
 * ```
 */
export const SeveritySchema = /* @__PURE__ */ z.enum(["error", "warning", "info"]);

/**
 * Severity of a {@link Finding}.
 *
 * @example
 * ```ts
 * const s: Severity = "error";
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * zod schema of a {@link Finding}.
 *
 * @example
 * ```ts
 * FindingSchema.parse({ rule: "units/exceeds-time", severity: "error", message: "…",
 *   source: { title: "CMS" } }).rule; //=> "units/exceeds-time"
 * ```
 */
export const FindingSchema = /* @__PURE__ */ z.object({
  /** Stable, namespaced rule id, e.g. `units/exceeds-time` or `ncci/ptp-modifier-required`. */
  rule: /* @__PURE__ */ z.string(),
  severity: SeveritySchema,
  /** Plain English; names codes and minutes; never echoes patient identifiers. */
  message: /* @__PURE__ */ z.string(),
  /** Path into the session, e.g. `["services", 1, "units"]`. */
  path: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()]))),
  /** The codes involved; a finding about a service line names the line's code. */
  codes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  /** What to do about it. */
  fix: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The authority the rule rests on. */
  source: SourceSchema,
});

/**
 * One problem (or piece of advice) about a session: plain data that survives `JSON.stringify`.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   rule: "units/exceeds-time", severity: "error",
 *   message: "97110 is billed for 3 units but 33 minutes support 2.",
 *   path: ["services", 0, "units"], codes: ["97110"],
 *   source: { title: "Medicare Claims Processing Manual (Pub. 100-04)", section: "ch. 5, §20.2" },
 * };
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;
