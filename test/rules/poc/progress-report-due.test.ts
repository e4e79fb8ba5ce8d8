import { expect } from "vitest";
import { ruleTable, session } from "../helpers.js";

const days = (n: number | undefined, program: "medicare" | "commercial" = "medicare") => {
  const s = session({ payer: { program } });
  const { treatmentDaysSinceProgressReport: _, ...rest } = s.planOfCare!;
  return { ...s, planOfCare: n === undefined ? rest : { ...rest, treatmentDaysSinceProgressReport: n } };
};

ruleTable("poc/progress-report-due", "warning", {
  flags: [
    ["10th treatment day (MBPM §220.3 D)", days(10), undefined, (f) => expect(f[0]!.message).toContain("due at this visit")],
    ["14th treatment day: overdue", days(14), undefined, (f) => expect(f[0]!.message).toContain("was due")],
    // MBPM ch. 15 §220.3 D: progress reports are "written by a clinician that is, either the
    // physician/NPP who provides or supervises the services, or by the therapist who provides the
    // services and supervises an assistant" (the fix named the therapist only).
    ["10th treatment day: the fix names both clinicians who may write the report, and not the assistant", days(10), undefined, (f) => {
      expect(f[0]!.fix).toContain("the therapist, or the physician/NPP who provides or supervises the services");
      expect(f[0]!.fix).toContain("not an assistant");
    }],
    ["not given: info", days(undefined), "info"],
  ],
  passes: [
    ["9th treatment day, even 40 calendar days after the last report (the 30-day prong is gone)", { ...days(9), dateOfService: "2025-05-20" }],
    ["first day", days(1)],
    ["commercial: Medicare rule not applied", days(12, "commercial")],
  ],
});
