import { describe, expect, it } from "vitest";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { EXTENDED_NCCI_TABLES, PTP_EXTENDED_ROWS } from "../../src/ncci/extended.js";
import { findPtpEdit } from "../../src/ncci/ptp.js";

describe("therapy-claims/ncci/extended (9,008 rows, ccipra-v301r0)", () => {
  it("indexes every row, keeping several rows per pair", () => {
    expect(EXTENDED_NCCI_TABLES.ptpRowCount).toBe(9008);
    const pairs = new Set(PTP_EXTENDED_ROWS.map((r) => `${r.column1}|${r.column2}`));
    expect([...EXTENDED_NCCI_TABLES.ptpByPair.values()].reduce((n, rows) => n + rows.length, 0)).toBe(9008);
    expect(EXTENDED_NCCI_TABLES.ptpByPair.size).toBe(pairs.size);
  });

  // Thirteenth round: 29581 is a catalog code, so its edit with 97140 is in the core table now; 21073 (no catalog code) is not.
  it("21073 (a jaw manipulation under anesthesia) over 97140 is an edit only in the extended table", () => {
    expect(findPtpEdit("97140", "21073", "2024-05-01")).toBeUndefined();
    expect(findPtpEdit("97140", "21073", "2024-05-01", EXTENDED_NCCI_TABLES)).toMatchObject({ column1: "21073", column2: "97140", modifierIndicator: 1 });
    const s = { dateOfService: "2024-05-01", payer: { program: "medicare" as const }, provider: { discipline: "PT" as const }, services: [{ code: "97140" }, { code: "21073" }] };
    expect(checkPairEdits(s, { ncci: EXTENDED_NCCI_TABLES }).map((f) => [f.rule, f.path])).toEqual([["ncci/ptp-modifier-required", ["services", 0]]]);
  });

  it("agrees with the core table on every pair the core table has", () => {
    for (const d of ["2019-06-03", "2020-06-01", "2024-05-01"]) {
      for (const [a, b] of [["97150", "97530"], ["97140", "97530"], ["97161", "97750"], ["92507", "97530"], ["97530", "97116"]] as const) {
        expect(findPtpEdit(a, b, d, EXTENDED_NCCI_TABLES)?.row).toEqual(findPtpEdit(a, b, d) === undefined ? undefined : expect.objectContaining(findPtpEdit(a, b, d)!.row));
      }
    }
  });
});
