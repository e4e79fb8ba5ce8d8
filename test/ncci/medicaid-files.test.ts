import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Program, Session } from "../../src/model/session.js";
import { checkMue, checkPairEdits, createNcciTables, ncciReleaseOf, parseMueFile, parseNcciPtpFile } from "../../src/ncci/index.js";

// Medicaid's NCCI files (medicaid.gov): a PTP file without Medicare's "in existence prior to
// 1996" column, an MUE table without an adjudication indicator column, and names that are not
// ccipra-vNNNr0 / MCR_MUE_…. The samples are built from what could be found of the layout
// (data/ncci/README.md), not downloaded.
const samples = join(import.meta.dirname, "..", "..", "data", "ncci", "samples");
const PTP_NAME = "built-sample-medicaid-ncci-2026-q3-ptp-edits-practitioner-services.txt";
const MUE_NAME = "built-sample-MCD-MUE-PractitionerServices-Effective_07012026.txt";
const PTP_TEXT = readFileSync(join(samples, PTP_NAME), "latin1");
const MUE_TEXT = readFileSync(join(samples, MUE_NAME), "latin1");
const Q3 = { quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30" };

describe("parseNcciPtpFile: Medicaid's layout (no 1996 column)", () => {
  it("reads every row, dates and indicators in their places (each row was an error: 'the 1996 field must be \"*\" or empty, not \"20220101\"')", () => {
    const { rows, errors } = parseNcciPtpFile(PTP_TEXT, { file: PTP_NAME });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ column1: "97150", column2: "97530", effective: "2011-01-01", modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: PTP_NAME });
    expect(rows[0]).toMatchObject({ effective: "2022-01-01", deletion: "2023-12-31", modifierIndicator: 1 });
    expect(rows[2]).toMatchObject({ column1: "97161", column2: "97750", modifierIndicator: 0 });
  });

  it("Medicare's layout is read as before, and a row of neither layout is still an error on its line", () => {
    expect(parseNcciPtpFile("97150\t97530\t*\t20200101\t*\t1\tMutually exclusive procedures\n").rows[0]).toMatchObject({ inExistencePrior1996: true, effective: "2020-01-01" });
    expect(parseNcciPtpFile("97150\t97530\t20200101\t*\t1\tMutually exclusive procedures\textra\n").errors).toEqual([{ line: 1, message: "expected 6 tab-separated fields, found 7" }]);
    expect(parseNcciPtpFile("97150\t97530\tyes\t20200101\t*\t1\tMutually exclusive procedures\n").errors).toEqual([{ line: 1, message: 'the 1996 field must be "*" or empty, not "yes"' }]);
    expect(parseNcciPtpFile("hello\nworld\n").errors[0]?.message).toMatch(/^no PTP rows found: not a CMS NCCI PTP file/);
  });
});

describe("parseMueFile: Medicaid's table (tab-separated, no adjudication indicator)", () => {
  it("is refused with a message that says what is missing and what to pass, never read with a guessed indicator", () => {
    const { rows, errors } = parseMueFile(MUE_TEXT, { file: MUE_NAME });
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: expect.stringContaining("this MUE table has no MUE Adjudication Indicator column (Medicaid's MUE files have none)") }]);
    expect(errors[0]?.message).toContain("pass options.adjudicationIndicator");
  });

  it("with the indicator the state applies, every row is read (it was 'no MUE header row found')", () => {
    const { rows, errors } = parseMueFile(MUE_TEXT, { file: MUE_NAME, adjudicationIndicator: 1 });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { code: "92507", value: 1, adjudicationIndicator: 1, rationale: "Clinical: Data", setting: "practitioner", file: MUE_NAME },
      { code: "97530", value: 6, adjudicationIndicator: 1, rationale: "Clinical: Data", setting: "practitioner", file: MUE_NAME },
    ]);
    expect(parseMueFile(`${MUE_TEXT}97110\t4\tClinical: Data\textra\n`, { adjudicationIndicator: 3 }).errors).toEqual([{ line: 4, message: "expected 3 fields, found 4" }]);
  });

  it("a tab-separated Medicare table (with its indicator column) is read like the CSV one", () => {
    const { rows, errors } = parseMueFile("HCPCS/CPT Code\tPractitioner Services MUE Values\tMUE Adjudication Indicator\tMUE Rationale\n97530\t6\t3 Date of Service Edit: Clinical\tClinical: Data\n");
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ code: "97530", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data", setting: "practitioner" }]);
  });
});

describe("ncciReleaseOf: Medicaid's file names, and the program of every release it reads", () => {
  it("Medicaid names give the quarter and program medicaid (both orders CMS publishes); they gave undefined", () => {
    expect(ncciReleaseOf(PTP_NAME)).toEqual({ name: "medicaid-ncci-2026-q3", ...Q3, program: "medicaid" });
    expect(ncciReleaseOf("downloads/medicaid-ncci-q2-2026-ptp-edits-practitioner-services.zip")).toEqual({ name: "medicaid-ncci-2026-q2", quarter: "2026 Q2", from: "2026-04-01", through: "2026-06-30", program: "medicaid" });
    expect(ncciReleaseOf("MCD-MUE-PractitionerServices-Effective_07012026.txt")).toEqual({ name: "MCD-MUE-PractitionerServices-Effective_07012026", ...Q3, program: "medicaid" });
    expect(ncciReleaseOf("MCD-MUE-PRA-v2026q3-F1-D.txt")).toMatchObject({ ...Q3, program: "medicaid" });
  });

  it("Medicare's names say medicare; a name of no program or no quarter stays as it was", () => {
    expect(ncciReleaseOf("ccipra-v322r0-f1.TXT")?.program).toBe("medicare");
    expect(ncciReleaseOf("MCR_MUE_PractitionerServices_Eff_07-01-2026.csv")?.program).toBe("medicare");
    expect(ncciReleaseOf("MUE_Eff_07-01-2026.csv")).toEqual({ name: "MUE_Eff_07-01-2026", ...Q3 });
    expect(ncciReleaseOf("medicaid-ncci-ptp-edits.txt")).toBeUndefined();
  });
});

describe("tables loaded from the Medicaid files, end to end", () => {
  const ptp = parseNcciPtpFile(PTP_TEXT, { file: PTP_NAME }).rows;
  const mue = parseMueFile(MUE_TEXT, { file: MUE_NAME, adjudicationIndicator: 1 }).rows;
  const ncci = createNcciTables({ ptp, mue, release: { ptp: ncciReleaseOf(PTP_NAME), mue: ncciReleaseOf(MUE_NAME) } });
  const visit = (program: Program): Session => ({
    dateOfService: "2026-08-03",
    payer: { program },
    provider: { discipline: "PT" },
    services: [
      { code: "97150", units: 1, modifiers: ["GP"] },
      { code: "97530", units: 7, modifiers: ["GP"] },
    ],
  });

  it("a Medicaid visit: the pair edit and the MUE, citing the Medicaid release, and no note", () => {
    expect(checkPairEdits(visit("medicaid"), { ncci }).map((f) => [f.rule, f.source.version])).toEqual([["ncci/ptp-modifier-required", "medicaid-ncci-2026-q3 (2026 Q3)"]]);
    expect(checkMue(visit("medicaid"), { ncci }).map((f) => f.rule)).toEqual(["mue/no-data", "mue/units-exceed"]);
  });

  it("a Medicare visit: one warning that the edits are Medicaid's", () => {
    expect(checkPairEdits(visit("medicare"), { ncci }).map((f) => f.rule)).toEqual(["ncci/medicaid-edits-for-medicare", "ncci/ptp-modifier-required"]);
  });
});
