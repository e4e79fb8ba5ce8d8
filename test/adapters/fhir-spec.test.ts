import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim, toOperationOutcome } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";

/**
 * The adapter read against the FHIR R4 Claim (https://hl7.org/fhir/R4/claim.html) by an EHR
 * engineer's claims (ninth round, helper fhir): what a Claim says is read as it says, and what
 * cannot be read is passed on for validateSession to report, never replaced by a guess.
 */
const CPT = "http://www.ama-assn.org/go/cpt";
const OPTIONS = { payer: { program: "medicare" as const }, provider: { discipline: "PT" as const } };
const item = (extra: Record<string, unknown>) => ({ productOrService: { coding: [{ system: CPT, code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 1 }, ...extra });
const inputFindings = (session: unknown) => validateSession(session).findings.filter((f) => f.rule.startsWith("input/")).map((f) => `${f.path?.join(".")}: ${f.message}`);

describe("dates of service: an item's own date, never a stand-in", () => {
  it("a servicedDate not written YYYY-MM-DD is passed on and reported, not replaced by billablePeriod.start", () => {
    const claim = { resourceType: "Claim", billablePeriod: { start: "2025-03-01", end: "2025-03-31" }, item: [item({ servicedDate: "03/14/2025" })] };
    const [s] = sessionsFromFhirClaim(claim, OPTIONS);
    expect(s?.dateOfService).toBe("03/14/2025");
    // CLERK-DATE (edge24): the one reading that exists is named.
    expect(inputFindings(s)).toEqual(['dateOfService: dateOfService "03/14/2025" is not YYYY-MM-DD: write 2025-03-14.']);
  });

  it("a billablePeriod over a month is no date of service for an item without one: passed on as start/end and reported", () => {
    const claim = { resourceType: "Claim", billablePeriod: { start: "2025-03-01", end: "2025-03-31" }, item: [item({})] };
    const [s] = sessionsFromFhirClaim(claim, OPTIONS);
    expect(s?.dateOfService).toBe("2025-03-01/2025-03-31");
    expect(inputFindings(s)).toEqual(["dateOfService: dateOfService must be a real calendar date written YYYY-MM-DD."]);
  });

  it("a servicedPeriod over several days (6 units in a week) is not read as its first day", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedPeriod: { start: "2025-03-14", end: "2025-03-20" }, quantity: { value: 6 } })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.dateOfService).toBe("2025-03-14/2025-03-20");
  });

  it.each<[string, unknown, string]>([
    ["a billablePeriod within one day", { billablePeriod: { start: "2025-03-14T08:00:00-05:00", end: "2025-03-14T17:00:00-05:00" } }, "2025-03-14"],
    ["a billablePeriod with a start only", { billablePeriod: { start: "2025-03-14" } }, "2025-03-14"],
    ["a servicedPeriod within one day", { item: [item({ servicedPeriod: { start: "2025-03-14T10:00:00-05:00", end: "2025-03-14T10:45:00-05:00" } })] }, "2025-03-14"],
    ["a servicedDate inside a month's billablePeriod", { billablePeriod: { start: "2025-03-01", end: "2025-03-31" }, item: [item({ servicedDate: "2025-03-14" })] }, "2025-03-14"],
  ])("%s gives that day (checked, unchanged)", (_name, fields, date) => {
    const claim = { resourceType: "Claim", item: [item({})], ...(fields as object) };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.dateOfService).toBe(date);
  });
});

