import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/index.js";
import { sessionsFromFhirClaim, toOperationOutcome } from "../../src/adapters/fhir.js";

/**
 * A co-treatment on a FHIR R4 Claim: R4 has no element for it, but Claim.item.careTeamSequence
 * names the care team members who provided the item, so an item two clinicians furnished (a PT
 * and an OT on 97530, neither only its supervisor) is a co-treated line (ServiceLine.coTreated),
 * and doc/co-treatment's finding points back at the item.
 */
const ROLE = "http://terminology.hl7.org/CodeSystem/claimcareteamrole";
const NUCC = "http://nucc.org/provider-taxonomy";
const member = (sequence: number, who: string, taxonomy: string, role = "primary") => ({
  sequence,
  provider: { reference: `Practitioner/${who}` },
  role: { coding: [{ system: ROLE, code: role }] },
  qualification: { coding: [{ system: NUCC, code: taxonomy }] },
});
const PT = member(1, "pt-jones", "225100000X");
const OT = member(2, "ot-diaz", "225X00000X", "other");
const claim = (careTeam: unknown[], careTeamSequence: number[]) => ({
  resourceType: "Claim",
  id: "clm-co",
  careTeam,
  item: [
    { sequence: 1, careTeamSequence, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97530" }] }, modifier: [{ coding: [{ code: "GP" }] }], servicedDate: "2025-03-14", quantity: { value: 1 } },
    { sequence: 2, careTeamSequence: [1], productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], servicedDate: "2025-03-14", quantity: { value: 1 } },
  ],
});
const MEDICARE = { payer: { program: "medicare" as const } };

describe("sessionsFromFhirClaim: an item two clinicians furnished is co-treated", () => {
  it("a PT and an OT on one item: coTreated on that line only, and doc/co-treatment points at the item", () => {
    const [s, ...more] = sessionsFromFhirClaim(claim([PT, OT], [1, 2]), MEDICARE);
    expect(more).toEqual([]);
    expect(s?.services.map((l) => l.coTreated)).toEqual([true, undefined]);
    const report = validateSession(s);
    const co = report.findings.filter((f) => f.rule === "doc/co-treatment");
    expect(co.map((f) => f.path)).toEqual([["services", 0, "coTreated"]]);
    const issue = toOperationOutcome(report, s).issue.find((i) => i.details?.coding?.[0]?.code === "doc/co-treatment");
    expect(issue?.expression).toEqual(["Claim.item[0]"]);
  });

  it("the OT listed first on a GP item: the line is the PT's, as its GP says (not an OT plan with a GP line)", () => {
    const [s, ...more] = sessionsFromFhirClaim(claim([PT, OT], [2, 1]), MEDICARE);
    expect(more).toEqual([]);
    expect(s?.provider).toEqual({ discipline: "PT", credential: "PT" });
    expect(validateSession(s).findings.map((f) => f.rule)).not.toContain("modifier/therapy-modifier-mismatch");
  });

  it("a second therapist of the same discipline, or a PT with a PTA beside them (not supervising), is a co-treatment too", () => {
    const pt2 = member(2, "pt-okafor", "225100000X");
    expect(sessionsFromFhirClaim(claim([PT, pt2], [1, 2]), MEDICARE)[0]?.services[0]?.coTreated).toBe(true);
    const pta = { ...member(2, "pta-lee", "225200000X", "assist") };
    expect(sessionsFromFhirClaim(claim([PT, pta], [1, 2]), MEDICARE)[0]?.services[0]?.coTreated).toBe(true);
  });

  it("not a co-treatment: a supervisor beside the one who furnished it, one practitioner listed twice, a member without a therapy credential, one member", () => {
    const supervisor = member(2, "pt-lead", "225100000X", "supervisor");
    const again = { ...member(2, "pt-jones", "225100000X") };
    const referring = { sequence: 2, provider: { reference: "Practitioner/md" }, role: { coding: [{ system: ROLE, code: "other" }] }, qualification: { coding: [{ system: NUCC, code: "207X00000X" }] } };
    for (const [team, sequence] of [[[PT, supervisor], [1, 2]], [[PT, again], [1, 2]], [[PT, referring], [1, 2]], [[PT, OT], [1]]] as const) {
      const [s] = sessionsFromFhirClaim(claim([...team], [...sequence]), MEDICARE);
      // Absent, never false: the other clinician's share is on their own claim, so one member says nothing.
      expect(s?.services[0]).not.toHaveProperty("coTreated");
    }
  });
});
