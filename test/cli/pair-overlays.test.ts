import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

// A practice-management system runs the CLI nightly with its commercial plans' own pair rules
// (PairOverlay, with plan): --pair-overlays FILE, a JSON array, one file per plan.
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-overlays-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const ACME = { column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "Acme policy: not paid on one day", plan: "Acme Health" };
const visit = (payer: Record<string, unknown>) => ({
  dateOfService: "2024-05-01",
  payer,
  provider: { discipline: "PT" },
  services: [
    { code: "97140", minutes: 10, units: 1, modifiers: ["GP"] },
    { code: "97530", minutes: 30, units: 2, modifiers: ["GP", "59"] },
  ],
});
const NIGHT = [visit({ program: "commercial", name: "Acme Health" }), visit({ program: "commercial", name: "Beta Care" }), visit({ program: "medicare" })].map((v) => JSON.stringify(v)).join("\n");
type Report = { findings: { rule: string; message: string }[] };
const planRules = (stdout: string): string[][] => stdout.trim().split("\n").map((l) => (JSON.parse(l) as Report).findings.filter((f) => f.rule.startsWith("ncci/payer-pair")).map((f) => f.rule));

describe.concurrent("therapy-claims validate --pair-overlays FILE", () => {
  it("a plan's rule applies to that plan's visits only", async () => {
    const r = await run(["validate", "--pair-overlays", file("acme.json", [ACME]), "--format", "ndjson", "-"], NIGHT);
    expect(r.stderr).toBe("");
    expect(planRules(r.stdout)).toEqual([["ncci/payer-pair-edit"], [], []]);
    expect(r.status).toBe(1);
    const acme = JSON.parse(r.stdout.split("\n")[0] as string) as Report;
    expect(acme.findings.find((f) => f.rule === "ncci/payer-pair-edit")?.message).toContain("Acme Health");
  });

  it("repeatable: one file per plan, both plans' rules used", async () => {
    const beta = { ...ACME, plan: "Beta Care", rationale: "Beta policy" };
    const r = await run(["validate", "--pair-overlays", file("acme2.json", [ACME]), "--pair-overlays", file("beta.json", [beta]), "--format", "ndjson", "-"], NIGHT);
    expect(planRules(r.stdout)).toEqual([["ncci/payer-pair-edit"], ["ncci/payer-pair-edit"], []]);
  });

  it("a rule without a plan applies to every visit, and says so on standard error", async () => {
    const { plan: _, ...everyone } = ACME;
    const r = await run(["validate", "--pair-overlays", file("all.json", [everyone]), "--format", "ndjson", "-"], NIGHT);
    expect(r.stderr).toContain('all.json: rule 1 (97140 with 97530) has no "plan", so it applies to every visit checked');
    expect(planRules(r.stdout)).toEqual([["ncci/payer-pair-edit"], ["ncci/payer-pair-edit"], ["ncci/payer-pair-edit"]]);
  });

  const refused: [string, unknown, RegExp][] = [
    ["a rule without its rationale", [ACME, { ...ACME, rationale: undefined, column1: "97110" }], /bad-rationale\.json: rule 2 \(97110 with 97530\): it needs column1 and column2 \(codes\), modifierIndicator 0 or 1 and a rationale/],
    ["an indicator of 9", [{ ...ACME, modifierIndicator: 9 }], /rule 1 \(97140 with 97530\): it needs .*modifierIndicator 0 or 1/],
    ["a date that is not YYYY-MM-DD", [{ ...ACME, from: "05/01/2024" }], /rule 1 \(97140 with 97530\): from must be a real date written YYYY-MM-DD/],
    ["a misspelled field (form for from), which would be ignored", [{ ...ACME, form: "2024-01-01" }], /rule 1 \(97140 with 97530\): unknown field "form" \(a pair rule has column1, column2, modifierIndicator, rationale, from, to, plan\)/],
    ["a blank plan, which matches no visit", [{ ...ACME, plan: " " }], /rule 1 \(97140 with 97530\): "plan" is blank/],
    ["null in the list", [null], /rule 1: it needs column1/],
    ["an object, not a list", ACME, /must hold a JSON array of pair rules/],
    ["text that is not JSON", "column1,column2\n97140,97530", /is not JSON/],
  ];
  for (const [name, content, message] of refused) {
    it(`refuses ${name}, naming the file and the rule (status 2)`, async () => {
      const slug = name === "a rule without its rationale" ? "bad-rationale" : name.replace(/\W+/g, "-");
      const path = file(`${slug}.json`, content);
      const r = await run(["validate", "--pair-overlays", path, "-"], NIGHT);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(`therapy-claims: --pair-overlays: ${path}`);
    });
  }

  it("a missing file, and the option given to units, are refused", async () => {
    const missing = await run(["validate", "--pair-overlays", join(dir, "nope.json"), "-"], NIGHT);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json: no such file");
    const units = await run(["units", "97110=33", "--pair-overlays", file("u.json", [ACME])]);
    expect(units.status).toBe(2);
    expect(units.stderr).toContain("--pair-overlays is an option of validate, not units");
  });

  it("--help names it and --plan", async () => {
    const help = (await run(["--help"])).stdout;
    expect(help).toContain("--pair-overlays FILE");
    expect(help).toContain("--plan NAME");
  });

  // A FHIR Claim names no payer (Claim.insurance only references a Coverage): --payer gave it a
  // program but no plan name, so a rule with "plan" could never apply to a Claim at the command line.
  const CPT = "http://www.ama-assn.org/go/cpt";
  const CLAIM = JSON.stringify({
    resourceType: "Claim",
    id: "clm-acme-1",
    item: [
      { sequence: 1, servicedDate: "2024-05-01", productOrService: { coding: [{ system: CPT, code: "97140" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 1 } },
      { sequence: 2, servicedDate: "2024-05-01", productOrService: { coding: [{ system: CPT, code: "97530" }] }, modifier: [{ coding: [{ code: "GP" }] }, { coding: [{ code: "59" }] }], quantity: { value: 2 } },
    ],
  });

  it("--plan names the plan of a FHIR Claim's visits (and of every session), so the plan's rules apply", async () => {
    const rules = file("acme-claims.json", [ACME]);
    const without = await run(["validate", "--payer", "commercial", "--pair-overlays", rules, "--format", "ndjson", "-"], CLAIM);
    expect(planRules(without.stdout)).toEqual([[]]);
    const withPlan = await run(["validate", "--payer", "commercial", "--plan", "Acme Health", "--pair-overlays", rules, "--format", "ndjson", "-"], CLAIM);
    expect(planRules(withPlan.stdout)).toEqual([["ncci/payer-pair-edit"]]);
    expect((JSON.parse(withPlan.stdout) as { session: { payer: unknown } }).session.payer).toEqual({ program: "commercial", name: "Acme Health" });
    // A session's own name is replaced, as --payer replaces its program: Beta's visit checked as Acme's.
    const night = await run(["validate", "--plan", "acme health", "--pair-overlays", rules, "--format", "ndjson", "-"], NIGHT);
    expect(planRules(night.stdout)).toEqual([["ncci/payer-pair-edit"], ["ncci/payer-pair-edit"], ["ncci/payer-pair-edit"]]);
  });

  it("a plan no visit was checked as (a misspelt name, or Claims without --plan) is warned about once, the run unchanged", async () => {
    const typo = await run(["validate", "--pair-overlays", file("typo.json", [{ ...ACME, plan: "Acme Heath" }]), "--format", "ndjson", "-"], NIGHT);
    expect(typo.stderr).toBe(`therapy-claims: warning: --pair-overlays: no visit was checked as "Acme Heath", so its pair rules applied to none: check the name against the visits' payer.name\n`);
    expect(typo.status).toBe(1);
    const claims = await run(["validate", "--payer", "commercial", "--pair-overlays", file("acme-c.json", [ACME, { ...ACME, rationale: "again" }]), "--format", "ndjson", "-"], CLAIM);
    expect(claims.stderr).toContain('no visit was checked as "Acme Health", so its pair rules applied to none: check the name against the visits\' payer.name (a FHIR Claim names no plan: give --plan)');
    expect(claims.stderr.match(/no visit was checked/g)).toHaveLength(1);
    const seen = await run(["validate", "--pair-overlays", file("acme3.json", [ACME]), "--format", "ndjson", "-"], NIGHT);
    expect(seen.stderr).toBe("");
  });

  it("--plan with a blank name, or given to units, is refused", async () => {
    const blank = await run(["validate", "--plan", " ", "-"], NIGHT);
    expect(blank.status).toBe(2);
    expect(blank.stderr).toContain("--plan needs the plan's name");
    const units = await run(["units", "97110=33", "--plan", "Acme Health"]);
    expect(units.stderr).toContain("--plan is an option of validate, not units");
  });
});