describe("item.quantity: a count of units, or a duration in minutes", () => {
  it("30 minutes in UCUM (code min) are the line's minutes, not 30 units over the MUE", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", quantity: { value: 30, unit: "min", system: "http://unitsofmeasure.org", code: "min" } })] };
    const [s] = sessionsFromFhirClaim(claim, OPTIONS);
    expect(s?.services).toEqual([{ code: "97110", minutes: 30, modifiers: ["GP"] }]);
    const rules = validateSession(s).findings.map((f) => f.rule);
    expect(rules).not.toContain("mue/units-exceed");
    expect(rules).not.toContain("units/missing-minutes");
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["a unit 'minutes' without a code", { value: 23, unit: "minutes" }, { minutes: 23 }],
    ["UCUM h", { value: 0.5, system: "http://unitsofmeasure.org", code: "h" }, { minutes: 30 }],
    ["a minutes value that is text (invalid FHIR), passed on for validateSession", { value: "30", code: "min" }, { minutes: "30" }],
  ])("%s is minutes", (_name, quantity, expected) => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", quantity })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.services).toEqual([{ code: "97110", ...expected, modifiers: ["GP"] }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["no unit", { value: 2 }],
    ["UCUM {unit}", { value: 2, system: "http://unitsofmeasure.org", code: "{unit}", unit: "min" }],
    ["a unit '15 min' (a count of 15-minute units)", { value: 2, unit: "15 min" }],
    ["a code min in another system", { value: 2, system: "urn:local:units", code: "min", unit: "units" }],
  ])("%s is a count of units (checked, unchanged)", (_name, quantity) => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", quantity })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.services).toEqual([{ code: "97110", units: 2, modifiers: ["GP"] }]);
  });
});

describe("codes and modifiers: one code per CodeableConcept", () => {
  it("a modifier coded in two systems is one modifier, not GP twice", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", modifier: [{ coding: [{ system: "urn:local:mods", code: "PT" }, { system: "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "GP" }] }, { coding: [{ system: CPT, code: "59" }, { system: "urn:oid:2.16.840.1.113883.6.285", code: "59" }] }] })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.services[0]?.modifiers).toEqual(["GP", "59"]);
  });

  it("a modifier sent as text only is read, not dropped (which made modifier/therapy-modifier-missing say GP was missing)", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", modifier: [{ text: "GP" }] })] };
    const [s] = sessionsFromFhirClaim(claim, OPTIONS);
    expect(s?.services[0]?.modifiers).toEqual(["GP"]);
    expect(validateSession(s).findings.map((f) => f.rule)).not.toContain("modifier/therapy-modifier-missing");
  });

  it("a modifier with no code is passed on and reported at its own index, and the others keep theirs", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", modifier: [{ coding: [{ system: "urn:x" }] }, { coding: [{ code: "GP" }] }] })] };
    const [s] = sessionsFromFhirClaim(claim, OPTIONS);
    expect(s?.services[0]?.modifiers).toEqual(["", "GP"]);
    expect(inputFindings(s)).toEqual([expect.stringMatching(/^services\.0\.modifiers\.0: services\[0\]\.modifiers\[0\] must be a 2-character modifier/)]);
  });

  it("a CPT coding sent with CPT's OID (urn:oid:2.16.840.1.113883.6.12) wins over a local charge code listed first", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "urn:local:charges", code: "TE301" }, { system: "urn:oid:2.16.840.1.113883.6.12", code: "97110" }] } })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.services[0]?.code).toBe("97110");
  });

  it("the CPT or HCPCS coding wins over a local one whatever their order (checked, unchanged)", () => {
    const claim = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "urn:local:charges", code: "TE30" }, { system: CPT, code: "97110" }], text: "Ther ex" } })] };
    expect(sessionsFromFhirClaim(claim, OPTIONS)[0]?.services[0]?.code).toBe("97110");
  });
});

