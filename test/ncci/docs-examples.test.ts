import { describe, expect, it } from "vitest";
import type { Session } from "../../src/model/session.js";
import { checkMue, checkPairEdits, findPtpEdit } from "../../src/ncci/index.js";

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
