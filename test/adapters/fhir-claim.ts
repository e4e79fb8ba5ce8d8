import type { Claim } from "fhir/r4";

/**
 * A realistic FHIR R4 professional Claim for two outpatient PT visits (Medicare Part B):
 * a PT on 2025-03-14 (97530 x2, 97110 x1), a PTA on 2025-03-17 (97110 x2 with CQ).
 */
export const THERAPY_CLAIM: Claim = {
  resourceType: "Claim",
  id: "clm-20250317-0042",
  status: "active",
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
  use: "claim",
  patient: { reference: "Patient/example" },
  billablePeriod: { start: "2025-03-14", end: "2025-03-17" },
  created: "2025-03-18",
  provider: { reference: "Organization/rehab-clinic" },
  priority: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/processpriority", code: "normal" }] },
  insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/medicare-part-b" } }],
  careTeam: [
    {
      sequence: 1,
      provider: { reference: "Practitioner/pt-jones" },
      role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "primary" }] },
      qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "225100000X", display: "Physical Therapist" }] },
    },
    {
      sequence: 2,
      provider: { reference: "Practitioner/pta-lee" },
      role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "assist" }] },
      qualification: { text: "PTA" },
    },
  ],
  diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M17.11" }] } }],
  item: [
    {
      sequence: 1, careTeamSequence: [1], diagnosisSequence: [1],
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97530" }] },
      modifier: [{ coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "GP" }] }],
      servicedDate: "2025-03-14", quantity: { value: 2 }, unitPrice: { value: 38.5, currency: "USD" },
    },
    {
      sequence: 2, careTeamSequence: [1], diagnosisSequence: [1],
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] },
      modifier: [{ coding: [{ code: "GP" }] }],
      servicedDate: "2025-03-14", quantity: { value: 1 },
    },
    {
      sequence: 3, careTeamSequence: [2], diagnosisSequence: [1],
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] },
      modifier: [{ coding: [{ code: "GP" }] }, { coding: [{ code: "CQ" }] }],
      servicedPeriod: { start: "2025-03-17T10:00:00-05:00", end: "2025-03-17T10:30:00-05:00" }, quantity: { value: 2 },
    },
  ],
  total: { value: 150, currency: "USD" },
};