describe("the credential: who furnished the item, not who supervised it", () => {
  const team = [
    { sequence: 1, provider: { reference: "Practitioner/pt" }, role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "supervisor" }] }, qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "225100000X" }] } },
    { sequence: 2, provider: { reference: "Practitioner/pta" }, role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claimcareteamrole", code: "primary" }] }, qualification: { text: "PTA" } },
  ];

  it("a PTA who furnished 97110 under a supervising PT is the credential, so the missing CQ is reported", () => {
    const claim = { resourceType: "Claim", careTeam: team, item: [item({ servicedDate: "2025-03-14", careTeamSequence: [1, 2], quantity: { value: 1 } })] };
    const [s] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
    expect(s?.provider).toEqual({ discipline: "PT", credential: "PTA" });
    expect(validateSession(s).findings.map((f) => f.rule)).toContain("modifier/assistant-modifier-missing");
  });

  it("the same when no item names its members (the whole team)", () => {
    const claim = { resourceType: "Claim", careTeam: team, item: [item({ servicedDate: "2025-03-14" })] };
    expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.provider).toEqual({ discipline: "PT", credential: "PTA" });
  });

  it("a supervisor alone is still read (checked); a PT and a PTA on different items of one date still give PT (unchanged)", () => {
    const alone = { resourceType: "Claim", careTeam: [team[0]], item: [item({ servicedDate: "2025-03-14", careTeamSequence: [1] })] };
    expect(sessionsFromFhirClaim(alone, { payer: { program: "medicare" } })[0]?.provider).toEqual({ discipline: "PT", credential: "PT" });
    const primaryPt = { ...team[0], role: { coding: [{ code: "primary" }] } };
    const both = { resourceType: "Claim", careTeam: [primaryPt, team[1]], item: [item({ servicedDate: "2025-03-14", careTeamSequence: [1] }), item({ servicedDate: "2025-03-14", careTeamSequence: [2] })] };
    expect(sessionsFromFhirClaim(both, { payer: { program: "medicare" } })[0]?.provider).toEqual({ discipline: "PT", credential: "PT" });
  });

  // Fourteenth round (leftovers): careTeam [PT seq 1, PTA seq 1] made the PTA replace the PT
  // (a Map by sequence), so the item read as the PTA's and got a CQ error nothing explained.
  // R4 Claim.careTeam.sequence: "A number to uniquely identify care team entries."
  it("two careTeam members sharing the sequence an item names: no guessed clinician; the credential is passed on and reported at both entries", () => {
    const pt = { ...team[0], role: { coding: [{ code: "primary" }] } };
    const shared = { resourceType: "Claim", careTeam: [pt, { ...team[1], sequence: 1 }], item: [item({ servicedDate: "2025-03-14", careTeamSequence: [1], quantity: { value: 30, system: "http://unitsofmeasure.org", code: "min" } })] };
    const [s] = sessionsFromFhirClaim(shared, { payer: { program: "medicare" } });
    expect(s?.provider).toEqual({ discipline: "PT", credential: "PT/PTA" });
    expect(s?.services[0]).toEqual({ code: "97110", minutes: 30, modifiers: ["GP"] });
    const report = validateSession(s);
    expect(report.findings.map((f) => f.rule)).not.toContain("modifier/assistant-modifier-missing");
    expect(inputFindings(s)).toEqual([expect.stringMatching(/^provider\.credential: provider\.credential must be one of .*; provider\.credential was ignored, so the checks ran without it\.$/)]);
    expect(toOperationOutcome(report, s).issue.find((i) => /at provider\.credential /.test(i.diagnostics ?? ""))?.expression).toEqual(["Claim.careTeam[0]", "Claim.careTeam[1]"]);
    // Listed the other way round, the same (it read as the PT's, the PTA's CQ unasked); two PTs sharing one are reported too.
    const swapped = { ...shared, careTeam: [shared.careTeam[1], shared.careTeam[0]] };
    // Fifteenth round (TEAM-ORDER): the joined credentials are sorted, so the order changes nothing ("PTA/PT" before).
    expect(sessionsFromFhirClaim(swapped, { payer: { program: "medicare" } })[0]?.provider).toEqual({ discipline: "PT", credential: "PT/PTA" });
    const twoPts = { ...shared, careTeam: [pt, { ...pt, provider: { reference: "Practitioner/pt-2" } }] };
    const [p] = sessionsFromFhirClaim(twoPts, { payer: { program: "medicare" } });
    expect(p?.provider?.credential).toBe("PT/PT");
    expect(p?.services[0]?.coTreated).toBeUndefined();
    // A member whose sequence no item names is kept for the whole team, not replaced (items naming none).
    const unnamed = { ...swapped, item: [item({ servicedDate: "2025-03-14" })] };
    expect(sessionsFromFhirClaim(unnamed, { payer: { program: "medicare" } })[0]?.provider).toEqual({ discipline: "PT", credential: "PT" });
  });

  // Ninth round (lead): the session is the PT's, so the PTA's item used to look like the PT's own,
  // and its missing CQ went unreported. An item in minutes now carries them as assistant minutes.
  it("a PT's and a PTA's items on one date: the PTA's item in minutes is the assistant's, and its missing CQ is reported", () => {
    const primaryPt = { ...team[0], role: { coding: [{ code: "primary" }] } };
    const minutes = (value: number) => ({ value, system: "http://unitsofmeasure.org", code: "min" });
    const claim = {
      resourceType: "Claim", careTeam: [primaryPt, team[1]],
      item: [
        item({ servicedDate: "2025-03-14", careTeamSequence: [1], productOrService: { coding: [{ system: CPT, code: "97140" }] }, quantity: minutes(15) }),
        item({ servicedDate: "2025-03-14", careTeamSequence: [2], quantity: minutes(25) }),
      ],
    };
    const [s] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
    expect(s?.provider).toEqual({ discipline: "PT", credential: "PT" });
    expect(s?.services.map((l) => [l.code, l.minutes, l.assistantMinutes])).toEqual([["97140", 15, undefined], ["97110", 25, 25]]);
    const missing = validateSession(s).findings.filter((f) => f.rule === "modifier/assistant-modifier-missing");
    expect(missing.map((f) => f.path)).toEqual([["services", 1, "modifiers"]]);
  });

  it("a PTA's item in units only says no minutes, so it is passed on as it is (no assistant minutes invented)", () => {
    const primaryPt = { ...team[0], role: { coding: [{ code: "primary" }] } };
    const claim = { resourceType: "Claim", careTeam: [primaryPt, team[1]], item: [item({ servicedDate: "2025-03-14", careTeamSequence: [1] }), item({ servicedDate: "2025-03-14", careTeamSequence: [2], quantity: { value: 2 } })] };
    expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.services.map((l) => l.assistantMinutes)).toEqual([undefined, undefined]);
  });
});

