import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";

// A user loading a newer CMS quarter from the command line (tenth round): the four PTP parts and
// the MUE tables in the official layouts (data/ncci/samples), CRLF, Latin-1.
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-quarter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samples = join(import.meta.dirname, "..", "..", "data", "ncci", "samples");
const PREAMBLE = readFileSync(join(samples, "format-sample-ccipra-v322r0-f1.txt"), "latin1").split("\n").slice(0, 6);
const MUE_SAMPLE = readFileSync(join(samples, "format-sample-MCR_MUE_PractitionerServices_Eff_07-01-2026.csv"), "latin1");
const MUE_NOTICE = MUE_SAMPLE.slice(0, MUE_SAMPLE.indexOf('"HCPCS/'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, "latin1");
  return path;
}

/** Part N of release vNNN: the preamble, then its rows; the therapy pair 97110/97530 (indicator 1) is in f3. */
function ptpPart(version: string, part: number): string {
  const rows = [
    ["0001A\t0591T\t\t20220101\t20231231\t1\tCPT Manual or CMS manual coding instruction"],
    ["20552\t97140\t\t20200101\t*\t1\tMisuse of Column Two code with Column One code"],
    ["97110\t97530\t\t20250101\t*\t1\tMutually exclusive procedures", "97112\t97750\t\t20240101\t20260630\t1\tMutually exclusive procedures", "97116\t97750\t\t20260701\t20260701\t9\tMutually exclusive procedures"],
    ["G0283\t97010\t\t20200101\t*\t1\tMutually exclusive procedures"],
  ][part - 1] as string[];
  return file(`ccipra-v${version}r0-f${part}.TXT`, [...PREAMBLE, ...rows].join("\r\n") + "\r\n");
}
const PARTS = [1, 2, 3, 4].map((p) => ptpPart("322", p));

function mueTable(name: string, label: string): string {
  const rows = ["97110,6,3 Date of Service Edit: Clinical,Clinical: Data", "97530,6,3 Date of Service Edit: Clinical,Clinical: Data"];
  return file(name, (MUE_NOTICE + `"HCPCS/\nCPT Code",${label} MUE Values,MUE Adjudication Indicator,MUE Rationale\n` + rows.join("\n") + "\n").replace(/\n/g, "\r\n"));
}
const MUE = mueTable("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", "Practitioner Services");

