import type { OperationOutcome } from "fhir/r4";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { sessionsFromFhirClaim, toOperationOutcome, type FhirOperationOutcome } from "../../src/adapters/fhir.js";
import { validateSession, validateSessions } from "../../src/validate.js";
import { deepFreeze } from "../validate/fixtures.js";
import { THERAPY_CLAIM } from "./fhir-claim.js";

const MEDICARE = { payer: { program: "medicare" as const } };

describe("sessionsFromFhirClaim", () => {
  it("makes one session per date of service, lines in item order, units from quantity, credential from the care team", () => {
    const sessions = sessionsFromFhirClaim(deepFreeze(structuredClone(THERAPY_CLAIM)), MEDICARE);
    expect(sessions).toEqual([
      {
        id: "clm-20250317-0042/2025-03-14", dateOfService: "2025-03-14", payer: { program: "medicare" },
        provider: { discipline: "PT", credential: "PT" },
        services: [{ code: "97530", units: 2, modifiers: ["GP"] }, { code: "97110", units: 1, modifiers: ["GP"] }],
        claimPaths: { items: [0, 1], dateOfService: ["Claim.item[0].servicedDate", "Claim.item[1].servicedDate"], provider: ["Claim.careTeam[0]"], absent: [] },
      },
      {
        id: "clm-20250317-0042/2025-03-17", dateOfService: "2025-03-17", payer: { program: "medicare" },
        provider: { discipline: "PT", credential: "PTA" },
        services: [{ code: "97110", units: 2, modifiers: ["GP", "CQ"] }],
        claimPaths: { items: [2], dateOfService: ["Claim.item[2].servicedPeriod"], provider: ["Claim.careTeam[1]"], absent: [] },
      },
    ]);
  });

  it("a Claim validated end to end: every session is usable input", () => {
    const reports = validateSessions(sessionsFromFhirClaim(THERAPY_CLAIM, MEDICARE));
    expect(reports.map((r) => r.session?.dateOfService)).toEqual(["2025-03-14", "2025-03-17"]);
    expect(reports.flatMap((r) => r.findings).filter((f) => f.rule.startsWith("input/"))).toEqual([]);
  });

  it("options fill what the claim does not carry; the options' provider wins", () => {
    const [s, last] = sessionsFromFhirClaim(THERAPY_CLAIM, { ...MEDICARE, provider: { discipline: "OT" }, note: { plan: "Continue POC" }, id: "enc-9" });
    // Two visits: each gets its date after your id (ninth round; both were "enc-9").
    expect(s).toMatchObject({ id: "enc-9/2025-03-14", provider: { discipline: "OT", credential: "PT" } });
    // The note is one visit's, the claim's last date's (seventeenth round, PER-VISIT: both had it).
    expect([s?.note, last?.note]).toEqual([undefined, { plan: "Continue POC" }]);
  });

  it("without a payer the session says so through validateSession (input/required-field at payer)", () => {
    const [s] = sessionsFromFhirClaim(THERAPY_CLAIM);
    expect(validateSession(s).findings.map((f) => f.path)).toEqual([["payer"]]);
  });

  it("falls back to billablePeriod.start, and to the discipline modifier when no care team is named", () => {
    const claim = { resourceType: "Claim", billablePeriod: { start: "2025-04-01" }, item: [{ productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97165" }] }, modifier: [{ coding: [{ code: "GO" }] }] }] };
    expect(sessionsFromFhirClaim(claim, MEDICARE)).toEqual([
      { dateOfService: "2025-04-01", payer: { program: "medicare" }, provider: { discipline: "OT" }, services: [{ code: "97165", modifiers: ["GO"] }], claimPaths: { items: [0], dateOfService: ["Claim.billablePeriod"], provider: [], absent: ["Claim.item[0].quantity"] } },
    ]);
  });

  it("prefers the CPT or HCPCS coding over a local one; an item with no code is kept so validateSession names it", () => {
    const claim = {
      resourceType: "Claim",
      item: [
        { servicedDate: "2025-03-14", productOrService: { coding: [{ system: "urn:local:charges", code: "ESTIM-UNATT" }, { system: "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "G0283" }] } },
        { servicedDate: "2025-03-14", productOrService: { text: "therapy" } },
      ],
    };
    const [s] = sessionsFromFhirClaim(claim, { ...MEDICARE, provider: { discipline: "PT" } });
    // An item coded by text only is read from its text (ninth round) and still reported: "therapy" is no code.
    expect(s?.services).toEqual([{ code: "G0283" }, { code: "therapy" }]);
    expect(validateSession(s).findings.map((f) => f.path)).toEqual([["services", 1, "code"]]);
  });

  it.each<[string, unknown]>([
    ["null", null], ["a string", "Claim"], ["a Patient", { resourceType: "Patient", id: "p1" }], ["an array", [THERAPY_CLAIM]],
    ["a Claim with no items", { resourceType: "Claim" }],
  ])("%s gives an empty list", (_name, input) => {
    expect(sessionsFromFhirClaim(input)).toEqual([]);
  });

  it("for any JSON value (and any item list), it never throws and every result is checked without a throw", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (claim, item) => {
      for (const input of [claim, { resourceType: "Claim", item: [item] }, { resourceType: "Claim", item }]) {
        for (const s of sessionsFromFhirClaim(input)) expect(typeof validateSession(s).valid).toBe("boolean");
      }
    }), { numRuns: 200 });
  });

  // Found by fuzzing sloppy claims (fuzz branch): null options (a JavaScript caller) made the
  // destructuring throw, which the guard turned into "no sessions" for a good Claim; a modifier
  // coded " GP" was kept padded although codes are trimmed, so the line's modifiers were ignored.
  it.each<[string, unknown]>([["null", null], ["a string", "medicare"], ["a number", 42]])("%s as options means no options, not no sessions", (_name, options) => {
    expect(sessionsFromFhirClaim(THERAPY_CLAIM, options as never)).toEqual(sessionsFromFhirClaim(THERAPY_CLAIM));
    expect(sessionsFromFhirClaim(THERAPY_CLAIM, options as never)).toHaveLength(2);
  });

  it("modifier codes are trimmed like procedure codes", () => {
    const claim = {
      resourceType: "Claim",
      item: [{ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: " 97110 " }] }, modifier: [{ coding: [{ code: " GP" }] }, { coding: [{ code: "59 " }] }] }],
    };
    const [s] = sessionsFromFhirClaim(claim, { ...MEDICARE, provider: { discipline: "PT" } });
    expect(s?.services).toEqual([{ code: "97110", modifiers: ["GP", "59"] }]);
    expect(validateSession(s).findings.filter((f) => f.rule.startsWith("input/"))).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["a string", "2", "services[0].units must be a number, not text; services[0].units was ignored, so the checks ran without it."],
    ["null", null, "services[0].units must be a number; services[0].units was ignored, so the checks ran without it."],
    ["a fraction", 1.5, "services[0].units must be a whole number of units; services[0].units was ignored, so the checks ran without it."],
  ])("a quantity.value that is %s (invalid FHIR: R4 Quantity.value is a JSON number) is passed on, so validateSession reports it instead of losing it", (_name, value, message) => {
    const claim = { resourceType: "Claim", item: [{ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value } }] };
    const [s] = sessionsFromFhirClaim(claim, { ...MEDICARE, provider: { discipline: "PT" } });
    expect(s?.services).toEqual([{ code: "97110", units: value, modifiers: ["GP"] }]);
    expect(validateSession(s).findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message)).toEqual([message]);
  });

  it.each<[string, unknown, string[]]>([
    ["the number 2", 2, []],
    ["the string \"2\"", "2", ["services[0].units must be a number, not text; services[0].units was ignored, so the checks ran without it."]],
    ["a list", [{ value: 2 }], ["services[0].units must be a number; services[0].units was ignored, so the checks ran without it."]],
    ["null", null, ["services[0].units must be a number; services[0].units was ignored, so the checks ran without it."]],
  ])("a quantity that is not a Quantity object (%s, invalid FHIR) is passed on as the units, not dropped: validateSession reads it or reports it", (_name, quantity, messages) => {
    const claim = { resourceType: "Claim", item: [{ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity }] };
    const [s] = sessionsFromFhirClaim(claim, { ...MEDICARE, provider: { discipline: "PT" } });
    expect(s?.services).toEqual([{ code: "97110", units: quantity, modifiers: ["GP"] }]);
    expect(validateSession(s).findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message)).toEqual(messages);
  });

  it("a quantity without a value gives no units (valid FHIR: the value is optional)", () => {
    const claim = { resourceType: "Claim", item: [{ servicedDate: "2025-03-14", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, quantity: { unit: "15 min" } }] };
    expect(sessionsFromFhirClaim(claim, MEDICARE)[0]?.services).toEqual([{ code: "97110" }]);
  });

  it("a claim whose getters throw gives an empty list", () => {
    expect(sessionsFromFhirClaim({ resourceType: "Claim", get item() { throw new Error("x"); } })).toEqual([]);
  });
});

