import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";

// Nineteenth round (lead): an EHR export writes the clinician's credential as the clinic does ("DPT",
// "OTR/L", "CCC-SLP", "PTA, CLT"). The session model's credential is one of PT, PTA, OT, OTA, SLP,
// SLPA, other, so "DPT" was dropped with input/ignored-field, and the checks that need the credential
// (CQ/CO for an assistant, the discipline of the clinician) ran without it. The FHIR adapter already
// read these words; a JSON session now reads them the same way, and says so.

const visit = {
  dateOfService: "2026-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10 for hip strength with cues for form" }],
  totalTimedMinutes: 30,
};

const withCredential = (credential: unknown) => validateSession({ ...visit, provider: { discipline: "PT", credential } });

describe("provider.credential written as a clinic writes it", () => {
  it.each([
    ["DPT", "PT"],
    ["dpt", "PT"],
    ["MPT", "PT"],
    ["PT, DPT, OCS", "PT"],
    ["Physical Therapist", "PT"],
    ["Physical Therapist Assistant", "PTA"],
    ["LPTA", "PTA"],
    ["PTA, CLT", "PTA"],
    ["OTR/L", "OT"],
    ["OTR", "OT"],
    ["COTA/L", "OTA"],
    ["COTA", "OTA"],
    ["CCC-SLP", "SLP"],
    ["MS, CCC-SLP", "SLP"],
    ["SLP-A", "SLPA"],
    ["2251X0800X", "PT"],
    ["225200000X", "PTA"],
  ])("%j reads as %s, with a warning that says so", (sent, read) => {
    const report = withCredential(sent);
    expect(report.session?.provider.credential).toBe(read);
    const said = report.findings.filter((f) => f.rule.startsWith("input/"));
    expect(said.map((f) => [f.rule, f.path, f.severity])).toEqual([["input/read-as-credential", ["provider", "credential"], "warning"]]);
    expect(said[0]!.message).toContain(`read as ${read}`);
  });

  it("an assistant's credential word reaches the CQ check", () => {
    const rules = (credential: string) => validateSession({ ...visit, provider: { discipline: "PT", credential } }).findings.map((f) => f.rule);
    expect(rules("PTA")).toContain("modifier/assistant-modifier-missing");
    expect(rules("LPTA")).toContain("modifier/assistant-modifier-missing");
  });

  it.each([
    ["PT/PTA (two clinicians, as the FHIR adapter passes them on)", "PT/PTA"],
    ["two credentials of two disciplines", "PT, OTR/L"],
    ["a therapist and an assistant", "PT, PTA"],
    ["an unknown word", "ATC"],
    ["empty", ""],
    ["a number", 7],
  ])("not read: %s", (_, sent) => {
    const report = withCredential(sent);
    expect(report.session?.provider.credential).toBeUndefined();
    expect(report.findings.map((f) => f.rule)).toContain("input/ignored-field");
    expect(report.findings.map((f) => f.rule)).not.toContain("input/read-as-credential");
  });

  it.each([
    ["physical therapy", "PT"],
    ["Physical Therapist", "PT"],
    ["occupational therapy", "OT"],
    ["speech-language pathology", "SLP"],
    ["pt", "PT"],
  ])("provider.discipline %j is still an error, whose message names %s", (sent, meant) => {
    const report = validateSession({ ...visit, provider: { discipline: sent } });
    expect(report.session).toBeNull();
    const f = report.findings.find((x) => x.rule === "input/required-field" && x.path?.join(".") === "provider.discipline");
    expect(f?.message).toContain(`reads as "${meant}"`);
    expect(f?.fix).toContain(`"${meant}"`);
  });

  it("the credential read never depends on case or spacing (property)", () => {
    const words = ["DPT", "OTR/L", "CCC-SLP", "COTA", "PTA, CLT"];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.array(fc.boolean(), { maxLength: 12 }), fc.constantFrom("", " ", "  "), (word, flips, pad) => {
        const cased = [...word].map((c, i) => (flips[i] ? c.toLowerCase() : c)).join("");
        expect(withCredential(pad + cased + pad).session?.provider.credential).toBe(withCredential(word).session?.provider.credential);
      }),
    );
  });
});