const visit = (dateOfService: string, units = 2): string => JSON.stringify({ ...CLEAN_VISIT, dateOfService, services: [{ ...CLEAN_VISIT.services[0], units }, CLEAN_VISIT.services[1]] });
const ptpArgs = (paths: readonly string[]): string[] => paths.flatMap((p) => ["--ncci-ptp", p]);
const rulesOf = (report: { findings: { rule: string }[] }): string[] => report.findings.map((f) => f.rule).filter((r) => /^(ncci|mue)\//.test(r));
type Report = { meta: { ncciDataVersion: string }; findings: { rule: string; message: string; fix?: string; source: { version?: string } }[] };

describe.concurrent("therapy-claims validate with a newer CMS quarter (f1-f4, MUE)", () => {
  it("the release is named and dated from the file names: a visit in the quarter is checked against it, one after it gets one info naming the quarter to load", async () => {
    const inside = await run(["validate", ...ptpArgs(PARTS), "--mue", MUE, "--format", "json", "-"], visit("2026-08-03"));
    expect(inside.stderr).toBe("");
    const a = JSON.parse(inside.stdout)[0] as Report;
    expect(a.meta.ncciDataVersion).toBe("ccipra-v322r0 (2026 Q3); MCR_MUE_PractitionerServices_Eff_07-01-2026 (2026 Q3)");
    expect(rulesOf(a)).toEqual(["ncci/ptp-modifier-required"]);
    expect(a.findings.find((f) => f.rule === "ncci/ptp-modifier-required")?.source.version).toBe("ccipra-v322r0 (2026 Q3)");

    const after = await run(["validate", ...ptpArgs(PARTS), "--mue", MUE, "--format", "json", "-"], visit("2026-11-20"));
    const b = JSON.parse(after.stdout)[0] as Report;
    expect(rulesOf(b).sort()).toEqual(["mue/release-differs", "ncci/ptp-modifier-required", "ncci/release-older-than-service"]);
    const older = b.findings.filter((f) => f.rule === "ncci/release-older-than-service");
    expect(older).toHaveLength(1);
    expect(older[0]?.message).toContain("(ccipra-v322r0 (2026 Q3), through 2026-09-30)");
    expect(older[0]?.fix).toContain("2026 Q4 (ccipra-v323r0-f1.TXT to -f4.TXT)");
    expect(older[0]?.fix).toContain("--ncci-ptp");
    expect(b.findings.find((f) => f.rule === "mue/release-differs")?.fix).toContain("MCR_MUE_PractitionerServices_Eff_10-01-2026.csv");
  });

  it("the text report's Source line names the release a finding rests on", async () => {
    const r = await run(["validate", ...ptpArgs(PARTS), "-"], visit("2026-08-03"));
    expect(r.stdout).toMatch(/ncci\/ptp-modifier-required at services\[0\][\s\S]*?Source: CMS NCCI procedure-to-procedure \(PTP\) edits, Medicare practitioner table, ccipra-v322r0 \(2026 Q3\)/);
  });

  it("only f1 of the four parts: a warning names the parts not given, and the report's release says 'f1 only' (the pair in f3 is not checked)", async () => {
    const r = await run(["validate", "--ncci-ptp", PARTS[0] as string, "--format", "json", "-"], visit("2026-08-03"));
    expect(r.stderr).toContain("warning: a CMS PTP release is four files, f1 to f4, split by column-1 code; f2, f3, f4 of ccipra-v322r0 were not given");
    const report = JSON.parse(r.stdout)[0] as Report;
    expect(report.meta.ncciDataVersion).toContain("ccipra-v322r0-f1 only (2026 Q3)");
    expect(rulesOf(report)).not.toContain("ncci/ptp-modifier-required");
  });

  it("parts of different releases, or --mue given twice, are refused (exit 2), not mixed or replaced in silence", async () => {
    const mixed = await run(["validate", ...ptpArgs([PARTS[0], PARTS[1], ptpPart("321", 3), PARTS[3]] as string[]), "-"], visit("2026-08-03"));
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain("the --ncci-ptp files are from different releases (ccipra-v322r0, ccipra-v321r0)");
    const twice = await run(["validate", "--mue", MUE, "--mue", MUE, "-"], visit("2026-08-03"));
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain("--mue is given 2 times");
  });

  it("an outpatient-hospital MUE table checks the visits against its limits (every code was 'no practitioner MUE value')", async () => {
    const oh = mueTable("MCR_MUE_OutpatientHospitalServices_Eff_07-01-2026.csv", "Outpatient Hospital Services");
    const r = await run(["validate", "--mue", oh, "--format", "json", "-"], visit("2026-08-03", 7));
    const report = JSON.parse(r.stdout)[0] as Report;
    expect(rulesOf(report)).toContain("mue/units-exceed");
    expect(rulesOf(report)).not.toContain("mue/no-data");
    expect(report.findings.find((f) => f.rule === "mue/units-exceed")?.message).toContain("the outpatient-hospital MUE for 97530 is 6");
  });

  it("a part of the size CMS ships (200,000 rows, 15 MB) loads: it crashed with 'unexpected failure: Maximum call stack size exceeded'", async () => {
    const rows: string[] = [];
    for (let i = 0; i < 200_000; i++) rows.push(`${10000 + (i % 80000)}\t${20000 + (i % 7919)}\t\t20200101\t*\t1\tMisuse of Column Two code with Column One code`);
    mkdirSync(join(dir, "big"));
    const big = file(join("big", "ccipra-v322r0-f1.TXT"), [...PREAMBLE, ...rows, "97110\t97530\t\t20250101\t*\t0\tMutually exclusive procedures"].join("\r\n") + "\r\n");
    const r = await run(["validate", "--ncci-ptp", big, ...ptpArgs(PARTS.slice(1)), "--format", "json", "-"], visit("2026-08-03"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(rulesOf(JSON.parse(r.stdout)[0] as Report)).toContain("ncci/ptp-not-bypassable");
  });

  it("a table a spreadsheet saved as UTF-16 ('Unicode Text') or UTF-8 with a byte order mark is read as it says", async () => {
    const text = (MUE_NOTICE + '"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n97530,4,3 Date of Service Edit: Clinical,Clinical: Données\n').replace(/\n/g, "\r\n");
    for (const [name, bytes] of [["utf16.csv", Buffer.from("\uFEFF" + text, "utf16le")], ["utf8.csv", Buffer.from("\uFEFF" + text, "utf8")]] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const r = await run(["validate", "--mue", path, "--format", "json", "-"], visit("2026-08-03", 5));
      expect(r.status).toBe(1);
      expect(rulesOf(JSON.parse(r.stdout)[0] as Report)).toContain("mue/units-exceed");
    }
  });

  it("wrong kinds of file are clear errors (exit 2): a PTP file as --mue, the DME table, an empty file, a name that says no quarter is a warning", async () => {
    const ptpAsMue = await run(["validate", "--mue", PARTS[0] as string, "-"], visit("2026-08-03"));
    expect(ptpAsMue.status).toBe(2);
    expect(ptpAsMue.stderr).toContain("not a CMS MUE file");
    const dme = await run(["validate", "--mue", mueTable("MCR_MUE_DMESupplierServices_Eff_07-01-2026.csv", "DME Supplier Services"), "-"], visit("2026-08-03"));
    expect(dme.status).toBe(2);
    expect(dme.stderr).toContain("this is the DME supplier MUE table");
    const empty = await run(["validate", "--mue", file("empty.csv", ""), "-"], visit("2026-08-03"));
    expect(empty.status).toBe(2);
    const renamed = await run(["validate", "--ncci-ptp", file("edits.txt", readFileSync(PARTS[2] as string, "latin1")), "--format", "json", "-"], visit("2026-11-20"));
    expect(renamed.stderr).toContain("which quarter edits.txt is from cannot be told from the file names");
    expect(renamed.status).toBe(1);
  });
});
