import { SOURCES } from "../../../../../src/model/sources.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { groupTimeOverlaps } from "../../../../../src/rules/doc/group-time.js";
import { groupTextAdvice, noteSaysGroup, saysConcurrent, saysGroup } from "../../../../../src/rules/doc/group-text.js";
import { CO_TREAT_TEXT } from "../../../../../src/rules/doc/co-treatment.js";

/**
 * `doc/one-on-one-required`: a one-on-one code (97110, 97530, 92507…) delivered `group`,
 * `concurrent` or `supervised`. When a therapist treats two or more patients in the same
 * time, only the group code is billed for each (97150; 92508 for speech-language); Medicare
 * counts concurrent care as group. A line with no `contact` is taken as delivered the way
 * its code says (no finding).
 *
 * @example
 * ```ts
 * oneOnOneRequired.meta.defaultSeverity; //=> "error"
 * ```
 * @remarks Medicare Benefit Policy Manual ch. 15 §230.1–230.2; CPT therapeutic-procedures guideline.
 */
export const oneOnOneRequired = createRule({
  id: "doc/one-on-one-required",
  defaultSeverity: "error",
  description: "A one-on-one code was delivered group, concurrent or supervised; bill the group code instead.",
  source: LINT_SOURCES.cptOneOnOne,
  notes: "Medicare Part B does not recognise concurrent therapy as its own mode: it is billed as group (Noridian, 'Rehabilitation delivery methods').",
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      const info = context.code(line.code);
      if (info === undefined || info.contact !== "one-on-one") return;
      // GROUP-TEXT: a line with no contact whose activity says "in group", "group class"… is advice.
      // CONCURRENT-TEXT: so is one whose activity says "concurrent" care with another patient, and
      // the advice (the live helper) tells a timed line to keep only its one-on-one minutes.
      // NEARBY: a deliberate change (eighteenth round, gaps18): not a line seen 1:1 that names every group only as what ran nearby
      // ("Seen 1:1 in corner of gym while group class ran nearby"; the live helper saysGroup).
      // NEARBY (gaps19): a deliberate change (nineteenth round): the live helper also reads a group named nearby at a clause's start
      // ("Seen 1:1. Group class running nearby") or two words after "while" ("while the busy group class ran nearby"), and never
      // "in group", "with group", "during group" ("while in group class running drills" is the patient's own group).
      if (line.contact === undefined && !isBlank(line.activity) && (saysGroup(line.activity!) || saysConcurrent(line.activity!))) {
        out.push(groupTextAdvice(i, line.code, info.timed, !saysGroup(line.activity!)));
      }
      if (line.contact === undefined || line.contact === "one-on-one") return;
      // Untimed individual codes (92507, 92526) are one unit whatever the time: only care given
      // to several patients at once is wrong for them, not "supervised".
      if (!info.timed && line.contact === "supervised") return;
      const group = line.code === "92507" ? "92508" : info.timed ? "97150" : undefined;
      out.push(
        lineReport(i, line.code, "contact", {
          message: `${line.code} is a one-on-one code but was delivered ${line.contact}.`,
          fix:
            line.contact === "supervised"
              ? `Bill ${line.code} only for direct one-on-one time; supervising a patient exercising independently is not billable as ${line.code}.`
              : group !== undefined
                ? // COTREAT-CONTACT: a group or concurrent line marked or written "co-treat" gets the co-treatment fix too.
                  line.coTreated === true || (!isBlank(line.activity) && CO_TREAT_TEXT.test(line.activity!))
                  ? `If a second clinician treated this one patient (a co-treatment), set the line's contact to one-on-one and coTreated to true; if two or more patients were treated at once, bill ${group} (one unit per patient).`
                  : `Bill ${group} (one unit per patient) for care given to two or more patients at once.`
                : `Bill ${line.code} only for care given to one patient at a time.`,
        }),
      );
    });
    // GROUP-TIME: a timed one-on-one line whose clock time overlaps a group's (twelfth round), by the live helper.
    groupTimeOverlaps(context, out);
    // NOTE-GROUP: a note that says the patient was treated in a group when no line says so (twelfth round), by the live helper.
    noteSaysGroup(context, out);
    return out;
  },
});
