// A Medicare visit with three classic billing errors:
//   1. over-billed units: 37 timed minutes support 2 units under the 8-minute rule (23-37 min),
//      but 4 are billed (97110 x3 for 22 minutes, 97530 x1);
//   2. 97150 (group) and 97530 on the same day without modifier 59/XU on 97530 (NCCI pair edit);
//   3. a vague 97530 note ("therapeutic activities") that says nothing a reviewer can check.
// Run after `npm run build`: node examples/three-classic-errors.mjs
import { validateSession } from "therapy-claims";
import { printReport } from "./lib/print-report.mjs";

const visit = {
  id: "enc-2002",
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97110", minutes: 22, units: 3, modifiers: ["GP"], activity: "Bridges, clamshells and step-ups 3x10 with 2 lb weights" },
    { code: "97530", minutes: 15, units: 1, modifiers: ["GP"], activity: "Therapeutic activities" },
    { code: "97150", minutes: 20, units: 1, modifiers: ["GP"], contact: "group", groupSize: 3, activity: "Group balance circuit: tandem walking, single-leg stance" },
  ],
  totalTimedMinutes: 37,
  totalTreatmentMinutes: 57,
  note: { assessment: "Tolerated well", plan: "Continue plan of care" },
  planOfCare: { startOfCare: "2025-02-10", certifiedOn: "2025-02-12", certifiedThrough: "2025-05-10", treatmentDaysSinceProgressReport: 6 },
};

const report = validateSession(visit);
printReport("A visit with three classic errors", report);
console.log(`\n${report.findings.length} finding${report.findings.length === 1 ? "" : "s"}; the rule families this visit is expected to hit: units/, ncci/ (or modifier/), doc/.`);
