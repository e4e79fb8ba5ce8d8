import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { THERAPY_CLAIM } from "../adapters/fhir-claim.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";

/**
 * A FHIR R4 Bundle given to `validate` (twenty-third round, edge23): an EHR's search answer or
 * transaction, saved to a file, is checked as its Claims. Before, it was checked as one session
 * and reported "dateOfService is required", "provider is required", "services is required":
 * three errors about fields a Bundle never has, and none of its visits checked. A FHIR resource
 * that is not a Claim (an Encounter) was read the same way; it now gets one line saying what it
 * is and what the CLI reads.
 */
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-cli-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PATIENT = { resourceType: "Patient", id: "example" };
const bundle = (type: string, ...resources: unknown[]) => ({ resourceType: "Bundle", type, entry: resources.map((resource, k) => ({ fullUrl: `urn:uuid:00000000-0000-4000-8000-00000000000${k}`, resource })) });
type Out = { session: { id?: string } | null; findings: { rule: string }[]; input: Record<string, number> };
const reports = (stdout: string) => stdout.trimEnd().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Out);

describe.concurrent("validate: a FHIR R4 Bundle is checked as its Claims", () => {
  it("a pretty-printed searchset Bundle file: each Claim's visits, `input.entry` its index in Bundle.entry", async () => {
    const b = bundle("searchset", PATIENT, THERAPY_CLAIM, { ...THERAPY_CLAIM, id: "clm-2" });
    const r = await run(["validate", file("search.json", JSON.stringify(b, null, 2)), "--format", "ndjson", "--payer", "medicare"]);
    const out = reports(r.stdout);
    expect(out.map((x) => [x.session?.id, x.input])).toEqual([
      ["clm-20250317-0042/2025-03-14", { entry: 1 }],
      ["clm-20250317-0042/2025-03-17", { entry: 1 }],
      ["clm-2/2025-03-14", { entry: 2 }],
      ["clm-2/2025-03-17", { entry: 2 }],
    ]);
    // Not a session's every field reported missing, as when the Bundle was read as a session.
    expect(out.flatMap((x) => x.findings).filter((f) => f.rule === "input/required-field")).toEqual([]);
    expect(r.stderr).toBe("");
  });

  it("a transaction Bundle a line of NDJSON, beside a session: the text report names the line and the entry", async () => {
    const r = await run(["validate", file("mixed.ndjson", `${JSON.stringify(CLEAN_VISIT)}\n${JSON.stringify(bundle("transaction", PATIENT, THERAPY_CLAIM))}\n`), "--payer", "medicare"]);
    expect(r.stdout).toContain("Session 2 (line 2, Bundle.entry[1], FHIR Claim) (clm-20250317-0042/2025-03-14): 2025-03-14");
    expect(r.stdout).toContain("Session 3 (line 2, Bundle.entry[1], FHIR Claim) (clm-20250317-0042/2025-03-17): 2025-03-17");
    expect(r.stdout).toContain("3 sessions checked");
    expect(r.stderr).toBe("");
  });

  it("a Bundle with no Claim is named with what it holds, nothing is printed for it, and the exit status is 2", async () => {
    const r = await run(["validate", file("no-claim.ndjson", `${JSON.stringify(CLEAN_VISIT)}\n${JSON.stringify(bundle("collection", PATIENT, { resourceType: "Encounter" }))}\n`), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`therapy-claims: ${join(dir, "no-claim.ndjson")}, line 2: a FHIR Bundle with no Claim (it holds Patient, Encounter): nothing to check\n`);
    expect(reports(r.stdout)).toHaveLength(1);
  });

  it("a Claim with no items inside a Bundle is named by its entry", async () => {
    const r = await run(["validate", file("empty-claim.json", JSON.stringify(bundle("collection", THERAPY_CLAIM, { resourceType: "Claim", id: "c0" }))), "--format", "ndjson", "--payer", "medicare"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`therapy-claims: ${join(dir, "empty-claim.json")}, line 1, Bundle.entry[1]: a FHIR Claim with no items: nothing to check\n`);
    expect(reports(r.stdout)).toHaveLength(2);
  });

  it("a FHIR resource that is not a Claim (an Encounter) is named as such, not checked as a session missing every field", async () => {
    const encounter = { resourceType: "Encounter", id: "enc-9", status: "finished", class: { code: "AMB" }, period: { start: "2025-03-14T10:00:00-05:00" } };
    const r = await run(["validate", file("encounter.ndjson", `${JSON.stringify(encounter)}\n${JSON.stringify(CLEAN_VISIT)}\n`), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`therapy-claims: ${join(dir, "encounter.ndjson")}, line 1: a FHIR Encounter, not a Claim: nothing to check (the CLI reads sessions, FHIR Claims and Bundles of Claims)\n`);
    expect(reports(r.stdout).map((x) => x.input)).toEqual([{ line: 2 }]);
  });

  it("counter-case: a session is still a session, and one with a resourceType that names no FHIR resource (7, \"visit\") is checked as one", async () => {
    const r = await run(["validate", "-", "--format", "ndjson"], `${JSON.stringify(CLEAN_VISIT)}\n${JSON.stringify({ ...CLEAN_VISIT, resourceType: 7 })}\n${JSON.stringify({ ...CLEAN_VISIT, resourceType: "visit" })}\n`);
    const out = reports(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]!.findings.filter((f) => f.rule.startsWith("input/"))).toEqual([]);
    expect(out[1]!.findings).toEqual(out[0]!.findings);
    expect(out[2]!.findings).toEqual(out[0]!.findings);
    expect(r.stderr).toBe("");
  });
});
