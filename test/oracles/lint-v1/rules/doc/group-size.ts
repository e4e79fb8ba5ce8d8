import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";

/**
 * `doc/group-size`: a group code (97150, 92508) with fewer than two patients. Without a
 * `groupSize` the rule cannot decide and says so at `info`.
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
    context.session.services.forEach((line, i) => {
      if (context.code(line.code)?.contact !== "group") return;
      // ONE-PATIENT: the fix names 92507 for 92508, and a group code whose line says one-on-one
      // (one patient) is an error at its contact unless the group size already says one patient.
      const alone = `bill ${line.code === "92508" ? "92507 (once, whatever the time)" : "the one-on-one code for the direct minutes"} instead`;
      if (line.contact === "one-on-one" && !(line.groupSize !== undefined && line.groupSize < 2)) {
        out.push(
          lineReport(i, line.code, "contact", {
            message: `${line.code} is for two or more patients treated at once, but its line says it was delivered one-on-one.`,
            fix: `If two or more patients were treated at once, set the line's contact to group; if one, ${alone}.`,
          }),
        );
      } else if (line.groupSize === undefined) {
        out.push(
          lineReport(i, line.code, "groupSize", {
            kind: "no-data",
            message: `${line.code} is a group code but the group size is not given, so it cannot be checked.`,
            fix: "Record how many patients were in the group.",
          }),
        );
      } else if (line.groupSize < 2) {
        out.push(
          lineReport(i, line.code, "groupSize", {
            message: `${line.code} is for two or more patients; this group had ${line.groupSize}.`,
            fix: `With one patient, ${alone}.`,
          }),
        );
      }
    });
    return out;
  },
});
