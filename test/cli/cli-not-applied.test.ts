import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";
import { run } from "./run-cli.js";

// Nineteenth round (NOT-APPLIED): a session that sessionsFromFhirClaim made from a claim of several
// visits and that did not get an option given for one visit carries notApplied; the CLI checks a
// stored session (JSON lines) like validateSession, so its report names the option too.
const CPT = "http://www.ama-assn.org/go/cpt";
const item = (date: string, mod: string, code: string) => ({ productOrService: { coding: [{ system: CPT, code }] }, modifier: [{ coding: [{ code: mod }] }], quantity: { value: 1 }, servicedDate: date });
const CLAIM = { resourceType: "Claim", id: "c", item: [item("2025-03-17", "GP", "97110"), item("2025-03-17", "GO", "97530")] };
type Report = { findings: { rule: string; severity: string; message: string }[] };

describe.concurrent("the CLI and input/option-not-applied", () => {
  it("sessions of a claim stored as JSON lines: each says the note was not applied, in JSON and in text", async () => {
    const sessions = sessionsFromFhirClaim(CLAIM, { payer: { program: "medicare" }, note: { subjective: "Pain 3/10" }, totalTimedMinutes: 38 });
    const input = sessions.map((s) => JSON.stringify(s)).join("\n");
    const reports = JSON.parse((await run(["validate", "--format", "json", "-"], input)).stdout) as Report[];
    expect(reports.map((r) => r.findings.filter((f) => f.rule === "input/option-not-applied").map((f) => f.severity))).toEqual([["warning"], ["warning"]]);
    const text = (await run(["validate", "-"], input)).stdout;
    expect(text.match(/input\/option-not-applied/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain("one note cannot be both visits' documentation");
  });

  it("a Claim read by the CLI gets only --payer, no option for one visit: no such finding", async () => {
    const reports = JSON.parse((await run(["validate", "--payer", "medicare", "--format", "json", "-"], JSON.stringify(CLAIM))).stdout) as Report[];
    expect(reports).toHaveLength(2);
    expect(reports.flatMap((r) => r.findings.filter((f) => f.rule === "input/option-not-applied"))).toEqual([]);
  });
});
