import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { checkMue, findMue } from "../../src/ncci/mue.js";
import { MUE_ROWS } from "../../src/ncci/mue-data.js";
import { createNcciTables } from "../../src/ncci/tables.js";

function session(services: ServiceLine[], dateOfService = "2024-08-01"): Session {
  return { dateOfService, payer: { program: "medicare" }, provider: { discipline: "PT" }, services };
}

describe("checkMue on the real 2024 values (MCR_MUE_PractitionerServices_Eff_07-01-2024)", () => {
  it("97530 has a practitioner MUE of 6, MAI 3", () => {
    expect(findMue("97530")).toMatchObject({ value: 6, adjudicationIndicator: 3, file: "MCR_MUE_PractitionerServices_Eff_07-01-2024" });
  });

  it("7 units of 97530 in one day exceed the MUE of 6 (summed across lines)", () => {
    const fs = checkMue(session([{ code: "97530", units: 4 }, { code: "97110", units: 1 }, { code: "97530", units: 3 }]));
    expect(fs).toEqual([expect.objectContaining({ rule: "mue/units-exceed", severity: "error", path: ["services", 2, "units"], codes: ["97530"] })]);
    expect(fs[0]?.message).toContain("7 units");
    expect(fs[0]?.message).toContain("MUE for 97530 is 6");
    expect(fs[0]?.message).toContain("MAI 3");
    expect(fs[0]?.message).toContain("MCR_MUE_PractitionerServices_Eff_07-01-2024");
  });

  it("says 1 unit, not 1 units: 97010 (practitioner MUE 0) billed once; 92507 (MUE 1) billed twice", () => {
    const [hotPack] = checkMue(session([{ code: "97010", units: 1 }]));
    expect(hotPack?.message).toContain("97010 is billed for 1 unit on 2024-08-01");
    expect(hotPack?.fix).toBe("Do not bill 97010 for the date of service.");
    const [speech] = checkMue(session([{ code: "92507", units: 2 }]));
    expect(speech?.message).toContain("92507 is billed for 2 units");
    expect(speech?.fix).toBe("Bill at most 1 unit of 92507 for the date of service.");
  });

  it("6 units of 97530 pass", () => {
    expect(checkMue(session([{ code: "97530", units: 6 }]))).toEqual([]);
  });

  it("MAI 1 limits each line, not the day", () => {
    const ncci = createNcciTables({
      mue: [{ code: "97110", value: 2, adjudicationIndicator: 1, rationale: "test", setting: "practitioner", file: "test-file" }],
      release: { mue: { name: "test-file" } },
    });
    expect(checkMue(session([{ code: "97110", units: 2 }, { code: "97110", units: 2 }]), { ncci })).toEqual([]);
    expect(checkMue(session([{ code: "97110", units: 1 }, { code: "97110", units: 3 }]), { ncci })).toEqual([
      expect.objectContaining({ rule: "mue/units-exceed", path: ["services", 1, "units"] }),
    ]);
  });

  it("MAI 2 limits the day: 92526 twice in one day (MUE 1)", () => {
    expect(findMue("92526")?.adjudicationIndicator).toBe(2);
    expect(checkMue(session([{ code: "92526", units: 1 }, { code: "92526", units: 1 }]))[0]).toMatchObject({ rule: "mue/units-exceed", path: ["services", 1, "units"] });
  });

  it("the outpatient-hospital table is an option", () => {
    const op = MUE_ROWS.filter((r) => r.setting === "outpatient-hospital");
    expect(op.length).toBe(41);
    const row = op.find((r) => r.code === "97530")!;
    const s = session([{ code: "97530", units: row.value + 1 }]);
    expect(checkMue(s, { setting: "outpatient-hospital" })[0]?.message).toContain("outpatient-hospital MUE");
  });

  it("a code without an MUE row is 'no data' at info; lines without units are not counted", () => {
    expect(checkMue(session([{ code: "99213", units: 1 }, { code: "97530" }]))).toEqual([
      expect.objectContaining({ rule: "mue/no-data", severity: "info", codes: ["99213"] }),
    ]);
    // Thirteenth round: it says what to do (the hourly helper's note: it had no fix).
    expect(checkMue(session([{ code: "99213", units: 1 }]))[0]?.fix).toBe("Check 99213's units against the payer's MUE table by hand, or load CMS's current MUE table with parseMueFile (--mue in the CLI).");
  });

  it("a date of service outside the MUE release gets one info", () => {
    const fs = checkMue(session([{ code: "97530", units: 2 }, { code: "97110", units: 2 }], "2025-03-03"));
    expect(fs).toEqual([expect.objectContaining({ rule: "mue/release-differs", severity: "info" })]);
    // QUARTER: the fix names the table in force on that date by its CMS file name, and the CLI's way.
    expect(fs[0]?.fix).toBe("Load the MUE table of 2025 Q1 (MCR_MUE_PractitionerServices_Eff_01-01-2025.csv) with parseMueFile, or --mue in the CLI.");
    const oh = checkMue(session([{ code: "97530", units: 2 }], "2026-10-01"), { setting: "outpatient-hospital" });
    expect(oh.find((f) => f.rule === "mue/release-differs")?.fix).toContain("(MCR_MUE_OutpatientHospitalServices_Eff_10-01-2026.csv");
  });

  it("mue off in the payer profile skips the check", () => {
    expect(checkMue(session([{ code: "97530", units: 9 }]), { payer: { mue: false } })).toEqual([]);
  });
});
