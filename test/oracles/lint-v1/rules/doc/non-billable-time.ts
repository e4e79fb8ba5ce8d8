import { SOURCES } from "../../../../../src/model/sources.js";
import { isTimedCode } from "../../../../../src/units/timing.js";
import { createRule } from "../create-rule.js";
import { isBlank, lineReport } from "../line-report.js";
import type { RuleReport } from "../types.js";
// PLURAL: a deliberate change (2026-11-23, fifth round): "1 minute", not "1 minutes", as in src/rules/doc/non-billable-time.ts.
// THAT-TIME: a deliberate change (2026-11-23, sixth round): "that time must not count toward its 8 billed minutes", not "(8 minutes billed): those minutes must not be counted" (which read as if the 8 minutes were not to be counted), as in src.
import { count } from "../../../../../src/units/words.js";
import { saysConcurrent } from "../../../../../src/rules/doc/group-text.js";
import { REST_NOT_TAKEN } from "../../../../../src/rules/doc/non-billable-time.js";

/**
 * `doc/non-billable-time`: a line's activity mentions set-up, equipment preparation,
 * documentation, rest breaks, waiting or unattended time, which must not be counted in the
 * line's minutes. "Set-up A" and "setup only" (an assistance level) are not flagged, nor are
 * rest breaks taught as a strategy ("educated on pacing w/ rest breaks"). Untimed codes are not
 * read: their minutes never become units (an unattended modality is unattended by definition).
 *
 * @example
 * ```ts
 * nonBillableTime.meta.defaultSeverity; //=> "warning"
 * ```
 * @remarks Medicare Claims Processing Manual (Pub. 100-04) ch. 5 §20.2 (pre- and post-service time); Pub. 100-02 ch. 15 §220.3 E (rest periods).
 */
export const nonBillableTime = createRule({
  id: "doc/non-billable-time",
  defaultSeverity: "warning",
  description: "A line's activity mentions set-up, equipment preparation, documentation, rest, waiting or unattended time inside the billed service.",
  source: SOURCES.cpm5_20_2,
  notes: "Part A SNF (MDS) minute counting differs: set-up time counts there. This rule is about Part B timed codes and outpatient notes.",
  check(context) {
    const out: RuleReport[] = [];
    context.session.services.forEach((line, i) => {
      // Only timed codes' minutes become units: an untimed code (a supervised modality such as
      // unattended e-stim G0283, an evaluation, group 97150) is one unit whatever its minutes.
      if (isBlank(line.activity) || !isTimedCode(line.code)) return;
      let terms = context.text(line.activity!).terms.nonbillable;
      // REST-NOT-TAKEN: a deliberate change (twentieth round, gaps20): rest answered none or refused ("rest breaks: none", "pt refused
      // rest breaks") is no rest taken; the line is read again without it (the live expression).
      if (terms.length > 0 && line.activity!.search(REST_NOT_TAKEN) >= 0) terms = context.text(line.activity!.replace(REST_NOT_TAKEN, " ")).terms.nonbillable;
      // ANOTHER-PT: (twelfth round) "another pt" on a group or concurrent line (contact, or "Concurrent w/ another pt" with no contact) is left to doc/one-on-one-required.
      if (line.contact === "group" || line.contact === "concurrent" || (line.contact === undefined && saysConcurrent(line.activity!))) terms = terms.filter((t) => !t.startsWith("another"));
      // DRY-NEEDLING: a deliberate change (fifteenth round, gaps15): the live lexicon lists dry needling as non-billable inside a
      // timed code's minutes (97140); on its own code, 20560/20561, it is that code's service.
      // DN-SIDE: "dn" before a side is dry needling too (sixteenth round, gaps16).
      if (line.code === "20560" || line.code === "20561") terms = terms.filter((t) => !t.startsWith("dry") && t !== "dn");
      if (terms.length === 0) return;
      const minutes = line.minutes === undefined ? "be counted" : `count toward its ${count(line.minutes, "billed minute")}`;
      out.push(
        lineReport(i, line.code, "activity", {
          message: `${line.code} activity mentions non-billable time (${terms.slice(0, 3).join(", ")}): that time must not ${minutes}.`,
          // DRY-NEEDLING-FIX: a deliberate change (fifteenth round, the lead): with dry needling among the terms, the fix says where it is billed.
          fix:
            "Count only direct treatment minutes; leave set-up, documentation, rest and waiting out of the line's minutes." +
            (terms.some((t) => t.startsWith("dry") || t === "dn") ? " Dry needling is its own service (20560/20561, which original Medicare does not pay; NCD 30.3.3 covers needling only as acupuncture for chronic low back pain)." : ""),
        }),
      );
    });
    return out;
  },
});
