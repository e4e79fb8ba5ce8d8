import { reads92507AsSwallowing } from "./doc/92507-reads-as-swallowing.js";
import { reads97112AsCanalithRepositioning } from "./doc/97112-reads-as-canalith-repositioning.js";
import { reads97116AsExercise } from "./doc/97116-reads-as-exercise.js";
import { reads97110AsFunctional } from "./doc/97110-reads-as-functional.js";
import { reads97530AsExercise } from "./doc/97530-reads-as-exercise.js";
import { activityMissing } from "./doc/activity-missing.js";
import { activityTooVague } from "./doc/activity-too-vague.js";
import { clonedActivity } from "./doc/cloned-activity.js";
import { coTreatment } from "./doc/co-treatment.js";
import { deletedCode } from "./doc/deleted-code.js";
import { disciplineMismatch } from "./doc/discipline-mismatch.js";
import { goalLinkMissing } from "./doc/goal-link-missing.js";
import { groupSize } from "./doc/group-size.js";
import { nonBillableTime } from "./doc/non-billable-time.js";
import { oneOnOneRequired } from "./doc/one-on-one-required.js";
import { patientResponseMissing } from "./doc/patient-response-missing.js";
import { skilledNeedMissing } from "./doc/skilled-need-missing.js";
import { beforeStartOfCare } from "./poc/before-start-of-care.js";
import { certificationExpired } from "./poc/certification-expired.js";
import { certificationMissing } from "./poc/certification-missing.js";
import { dischargeNoteMissing } from "./poc/discharge-note-missing.js";
import { planOfCareMissing } from "./poc/plan-of-care-missing.js";
import { progressReportDue } from "./poc/progress-report-due.js";
import type { Rule } from "./types.js";

/**
 * Every built-in documentation rule, keyed by id and sorted by id. Each rule's `meta` gives
 * its default severity, description, source and docs page:
 *
 * | id | default severity | source |
 * |---|---|---|
 * | `doc/92507-reads-as-swallowing` | warning | NCD 170.3; ASHA coding guidance; NCCI PTP (no 92507/92526 edit) |
 * | `doc/97110-reads-as-functional` | info | MAC LCD text on 97530 (pt-management restatement) |
 * | `doc/97112-reads-as-canalith-repositioning` | warning | CY 2011 PFS final rule (95992 for therapists); NCCI PTP 95992/97112 |
 * | `doc/97116-reads-as-exercise` | warning | MAC LCD text on 97116; Pub. 100-02 ch. 15 §220.2, §220.3 E |
 * | `doc/97530-reads-as-exercise` | warning | MAC LCD text on 97530; FCSO 97530 review |
 * | `doc/activity-missing` | error | Pub. 100-02 ch. 15 §220.3 E |
 * | `doc/activity-too-vague` | warning | Pub. 100-02 ch. 15 §220.3 E |
 * | `doc/cloned-activity` | warning | Pub. 100-02 ch. 15 §220.3 E; MAC guidance on cloned documentation (NGS) |
 * | `doc/co-treatment` | info | CMS Part B billing scenarios for PTs and OTs (team therapy); Noridian JE delivery methods |
 * | `doc/deleted-code` | error | CPT changes adopted by CMS (CY 2017, 2018, 2020 PFS) |
 * | `doc/discipline-mismatch` | error | NCCI Policy Manual ch. XI §H; CR 10176 |
 * | `doc/goal-link-missing` | warning | Pub. 100-02 ch. 15 §220.1.2 |
 * | `doc/group-size` | error | Pub. 100-02 ch. 15 §230.1–230.2 |
 * | `doc/non-billable-time` | warning | Pub. 100-04 ch. 5 §20.2 |
 * | `doc/one-on-one-required` | error | Pub. 100-02 ch. 15 §230; CPT therapeutic-procedures guideline |
 * | `doc/patient-response-missing` | warning | Pub. 100-02 ch. 15 §220.3 E |
 * | `doc/skilled-need-missing` | warning | Pub. 100-02 ch. 15 §220.2 |
 * | `poc/before-start-of-care` | error | 42 CFR 410.61(b); Pub. 100-02 ch. 15 §220.1.2 |
 * | `poc/certification-expired` | error | Pub. 100-02 ch. 15 §220.1.2–220.1.3 |
 * | `poc/certification-missing` | warning | Pub. 100-02 ch. 15 §220.1.3; 42 CFR 424.24(c) (2025) |
 * | `poc/discharge-note-missing` | warning | Pub. 100-02 ch. 15 §220.3 D |
 * | `poc/plan-of-care-missing` | info | Pub. 100-02 ch. 15 §220.1 |
 * | `poc/progress-report-due` | warning | Pub. 100-02 ch. 15 §220.3 D |
 *
 * @example
 * ```ts
 * RULES["doc/activity-too-vague"].meta.defaultSeverity; //=> "warning"
 * Object.keys(RULES)[0]; //=> "doc/92507-reads-as-swallowing"
 * ```
 * @remarks The table is checked against each rule's meta by the tests; docs/rules/README.md carries the same table.
 */
export const RULES = {
  "doc/92507-reads-as-swallowing": reads92507AsSwallowing,
  "doc/97110-reads-as-functional": reads97110AsFunctional,
  "doc/97112-reads-as-canalith-repositioning": reads97112AsCanalithRepositioning,
  "doc/97116-reads-as-exercise": reads97116AsExercise,
  "doc/97530-reads-as-exercise": reads97530AsExercise,
  "doc/activity-missing": activityMissing,
  "doc/activity-too-vague": activityTooVague,
  "doc/cloned-activity": clonedActivity,
  "doc/co-treatment": coTreatment,
  "doc/deleted-code": deletedCode,
  "doc/discipline-mismatch": disciplineMismatch,
  "doc/goal-link-missing": goalLinkMissing,
  "doc/group-size": groupSize,
  "doc/non-billable-time": nonBillableTime,
  "doc/one-on-one-required": oneOnOneRequired,
  "doc/patient-response-missing": patientResponseMissing,
  "doc/skilled-need-missing": skilledNeedMissing,
  "poc/before-start-of-care": beforeStartOfCare,
  "poc/certification-expired": certificationExpired,
  "poc/certification-missing": certificationMissing,
  "poc/discharge-note-missing": dischargeNoteMissing,
  "poc/plan-of-care-missing": planOfCareMissing,
  "poc/progress-report-due": progressReportDue,
} as const satisfies Readonly<Record<string, Rule>>;

/**
 * The id of a built-in rule.
 *
 * @example
 * ```ts
 * const id: RuleId = "poc/progress-report-due";
 * ```
 */
export type RuleId = keyof typeof RULES;

/**
 * The built-in rules as a list, sorted by id.
 *
 * @returns every rule in {@link RULES}
 * @example
 * ```ts
 * listRules().map((r) => r.meta.id).includes("doc/group-size"); //=> true
 * ```
 */
export function listRules(): Rule[] {
  return Object.values(RULES);
}
