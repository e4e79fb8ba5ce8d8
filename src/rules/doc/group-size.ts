import { SOURCES } from "../../model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";

/**
 * `doc/group-size`: a group code (97150, 92508) with fewer than two patients, or whose line says
 * it was delivered `one-on-one` (one patient). Without a `groupSize` the rule cannot decide and
 * says so at `info`. With one patient the fix names the one-on-one code: 92507 for 92508.
 *
 * @example
 * ```ts
 * groupSize.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §230.1–230.2 (group therapy: two or more patients).
 */
export const groupSize = createRule({
  id: "doc/group-size",
  defaultSeverity: "error",
  description: "A group code (97150, 92508) was billed for fewer than two patients.",
  source: SOURCES.mbpm15_230,
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      const code = line.code;
      if (context.code(code)?.contact !== "group") continue;
      // With one patient the service is one-on-one: 92507 for 92508, the timed codes' minutes for 97150.
      const alone = `bill ${code === "92508" ? "92507 (once, whatever the time)" : "the one-on-one code for the direct minutes"} instead`;
      const size = line.groupSize;
      if (size !== undefined && size < 2) {
        out.push(
          lineReport(i, code, "groupSize", {
            message: `${code} is for two or more patients; this group had ${size}.`,
            fix: `With one patient, ${alone}.`,
          }),
        );
      } else if (line.contact === "one-on-one") {
        out.push(
          lineReport(i, code, "contact", {
            message: `${code} is for two or more patients treated at once, but its line says it was delivered one-on-one.`,
            fix: `If two or more patients were treated at once, set the line's contact to group; if one, ${alone}.`,
          }),
        );
      } else if (size === undefined) {
        out.push(
          lineReport(i, code, "groupSize", {
            kind: "no-data",
            message: `${code} is a group code but the group size is not given, so it cannot be checked.`,
            fix: "Record how many patients were in the group.",
          }),
        );
      }
    }
    return out;
  },
});
