import { describe, expect, it } from "vitest";
import { findPtpEdit, ptpRowAppliesOn } from "../../src/ncci/ptp.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { PTP_EXTENDED_ROWS } from "../../src/ncci/ptp-data-extended.js";
import { createNcciTables, DEFAULT_NCCI_TABLES } from "../../src/ncci/tables.js";
import type { PtpRow } from "../../src/ncci/types.js";

const rows = (c1: string, c2: string) => PTP_CORE_ROWS.filter((r) => r.column1 === c1 && r.column2 === c2);

describe("ptpRowAppliesOn (dates inclusive, domain reference §13.1)", () => {
  const row: PtpRow = { column1: "A0001", column2: "A0002", effective: "2020-10-01", deletion: "2021-12-31", modifierIndicator: 1, rationale: "r" };
  it.each([
    ["the day before the effective date", "2020-09-30", false],
    ["the effective date itself", "2020-10-01", true],
    ["a day inside", "2021-06-15", true],
    ["the deletion date itself (last day in force)", "2021-12-31", true],
    ["the day after the deletion date", "2022-01-01", false],
  ])("%s (%s) → %s", (_, on, expected) => {
    expect(ptpRowAppliesOn(row, on)).toBe(expected);
  });
  it("a row without an effective date applies to every date up to its deletion date", () => {
    const { effective: _e, ...undated } = row;
    expect(ptpRowAppliesOn(undated, "1990-01-01")).toBe(true);
  });
  it("a row without a deletion date (* in the file) never ends", () => {
    const { deletion: _d, ...active } = row;
    expect(ptpRowAppliesOn(active, "2099-12-31")).toBe(true);
  });
  it("indicator 9 applies on no date, not even on the day its dates name", () => {
    const voided: PtpRow = { ...row, effective: "2020-01-01", deletion: "2020-01-01", modifierIndicator: 9 };
    expect(["2019-12-31", "2020-01-01", "2020-01-02"].map((d) => ptpRowAppliesOn(voided, d))).toEqual([false, false, false]);
  });
});

describe("findPtpEdit on the real 2024 Q2 rows (ccipra-v301r0)", () => {
  it("97150 (column 1) over 97530 (column 2), indicator 1, active: either order asked", () => {
    expect(rows("97150", "97530")).toEqual([expect.objectContaining({ modifierIndicator: 1, rationale: "Mutually exclusive procedures" })]);
    expect(rows("97150", "97530")[0]?.deletion).toBeUndefined();
    for (const [a, b] of [["97150", "97530"], ["97530", "97150"]] as const) {
      const e = findPtpEdit(a, b, "2024-05-01");
      expect(e).toMatchObject({ column1: "97150", column2: "97530", modifierIndicator: 1, effectiveDateUnknown: true });
      expect(e?.release?.name).toBe("ccipra-v301r0");
    }
  });

  it("97140/97530 is an edit for a 2019 date of service and not for 2024 (deleted 2019-12-31, §13.2)", () => {
    expect(rows("97140", "97530").map((r) => [r.deletion, r.modifierIndicator])).toEqual([["2019-12-31", 1]]);
    expect(rows("97530", "97140")).toEqual([]);
    expect(findPtpEdit("97530", "97140", "2019-06-03")).toMatchObject({ column1: "97140", column2: "97530", modifierIndicator: 1 });
    expect(findPtpEdit("97140", "97530", "2024-05-01")).toBeUndefined();
  });

  it("97140/97530 boundary: the deletion date itself is in force, the day after is not", () => {
    expect(findPtpEdit("97140", "97530", "2019-12-31")).toBeDefined();
    expect(findPtpEdit("97140", "97530", "2020-01-01")).toBeUndefined();
  });

  it("97161 (column 1) over 97750 (column 2) is indicator 0 on every row: never bypassed", () => {
    expect(rows("97161", "97750").map((r) => [r.deletion ?? "*", r.modifierIndicator])).toEqual([
      ["2017-12-31", 0],
      ["2019-12-31", 0],
      ["*", 0],
    ]);
    for (const d of ["2017-06-01", "2019-12-31", "2020-01-01", "2024-05-01"]) {
      expect(findPtpEdit("97750", "97161", d)).toMatchObject({ column1: "97161", column2: "97750", modifierIndicator: 0 });
    }
  });

  it("the January-2020 evaluation edits (97530/97150 over 97161–97167, indicator 9) never apply", () => {
    const evalRows = PTP_CORE_ROWS.filter(
      (r) => ["97530", "97150"].includes(r.column1) && ["97161", "97162", "97163", "97165", "97166", "97167"].includes(r.column2),
    );
    expect(evalRows.length).toBe(12);
    expect(evalRows.every((r) => r.modifierIndicator === 9 && r.deletion === "2020-01-01")).toBe(true);
    for (const r of evalRows) {
      for (const d of ["2019-12-31", "2020-01-01", "2020-01-02", "2024-05-01"]) {
        expect(findPtpEdit(r.column1, r.column2, d), `${r.column1}/${r.column2} ${d}`).toBeUndefined();
      }
    }
  });

  it("97530/97116: ended 2019-12-31; the October-2020 reinstatement was voided (indicator 9)", () => {
    expect(findPtpEdit("97530", "97116", "2019-12-31")?.modifierIndicator).toBe(1);
    expect(findPtpEdit("97530", "97116", "2020-10-01")).toBeUndefined();
    expect(findPtpEdit("97530", "97116", "2024-05-01")).toBeUndefined();
  });

  it("several rows in force: indicator 0 beats 1", () => {
    const t = createNcciTables({
      ptp: [
        { column1: "97530", column2: "97750", modifierIndicator: 1, rationale: "one" },
        { column1: "97750", column2: "97530", modifierIndicator: 0, rationale: "zero" },
      ],
      release: {},
    });
    expect(findPtpEdit("97530", "97750", "2024-01-01", t)).toMatchObject({ modifierIndicator: 0, column1: "97750", rationale: "zero" });
    expect(findPtpEdit("97750", "97530", "2024-01-01", t)).toMatchObject({ modifierIndicator: 0, column1: "97750" });
  });

  it("the same code twice is never an edit", () => {
    expect(findPtpEdit("97530", "97530", "2024-05-01")).toBeUndefined();
  });

  // Thirteenth round: 353 in-scope rows and 264 more whose two codes are both catalog codes; twentieth round:
  // 19 more, the wound-care codes' rows with 97164, 97022 and 97035 (283 in all).
  it("the bundled core table is the 670 rows and the extended one the 9,008 rows", () => {
    expect(PTP_CORE_ROWS.length).toBe(670);
    expect(DEFAULT_NCCI_TABLES.ptpRowCount).toBe(670);
    expect(PTP_EXTENDED_ROWS.length).toBe(9008);
    expect(PTP_EXTENDED_ROWS.filter((r) => r.modifierIndicator === 9).length).toBe(2355);
  });
});
