// A clean, well-documented Medicare PT visit: no error, no warning.
// Run after `npm run build`: node examples/clean-medicare-visit.mjs
import { validateSession } from "therapy-claims";
import { printReport } from "./lib/print-report.mjs";

const visit = {
  id: "enc-1001",
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97530", minutes: 24, units: 2, modifiers: ["GP"], contact: "one-on-one", start: "09:00", end: "09:24",
      activity: "Floor-to-waist lifting of a 10 lb box x10 with cues for hip hinge", goalIds: ["G2"] },
    { code: "97110", minutes: 12, units: 1, modifiers: ["GP"], start: "09:24", end: "09:36",
      activity: "Seated knee extension 3x10 with 3 lb cuff weight", goalIds: ["G1"] },
  ],
  totalTimedMinutes: 36,
  totalTreatmentMinutes: 40,
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
