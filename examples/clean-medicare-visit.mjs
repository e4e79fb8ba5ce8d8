// A clean, well-documented Medicare PT visit: no error, no warning.
// 25 + 13 = 38 timed minutes = 3 units under the 8-minute rule (38-52 min): 97530 x2, 97110 x1.
// Run after `npm run build`: node examples/clean-medicare-visit.mjs
import { validateSession } from "therapy-claims";
import { printReport } from "./lib/print-report.mjs";

const visit = {
  id: "enc-1001",
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97530", minutes: 25, units: 2, modifiers: ["GP"], contact: "one-on-one", start: "09:00", end: "09:25",
      activity: "Floor-to-waist lifting of a 10 lb box x10 with cues for hip hinge", goalIds: ["G2"] },
    { code: "97110", minutes: 13, units: 1, modifiers: ["GP"], start: "09:25", end: "09:38",
      activity: "Seated knee extension 3x10 with 3 lb cuff weight", goalIds: ["G1"] },
  ],
  totalTimedMinutes: 38,
  totalTreatmentMinutes: 42,
  note: {
    assessment: "Lifting tolerance improved to 10 lb with good hip hinge; knee extension strength 4-/5",
    patientResponse: "No increase in knee pain; needed two cues for trunk position",
    plan: "Progress to 15 lb lifts next visit",
  },
  planOfCare: {
    startOfCare: "2025-02-10", certifiedOn: "2025-02-12", certifiedThrough: "2025-05-10",
    goals: [{ id: "G1", text: "Knee extension strength 5/5" }, { id: "G2", text: "Lift 20 lb floor to waist" }],
    treatmentDaysSinceProgressReport: 4,
  },
  therapyYearToDate: { ptSlp: 1820.5, ot: 0 },
};

printReport("A clean Medicare visit", validateSession(visit));
