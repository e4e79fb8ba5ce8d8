// A FHIR R4 Claim validated end to end: Claim -> sessions -> reports -> OperationOutcome.
// Run after `npm run build`: node examples/fhir-claim.mjs
import { validateSession } from "therapy-claims";
import { sessionsFromFhirClaim, toOperationOutcome } from "therapy-claims/fhir";
import { printReport } from "./lib/print-report.mjs";

const claim = {
  resourceType: "Claim",
  id: "clm-20250317-0042",
  status: "active",
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
  use: "claim",
  patient: { reference: "Patient/example" },
  billablePeriod: { start: "2025-03-14", end: "2025-03-17" },
  created: "2025-03-18",
  provider: { reference: "Organization/rehab-clinic" },
  priority: { coding: [{ code: "normal" }] },
  insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/medicare-part-b" } }],
  careTeam: [
    { sequence: 1, provider: { reference: "Practitioner/pt-jones" },
      qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "225100000X", display: "Physical Therapist" }] } },
    { sequence: 2, provider: { reference: "Practitioner/pta-lee" }, qualification: { text: "PTA" } },
  ],
  item: [
    { sequence: 1, careTeamSequence: [1], servicedDate: "2025-03-14", quantity: { value: 2 },
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97530" }] },
      modifier: [{ coding: [{ code: "GP" }] }] },
    { sequence: 2, careTeamSequence: [1], servicedDate: "2025-03-14", quantity: { value: 1 },
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] },
      modifier: [{ coding: [{ code: "GP" }] }] },
    { sequence: 3, careTeamSequence: [2], servicedDate: "2025-03-17", quantity: { value: 2 },
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] },
      modifier: [{ coding: [{ code: "GP" }] }] },
  ],
};

// What the Claim does not carry (the payer program) comes from options.
const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
console.log(`Claim ${claim.id}: ${claim.item.length} items -> ${sessions.length} session${sessions.length === 1 ? "" : "s"}, one per date of service and discipline`);
for (const session of sessions) {
  const report = validateSession(session);
  printReport(`Claim ${claim.id}, ${session.dateOfService}`, report);
  // Given the session, each issue's expression points at the Claim's own element (Claim.item[2].quantity).
  const outcome = toOperationOutcome(report, session);
  console.log("OperationOutcome for the EHR:");
  for (const issue of outcome.issue) {
    console.log(`  ${issue.severity} / ${issue.code}${issue.expression ? ` @ ${issue.expression.join(", ")}` : ""}: ${issue.details?.text ?? ""}`);
  }
}
