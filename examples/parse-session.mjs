// Parses the visit from the README and prints what the catalog knows about its codes.
// Run after `npm run build`: node examples/parse-session.mjs
import { parseSession, getCode, SessionInputError } from "therapy-claims";
import { unitCount } from "./lib/print-report.mjs";

const visit = {
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97530", minutes: 24, units: 2, modifiers: ["GP"], contact: "one-on-one",
      start: "09:00", end: "09:24", assistantMinutes: 0,
      activity: "Floor-to-waist lifting of a 10 lb box x10 with cues for hip hinge", goalIds: ["G2"] },
    { code: "97110", minutes: 12, units: 1, modifiers: ["GP"],
      activity: "Seated knee extension 3x10 with 3 lb cuff weight" },
  ],
  totalTimedMinutes: 36,
  totalTreatmentMinutes: 40,
  planOfCare: { startOfCare: "2025-02-10", certifiedOn: "2025-02-12", certifiedThrough: "2025-05-10",
    goals: [{ id: "G2", text: "Lift 20 lb floor to waist" }], treatmentDaysSinceProgressReport: 4 },
  therapyYearToDate: { ptSlp: 1820.5, ot: 0 },
};

const session = parseSession(visit);
console.log(`Visit ${session.dateOfService}, ${session.payer.program}, ${session.provider.discipline} plan of care`);
for (const line of session.services) {
  const info = getCode(line.code, session.dateOfService);
  const kind = info ? `${info.timed ? "timed, 15-min units" : "untimed, 1 unit"}; ${info.active ? "valid" : "NOT valid"} on this date` : "not in the catalog";
  console.log(`  ${line.code} ${info?.title ?? ""}: ${line.minutes ?? "?"} min, ${unitCount(line.units)} billed [${(line.modifiers ?? []).join(" ")}] (${kind})`);
}

const old = getCode("97532", "2024-05-01");
console.log(`\n97532 on 2024-05-01: ${old?.active ? "valid" : "deleted"}; since 2020 use ${old?.replacedBy.at(-1)?.codes.join("/")}`);

try {
  parseSession({ dateOfService: "2025-02-30", payer: { program: "medicare" }, provider: { discipline: "PT" },
    services: [{ code: "9711", minutes: -5, start: "10:00", end: "09:00" }] });
} catch (error) {
  if (!(error instanceof SessionInputError)) throw error;
  console.log(`\nA bad visit is rejected with ${error.issues.length} problems:`);
  for (const issue of error.issues) console.log(`  ${issue.path.join(".") || "(input)"}: ${issue.message}`);
}
