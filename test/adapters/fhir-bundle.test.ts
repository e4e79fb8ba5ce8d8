import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { claimsFromFhirBundle, sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { THERAPY_CLAIM } from "./fhir-claim.js";

/**
 * An EHR sends Claims in a Bundle (twenty-third round, edge23): a search's answer (`GET
 * Claim?patient=…`, type `searchset`), a `transaction` posting the Claim with its Patient and
 * Practitioner, a `collection`. R4 Bundle (https://hl7.org/fhir/R4/bundle.html): `entry[k].resource`
 * holds each resource and `fullUrl` names it. Before, a Bundle gave no session and no word
 * (sessionsFromFhirClaim(bundle) is [], as for anything that is not a Claim), and the CLI checked
 * it as a session: "dateOfService is required", "provider is required", "services is required".
 */
const PATIENT = { resourceType: "Patient", id: "example" };
const OUTCOME = { resourceType: "OperationOutcome", issue: [{ severity: "information", code: "informational" }] };
const SECOND = { ...THERAPY_CLAIM, id: "clm-2" };

describe("claimsFromFhirBundle: the Claims of a Bundle, each with its entry", () => {
  it.each(["searchset", "collection", "transaction", "batch"])("a Bundle of type %s: its Claims in entry order, with their index and fullUrl", (type) => {
    const bundle = {
      resourceType: "Bundle", type,
      entry: [
        { fullUrl: "urn:uuid:6b1b0a1e-0000-4000-8000-000000000001", resource: PATIENT },
        { fullUrl: "https://ehr.example/fhir/Claim/clm-20250317-0042", resource: THERAPY_CLAIM, ...(type === "searchset" ? { search: { mode: "match" } } : {}) },
        { fullUrl: "https://ehr.example/fhir/Claim/clm-2", resource: SECOND, ...(type === "transaction" ? { request: { method: "POST", url: "Claim" } } : {}) },
      ],
    };
    expect(claimsFromFhirBundle(bundle)).toEqual([
      // Each with its Bundle (edge24, BUNDLE-REF), for sessionsFromFhirClaim's `bundle` option.
      { claim: THERAPY_CLAIM, entry: 1, fullUrl: "https://ehr.example/fhir/Claim/clm-20250317-0042", bundle },
      { claim: SECOND, entry: 2, fullUrl: "https://ehr.example/fhir/Claim/clm-2", bundle },
    ]);
  });

  it("each Claim it gives makes the sessions it makes on its own", () => {
    const bundle = { resourceType: "Bundle", type: "searchset", entry: [{ resource: OUTCOME, search: { mode: "outcome" } }, { resource: THERAPY_CLAIM }] };
    const got = claimsFromFhirBundle(bundle).flatMap(({ claim }) => sessionsFromFhirClaim(claim, { payer: { program: "medicare" } }));
    expect(got.map((s) => s.id)).toEqual(["clm-20250317-0042/2025-03-14", "clm-20250317-0042/2025-03-17"]);
  });

  it("a Claim is its own one Claim (no entry); anything else gives none, and nothing throws", () => {
    expect(claimsFromFhirBundle(THERAPY_CLAIM)).toEqual([{ claim: THERAPY_CLAIM }]);
    for (const other of [null, undefined, 3, "Bundle", [], PATIENT, { resourceType: "Bundle" }, { resourceType: "Bundle", entry: "x" }, { resourceType: "Bundle", entry: [null, 2, { resource: null }, { fullUrl: "urn:uuid:1" }, { resource: PATIENT }] }]) {
      expect(claimsFromFhirBundle(other)).toEqual([]);
    }
  });

  it("a fullUrl that is not a string is left out, not passed on", () => {
    const bundle = { resourceType: "Bundle", entry: [{ fullUrl: 7, resource: SECOND }] };
    expect(claimsFromFhirBundle(bundle)).toEqual([{ claim: SECOND, entry: 0, bundle }]);
  });

  it("property: every Claim entry is given once, in order, and nothing else", () => {
    const resource = fc.oneof(fc.constant(THERAPY_CLAIM), fc.constant(SECOND), fc.constant(PATIENT), fc.constant(OUTCOME), fc.constant(null), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.record({ resource }, { requiredKeys: [] }), { maxLength: 8 }), (entry) => {
        const got = claimsFromFhirBundle({ resourceType: "Bundle", type: "collection", entry });
        const want = entry.flatMap((e, k) => (e.resource === THERAPY_CLAIM || e.resource === SECOND ? [k] : []));
        expect(got.map((g) => g.entry)).toEqual(want);
        for (const g of got) expect(g.claim).toBe(entry[g.entry!]!.resource);
      }),
    );
  });
});
