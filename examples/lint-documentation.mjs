// Lint a visit's documentation the way a Medicare reviewer reads it.
// Run after `npm run build`: node examples/lint-documentation.mjs
import { lintDocumentation, RULES } from "therapy-claims/lint";
import { parseSession } from "therapy-claims";

const session = parseSession({
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97530", minutes: 24, units: 2, activity: "SLR 3x10, bridges 2x15, 3# ankle wts", goalIds: ["G1"] },
    { code: "97110", minutes: 12, units: 1, activity: "pt tolerated well", goalIds: ["G1"] },
  ],
  note: { plan: "Continue POC" },
  planOfCare: {
    startOfCare: "2025-03-01",
    certifiedOn: "2025-03-05",
    certifiedThrough: "2025-05-29",
    goals: [{ id: "G1", text: "Lift 20 lb floor to waist" }],
    treatmentDaysSinceProgressReport: 10,
  },
});

for (const f of lintDocumentation(session, { rules: { "doc/patient-response-missing": "info" } })) {
  console.log(`${f.severity.padEnd(7)} ${f.rule.padEnd(30)} ${f.message}`);
  console.log(`        source: ${f.source.title}${f.source.section ? `, ${f.source.section}` : ""}`);
}
console.log(`\n${Object.keys(RULES).length} built-in rules; pages under docs/rules/.`);