describe("toOperationOutcome: expression is FHIRPath into the Claim (R4 OperationOutcome.issue.expression)", () => {
  // Items 0 and 2 are on 2025-03-14, item 1 on 2025-03-15: the first session's services[1] is Claim.item[2].
  const claim = {
    resourceType: "Claim", id: "c1",
    careTeam: [{ sequence: 1, provider: { reference: "Practitioner/pt" }, qualification: { text: "PT" } }],
    item: [
      item({ sequence: 1, careTeamSequence: [1], servicedDate: "2025-03-14" }),
      item({ sequence: 2, careTeamSequence: [1], servicedDate: "2025-03-15" }),
      item({ sequence: 3, careTeamSequence: [1], servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97999" }] }, modifier: [{ coding: [{ code: "GP" }] }, { coding: [{ code: "G" }] }], quantity: { value: "2" } }),
    ],
  };
  const [first] = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
  const outcome = toOperationOutcome(validateSession(first), first);
  const expressionOf = (rule: string) => outcome.issue.find((i) => i.details?.coding?.[0]?.code === rule)?.expression;

  it("a finding on services[1] points at Claim.item[2], the element the finding is about", () => {
    expect(expressionOf("catalog/unknown-code")).toEqual(["Claim.item[2].productOrService"]);
    expect(outcome.issue.filter((i) => /at services\[1\]\.units /.test(i.diagnostics ?? "")).map((i) => i.expression)).toEqual([["Claim.item[2].quantity"]]);
    expect(outcome.issue.filter((i) => /at services\[1\]\.modifiers\[1\] /.test(i.diagnostics ?? "")).map((i) => i.expression)).toEqual([["Claim.item[2].modifier[1]"]]);
    expect(outcome.issue.filter((i) => /at services\[1\]\.activity /.test(i.diagnostics ?? "")).map((i) => i.expression)).toEqual([["Claim.item[2]"]]);
  });

  it("the date, the credential and the claim as a whole point at their own elements; what the Claim does not hold has no expression", () => {
    const rejected = sessionsFromFhirClaim({ ...claim, item: [item({ servicedDate: "03/14/2025", careTeamSequence: [1] })] }, { payer: { program: "medicare" } })[0]!;
    const issues = toOperationOutcome(validateSession(rejected), rejected).issue;
    expect(issues.find((i) => /at dateOfService /.test(i.diagnostics ?? ""))?.expression).toEqual(["Claim.item[0].servicedDate"]);
    const noPayer = sessionsFromFhirClaim(claim)[0]!;
    expect(toOperationOutcome(validateSession(noPayer), noPayer).issue.find((i) => /at payer /.test(i.diagnostics ?? ""))?.expression).toBeUndefined();
    expect(outcome.issue.filter((i) => /at planOfCare /.test(i.diagnostics ?? "")).map((i) => i.expression)).toEqual([undefined]);
    const monthly = sessionsFromFhirClaim({ ...claim, billablePeriod: { start: "2025-03-01", end: "2025-03-31" }, item: [item({ careTeamSequence: [1] })] }, { payer: { program: "medicare" } })[0]!;
    expect(toOperationOutcome(validateSession(monthly), monthly).issue.find((i) => /at dateOfService /.test(i.diagnostics ?? ""))?.expression).toEqual(["Claim.billablePeriod"]);
    expect(first?.claimPaths?.provider).toEqual(["Claim.careTeam[0]"]);
  });

  it("every expression is a FHIRPath rooted at Claim that resolves to an element of this claim", () => {
    for (const session of sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })) {
      for (const issue of toOperationOutcome(validateSession(session), session).issue) {
        for (const expression of issue.expression ?? []) {
          expect(expression).toMatch(/^Claim(\.[a-zA-Z]+(\[\d+\])?)*$/);
          const node = expression.split(".").slice(1).reduce<unknown>((at, step) => {
            const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(step)!;
            const value = (at as Record<string, unknown>)[name!];
            return index === undefined ? value : (value as unknown[])[Number(index)];
          }, claim);
          expect(node, expression).toBeDefined();
        }
      }
    }
  });

  it("a session whose claimPaths were mangled (JSON, a caller) gives no expression rather than a throw", () => {
    const mangled = { ...first!, claimPaths: { items: "x", dateOfService: [1], provider: null } } as never;
    expect(toOperationOutcome(validateSession(first), mangled).issue.every((i) => i.expression === undefined || i.expression[0] === "Claim")).toBe(true);
  });
});

