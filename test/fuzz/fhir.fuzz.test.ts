import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { parseReport } from "../../src/report/index.js";
import { validateSession } from "../../src/validate.js";
import { FUZZ_RUNS } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

/**
 * The FHIR adapter's item quantities, fuzzed (fuzz2, seventh round): whatever an item's
 * `quantity` is (a Quantity with any value, or invalid FHIR: a bare number, a string, a list,
 * null), nothing is lost: the line's units are what was sent, and validateSession either reads
 * them (a whole, non-negative, safe number) or reports them at `services[i].units`.
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const quantityArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ value: fc.nat({ max: 8 }) }),
  fc.record({ value: fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(-1, 1.5, 1e300, Number.MAX_SAFE_INTEGER + 2, "2", null)) }),
  fc.record({ unit: fc.constant("15 min") }),
  fc.oneof(fc.jsonValue(), fc.constantFrom(2, "2", -1, [{ value: 2 }])),
);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

describe("FHIR item quantities: read or reported, never dropped", () => {
  it("each line's units are the quantity (or its value) as sent, and validateSession reads them or names services[i].units", () => {
    fc.assert(fc.property(fc.array(quantityArb, { minLength: 1, maxLength: 4 }), (quantities) => {
      const claim = {
        resourceType: "Claim",
        item: quantities.map((quantity) => ({ servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity })),
      };
      const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" }, provider: { discipline: "PT" } });
      expect(sessions).toHaveLength(1);
      const report = validateSession(sessions[0]);
      expectJsonSafe(report);
      quantities.forEach((quantity, i) => {
        const sent = isObject(quantity) ? quantity.value : quantity;
        const line = sessions[0]!.services[i]!;
        if (sent === undefined) expect(Object.hasOwn(line, "units")).toBe(false);
        else expect(line.units).toEqual(sent);
        const readable = sent === undefined || (Number.isSafeInteger(sent) && (sent as number) >= 0);
        const reported = report.findings.some((f) => f.rule === "input/ignored-field" && JSON.stringify(f.path) === JSON.stringify(["services", i, "units"]));
        expect(reported).toBe(!readable);
      });
    }), { numRuns: FUZZ_RUNS });
  });
});

/*
 * The care team's co-treatment reading (fuzz13, thirteenth round): Claim.careTeam and each item's
 * careTeamSequence in any shape (members without a sequence, sequences that are strings, NaN or
 * point at no member, qualifications and roles as codings, text, bare strings or any JSON,
 * supervisors, one practitioner listed twice). Nothing is lost (every item is a line of some
 * session), a co-treated line names two members or more, the reports are consistent and
 * parseReport reads them back.
 */
const concept = (words: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(
      {
        coding: fc.array(fc.record({ system: fc.constantFrom(undefined, "http://nucc.org/provider-taxonomy", "http://terminology.hl7.org/CodeSystem/claimcareteamrole"), code: fc.oneof(fc.constantFrom(...words), fc.jsonValue()), display: fc.oneof(fc.constantFrom(...words), fc.jsonValue()) }, { requiredKeys: [] }), { maxLength: 3 }),
        text: fc.oneof(fc.constantFrom(...words), fc.jsonValue()),
      },
      { requiredKeys: [] },
    ) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue(), fc.constantFrom(...words)) },
  );
const CREDENTIAL_WORDS = ["PT", "PTA", "OT", "OTA", "COTA", "SLP", "CCC-SLP", "DPT", "PTA, CLT", "2251P0200X", "224ZR0403X", "2355S0801X", "225X00000X", "physical therapist", "Occupational Therapy Assistant", "MD", "other", ""];
const ROLE_WORDS = ["primary", "supervisor", "assist", "other", "Supervisor"];
const memberArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record(
    {
      sequence: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom(Number.NaN, 1.5, "1", null)),
      provider: fc.oneof(fc.record({ reference: fc.constantFrom("Practitioner/a", "Practitioner/b", "Practitioner/c", "") }), fc.jsonValue(), fc.constant(undefined)),
      role: concept(ROLE_WORDS),
      qualification: concept(CREDENTIAL_WORDS),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const careItemArb = fc.record(
  {
    servicedDate: fc.constantFrom("2025-03-14", "2025-03-15", undefined),
    productOrService: fc.constantFrom("97530", "97110", "97545", "92507").map((code) => ({ coding: [{ system: CPT, code }] })),
    modifier: fc.array(fc.constantFrom("GP", "GO", "GN", "59", "KX", "CQ", "CO", "gp").map((code) => ({ coding: [{ code }] })), { maxLength: 3 }),
    quantity: fc.constantFrom({ value: 2 }, { value: 30, code: "min" }, { value: 2, code: "h" }, undefined),
    // One member named twice ([1, 1]) now and then: still one clinician.
    careTeamSequence: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.jsonValue()), { maxLength: 4 }), fc.integer({ min: 0, max: 3 }).map((q) => [q, q]), fc.jsonValue()),
  },
  { requiredKeys: ["productOrService"] },
);

describe("FHIR care teams of any shape: co-treatment read, nothing lost", () => {
  it("every item is one line of one session; a co-treated line's item names two members or more; reports consistent and read back", () => {
    fc.assert(fc.property(
      fc.oneof({ weight: 4, arbitrary: fc.array(memberArb, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.jsonValue() }),
      fc.array(careItemArb, { minLength: 1, maxLength: 5 }),
      fc.constantFrom<Record<string, unknown>>({}, { provider: { discipline: "PT" } }, { provider: { credential: "PTA" } }, { provider: { discipline: "OT", credential: "OT" } }),
      (careTeam, items, extra) => {
        const claim = { resourceType: "Claim", careTeam, item: items };
        const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" }, ...extra } as never);
        expect(sessions.reduce((n, s) => n + s.services.length, 0)).toBe(items.length);
        expect(sessions.flatMap((s) => s.claimPaths!.items).sort()).toEqual(items.map((_, j) => j));
        const sequences = new Set(Array.isArray(careTeam) ? careTeam.flatMap((m) => (typeof m === "object" && m !== null && typeof (m as { sequence?: unknown }).sequence === "number" ? [(m as { sequence: number }).sequence] : [])) : []);
        for (const s of sessions) {
          s.services.forEach((line, k) => {
            if (line.coTreated !== true) return;
            const item = items[s.claimPaths!.items[k]!]!;
            const named = new Set(Array.isArray(item.careTeamSequence) ? item.careTeamSequence.filter((q) => typeof q === "number" && sequences.has(q)) : []);
            expect(named.size).toBeGreaterThanOrEqual(2);
          });
          const report = validateSession(s);
          expectJsonSafe(report);
          expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
          parseReport(JSON.parse(JSON.stringify(report)));
        }
      },
    ), { numRuns: FUZZ_RUNS });
  });
});

describe("counterexamples the care-team fuzz found (fuzz13)", () => {
  it("one member named twice (careTeamSequence [1, 1], no provider reference) is one clinician: no co-treatment", () => {
    // Before: coTreated: true and a doc/co-treatment finding on a line one PT furnished alone.
    const claim = {
      resourceType: "Claim",
      careTeam: [{ sequence: 1, qualification: { coding: [{ code: "PT" }] } }],
      item: [{ servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97530" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 2 }, careTeamSequence: [1, 1] }],
    };
    const [session] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
    expect(session?.services[0]?.coTreated).toBeUndefined();
    expect(validateSession(session).findings.map((f) => f.rule)).not.toContain("doc/co-treatment");
  });
});
