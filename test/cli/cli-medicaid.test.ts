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
});