describe("one session per date and plan of care: a PT's and an OT's items on one date", () => {
  const team = [
    { sequence: 1, provider: { reference: "Practitioner/pt" }, qualification: { text: "PT" } },
    { sequence: 2, provider: { reference: "Practitioner/ot" }, qualification: { text: "OTR/L" } },
  ];
  const claim = {
    resourceType: "Claim", id: "c9", careTeam: team,
    item: [
      item({ careTeamSequence: [1], servicedDate: "2025-03-14" }),
      item({ careTeamSequence: [2], servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97535" }] }, modifier: [{ coding: [{ code: "GO" }] }] }),
      item({ servicedDate: "2025-03-14", productOrService: { coding: [{ system: CPT, code: "97140" }] }, modifier: [] }),
    ],
  };

  it("are two sessions, each with its own discipline and credential, so the OT's GO line is not called a mismatch under a PT plan", () => {
    const sessions = sessionsFromFhirClaim(claim, { payer: { program: "medicare" } });
    expect(sessions.map((s) => [s.id, s.provider, s.services.map((l) => l.code), s.claimPaths?.items])).toEqual([
      ["c9/2025-03-14/PT", { discipline: "PT", credential: "PT" }, ["97110", "97140"], [0, 2]],
      ["c9/2025-03-14/OT", { discipline: "OT", credential: "OT" }, ["97535"], [1]],
    ]);
    expect(sessions.flatMap((s) => validateSession(s).findings).map((f) => f.rule)).not.toContain("modifier/therapy-modifier-mismatch");
  });

  it("the same by the discipline modifiers when no item names its member (whole team, each group its own discipline's member)", () => {
    const noSequences = { ...claim, item: claim.item.map(({ careTeamSequence: _, ...rest }: Record<string, unknown>) => rest) };
    expect(sessionsFromFhirClaim(noSequences, { payer: { program: "medicare" } }).map((s) => s.provider)).toEqual([{ discipline: "PT", credential: "PT" }, { discipline: "OT", credential: "OT" }]);
  });

  it("a discipline in the options keeps one session a date (checked)", () => {
    expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" }, provider: { discipline: "PT" } })).toHaveLength(1);
  });
});

describe("care-team credentials and bad arguments", () => {
  it.each<[string, string]>([["2251P0200X", "PT"], ["2251X0800X", "PT"], ["225XP0200X", "OT"], ["224ZR0403X", "OTA"], ["225100000X", "PT"], ["225200000X", "PTA"], ["2355S0801X", "SLPA"], ["235Z00000X", "SLP"]])(
    "the NUCC taxonomy code %s (a specialization of the discipline) is the credential %s",
    (code, credential) => {
      const claim = { resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference: "Practitioner/x" }, qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code }] } }], item: [item({ careTeamSequence: [1], servicedDate: "2025-03-14", modifier: [] })] };
      expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.provider?.credential).toBe(credential);
    },
  );

  it.each<[string, string]>([["PTA, CLT", "PTA"], ["DPT, OCS", "PT"], ["COTA/L; CHT", "OTA"], ["CCC-SLP", "SLP"]])("a qualification text listing credentials (%s) gives the therapy one (%s)", (text, credential) => {
    const claim = { resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference: "Practitioner/x" }, qualification: { text } }], item: [item({ careTeamSequence: [1], servicedDate: "2025-03-14", modifier: [] })] };
    expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.provider?.credential).toBe(credential);
  });

  // Eleventh round (helper mismatch): an SLPA was read as no credential (or "SLP" from the words
  // "speech-language pathologist assistant"), so modifier/slp-assistant never fired for FHIR input.
  it.each<[string, string]>([["SLPA", "SLPA"], ["C-SLPA", "SLPA"], ["Speech-Language Pathology Assistant", "SLPA"], ["speech-language pathologist assistant", "SLPA"], ["Speech-Language Assistant", "SLPA"], ["Speech-Language Pathologist", "SLP"]])(
    "the qualification text %s is the credential %s", (text, credential) => {
      const claim = { resourceType: "Claim", careTeam: [{ sequence: 1, provider: { reference: "Practitioner/x" }, qualification: { text } }], item: [item({ careTeamSequence: [1], servicedDate: "2025-03-14", modifier: [] })] };
      expect(sessionsFromFhirClaim(claim, { payer: { program: "medicare" } })[0]?.provider?.credential).toBe(credential);
    });

  it("an SLPA's 92507 (NUCC 2355S0801X) is an SLP session whose line is modifier/slp-assistant; beside an SLP's item on one date, the SLPA's item in minutes is the assistant's", () => {
    const slpa = { sequence: 2, provider: { reference: "Practitioner/slpa" }, qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "2355S0801X", display: "Speech-Language Assistant" }] } };
    const slp = { sequence: 1, provider: { reference: "Practitioner/slp" }, qualification: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "235Z00000X" }] } };
    const gn = [{ coding: [{ code: "GN" }] }];
    const code = (c: string) => ({ coding: [{ system: CPT, code: c }] });
    const alone = { resourceType: "Claim", careTeam: [slpa], item: [item({ servicedDate: "2025-03-14", careTeamSequence: [2], productOrService: code("92507"), modifier: gn, quantity: { value: 1 } })] };
    const [s] = sessionsFromFhirClaim(alone, { payer: { program: "medicare" } });
    expect(s?.provider).toEqual({ discipline: "SLP", credential: "SLPA" });
    expect(validateSession(s).findings.filter((f) => f.rule === "modifier/slp-assistant").map((f) => f.path)).toEqual([["services", 0, "modifiers"]]);
    const minutes = (value: number) => ({ value, system: "http://unitsofmeasure.org", code: "min" });
    const both = { resourceType: "Claim", careTeam: [slp, slpa], item: [
      item({ servicedDate: "2025-03-14", careTeamSequence: [1], productOrService: code("92507"), modifier: gn, quantity: minutes(30) }),
      item({ servicedDate: "2025-03-14", careTeamSequence: [2], productOrService: code("92526"), modifier: gn, quantity: minutes(20) }),
    ] };
    const [t] = sessionsFromFhirClaim(both, { payer: { program: "medicare" } });
    expect(t?.provider).toEqual({ discipline: "SLP", credential: "SLP" });
    expect(t?.services.map((l) => l.assistantMinutes)).toEqual([undefined, 20]);
    expect(validateSession(t).findings.filter((f) => f.rule === "modifier/slp-assistant").map((f) => f.path)).toEqual([["services", 1, "modifiers"]]);
  });

  it.each<[string, unknown]>([["null", null], ["a session", { dateOfService: "2025-03-14" }]])("toOperationOutcome(%s) says it expects a report", (_name, value) => {
    expect(() => toOperationOutcome(value as never)).toThrow(new TypeError("toOperationOutcome expects a report from validateSession (an object with findings)"));
  });
});

