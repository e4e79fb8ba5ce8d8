import { spawnSync } from "node:child_process";
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, run } from "./run-cli.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";
import pkg from "../../package.json" with { type: "json" };

const dir = mkdtempSync(join(tmpdir(), "therapy-claims-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The clean visit with one code the catalog does not know: a warning, still valid. */
const UNKNOWN_CODE = { ...CLEAN_VISIT, id: "enc-1002", services: [CLEAN_VISIT.services[0], { ...CLEAN_VISIT.services[1], code: "97999" }] };
const MISSING_DATE = { ...CLEAN_VISIT, id: "enc-1003", dateOfService: undefined };

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}



const ndjson = [CLEAN_VISIT, UNKNOWN_CODE, MISSING_DATE].map((s) => JSON.stringify(s)).join("\n") + "\n";

describe.concurrent("therapy-claims validate (child process)", () => {
  it("exit 0 and a readable text report for a clean visit", async () => {
    const r = await run(["validate", file("clean.json", JSON.stringify(CLEAN_VISIT, null, 2))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2025-03-14, Medicare, PT plan of care");
    expect(r.stdout).toContain("97530 x2 25 min [GP]");
    // Counted words agree with their number, no "session(s)", "error(s)".
    expect(r.stdout).toContain("1 session checked: 1 ready to bill, 0 with errors.");
    expect(r.stdout).toContain("(0 errors, 0 warnings)");
    expect(r.stdout).not.toContain("(s)");
  });

  it("text: each finding with its severity, rule id, fix and source; exit 1 when a session has an error", async () => {
    const r = await run(["validate", file("three.ndjson", ndjson)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/WARNING catalog\/unknown-code at services\[1\]\.code/);
    expect(r.stdout).toMatch(/ERROR {3}input\/required-field at dateOfService/);
    expect(r.stdout).toContain("Fix: ");
    expect(r.stdout).toContain("Source: ");
    expect(r.stdout).toContain("Session 3 (line 3)");
  });

  it("--format json: one JSON array of reports, in input order", async () => {
    const r = await run(["validate", file("three.ndjson", ndjson), "--format", "json"]);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout) as { valid: boolean; session: { id?: string } | null }[];
    expect(reports.map((x) => x.valid)).toEqual([true, true, false]);
    expect(reports.map((x) => x.session?.id ?? null)).toEqual(["enc-1001", "enc-1002", null]);
  });

  it("--format ndjson: one report a line", async () => {
    const r = await run(["validate", file("three.ndjson", ndjson), "--format=ndjson"]);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { valid: boolean; meta: { libraryVersion: string } });
    expect(lines.map((x) => x.valid)).toEqual([true, true, false]);
    expect(lines[0]?.meta.libraryVersion).toBe(pkg.version);
  });

  it("a JSON array file and a pretty-printed single session both work", async () => {
    const arr = await run(["validate", file("arr.json", JSON.stringify([CLEAN_VISIT, UNKNOWN_CODE], null, 2)), "--format", "ndjson"]);
    expect(arr.status).toBe(0);
    expect(arr.stdout.trimEnd().split("\n")).toHaveLength(2);
    const empty = await run(["validate", file("empty-arr.json", "[]"), "--format", "json"]);
    expect([empty.status, JSON.parse(empty.stdout)]).toEqual([0, []]);
  });

  it("reads standard input with - and with no file", async () => {
    expect((await run(["validate", "-", "--format", "ndjson"], ndjson)).stdout.trimEnd().split("\n")).toHaveLength(3);
    const r = await run(["validate", "--format", "json"], JSON.stringify(CLEAN_VISIT));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it("exit 2 naming the line of an NDJSON file that is not JSON; the other lines are still checked", async () => {
    const bad = [JSON.stringify(CLEAN_VISIT), JSON.stringify(CLEAN_VISIT), "{\"dateOfService\": \"2025-03-14\", oops", JSON.stringify(UNKNOWN_CODE)].join("\n");
    const r = await run(["validate", file("bad.ndjson", bad), "--format", "ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("line 3: not valid JSON");
    expect(r.stderr).toMatch(/therapy-claims: 1 line of \S*bad\.ndjson was not JSON and was skipped/);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(3);
  });

  it("exit 2 for a missing file, a file that is not JSON, an empty input, a bad option", async () => {
    const missing = await run(["validate", join(dir, "nope.json")]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining("no such file")]);
    const notJson = await run(["validate", file("notes.txt", "Pt tolerated treatment well\nno pain\n")]);
    expect([notJson.status, notJson.stderr]).toEqual([2, expect.stringContaining("line 1")]);
    expect((await run(["validate", file("empty.ndjson", "\n\n")])).status).toBe(2);
    expect(await run(["validate", "--format", "json"], "")).toMatchObject({ status: 2, stdout: "" });
    expect((await run(["validate", "--format", "xml"], "{}")).status).toBe(2);
    expect((await run(["validate", "--payer", "tricare"], "{}")).status).toBe(2);
    expect((await run(["validate", "--rule", "catalog/unknown-code=loud"], "{}")).status).toBe(2);
    expect((await run(["validate", "--nope"], "{}")).status).toBe(2);
    expect((await run(["frobnicate"])).status).toBe(2);
  });

  it("a JSON value that is not a session is a report with input/ findings (exit 1), not unusable input", async () => {
    const r = await run(["validate", "--format", "ndjson"], "42\n");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].rule).toBe("input/required-field");
  });

  it("--rule turns a rule off or raises it; --payer and --method set the unit method", async () => {
    const path = file("unknown.json", JSON.stringify(UNKNOWN_CODE));
    const before = JSON.parse((await run(["validate", path, "--format", "json"])).stdout)[0].findings.map((f: { rule: string }) => f.rule);
    expect(before).toContain("catalog/unknown-code");
    const off = JSON.parse((await run(["validate", path, "--format", "json", "--rule", "catalog/unknown-code=off"])).stdout)[0].findings.map((f: { rule: string }) => f.rule);
    expect(off).toEqual(before.filter((r: string) => r !== "catalog/unknown-code"));
    const raised = await run(["validate", path, "--rule", "catalog/unknown-code=error"]);
    expect(raised.status).toBe(1);
    expect(JSON.parse((await run(["validate", path, "--format", "json", "--payer", "commercial"])).stdout)[0].meta.unitMethod).toBe("ama");
    expect(JSON.parse((await run(["validate", path, "--format", "json", "--payer", "commercial", "--method", "cms"])).stdout)[0].meta.unitMethod).toBe("cms");
  });

  // Twenty-second round (edge22, SET-READ-AS): a clinic's EHR writes "OTR/L" on every visit; --rule turns the read-as finding off.
  it("--rule input/read-as-credential=off drops that finding (the visit is still checked as read); input/required-field cannot be set", async () => {
    const path = file("otrl.json", JSON.stringify({ ...CLEAN_VISIT, provider: { discipline: "OT", credential: "OTR/L" }, services: CLEAN_VISIT.services.map((l) => ({ ...l, modifiers: ["GO"] })) }));
    const rules = async (...args: string[]) => JSON.parse((await run(["validate", path, "--format", "json", ...args])).stdout)[0].findings.map((f: { rule: string }) => f.rule);
    const before = await rules();
    expect(before).toContain("input/read-as-credential");
    expect(await rules("--rule", "input/read-as-credential=off")).toEqual(before.filter((r: string) => r !== "input/read-as-credential"));
    expect(await rules("--rule", "input/required-field=off")).toContain("input/ignored-option");
  });

  it("--ncci-ptp loads a CMS quarterly PTP file: its edits apply and the report names the file", async () => {
    // A synthetic file in the official layout (preamble, tabs, CRLF) with an edit the bundled table lacks.
    const preamble = ["CPT only copyright 2025 American Medical Association.  All rights reserved.", "Column1/Column2 Edits", "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale", "\t\tprior to 1996\tDate\tDate\t0=not allowed\t", "\t\t\t\t*=no data\t1=allowed\t", "\t\t\t\t\t9=not applicable\t"];
    const rows = ["97110\t97530\t\t20250101\t*\t0\tMutually exclusive procedures", "this line is broken"];
    const ptp = file("ccipra-v999r0-f1.TXT", [...preamble, ...rows].join("\r\n") + "\r\n");
    const r = await run(["validate", "--ncci-ptp", ptp, "--format", "json", "-"], JSON.stringify(CLEAN_VISIT));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("ccipra-v999r0-f1.TXT:8:");
    const report = JSON.parse(r.stdout)[0];
    expect(report.meta.ncciDataVersion).toContain("ccipra-v999r0-f1.TXT");
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain("ncci/ptp-not-bypassable");
  });

  it("--mue loads a CMS MUE file; an unreadable or empty NCCI file is unusable input (exit 2)", async () => {
    const mue = file("MCR_MUE_PractitionerServices_Eff_01-01-2027.csv", '"notice",,,\n"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n97530,1,3 Date of Service Edit: Clinical,Clinical: Data\n');
    const r = await run(["validate", "--mue", mue, "--format", "json", "-"], JSON.stringify(CLEAN_VISIT));
    const report = JSON.parse(r.stdout)[0];
    expect(report.meta.ncciDataVersion).toContain("MCR_MUE_PractitionerServices_Eff_01-01-2027 (2027 Q1)");
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain("mue/units-exceed");
    const empty = await run(["validate", "--ncci-ptp", file("ptp.txt", ""), "-"], JSON.stringify(CLEAN_VISIT));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("no PTP edit rows could be read");
    expect((await run(["validate", "--mue", join(dir, "missing.csv"), "-"], "{}")).status).toBe(2);
  });

  it("units CODE=MINUTES prints the calculation with its explanation (CMS §20.2 Example 3)", async () => {
    const r = await run(["units", "97110=33", "97140=7"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("40 timed minutes allow 3 units");
    expect(r.stdout).toContain("the last unit goes to 97140");
    // Counted words agree with their number, no "unit(s)".
    expect(r.stdout).toContain("3 units for 40 timed minutes");
    expect(r.stdout).toContain("97140: 7 min -> 1 unit\n");
    expect(r.stdout).not.toContain("(s)");
    const ama = await run(["units", "97110=33", "97140=7", "--method", "ama"]);
    expect(ama.stdout).not.toContain("the last unit goes to 97140");
  });

  it("--help and --version", async () => {
    expect((await run(["--version"])).stdout.trim()).toBe(pkg.version);
    const help = await run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("therapy-claims validate [FILE|-]");
    expect(help.stdout).toContain("--rule ID=off|info|warning|error");
  });

  it("units CODE=MINUTES checks its arguments", async () => {
    expect((await run(["units", "97110"])).stderr).toContain("is not CODE=MINUTES");
    expect((await run(["units"])).status).toBe(2);
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

describe("progress on a terminal", () => {
  it.skipIf(!hasScript)("on a terminal, more than a few thousand sessions get a progress line on standard error; a pipe gets none", async () => {
    const path = file("5k.ndjson", (JSON.stringify(CLEAN_VISIT) + "\n").repeat(5000));
    // `script` gives the CLI a pseudo-terminal; standard output still goes to /dev/null.
    const tty = spawnSync("script", ["-qc", `"${process.execPath}" "${CLI}" validate "${path}" --format ndjson > /dev/null`, "/dev/null"], { encoding: "utf8" });
    expect(tty.stdout).toContain("checked 5000 sessions.");
    expect((await run(["validate", path, "--format", "ndjson"])).stderr).toBe("");
  });
});

describe("therapy-claims validate on 100,000 NDJSON lines", () => {
  it("streams: every report is written, peak memory stays bounded", async () => {
    const lines = 100_000;
    const path = join(dir, "big.ndjson");
    const sessions = [CLEAN_VISIT, UNKNOWN_CODE, MISSING_DATE].map((s) => JSON.stringify(s));
    const chunk: string[] = [];
    for (let i = 0; i < lines; i++) chunk.push(sessions[i % 3] as string);
    writeFileSync(path, chunk.join("\n") + "\n");
    const outPath = join(dir, "big.out.ndjson");
    const out = openSync(outPath, "w");
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, "validate", path, "--format", "ndjson"], {
      stdio: ["ignore", out, "pipe"], encoding: "utf8", env: { ...process.env, THERAPY_CLAIMS_REPORT_RSS: "1" },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    closeSync(out);
    expect(r.status).toBe(1);
    const maxRssKb = Number(/maxRSS\) (\d+) kB/.exec(r.stderr)?.[1]);
    let count = 0;
    let invalid = 0;
    for await (const line of createInterface({ input: createReadStream(outPath), crlfDelay: Infinity })) {
      count++;
      if (line.startsWith('{"valid":false')) invalid++;
    }
    console.log(`CLI, ${lines} NDJSON lines (${(statSync(path).size / 1e6).toFixed(1)} MB in, ${(statSync(outPath).size / 1e6).toFixed(1)} MB out): ${seconds.toFixed(1)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    expect(count).toBe(lines);
    expect(invalid).toBe(Math.floor(lines / 3));
    // Holding 100,000 reports would take far more; Node itself is ~45 MB.
    expect(maxRssKb).toBeLessThan(200 * 1024);
  });
});
