import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";
import { CLEAN_VISIT } from "../validate/fixtures.js";

// A Medicaid biller at the command line (eleventh round): the bundled tables are Medicare's, and
// a Medicaid PTP file (built sample, data/ncci/samples) loaded with --ncci-ptp is named as Medicaid's.
const dir = mkdtempSync(join(tmpdir(), "therapy-claims-medicaid-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samples = join(import.meta.dirname, "..", "..", "data", "ncci", "samples");
const PTP = join(dir, "medicaid-ncci-2026-q3-ptp-edits-practitioner-services.txt");
copyFileSync(join(samples, "built-sample-medicaid-ncci-2026-q3-ptp-edits-practitioner-services.txt"), PTP);
const MUE = join(dir, "MCD-MUE-PractitionerServices-Effective_07012026.txt");
copyFileSync(join(samples, "built-sample-MCD-MUE-PractitionerServices-Effective_07012026.txt"), MUE);

const visit = (program: string): string => JSON.stringify({ ...CLEAN_VISIT, dateOfService: "2026-08-03", payer: { program } });
type Report = { meta: { ncciDataVersion: string }; findings: { rule: string; severity: string; message: string }[] };
const ncciRules = (stdout: string): string[] => (JSON.parse(stdout)[0] as Report).findings.map((f) => f.rule).filter((r) => /^ncci\/(medic|release)/.test(r));

describe.concurrent("therapy-claims validate for Medicaid", () => {
  it("bundled tables: the Medicaid visit is told its NCCI rows are Medicare's", async () => {
    const r = await run(["validate", "--format", "json", "-"], visit("medicaid"));
    expect(ncciRules(r.stdout)).toContain("ncci/medicare-edits-for-medicaid");
  });

  it("a Medicaid PTP file loaded: read without a warning, named for its quarter; the note names only the MUE values (still the bundled Medicare ones)", async () => {
    const r = await run(["validate", "--ncci-ptp", PTP, "--format", "json", "-"], visit("medicaid"));
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout)[0] as Report;
    expect(report.meta.ncciDataVersion).toMatch(/^medicaid-ncci-2026-q3 \(2026 Q3\); MCR_MUE/);
    const note = report.findings.find((f) => f.rule === "ncci/medicare-edits-for-medicaid");
    expect(note?.message).toContain("Medicare's NCCI MUE values (MCR_MUE_PractitionerServices_Eff_07-01-2024 (2024 Q3)), not Medicaid's");
    expect(note?.message).not.toContain("PTP");
    const medicare = await run(["validate", "--ncci-ptp", PTP, "--format", "json", "-"], visit("medicare"));
    expect(ncciRules(medicare.stdout)).toContain("ncci/medicaid-edits-for-medicare");
  });

  // Medicaid's MUE tables have no adjudication indicator column: the parser refuses to guess one
  // (options.adjudicationIndicator); the CLI's way to give it is --mue-indicator.
  it("a Medicaid MUE table without --mue-indicator: refused, and the error names the option", async () => {
    const r = await run(["validate", "--mue", MUE, "-"], visit("medicaid"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no MUE rows could be read");
    expect(r.stderr).toContain("give --mue-indicator 1, 2 or 3");
  });

  it("a Medicaid MUE table with --mue-indicator 3: read, its rows checked, no note that the MUE values are Medicare's", async () => {
    const r = await run(["validate", "--mue", MUE, "--mue-indicator", "3", "--format", "json", "-"], visit("medicaid"));
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout)[0] as Report;
    expect(report.meta.ncciDataVersion).toContain("2026 Q3");
    const note = report.findings.find((f) => f.rule === "ncci/medicare-edits-for-medicaid");
    expect(note?.message ?? "").toContain("PTP edits");
    expect(note?.message ?? "").not.toContain("MUE values (");
  });

  it.each([
    [["validate", "--mue-indicator", "3", "-"], "--mue-indicator goes with --mue"],
    [["validate", "--mue", "x.csv", "--mue-indicator", "4", "-"], '--mue-indicator must be one of 1, 2, 3 (got "4")'],
    [["units", "97110=15", "--mue-indicator", "1"], "--mue-indicator is an option of validate, not units"],
  ])("%j is a usage error", async (args, message) => {
    const r = await run(args, visit("medicaid"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