describe("options.id: one id per session", () => {
  const twoDates = { resourceType: "Claim", item: [item({ servicedDate: "2025-03-14" }), item({ servicedDate: "2025-03-17" })] };

  it("a claim of two visits gives each its date after your id, never one id for both", () => {
    expect(sessionsFromFhirClaim(twoDates, { ...OPTIONS, id: "enc-9" }).map((s) => s.id)).toEqual(["enc-9/2025-03-14", "enc-9/2025-03-17"]);
  });

  it("a claim of one visit keeps your id as it is (checked, unchanged)", () => {
    expect(sessionsFromFhirClaim({ ...twoDates, item: [twoDates.item[0]] }, { ...OPTIONS, id: "enc-9" }).map((s) => s.id)).toEqual(["enc-9"]);
  });
});

// Sixteenth round (poc16): R4's Claim has no element for the visit that ends a therapy episode
// (supportingInfo 'discharge' is an institutional stay's discharge status), so
// planOfCare.dischargeAtThisVisit comes through options.planOfCare like the other plan facts.
describe("FHIR: the discharge visit comes through options.planOfCare", () => {
  const claim = { resourceType: "Claim", id: "c-dc", item: [item({ sequence: 1, servicedDate: "2025-03-14" })] };
  it("reaches the session, and validateSession's poc/discharge-note-missing warning has no Claim expression", () => {
    const [session] = sessionsFromFhirClaim(claim, { ...OPTIONS, planOfCare: { startOfCare: "2025-03-01", dischargeAtThisVisit: true } });
    expect(session?.planOfCare).toEqual({ startOfCare: "2025-03-01", dischargeAtThisVisit: true });
    const outcome = toOperationOutcome(validateSession(session), session);
    const issue = outcome.issue.find((i) => i.details?.coding?.[0]?.code === "poc/discharge-note-missing");
    expect(issue).toMatchObject({ severity: "warning", code: "business-rule" });
    expect(issue?.expression).toBeUndefined();
  });
  it("with the discharge note written (progressReportAtThisVisit), no such issue", () => {
    const [session] = sessionsFromFhirClaim(claim, { ...OPTIONS, planOfCare: { startOfCare: "2025-03-01", dischargeAtThisVisit: true, progressReportAtThisVisit: true } });
    expect(toOperationOutcome(validateSession(session), session).issue.some((i) => i.details?.coding?.[0]?.code === "poc/discharge-note-missing")).toBe(false);
  });
});
