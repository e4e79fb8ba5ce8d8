import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { THERAPY_CLAIM } from "../adapters/fhir-claim.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";

/**
 * The CLI read by a biller (ninth round, helper fhir): every input a spreadsheet, an editor or a
 * hand can make gives a clear message and a defined exit status, and no line is lost unnamed.
 */
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-cli-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}


const VISIT = JSON.stringify(CLEAN_VISIT);
const reports = (stdout: string) => stdout.trimEnd().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as { valid: boolean });

describe.concurrent("validate: how the input file is read", () => {
  it("NDJSON whose FIRST line is broken: line 1 is named and skipped, the other lines are still checked (exit 2)", async () => {
    const r = await run(["validate", file("first-bad.ndjson", `{"dateOfService": oops\n${VISIT}\n${VISIT}\n`), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(reports(r.stdout)).toHaveLength(2);
    expect(r.stderr).toContain("first-bad.ndjson, line 1: not valid JSON");
    expect(r.stderr).toMatch(/1 line of \S*first-bad\.ndjson was not JSON and was skipped/);
  });

  it("a pretty-printed JSON session saved with a UTF-8 byte order mark (and CRLF) is read", async () => {
    const r = await run(["validate", file("bom-pretty.json", "\uFEFF" + JSON.stringify(CLEAN_VISIT, null, 2).replace(/\n/g, "\r\n") + "\r\n"), "--format", "ndjson"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(reports(r.stdout)).toHaveLength(1);
  });

  it.each<[string, string]>([
    ["a one-line session with a BOM", `\uFEFF${VISIT}\n`],
    ["NDJSON with CRLF and blank last lines", `${VISIT}\r\n${VISIT}\r\n\r\n\r\n`],
    ["a JSON array over several lines", `[\n${VISIT},\n${VISIT}\n]\n`],
    ["a JSON array of one session, one a line", `[\n${VISIT}\n]\n`],
  ])("%s is read whole (checked, unchanged)", async (_name, text) => {
    const r = await run(["validate", file(`ok-${_name.replace(/\W+/g, "-")}.json`, text), "--format", "ndjson"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(reports(r.stdout).length).toBeGreaterThan(0);
  });

  it("a text file is still unusable input, said once (exit 2), not one complaint per line", async () => {
    const r = await run(["validate", file("notes.txt", "Pt tolerated treatment well\nno pain\nHEP given\n")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("is not JSON or NDJSON: line 1:");
  });
});

describe.concurrent("messages about input that is not JSON quote none of it (it may hold patient data)", () => {
  it.each<[string, string]>([
    ["a pretty-printed document broken after a note", `{\n  "note": { "text": "Jane Roe", "x": oops Roe fell at home on the stairs },\n  "dateOfService": "2025-03-14"\n}\n`],
    ["an NDJSON line broken after a note", `${VISIT}\n{"note": {"text": "Jane Roe", "x": oops Roe fell at home on the stairs and then again in the garden}}\n${VISIT}\n`],
    ["a one-line document", `{"a": oops Jane Roe fell at home on the stairs, "b": 1}`],
  ])("%s", async (_name, text) => {
    const r = await run(["validate", file(`leak-${_name.replace(/\W+/g, "-")}.json`, text), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unexpected token 'o'/);
    expect(r.stderr).not.toMatch(/Jane|Roe|fell|stairs|garden/);
  });
});

describe.concurrent("arguments: a clear message and a defined exit status, nothing silently ignored", () => {
  it("units refuses the options of validate instead of ignoring them (--format json printed text)", async () => {
    const r = await run(["units", "97110=15", "--format", "json"]);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("--format is an option of validate, not units");
    expect((await run(["units", "97110=15", "--payer", "medicare", "--rule", "x=off"])).stderr).toContain("--payer, --rule are options of validate, not units");
    expect((await run(["units", "97110=15", "--method", "ama"])).status).toBe(0);
  });

  it("units warns that a code the library does not know was counted as a timed code (exit 0, the calculation printed)", async () => {
    const r = await run(["units", "99999=30", "97110=8"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("99999: 30 min -> 2 units");
    expect(r.stderr).toBe("therapy-claims: warning: 99999 is not a therapy code the library knows; it was counted as a timed code. Verify the code.\n");
    expect((await run(["units", "97110=30", "G0283=20"])).stderr).toBe("");
  });

  it.each<[string, string[], string]>([
    ["an unknown flag", ["validate", "-", "--nope"], "therapy-claims: unknown option --nope\n"],
    ["an NCCI file that is a directory", ["validate", "-", "--ncci-ptp", tmpdir()], `cannot read ${tmpdir()}: it is a directory, not a file\n`],
    ["an MUE file that does not exist", ["validate", "-", "--mue", join(tmpdir(), "no-such-mue.csv")], "no-such-mue.csv: no such file\n"],
    ["minutes past 9999", ["units", "97110=10000"], "whole minutes from 0 to 9999"],
    ["one rule set twice, two ways (the last silently won)", ["validate", "-", "--rule", "catalog/unknown-code=off", "--rule", "catalog/unknown-code=error"], "--rule catalog/unknown-code is given twice (off, then error): give it once\n"],
    ["__proto__ set twice, two ways", ["validate", "-", "--rule", "__proto__=off", "--rule", "__proto__=error"], "--rule __proto__ is given twice (off, then error)"],
  ])("%s: exit 2 and a message in words", async (_name, args, message) => {
    const r = await run(args, VISIT);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/ENOENT|EISDIR|at .*\.js:\d+|To specify a positional/);
  });

  it.each<[string, string[]]>([
    ["--rule without =", ["validate", "-", "--rule", "catalog/unknown-code"]],
    ["--rule with an unknown severity", ["validate", "-", "--rule", "catalog/unknown-code=loud"]],
    ["--rule with no id", ["validate", "-", "--rule", "=off"]],
    ["a missing file", ["validate", join(tmpdir(), "no-such-visits.ndjson")]],
    ["a directory", ["validate", tmpdir()]],
    ["units 97110=abc", ["units", "97110=abc"]],
    ["units =15", ["units", "=15"]],
    ["units 97110=-3", ["units", "97110=-3"]],
    ["a value missing after --format", ["validate", "-", "--format"]],
  ])("%s: exit 2, one message and the pointer to --help (checked, unchanged)", async (_name, args) => {
    const r = await run(args, VISIT);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^therapy-claims: .+\nRun therapy-claims --help for usage\.\n$/);
  });

  it("--help documents every exit status, the skipped NDJSON line included", async () => {
    const help = (await run(["--help"])).stdout;
    expect(help).toContain("an NDJSON line that is not JSON (each such line is named on standard error");
    expect(help).toContain("units: 0 the calculation was");
  });
});

describe.concurrent("validate: a FHIR R4 Claim in place of a session (a FHIR bulk export's Claim.ndjson)", () => {
  const claimLine = JSON.stringify(THERAPY_CLAIM);

  it("is checked as its visits, one report per date of service, the --payer program as their payer", async () => {
    const r = await run(["validate", file("Claim.ndjson", `${claimLine}\n${VISIT}\n`), "--format", "ndjson", "--payer", "medicare"]);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { session: { id?: string; dateOfService: string } | null; findings: { rule: string; path?: unknown[] }[] });
    expect(out.map((x) => x.session?.id ?? x.session?.dateOfService)).toEqual(["clm-20250317-0042/2025-03-14", "clm-20250317-0042/2025-03-17", "enc-1001"]);
    // Not every field of a session reported missing, as when the Claim was read as a session.
    expect(out.flatMap((x) => x.findings).filter((f) => f.rule === "input/required-field")).toEqual([]);
    expect(r.stderr).toBe("");
  });

  it("without --payer each visit says the payer is missing; the text report names the Claim", async () => {
    const r = await run(["validate", file("claim.json", JSON.stringify(THERAPY_CLAIM, null, 2))]);
    expect(r.status).toBe(1);
    // Each visit is named by the id the adapter gave it (the Claim's id and the date).
    expect(r.stdout).toContain("Session 2 (FHIR Claim) (clm-20250317-0042/2025-03-17): could not be checked");
    expect(r.stdout).toMatch(/input\/required-field at payer/);
  });

  it("a Claim with no items is named, nothing is printed for it, and the exit status is 2", async () => {
    const r = await run(["validate", file("empty-claim.ndjson", `${VISIT}\n{"resourceType":"Claim","id":"c0"}\n`), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`therapy-claims: ${join(dir, "empty-claim.ndjson")}, line 2: a FHIR Claim with no items: nothing to check\n`);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("a visit that could not be checked is named by its own id (ninth round, lead)", () => {
  it("the text report's heading carries the id it sent, as a checked visit's does; a long id is cut at 64 characters", async () => {
    const rejected = JSON.stringify({ id: "enc-77", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110" }] });
    const long = JSON.stringify({ id: "x".repeat(100), payer: {} });
    const r = await run(["validate", "-"], `${rejected}\n${long}\n`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Session 1 (line 1) (enc-77): could not be checked");
    expect(r.stdout).toContain(`Session 2 (line 2) (${"x".repeat(64)}…): could not be checked`);
  });
});

describe("validate --payer: every check sees the one payer program", () => {
  // A Medicare session (a PTA's visit, past its certification, on treatment day 12) checked with
  // --payer medicaid: the Medicaid profile switched the CQ/KX checks off while the Medicare
  // plan-of-care rules, which read the session's program, still reported an expired
  // certification (an error) and a progress report due (helper `course`, tenth round).
  const MIXED = JSON.stringify({
    dateOfService: "2025-09-10",
    payer: { program: "medicare", name: "Plan X" },
    provider: { discipline: "PT", credential: "PTA" },
    planOfCare: { startOfCare: "2025-03-01", certifiedOn: "2025-03-02", certifiedThrough: "2025-05-29", goals: [{ id: "G1" }], treatmentDaysSinceProgressReport: 12 },
    note: { assessment: "Pain 3/10 after, improved ROM", patientResponse: "less pain" },
    services: [{ code: "97110", minutes: 25, units: 2, modifiers: ["GP"], activity: "Bridges 2x15, SLR 3x10 with cues for form", goalIds: ["G1"] }],
  });
  type Out = { valid: boolean; session: { payer: { program: string; name?: string } }; findings: { rule: string }[] };

  it("--payer medicaid: the session is checked as Medicaid's (no Medicare plan-of-care findings), its payer name kept", async () => {
    const r = await run(["validate", file("mixed.json", MIXED), "--format", "ndjson", "--payer", "medicaid"]);
    const [out] = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out);
    expect(out?.session.payer).toEqual({ program: "medicaid", name: "Plan X" });
    expect(out?.findings.filter((f) => f.rule.startsWith("poc/"))).toEqual([]);
    expect(r.status).toBe(0);
  });

  // Twelfth round (helper commercial's report): --payer replaced the whole payer profile, so a plan
  // that counts by total time (payer.unitMethod "cms") was checked per code: 97110 33 min + 97140
  // 7 min billed 2 + 1 (CMS §20.2 Example 3) got a false units/exceeds-time and exit 1.
  const TOTAL_TIME = JSON.stringify({
    dateOfService: "2025-09-10",
    payer: { program: "commercial", name: "Acme Health", unitMethod: "cms" },
    provider: { discipline: "PT" },
    note: { assessment: "Pain 3/10 after, improved ROM" },
    services: [
      { code: "97110", minutes: 33, units: 2, activity: "Bridges 2x15, SLR 3x10 with cues for form" },
      { code: "97140", minutes: 7, units: 1, activity: "Patellar mobs gr II, STM to distal quad" },
    ],
  });
  it("--payer commercial keeps the visit's own unit method (a total-time plan): no units error", async () => {
    const r = await run(["validate", file("total-time.json", TOTAL_TIME), "--format", "ndjson", "--payer", "commercial"]);
    const [out] = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out & { units: { method: string } });
    expect(out?.findings.map((f) => f.rule).filter((rule) => rule.startsWith("units/"))).toEqual([]);
    expect(out?.units.method).toBe("cms");
    expect(r.status).toBe(0);
  });
  it("--method ama still overrides the visit's unit method", async () => {
    const r = await run(["validate", file("total-time-ama.json", TOTAL_TIME), "--format", "ndjson", "--payer", "commercial", "--method", "ama"]);
    const [out] = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out & { units: { method: string } });
    expect(out?.units.method).toBe("ama");
    expect(out?.findings.map((f) => f.rule)).toContain("units/exceeds-time");
  });

  it("without --payer the same session is Medicare's: the certification has expired (exit 1)", async () => {
    const r = await run(["validate", file("mixed-medicare.json", MIXED), "--format", "ndjson"]);
    const [out] = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out);
    expect(out?.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["poc/certification-expired", "poc/progress-report-due"]));
    expect(r.status).toBe(1);
  });
});

describe.concurrent("validate --format json|ndjson: each report names where its visit was in the input (twelfth round, integrator)", () => {
  // A CI step matches reports to its rows: by position that breaks once a blank or bad line is
  // skipped, or a FHIR Claim gives several reports; `input` says the line or the array item.
  const OVER = JSON.stringify({ ...CLEAN_VISIT, services: CLEAN_VISIT.services.map((s) => ({ ...s, units: 9 })) });
  type Out = { valid: boolean; input?: { line?: number; item?: number } };
  const parse = (stdout: string, format: string): Out[] => (format === "json" ? (JSON.parse(stdout) as Out[]) : reports(stdout) as Out[]);

  for (const format of ["ndjson", "json"]) {
    it(`${format}: NDJSON with a blank and a bad line: the reports name lines 1 and 4, and line 4's is the invalid one`, async () => {
      const r = await run(["validate", file(`gaps-${format}.ndjson`, `${VISIT}\n\n{oops\n${OVER}\n`), "--format", format]);
      expect(r.status).toBe(2);
      expect(parse(r.stdout, format).map((x) => [x.input, x.valid])).toEqual([[{ line: 1 }, true], [{ line: 4 }, false]]);
    });
  }

  it("a JSON array: items 1 and 2; one JSON document: {}; a Claim's two visits: both its line", async () => {
    const array = await run(["validate", file("array.json", JSON.stringify([JSON.parse(VISIT), JSON.parse(OVER)], null, 2)), "--format", "ndjson"]);
    expect(reports(array.stdout).map((x) => (x as Out).input)).toEqual([{ item: 1 }, { item: 2 }]);
    const one = await run(["validate", file("one.json", JSON.stringify(JSON.parse(VISIT), null, 2)), "--format", "json"]);
    expect((JSON.parse(one.stdout) as Out[]).map((x) => x.input)).toEqual([{}]);
    const claims = await run(["validate", file("claim-lines.ndjson", `${VISIT}\n${JSON.stringify(THERAPY_CLAIM)}\n`), "--format", "ndjson", "--payer", "medicare"]);
    expect(reports(claims.stdout).map((x) => (x as Out).input)).toEqual([{ line: 1 }, { line: 2 }, { line: 2 }]);
  });

  it("an NDJSON line holding a list of visits (an exporter's batch) is read as its visits, as line 1 is, not reported as 'The session must be an object.'", async () => {
    const r = await run(["validate", file("batch.ndjson", `${VISIT}\n[${VISIT},${OVER}]\n`), "--format", "ndjson"]);
    expect(r.status).toBe(1);
    expect(reports(r.stdout).map((x) => [(x as Out).input, x.valid])).toEqual([[{ line: 1 }, true], [{ line: 2, item: 1 }, true], [{ line: 2, item: 2 }, false]]);
    const first = await run(["validate", file("batch-first.ndjson", `[${VISIT},${OVER}]\n${VISIT}\n`)]);
    expect(first.stdout).toContain("Session 2 (line 1, item 2)");
    expect(first.stdout).toContain("Session 3 (line 2)");
  });
});
