import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkMue, checkPairEdits, createNcciTables, findPtpEdit, ncciReleaseOf, parseMueFile, parseNcciPtpFile } from "../../src/ncci/index.js";

describe("docs/ncci.md examples", () => {
  const session: Session = {
    dateOfService: "2024-05-01",
    payer: { program: "medicare" },
    provider: { discipline: "PT" },
    services: [
      { code: "97150", units: 1, modifiers: ["GP"] },
      { code: "97530", units: 7, modifiers: ["GP"] },
    ],
  };
  it("the opening example gives what the page says", () => {
    expect(findPtpEdit("97530", "97150", "2024-05-01")).toMatchObject({ column1: "97150", column2: "97530", modifierIndicator: 1, rationale: "Mutually exclusive procedures", effectiveDateUnknown: true });
    expect(checkPairEdits(session).map((f) => f.rule)).toEqual(["ncci/ptp-modifier-required"]);
    expect(checkMue(session).map((f) => f.rule)).toEqual(["mue/units-exceed"]);
  });
  it("the loading example (ncciReleaseOf passed as it is) gives a dated release, and a visit after it is told which files to load", () => {
    const ptpFiles = ["f1", "f2", "f3", "f4"].map((part) => `ccipra-v322r0-${part}.TXT`);
    const texts: Record<string, string> = Object.fromEntries(ptpFiles.map((f) => [f, "97150\t97530\t\t20201001\t*\t1\tMutually exclusive procedures\r\n"]));
    const ptp = ptpFiles.flatMap((file) => parseNcciPtpFile(texts[file] as string, { file }).rows);
    const mueFile = "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv";
    const mue = parseMueFile('"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n97530,6,3 Date of Service Edit: Clinical,Clinical: Data\n', { file: mueFile });
    const ncci = createNcciTables({ ptp, mue: mue.rows, release: { ptp: ncciReleaseOf(ptpFiles), mue: ncciReleaseOf(mueFile) } });
    expect(ncci.release.ptp).toEqual({ name: "ccipra-v322r0", quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30", program: "medicare" });
    const later = { ...session, dateOfService: "2026-11-20" };
    expect(checkPairEdits(later, { ncci }).find((f) => f.rule === "ncci/release-older-than-service")?.fix).toBe(
      "Load the four NCCI PTP files of 2026 Q4 (ccipra-v323r0-f1.TXT to -f4.TXT) with parseNcciPtpFile, or --ncci-ptp in the CLI.",
    );
    expect(checkMue(later, { ncci }).map((f) => f.rule)).toEqual(["mue/release-differs", "mue/no-data", "mue/units-exceed"]);
  });

  it("the payer-overlay example gives what the page says", () => {
    const s: Session = { ...session, payer: { program: "commercial" }, services: [{ code: "97140" }, { code: "97530", modifiers: ["59"] }] };
    const payer = {
      name: "Acme Health",
      pairOverlays: [{ column1: "97140", column2: "97530", modifierIndicator: 0 as const, rationale: "Plan policy: not paid on the same day", from: "2023-01-01" }],
    };
    const fs = checkPairEdits(s, { payer });
    expect(fs).toEqual([expect.objectContaining({ rule: "ncci/payer-pair-edit", severity: "error", path: ["services", 1], codes: ["97140", "97530"] })]);
    expect(fs[0]?.message).toContain("Acme Health pair rule");
  });
});
