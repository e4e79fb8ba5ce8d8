import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { THERAPY_CLAIM } from "../adapters/fhir-claim.js";

/**
 * A Bundle inside a Bundle given to `validate` (twenty-fourth round, edge24): a collection holding a transaction that
 * posts a Claim (R4 bundle.html: a Bundle's entry may be a Bundle). Before, the CLI said "a FHIR Bundle with no Claim
 * (it holds Bundle): nothing to check" and exited 2; claimsFromFhirBundle now reads the inner Bundle's Claims, and
 * the report names the outer entry (`input.entry`), as for a Claim of the outer Bundle. The CLI's messages are kept.
 */
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-cli-nested-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

type Out = { session: { id?: string } | null; input: Record<string, number> };
const reports = (stdout: string) => stdout.trimEnd().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Out);
const nest = (depth: number, inner: unknown): unknown => (depth === 0 ? inner : { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Patient" } }, { resource: nest(depth - 1, inner) }] });

describe.concurrent("validate: a Bundle inside a Bundle", () => {
  it("a transaction in a collection: its Claim's visits are checked, `input.entry` the outer entry", async () => {
    const r = await run(["validate", file("nested.json", JSON.stringify(nest(1, { resourceType: "Bundle", type: "transaction", entry: [{ resource: THERAPY_CLAIM }] }), null, 2)), "--format", "ndjson", "--payer", "medicare"]);
    expect(reports(r.stdout).map((x) => [x.session?.id, x.input])).toEqual([
      ["clm-20250317-0042/2025-03-14", { entry: 1 }],
      ["clm-20250317-0042/2025-03-17", { entry: 1 }],
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).not.toBe(2); // before: 2, "a FHIR Bundle with no Claim (it holds Patient, Bundle)"
  });

  it("a care-team member that references a Practitioner entry of the Bundle: a PTA's 97110 without CQ is flagged (edge24-cli.patch)", async () => {
    const claim = { ...THERAPY_CLAIM, id: "c-pta", careTeam: [{ sequence: 1, provider: { reference: "urn:uuid:pta" } }], item: [{ sequence: 1, careTeamSequence: [1], servicedDate: "2026-03-02", productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 23, system: "http://unitsofmeasure.org", code: "min" } }] };
    const pta = { resourceType: "Practitioner", id: "pta", qualification: [{ code: { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "225200000X" }] } }] };
    const b = { resourceType: "Bundle", type: "transaction", entry: [{ fullUrl: "urn:uuid:c", resource: claim }, { fullUrl: "urn:uuid:pta", resource: pta }] };
    const r = await run(["validate", file("pta.json", JSON.stringify(b, null, 2)), "--format", "ndjson", "--payer", "medicare"]);
    const [out] = reports(r.stdout) as unknown as { findings: { rule: string }[] }[];
    expect(out!.findings.map((f) => f.rule)).toContain("modifier/assistant-modifier-missing");
  });

  it("counter-case: a Claim in a fifth Bundle is not read, and the message is the one for a Bundle with no Claim", async () => {
    const path = file("deep.json", JSON.stringify(nest(5, THERAPY_CLAIM), null, 2));
    const r = await run(["validate", path, "--format", "ndjson", "--payer", "medicare"]);
    expect(r.stderr).toBe(`therapy-claims: ${path}: a FHIR Bundle with no Claim (it holds Patient, Bundle): nothing to check\n`);
    expect(r.status).toBe(2);
    // 4 Bundles (the outer one and 3 inside) are read.
    const four = await run(["validate", file("four.json", JSON.stringify(nest(4, THERAPY_CLAIM), null, 2)), "--format", "ndjson", "--payer", "medicare"]);
    expect(reports(four.stdout).map((x) => x.input)).toEqual([{ entry: 1 }, { entry: 1 }]);
  });
});
