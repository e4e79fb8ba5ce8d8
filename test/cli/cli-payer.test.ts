import { describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

// A practice-management system's nightly export of one payer's visits often leaves the payer out
// (the file is the payer's): under --payer medicare each visit was still "payer is required",
// while a FHIR Claim, which names no payer either, took --payer's.
const VISIT = { dateOfService: "2025-03-14", provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 12, units: 1, modifiers: ["GP"], activity: "SLR 3x10, bridges 2x15" }] };
type Report = { session: { payer: unknown } | null; findings: { rule: string; path?: unknown[] }[] };
const payerFindings = (r: Report) => r.findings.filter((f) => f.path?.[0] === "payer").map((f) => f.rule);

describe.concurrent("--payer and --plan give a session that sends no payer its payer", () => {
  it("no payer, --payer medicare: checked as Medicare", async () => {
    const r = JSON.parse((await run(["validate", "--payer", "medicare", "--format", "json", "-"], JSON.stringify(VISIT))).stdout)[0] as Report;
    expect(payerFindings(r)).toEqual([]);
    expect(r.session?.payer).toEqual({ program: "medicare" });
  });

  it("no payer, --payer commercial --plan: the plan's name too", async () => {
    const r = JSON.parse((await run(["validate", "--payer", "commercial", "--plan", "Acme Health", "--format", "json", "-"], JSON.stringify(VISIT))).stdout)[0] as Report;
    expect(r.session?.payer).toEqual({ program: "commercial", name: "Acme Health" });
  });

  it("unchanged: no payer and no --payer is reported; a payer that is not an object is reported under --payer", async () => {
    const none = JSON.parse((await run(["validate", "--format", "json", "-"], JSON.stringify(VISIT))).stdout)[0] as Report;
    expect(payerFindings(none)).toEqual(["input/required-field"]);
    const text = JSON.parse((await run(["validate", "--payer", "medicare", "--format", "json", "-"], JSON.stringify({ ...VISIT, payer: "medicare" }))).stdout)[0] as Report;
    expect(payerFindings(text).length).toBeGreaterThan(0);
  });
});
