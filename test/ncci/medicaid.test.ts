import { describe, expect, it } from "vitest";
import type { Program, ServiceLine, Session } from "../../src/model/session.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { checkMue } from "../../src/ncci/mue.js";
import { MUE_ROWS } from "../../src/ncci/mue-data.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { createNcciTables, DEFAULT_NCCI_TABLES } from "../../src/ncci/tables.js";
import { NCCI_SOURCES } from "../../src/ncci/sources.js";
import { validateSession } from "../../src/validate.js";

// Medicaid has its own NCCI program (Affordable Care Act §6507; CMS letter SMD #10-017): its
// PTP edits and MUE values can differ from Medicare's. A Medicaid visit was checked against the
// bundled Medicare tables and its findings cited them as if they were the Medicaid ones, without
// a word; a Medicare visit checked against tables loaded from Medicaid's files was not told either.

function visit(program: Program, services: ServiceLine[] = [{ code: "92507", units: 2, modifiers: ["GN"] }]): Session {
  return { dateOfService: "2025-03-14", payer: { program }, provider: { discipline: "SLP" }, services };
}

const MEDICAID_Q1_2025 = { quarter: "2025 Q1", from: "2025-01-01", through: "2025-03-31", program: "medicaid" as const };
const medicaidTables = createNcciTables({
  ptp: PTP_CORE_ROWS,
  mue: MUE_ROWS,
  release: { ptp: { name: "medicaid-ncci-2025-q1-ptp-edits-practitioner-services", ...MEDICAID_Q1_2025 }, mue: { name: "medicaid-ncci-2025-q1-mue-edits-practitioner-services", ...MEDICAID_Q1_2025 } },
});

describe("a Medicaid visit checked against Medicare's NCCI tables", () => {
  it("the brief's visit (92507 × 2, Medicaid, bundled tables): one info finding, naming both Medicare releases and citing Medicaid NCCI", () => {
    const notes = validateSession(visit("medicaid")).findings.filter((f) => f.rule === "ncci/medicare-edits-for-medicaid");
    expect(notes).toEqual([
      {
        rule: "ncci/medicare-edits-for-medicaid",
        severity: "info",
        message:
          "This Medicaid visit was checked against Medicare's NCCI PTP edits (ccipra-v301r0 (2024 Q2)) and MUE values (MCR_MUE_PractitionerServices_Eff_07-01-2024 (2024 Q3)), not Medicaid's: each program has its own NCCI files, and their edits and MUE values can differ.",
        fix: expect.stringContaining("Load the state's quarter of the Medicaid NCCI files"),
        source: NCCI_SOURCES.medicaidNcci,
      },
    ]);
    expect(NCCI_SOURCES.medicaidNcci.section).toContain("SMD #10-017");
  });

  it("once per visit, however many lines and pair edits; and the MUE findings' source says the tables are Medicare's", () => {
    const s = visit("medicaid", [
      { code: "97150", units: 1, modifiers: ["GP"] },
      { code: "97530", units: 9, modifiers: ["GP"] },
      { code: "97110", units: 2, modifiers: ["GP"] },
    ]);
    const findings = validateSession(s).findings;
    expect(findings.filter((f) => f.rule === "ncci/medicare-edits-for-medicaid")).toHaveLength(1);
    const mue = findings.find((f) => f.rule === "mue/units-exceed");
    expect(mue?.source.title).toBe("CMS Medically Unlikely Edits (MUE), Medicare tables");
    expect(findings.find((f) => f.rule === "ncci/ptp-modifier-required")?.source.title).toContain("Medicare practitioner table");
  });

  it("names only the side the payer profile checks, and nothing when it checks neither or the visit has no lines", () => {
    const ptpOnly = checkPairEdits(visit("medicaid"), { payer: { mue: false } });
    expect(ptpOnly[0]?.message).toContain("NCCI PTP edits (ccipra-v301r0 (2024 Q2)), not Medicaid's");
    expect(checkPairEdits(visit("medicaid"), { payer: { mue: false, ptpEdits: false } })).toEqual([]);
    expect(checkPairEdits(visit("medicaid", []))).toEqual([]);
  });

  it("a release of unknown program (written by hand, no program) and other payers get no note", () => {
    const unknown = createNcciTables({ ptp: PTP_CORE_ROWS, release: { ptp: { name: "my-extract" } } });
    expect(checkPairEdits(visit("medicaid"), { ncci: unknown }).map((f) => f.rule)).toEqual([]);
    for (const program of ["medicare", "commercial", "other"] as const) expect(checkPairEdits(visit(program)).map((f) => f.rule)).toEqual([]);
  });
});

