import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { validateSession } from "../../src/validate.js";
import { THERAPY_CLAIM } from "./fhir-claim.js";

// Nineteenth round (lead): the FHIR adapter and a JSON session read a credential by one table
// (src/model/credential-words.ts). The adapter had its own, without "LPTA", "SLP-A", "MSPT" or "OTD",
// and took the first credential of a list naming two ("PT, PTA"), which a JSON session never guesses.

const MEDICARE = { payer: { program: "medicare" as const } };

/** The claim's first date's team member, qualified by `text` only. */
function credentialOfTeam(text: string): string | undefined {
  const claim = structuredClone(THERAPY_CLAIM) as unknown as { careTeam: { qualification: unknown }[] };
  claim.careTeam[0]!.qualification = { text };
  return sessionsFromFhirClaim(claim as never, MEDICARE)[0]?.provider?.credential;
}

const ofSession = (credential: string) => validateSession({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT", credential }, services: [{ code: "97110", minutes: 15, units: 1, modifiers: ["GP"] }] }).session?.provider.credential;

describe("a credential word reads alike in a FHIR care team and a JSON session", () => {
  it.each(["LPTA", "SLP-A", "MSPT", "OTD", "DPT", "OTR/L", "COTA/L", "CCC-SLP", "PTA, CLT", "Physical Therapist Assistant"])("%s", (word) => {
    const fromTeam = credentialOfTeam(word);
    expect(fromTeam).toBeDefined();
    expect(fromTeam).toBe(ofSession(word));
  });

  it("a qualification naming two credentials names none (it took the first)", () => {
    expect(credentialOfTeam("PT, PTA")).toBeUndefined();
    expect(ofSession("PT, PTA")).toBeUndefined();
  });
});
