import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import { LINT_SOURCES } from "../sources.js";
import type { RuleReport } from "../types.js";
import { MAY_BE_GROUP } from "../text/lexicon.js";
import { CO_TREAT_TEXT } from "./co-treatment.js";
import { groupTimeOverlaps } from "./group-time.js";
import { groupTextAdvice, noteSaysGroup, saysConcurrent, saysGroup } from "./group-text.js";

/**
 * `doc/one-on-one-required`: a one-on-one code (97110, 97530, 92507…) delivered `group`,
 * `concurrent` or `supervised`. When a therapist treats two or more patients in the same
 * time, only the group code is billed for each (97150; 92508 for speech-language); Medicare
 * counts concurrent care as group. A line with no `contact` is taken as delivered the way
 * its code says, unless its activity says it was given in a group ("in group", "group class",
 * "w/ 3 other pts") or concurrently with another patient ("Concurrent w/ another pt"): then advice
 * (`info`), since the text may be wrong where the field is not. A `group` or `concurrent` line
 * whose activity says it was co-treated gets a fix for a co-treatment too (contact one-on-one,
 * `coTreated`: one patient, two clinicians).
 * A note that says the patient was treated in a group when no line says so gets advice too.
 * A timed one-on-one line whose clock time overlaps a group's (a 97150 or 92508 line, or a line
 * delivered `group` or `concurrent`) is reported too: minutes while the group ran are not one-on-one.
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
  notes:
    "Medicare Part B does not recognise concurrent therapy as its own mode: it is billed as group (Noridian, 'Rehabilitation delivery methods'). Eighteenth round: a text seen 1:1 while a group ran nearby is no group care (MBPM ch. 15 §230.1). Nineteenth round: nor a group named nearby in its own clause ('Seen 1:1. Group class running nearby').",
  check(context) {
    const out: RuleReport[] = [];
    const services = context.session.services;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      const info = context.code(line.code);
      if (info === undefined || info.contact !== "one-on-one") continue;
      if (line.contact === undefined) {
        const activity = line.activity;
        // MAY_BE_GROUP rules out, in one pass, texts that say neither a group nor concurrent care.
        if (isBlank(activity) || !MAY_BE_GROUP.test(activity!)) continue;
        // Not a line seen 1:1 that names a group only as what ran nearby (eighteenth round).
        const group = saysGroup(activity!);
        if (group || saysConcurrent(activity!)) out.push(groupTextAdvice(i, line.code, info.timed, !group));
        continue;
      }
      if (line.contact === "one-on-one") continue;
      // Untimed individual codes (92507, 92526) are one unit whatever the time: only care given
      // to several patients at once is wrong for them, not "supervised".
      if (!info.timed && line.contact === "supervised") continue;
      const group = line.code === "92507" ? "92508" : info.timed ? "97150" : undefined;
      // A group or concurrent line marked or written "co-treat" may be a second clinician with one patient.
      const coTreated = line.coTreated === true || (!isBlank(line.activity) && CO_TREAT_TEXT.test(line.activity!));
      out.push(
        lineReport(i, line.code, "contact", {
          message: `${line.code} is a one-on-one code but was delivered ${line.contact}.`,
          fix:
            line.contact === "supervised"
              ? `Bill ${line.code} only for direct one-on-one time; supervising a patient exercising independently is not billable as ${line.code}.`
              : group !== undefined
                ? `${coTreated ? "If a second clinician treated this one patient (a co-treatment), set the line's contact to one-on-one and coTreated to true; if two or more patients were treated at once, bill" : "Bill"} ${group} (one unit per patient)${coTreated ? "." : " for care given to two or more patients at once."}`
                : `Bill ${line.code} only for care given to one patient at a time.`,
        }),
      );
    }
    groupTimeOverlaps(context, out);
    noteSaysGroup(context, out);
    return out;
  },
});
