import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";

/**
 * A procedure coded twice, an EHR's own charge code first (twenty-third round, edge23): R4
 * CodeableConcept's codings are one concept in several systems, and the adapter takes the CPT or
 * HCPCS one. HL7 Terminology's NamingSystem HCPCS-all-codes (retired 2021-02-23, replaced by
 * hcpcs-Level-II, 2.16.840.1.113883.6.285) gave HCPCS the OID 2.16.840.1.113883.6.14, which
 * systems built before then still send. Before, a coding in that OID was not known as HCPCS, and
 * the local charge code listed first was taken as the procedure code.
 */
const LOCAL = { system: "urn:oid:1.2.840.114350.1.13.0.1.7.2.696580", code: "PT1042", display: "THER ACT EA 15 MIN" };
const claimOf = (coding: unknown[], modifiers: unknown[] = [{ coding: [{ code: "GP" }] }]) => ({
  resourceType: "Claim", id: "c1",
  item: [{ sequence: 1, servicedDate: "2026-03-02", productOrService: { coding }, modifier: modifiers, quantity: { value: 1 } }],
});
const codeOf = (claim: unknown) => sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.services[0];

describe("the CPT/HCPCS coding of a concept coded in several systems", () => {
  it.each<[string, unknown[], string]>([
    ["HCPCS by its retired OID 2.16.840.1.113883.6.14, after a local code", [LOCAL, { system: "urn:oid:2.16.840.1.113883.6.14", code: "G0283" }], "G0283"],
    ["CPT by its URI, after a local code (as before)", [LOCAL, { system: "http://www.ama-assn.org/go/cpt", code: "97530" }], "97530"],
    ["HCPCS Level II by its OID 2.16.840.1.113883.6.285 (as before)", [LOCAL, { system: "urn:oid:2.16.840.1.113883.6.285", code: "G0283" }], "G0283"],
    ["counter-case: a local code alone is passed on as it is, for validateSession to report", [LOCAL], "PT1042"],
  ])("%s", (_name, coding, code) => {
    expect(codeOf(claimOf(coding))?.code).toBe(code);
  });

  it("a modifier coded in a local system first and HCPCS by the retired OID second is the HCPCS one", () => {
    const modifiers = [{ coding: [{ system: "urn:oid:1.2.840.114350.1.13.0.1.7.2.10", code: "THERAPY-PT" }, { system: "urn:oid:2.16.840.1.113883.6.14", code: "GP" }] }];
    expect(codeOf(claimOf([{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }], modifiers))?.modifiers).toEqual(["GP"]);
  });
});
