import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";

/**
 * Fourteenth round (lead, after `leftovers`): the FHIR adapter passes on the care-team members'
 * credentials joined ("PT/PTA") when it cannot tell which of them furnished the items (members
 * sharing a sequence, or a team of two disciplines with no plan named). validateSession ignored
 * it with the generic 'must be one of "PT", "PTA", …', which names neither the cause nor the fix.
 */
describe("a provider.credential that names more than one clinician", () => {
  const visit = { dateOfService: "2024-05-01", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT/PTA" }, services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"] }] };

  it("says which credentials it names and how to send one", () => {
    const f = validateSession(visit).findings.find((x) => x.rule === "input/ignored-field");
    expect(f?.path).toEqual(["provider", "credential"]);
    expect(f?.message).toContain("it names PT and PTA: more than one clinician");
    expect(f?.fix).toContain("careTeamSequence");
  });

  it("from a FHIR Claim whose care-team members share a sequence", () => {
    const claim = {
      resourceType: "Claim",
      billablePeriod: { start: "2024-05-01", end: "2024-05-01" },
      careTeam: [
        { sequence: 1, provider: { reference: "Practitioner/1" }, qualification: { coding: [{ code: "PT" }] } },
        { sequence: 1, provider: { reference: "Practitioner/2" }, qualification: { coding: [{ code: "PTA" }] } },
      ],
      item: [{ sequence: 1, careTeamSequence: [1], productOrService: { coding: [{ code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 30, unit: "min", system: "http://unitsofmeasure.org", code: "min" } }],
    };
    const [session] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
    const f = validateSession(session).findings.find((x) => x.rule === "input/ignored-field");
    expect(f?.message).toContain("it names PT and PTA");
  });

  it("a credential that is simply wrong keeps the plain message", () => {
    // CRED-WORDS (nineteenth round): "DPT" is now read as PT (credential-words.test.ts); "ATC" names no credential of ours.
    const f = validateSession({ ...visit, provider: { discipline: "PT", credential: "ATC" } }).findings.find((x) => x.rule === "input/ignored-field");
    expect(f?.message).not.toContain("names");
    expect(f?.fix).toBe("Correct provider.credential or leave it out.");
  });
});