describe("a Medicaid visit after the tables' quarter", () => {
  it("is told to load Medicaid's files of its quarter, not Medicare's ccipra/MCR_MUE files (it was told 'Load the four NCCI PTP files of 2025 Q1 (ccipra-v310r0-f1.TXT …)')", () => {
    const s = visit("medicaid", [
      { code: "97110", units: 2, modifiers: ["GP"] },
      { code: "97530", units: 2, modifiers: ["GP"] },
    ]);
    expect(checkPairEdits(s).find((f) => f.rule === "ncci/release-older-than-service")?.fix).toBe(
      "Load the Medicaid NCCI PTP edits (practitioner services) of 2025 Q1 from CMS's Medicaid NCCI edit files page with parseNcciPtpFile, or --ncci-ptp in the CLI.",
    );
    expect(checkMue(s).find((f) => f.rule === "mue/release-differs")?.fix).toBe(
      "Load the Medicaid NCCI MUEs (practitioner services) of 2025 Q1 from CMS's Medicaid NCCI edit files page with parseMueFile, or --mue in the CLI.",
    );
    expect(checkPairEdits({ ...s, payer: { program: "medicare" } }).find((f) => f.rule === "ncci/release-older-than-service")?.fix).toContain("ccipra-v310r0-f1.TXT");
  });
});

describe("tables loaded from Medicaid's NCCI files", () => {
  it("a Medicaid visit gets no note, and its findings cite Medicaid NCCI with the Medicaid release", () => {
    const s = visit("medicaid", [
      { code: "97150", units: 1, modifiers: ["GP"] },
      { code: "97530", units: 9, modifiers: ["GP"] },
    ]);
    const pair = checkPairEdits(s, { ncci: medicaidTables });
    expect(pair.map((f) => f.rule)).toEqual(["ncci/ptp-modifier-required"]);
    expect(pair[0]?.source).toEqual({ ...NCCI_SOURCES.medicaidNcci, version: "medicaid-ncci-2025-q1-ptp-edits-practitioner-services (2025 Q1)" });
    const mue = checkMue(s, { ncci: medicaidTables });
    expect(mue.map((f) => [f.rule, f.source.title])).toEqual([["mue/units-exceed", NCCI_SOURCES.medicaidNcci.title]]);
  });

  it("a Medicare visit checked against them gets one warning: the wrong program's edits", () => {
    const fs = checkPairEdits(visit("medicare"), { ncci: medicaidTables });
    expect(fs).toEqual([
      expect.objectContaining({
        rule: "ncci/medicaid-edits-for-medicare",
        severity: "warning",
        message:
          "This Medicare visit was checked against Medicaid's NCCI PTP edits (medicaid-ncci-2025-q1-ptp-edits-practitioner-services (2025 Q1)) and MUE values (medicaid-ncci-2025-q1-mue-edits-practitioner-services (2025 Q1)), not Medicare's: each program has its own NCCI files, and their edits and MUE values can differ.",
        source: NCCI_SOURCES.ptpEdits,
      }),
    ]);
  });

  it("a 0 in Medicaid's own MUE file (rationale CMS Policy) stays an error, not 'Medicare's payment policy' (it was a warning saying Medicare does not pay 97014)", () => {
    const zero = createNcciTables({
      mue: [{ code: "97014", value: 0, adjudicationIndicator: 2, rationale: "CMS Policy", setting: "practitioner" }],
      release: { mue: { name: "medicaid-ncci-2025-q1", ...MEDICAID_Q1_2025 } },
    });
    const fs = checkMue(visit("medicaid", [{ code: "97014", units: 1, modifiers: ["GP"] }]), { ncci: zero });
    expect(fs).toEqual([expect.objectContaining({ rule: "mue/units-exceed", severity: "error", fix: "Do not bill 97014 for the date of service." })]);
    expect(fs[0]?.message).not.toContain("Medicare");
    // From Medicare's rows (the bundled tables), the 0 is still said to be Medicare's policy.
    expect(checkMue(visit("medicaid", [{ code: "97014", units: 1, modifiers: ["GP"] }])).find((f) => f.rule === "mue/units-exceed")?.severity).toBe("warning");
  });

  it("the bundled tables say they are Medicare's", () => {
    expect(DEFAULT_NCCI_TABLES.release.ptp?.program).toBe("medicare");
    expect(DEFAULT_NCCI_TABLES.release.mue?.program).toBe("medicare");
  });
});
