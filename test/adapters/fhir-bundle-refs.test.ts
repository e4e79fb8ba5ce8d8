import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { claimsFromFhirBundle, sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { THERAPY_CLAIM } from "./fhir-claim.js";

/**
 * Twenty-fourth round (edge24). A Claim in a Bundle names its clinician as another entry of that Bundle (R4
 * bundle.html#references: a reference resolves to the entry whose `fullUrl` it is, `urn:uuid:…` in a transaction, or
 * `Practitioner/x` to the entry holding that resource), often a PractitionerRole that points at the Practitioner.
 * Only the contained case (`#id`, edge23) was read: a PTA named that way had no credential, so her 97110 without CQ
 * passed with no `modifier/assistant-modifier-missing` (Medicare pays an assistant's service at 85%: CMS Pub. 100-04,
 * ch. 5, §20.1). And a Bundle inside a Bundle (a transaction in a collection) gave "no Claim".
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const NUCC = "http://nucc.org/provider-taxonomy";
const PRIMARY = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "primary" }] };
const practitioner = (id: string, ...codes: string[]) => ({ resourceType: "Practitioner", id, qualification: codes.map((code) => ({ code: { coding: [{ system: NUCC, code }] } })) });
const claimOf = (reference: string, extra: Record<string, unknown> = {}, modifiers = ["GP"], servicedDate = "2026-03-02") => ({
  resourceType: "Claim", id: "c1",
  careTeam: [{ sequence: 1, role: PRIMARY, provider: { reference }, ...extra }],
  item: [{ sequence: 1, careTeamSequence: [1], servicedDate, productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: modifiers.map((code) => ({ coding: [{ code }] })), quantity: { value: 23, unit: "min", system: "http://unitsofmeasure.org", code: "min" } }],
});
const bundleOf = (...entry: unknown[]) => ({ resourceType: "Bundle", type: "transaction", entry });
const OPTIONS = { payer: { program: "medicare" as const } };
/** The sessions of every Claim of a Bundle, read as the docs say: each with the Bundle it came from. */
const sessionsOf = (bundle: unknown) => claimsFromFhirBundle(bundle).flatMap((found) => sessionsFromFhirClaim(found.claim, { ...OPTIONS, bundle: found.bundle }));
const credentialOf = (bundle: unknown) => sessionsOf(bundle)[0]?.provider?.credential;

describe("a member's credential from another entry of the Claim's Bundle", () => {
  const pta = practitioner("pta", "225200000X");
  it.each<[string, unknown, string]>([
    ["Practitioner/pta, the entry's type and id", bundleOf({ resource: claimOf("Practitioner/pta") }, { resource: pta }), "PTA"],
    ["a urn:uuid fullUrl (a transaction)", bundleOf({ fullUrl: "urn:uuid:c1", resource: claimOf("urn:uuid:0f7e") }, { fullUrl: "urn:uuid:0f7e", resource: pta }), "PTA"],
    ["an absolute URL, the entry's fullUrl", bundleOf({ resource: claimOf("https://ehr.example/fhir/Practitioner/pta") }, { fullUrl: "https://ehr.example/fhir/Practitioner/pta", resource: pta }), "PTA"],
    ["a PractitionerRole (specialty OTA, NUCC 224ZA0000X)", bundleOf({ resource: claimOf("PractitionerRole/r1", {}, ["GO"]) }, { resource: { resourceType: "PractitionerRole", id: "r1", specialty: [{ coding: [{ system: NUCC, code: "224ZA0000X" }] }] } }), "OTA"],
    ["a PractitionerRole that only points at its Practitioner (urn:uuid)", bundleOf({ resource: claimOf("urn:uuid:role") }, { fullUrl: "urn:uuid:role", resource: { resourceType: "PractitionerRole", practitioner: { reference: "urn:uuid:prac" } } }, { fullUrl: "urn:uuid:prac", resource: pta }), "PTA"],
    ["a PractitionerRole that points at its Practitioner (Practitioner/pta)", bundleOf({ resource: claimOf("PractitionerRole/r1") }, { resource: pta }, { resource: { resourceType: "PractitionerRole", id: "r1", practitioner: { reference: "Practitioner/pta" } } }), "PTA"],
  ])("%s", (_name, bundle, credential) => {
    expect(credentialOf(bundle)).toBe(credential);
  });

  it("a contained PractitionerRole that points at a contained Practitioner", () => {
    const claim = { ...claimOf("#role"), contained: [{ resourceType: "PractitionerRole", id: "role", practitioner: { reference: "#p" } }, practitioner("p", "225200000X")] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.provider?.credential).toBe("PTA");
  });

  it("a PTA's 97110 with GP only now gets modifier/assistant-modifier-missing; with CQ it does not", () => {
    const rules = (modifiers: string[]) => validateSession(sessionsOf(bundleOf({ resource: claimOf("Practitioner/pta", {}, modifiers) }, { resource: pta }))[0]).findings.map((f) => f.rule);
    expect(rules(["GP"])).toContain("modifier/assistant-modifier-missing");
    expect(rules(["GP", "CQ"])).not.toContain("modifier/assistant-modifier-missing");
  });

  it("counter-cases: the member's own word wins; no bundle, no match, two credentials, two entries of one id, or another type give none", () => {
    // careTeam.qualification is what the Claim says of this service.
    expect(credentialOf(bundleOf({ resource: claimOf("Practitioner/pta", { qualification: { coding: [{ system: NUCC, code: "225100000X" }] } }) }, { resource: pta }))).toBe("PT");
    // Without the bundle option the Claim alone is read, as before (never fetched).
    expect(sessionsFromFhirClaim(claimOf("Practitioner/pta"), OPTIONS)[0]?.provider?.credential).toBeUndefined();
    for (const bundle of [
      bundleOf({ resource: claimOf("Practitioner/other") }, { resource: pta }),
      bundleOf({ resource: claimOf("Practitioner/x") }, { resource: practitioner("x", "225100000X", "225200000X") }),
      bundleOf({ resource: claimOf("Practitioner/pta") }, { fullUrl: "https://a.example/Practitioner/pta", resource: pta }, { fullUrl: "https://b.example/Practitioner/pta", resource: practitioner("pta", "225100000X") }),
      bundleOf({ resource: claimOf("Organization/pta") }, { resource: pta }),
      bundleOf({ resource: claimOf("Practitioner/pta") }, { resource: { resourceType: "Organization", id: "pta", type: [{ text: "PTA" }] } }),
      bundleOf({ resource: claimOf("urn:uuid:role") }, { fullUrl: "urn:uuid:role", resource: { resourceType: "PractitionerRole", practitioner: { reference: "urn:uuid:role" } } }),
      bundleOf({ resource: claimOf("#pta") }, { resource: pta }),
      { resourceType: "Bundle", entry: [{ resource: claimOf("Practitioner/pta") }, null, 3, { resource: null }] },
    ]) {
      const [s] = sessionsOf(bundle);
      expect(s?.provider?.credential, JSON.stringify(bundle)).toBeUndefined();
      expect(s?.provider?.discipline).toBe("PT"); // from GP, as before
    }
    // A bundle option that is not a Bundle is none.
    for (const bundle of [null, 3, "x", { resourceType: "Patient" }, { resourceType: "Bundle", entry: 7 }]) {
      expect(sessionsFromFhirClaim(claimOf("Practitioner/pta"), { ...OPTIONS, bundle })[0]?.provider?.credential).toBeUndefined();
    }
  });

  it("the bundle is not copied into the sessions, and nothing is changed", () => {
    const bundle = bundleOf({ resource: claimOf("Practitioner/pta") }, { resource: pta });
    const before = JSON.stringify(bundle);
    const [s] = sessionsOf(bundle);
    expect(Object.keys(s!)).not.toContain("bundle");
    expect(JSON.stringify(bundle)).toBe(before);
  });

  it("property: the entries' order and unrelated entries change nothing", () => {
    const other = fc.constantFrom<unknown>({ resource: { resourceType: "Patient", id: "pta" } }, { resource: practitioner("pt", "225100000X") }, { fullUrl: "urn:uuid:x", resource: { resourceType: "Organization" } }, null);
    fc.assert(
      fc.property(fc.array(other, { maxLength: 5 }), fc.nat(), fc.nat(), (extra, at, claimAt) => {
        const entries = [...extra];
        entries.splice(at % (entries.length + 1), 0, { resource: pta });
        entries.splice(claimAt % (entries.length + 1), 0, { resource: claimOf("Practitioner/pta") });
        expect(credentialOf(bundleOf(...entries))).toBe("PTA");
      }),
    );
  });
});

describe("a Bundle inside a Bundle: its Claims are read too", () => {
  const inner = { resourceType: "Bundle", type: "transaction", entry: [{ fullUrl: "urn:uuid:p", resource: practitioner("pta", "225200000X") }, { fullUrl: "urn:uuid:c", resource: claimOf("urn:uuid:p") }] };
  const outer = { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Patient" } }, { resource: inner }, { fullUrl: "https://ehr.example/fhir/Claim/clm-20250317-0042", resource: THERAPY_CLAIM }] };

  it("a transaction in a collection: its Claim comes in entry order, with the outer entry, the inner index and its own Bundle", () => {
    expect(claimsFromFhirBundle(outer)).toEqual([
      { claim: inner.entry[1]!.resource, entry: 1, within: [1], fullUrl: "urn:uuid:c", bundle: inner },
      { claim: THERAPY_CLAIM, entry: 2, fullUrl: "https://ehr.example/fhir/Claim/clm-20250317-0042", bundle: outer },
    ]);
    // The inner Claim's member is read against its own Bundle.
    expect(sessionsOf(outer)[0]?.provider?.credential).toBe("PTA");
  });

  it("Bundles are read 4 deep; a Claim deeper is not (nothing throws on a Bundle that holds itself)", () => {
    const nest = (depth: number): unknown => (depth === 0 ? { resourceType: "Claim", id: "deep" } : { resourceType: "Bundle", entry: [{ resource: nest(depth - 1) }] });
    expect(claimsFromFhirBundle(nest(4)).map((f) => [f.entry, f.within])).toEqual([[0, [0, 0, 0]]]);
    expect(claimsFromFhirBundle(nest(5))).toEqual([]);
    const loop: { resourceType: string; entry: unknown[] } = { resourceType: "Bundle", entry: [] };
    loop.entry.push({ resource: loop }, { resource: { resourceType: "Claim", id: "x" } });
    expect(claimsFromFhirBundle(loop).map((f) => [f.entry, f.within])).toEqual([[0, [0, 0, 1]], [0, [0, 1]], [0, [1]], [1, undefined]]);
  });

  it("counter-case: a flat Bundle's Claims keep their entry and fullUrl, with no `within`", () => {
    const flat = { resourceType: "Bundle", entry: [{ resource: THERAPY_CLAIM }] };
    expect(claimsFromFhirBundle(flat)).toEqual([{ claim: THERAPY_CLAIM, entry: 0, bundle: flat }]);
    expect(claimsFromFhirBundle(THERAPY_CLAIM)).toEqual([{ claim: THERAPY_CLAIM }]);
  });
});

describe("the date of service is the date as written, whatever the offset", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["servicedPeriod late in the evening, 5 hours behind UTC", { servicedPeriod: { start: "2026-03-01T23:30:00-05:00", end: "2026-03-01T23:59:00-05:00" } }, "2026-03-01"],
    ["servicedPeriod start only", { servicedPeriod: { start: "2026-03-01T23:30:00-05:00" } }, "2026-03-01"],
    ["servicedDate as a dateTime ahead of UTC", { servicedDate: "2026-03-02T00:15:00+09:00" }, "2026-03-02"],
    ["a period that ends after midnight UTC but not locally", { servicedPeriod: { start: "2026-03-01T18:00:00-08:00", end: "2026-03-01T19:30:00-08:00" } }, "2026-03-01"],
  ])("%s", (_name, when, date) => {
    const claim = claimOf("#none");
    const item = { ...claim.item[0]!, servicedDate: undefined, ...when };
    expect(sessionsFromFhirClaim({ ...claim, item: [item] }, OPTIONS).map((s) => s.dateOfService)).toEqual([date]);
  });
});
