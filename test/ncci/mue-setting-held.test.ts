import { describe, expect, it } from "vitest";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { checkMue } from "../../src/ncci/mue.js";
import { MUE_ROWS } from "../../src/ncci/mue-data.js";
import { createNcciTables } from "../../src/ncci/tables.js";

function session(services: ServiceLine[]): Session {
  return { dateOfService: "2024-08-01", payer: { program: "medicare" }, provider: { discipline: "PT" }, services };
}

// An API user who loads only the outpatient-hospital MUE table and forgets `setting` used to get
// "No practitioner MUE value for 97110 …" for every code: true, but it never said why or what to do.
describe("MUE tables that hold rows of another setting only", () => {
  const hospital = createNcciTables({
    mue: MUE_ROWS.map((r) => ({ ...r, setting: "outpatient-hospital" as const })),
    release: { mue: { name: "MCR_MUE_OutpatientHospitalServices_Eff_07-01-2024" } },
  });

  it("checked as practitioner claims: one mue/no-data that names the setting the tables hold and what to pass", () => {
    const fs = checkMue(session([{ code: "97110", units: 2 }, { code: "97530", units: 9 }, { code: "92507", units: 1 }]), { ncci: hospital });
    expect(fs).toEqual([
      expect.objectContaining({
        rule: "mue/no-data",
        severity: "info",
        message: "The loaded MUE tables hold outpatient-hospital rows, none for practitioner claims: no units were checked.",
        fix: 'Pass setting: "outpatient-hospital" to check against the table loaded, or load the practitioner MUE table.',
      }),
    ]);
  });

  it("with setting: 'outpatient-hospital' the same tables check the units (97530 × 9 is over its MUE)", () => {
    const fs = checkMue(session([{ code: "97530", units: 9 }]), { ncci: hospital, setting: "outpatient-hospital" });
    expect(fs.map((f) => f.rule)).toContain("mue/units-exceed");
  });

  it("tables with a row of the setting keep the per-code mue/no-data for a code they lack", () => {
    const fs = checkMue(session([{ code: "97999", units: 1 }]));
    expect(fs).toEqual([expect.objectContaining({ rule: "mue/no-data", path: ["services", 0], codes: ["97999"] })]);
  });
});
