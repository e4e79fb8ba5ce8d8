import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";

/**
 * A care-team member's credential from the Practitioner the Claim contains (twenty-third round,
 * edge23). R4 lets a Claim carry the resources it references inline (`contained`, referenced as
 * `#id`: https://hl7.org/fhir/R4/references.html#contained), and an EHR that sends no
 * `careTeam.qualification` states the clinician's credential where FHIR keeps it, in
 * `Practitioner.qualification.code` (https://hl7.org/fhir/R4/practitioner.html), or as a
 * PractitionerRole's `code`/`specialty` (NUCC taxonomy). Before, such a member had no credential: a PTA's
 * 97110 without CQ passed with no `modifier/assistant-modifier-missing` (Medicare pays an
 * assistant's service at 85%: CMS Pub. 100-04, ch. 5, §20.1).
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const NUCC = "http://nucc.org/provider-taxonomy";
const PRIMARY = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "primary" }] };
const practitioner = (id: string, ...codes: string[]) => ({ resourceType: "Practitioner", id, qualification: codes.map((code) => ({ code: { coding: [{ system: NUCC, code }] } })) });
const claimOf = (contained: unknown[], member: Record<string, unknown>, modifiers = ["GP"]) => ({
  resourceType: "Claim", id: "c1", contained,
  careTeam: [{ sequence: 1, role: PRIMARY, ...member }],
  item: [{ sequence: 1, careTeamSequence: [1], servicedDate: "2026-03-02", productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: modifiers.map((code) => ({ coding: [{ code }] })), quantity: { value: 23, unit: "min", system: "http://unitsofmeasure.org", code: "min" } }],
});
const OPTIONS = { payer: { program: "medicare" as const } };
const rules = (claim: unknown) => validateSession(sessionsFromFhirClaim(claim, OPTIONS)[0]).findings.map((f) => f.rule);

describe("a member's credential from its contained Practitioner or PractitionerRole", () => {
  it.each<[string, unknown, string]>([
    ["a PTA (NUCC 225200000X) in Practitioner.qualification", practitioner("pta", "225200000X"), "PTA"],
    ["a PT (NUCC 225100000X)", practitioner("pt", "225100000X"), "PT"],
    ["a PT whose qualifications are a DPT degree and the PT taxonomy (one credential)", { resourceType: "Practitioner", id: "dpt", qualification: [{ code: { text: "DPT" } }, { code: { coding: [{ system: NUCC, code: "225100000X" }] } }] }, "PT"],
    ["an OTA's PractitionerRole (specialty 224ZA0000X)", { resourceType: "PractitionerRole", id: "ota", specialty: [{ coding: [{ system: NUCC, code: "224ZA0000X" }] }] }, "OTA"],
    ["an SLP's PractitionerRole code, words", { resourceType: "PractitionerRole", id: "slp", code: [{ text: "CCC-SLP" }] }, "SLP"],
  ])("%s", (_name, resource, credential) => {
    const id = (resource as { id: string }).id;
    const [s] = sessionsFromFhirClaim(claimOf([resource], { provider: { reference: `#${id}` } }), OPTIONS);
    expect(s?.provider?.credential).toBe(credential);
  });

  it("a PTA's 97110 with GP only now gets modifier/assistant-modifier-missing; with CQ it does not", () => {
    expect(rules(claimOf([practitioner("pta", "225200000X")], { provider: { reference: "#pta" } }))).toContain("modifier/assistant-modifier-missing");
    expect(rules(claimOf([practitioner("pta", "225200000X")], { provider: { reference: "#pta" } }, ["GP", "CQ"]))).not.toContain("modifier/assistant-modifier-missing");
  });

  it("counter-cases: the member's own qualification wins; two credentials, another resource's id, an outside reference or no match give none", () => {
    const pta = practitioner("pta", "225200000X");
    // careTeam.qualification is what the Claim says of this service: it wins over the Practitioner's list.
    expect(sessionsFromFhirClaim(claimOf([pta], { provider: { reference: "#pta" }, qualification: { coding: [{ system: NUCC, code: "225100000X" }] } }), OPTIONS)[0]?.provider?.credential).toBe("PT");
    for (const [contained, reference] of [
      [[practitioner("x", "225100000X", "225200000X")], "#x"], // a PT and a PTA qualification: which one furnished it is not known
      [[practitioner("pta", "225200000X")], "#other"],
      [[practitioner("pta", "225200000X")], "Practitioner/pta"], // not a contained reference (R4: those start with #)
      [[{ resourceType: "Organization", id: "pta", type: [{ text: "PTA" }] }], "#pta"],
      ["not a list", "#pta"],
    ] as const) {
      const [s] = sessionsFromFhirClaim(claimOf(contained as unknown as unknown[], { provider: { reference } }), OPTIONS);
      expect(s?.provider?.credential).toBeUndefined();
      expect(s?.provider?.discipline).toBe("PT"); // from GP, as before
    }
  });

  it("property: the contained list's order and unrelated resources change nothing; the input is not changed", () => {
    const others = [{ resourceType: "Patient", id: "p" }, { resourceType: "Coverage", id: "cov" }, practitioner("pt", "225100000X")];
    fc.assert(
      fc.property(fc.shuffledSubarray(others), fc.nat(3), (extra, at) => {
        const contained = [...extra];
        contained.splice(Math.min(at, contained.length), 0, practitioner("pta", "225200000X"));
        const claim = claimOf(contained, { provider: { reference: "#pta" } });
        const before = JSON.stringify(claim);
        expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.provider?.credential).toBe("PTA");
        expect(JSON.stringify(claim)).toBe(before);
      }),
    );
  });
});