describe("toOperationOutcome", () => {
  it("maps severity, code, details.text; without the Claim's session no expression (a Session is no FHIR resource), the session path in diagnostics", () => {
    const report = validateSession({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97999", minutes: "ten" }] });
    const outcome = toOperationOutcome(report);
    expect(outcome.resourceType).toBe("OperationOutcome");
    expect(outcome.issue).toHaveLength(report.findings.length);
    const byRule = (rule: string) => outcome.issue.find((i) => i.details?.coding?.[0]?.code === rule);
    expect([byRule("catalog/unknown-code")?.severity, byRule("catalog/unknown-code")?.code, byRule("catalog/unknown-code")?.expression]).toEqual(["warning", "business-rule", undefined]);
    expect([byRule("input/ignored-field")?.severity, byRule("input/ignored-field")?.code, byRule("input/ignored-field")?.expression]).toEqual(["warning", "invalid", undefined]);
    expect(byRule("input/ignored-field")?.diagnostics).toMatch(/^input\/ignored-field at services\[0\]\.minutes \(/);
    expect(byRule("catalog/unknown-code")?.details?.text).toMatch(/97999 .* Fix: /);
    // errors map to FHIR "error", info to "information", in the report's order
    expect(outcome.issue.map((i) => i.severity)).toEqual(report.findings.map((f) => (f.severity === "info" ? "information" : f.severity)));
  });

  it("unusable input is an error issue of code invalid", () => {
    expect(toOperationOutcome(validateSession(null)).issue).toEqual([expect.objectContaining({ severity: "error", code: "invalid" })]);
  });

  it("a report without findings still has one informational issue (FHIR requires one)", () => {
    const report = { ...validateSession({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [] }), findings: [] };
    expect(toOperationOutcome(report).issue).toEqual([{ severity: "information", code: "informational", details: { text: "No problems found." } }]);
  });

  it("its type is a fhir/r4 OperationOutcome (checked at compile time)", () => {
    expectTypeOf<FhirOperationOutcome>().toExtend<OperationOutcome>();
    const outcome: OperationOutcome = toOperationOutcome(validateSession(null));
    expect(outcome.issue).toHaveLength(1);
  });
});
