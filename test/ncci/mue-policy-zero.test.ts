import { describe, expect, it } from "vitest";
import { getCode } from "../../src/catalog/catalog.js";
import type { Program, ServiceLine, Session } from "../../src/model/session.js";
import { checkMue, findMue } from "../../src/ncci/mue.js";
import { createNcciTables } from "../../src/ncci/tables.js";
import type { MueRow } from "../../src/ncci/types.js";
import { validateSession } from "../../src/validate.js";

function session(program: Program, services: ServiceLine[]): Session {
  return { dateOfService: "2024-08-01", payer: { program }, provider: { discipline: "PT" }, services };
}

// CMS's practitioner MUE file gives 97014 and 97010 a value of 0 with the rationale "CMS Policy":
// Medicare does not pay them (97014's service is G0283 for Medicare; 97010 is bundled). A plan
// other than Medicare may pay them, so there the 0 is a warning, not an error that stops the claim.
describe("an MUE of 0 set by CMS payment policy", () => {
  it("the bundled rows are such zeros (the premise of the cases below)", () => {
    expect(findMue("97014")).toMatchObject({ value: 0, rationale: "CMS Policy" });
    expect(findMue("97010")).toMatchObject({ value: 0, rationale: "CMS Policy" });
    expect(getCode("97014")?.medicareCode).toBe("G0283");
  });

  it("Medicare, 97014 × 1: still an error, and the fix names G0283", () => {
    const [f] = checkMue(session("medicare", [{ code: "97014", units: 1 }]));
    expect(f).toMatchObject({ rule: "mue/units-exceed", severity: "error", codes: ["97014"] });
    expect(f?.fix).toBe("Bill G0283 instead: Medicare takes G0283, not 97014, for this service.");
  });

  // Round 12 (helper codes): 97014 with G0283 on one Medicare visit said "Bill G0283 instead", so the
  // biller would bill the unattended e-stim twice (G0283 × 2).
  it("Medicare, 97014 with G0283 already on the visit: do not bill 97014, not 'bill G0283 instead'", () => {
    const [f] = checkMue(session("medicare", [{ code: "97014", units: 1 }, { code: "g0283", units: 1 }]));
    expect(f).toMatchObject({ rule: "mue/units-exceed", severity: "error", codes: ["97014"] });
    expect(f?.fix).toBe("Do not bill 97014: G0283, which Medicare takes for this service, is already billed.");
    const [c] = checkMue(session("commercial", [{ code: "G0283", units: 1 }, { code: "97014", units: 1 }]));
    expect(c?.fix).toBe("Check whether the payer pays 97014; if it follows Medicare, do not bill it.");
  });

  it("Medicare, 97010 × 1 (no Medicare code for it): the error and fix are as before", () => {
    const [f] = checkMue(session("medicare", [{ code: "97010", units: 1 }]));
    expect(f).toMatchObject({ severity: "error", fix: "Do not bill 97010 for the date of service." });
  });

  it.each(["commercial", "medicaid", "other"] as const)("%s, 97014 × 1: a warning that says the 0 is Medicare's policy", (program) => {
    const [f] = checkMue(session(program, [{ code: "97014", units: 1 }]));
    expect(f).toMatchObject({ rule: "mue/units-exceed", severity: "warning" });
    expect(f?.message).toContain("That 0 is Medicare's payment policy (Medicare does not pay 97014)");
    expect(f?.fix).toBe("Check whether the payer pays 97014; if it follows Medicare, bill G0283 instead.");
  });

  it("commercial, 97010 × 1: a warning whose fix says not to bill it where the plan follows Medicare", () => {
    const [f] = checkMue(session("commercial", [{ code: "97010", units: 1 }]));
    expect(f).toMatchObject({ severity: "warning", fix: "Check whether the payer pays 97010; if it follows Medicare, do not bill it." });
  });

  it("through validateSession: no MUE error for a commercial plan's 97014, one for Medicare's", () => {
    const visit = (program: Program) => ({ dateOfService: "2024-08-01", payer: { program }, provider: { discipline: "PT" as const }, services: [{ code: "97014", units: 1 }] });
    const mueErrors = (program: Program) => validateSession(visit(program)).findings.filter((f) => f.rule.startsWith("mue/") && f.severity === "error");
    expect(mueErrors("commercial")).toEqual([]);
    expect(mueErrors("medicare")).toEqual([expect.objectContaining({ rule: "mue/units-exceed", codes: ["97014"] })]);
  });

  it("a 0 for another reason, or a value above 0, is an error for every program", () => {
    const ncci = createNcciTables({
      mue: [
        { code: "97014", value: 0, adjudicationIndicator: 2, rationale: "Code Descriptor / CPT Instruction", setting: "practitioner" },
        { code: "97010", value: 1, adjudicationIndicator: 2, rationale: "CMS Policy", setting: "practitioner" },
      ],
      release: { mue: { name: "test-file" } },
    });
    const fs = checkMue(session("commercial", [{ code: "97014", units: 1 }, { code: "97010", units: 2 }]), { ncci });
    expect(fs.map((f) => [f.codes?.[0], f.severity])).toEqual([
      ["97014", "error"],
      ["97010", "error"],
    ]);
  });

  it("MAI 1 (a line limit) of 0 by CMS policy is reworded the same way", () => {
    const ncci = createNcciTables({ mue: [{ code: "97014", value: 0, adjudicationIndicator: 1, rationale: " cms policy ", setting: "practitioner" }], release: { mue: { name: "test-file" } } });
    const [f] = checkMue(session("commercial", [{ code: "97014", units: 1 }]), { ncci });
    expect(f).toMatchObject({ severity: "warning", path: ["services", 0, "units"] });
  });

  it("a row built in JavaScript without a rationale is not read as a policy 0 (and does not throw)", () => {
    const row = { code: "97014", value: 0, adjudicationIndicator: 3, setting: "practitioner" } as unknown as MueRow;
    const ncci = createNcciTables({ mue: [row], release: { mue: { name: "test-file" } } });
    expect(checkMue(session("commercial", [{ code: "97014", units: 1 }]), { ncci })).toEqual([expect.objectContaining({ severity: "error" })]);
  });
});
