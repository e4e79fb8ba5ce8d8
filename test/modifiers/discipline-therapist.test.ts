import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../src/modifiers/check-modifiers.js";
import type { Discipline, ServiceLine, Session } from "../../src/model/session.js";

// Thirteenth round (episode audit): a PT covering two visits of an OT plan of care (credential PT,
// discipline OT, GO on every line) was not flagged. MBPM ch. 15 §220.1.2 (stored manual text): the
// plan's type of treatment is given "for each discipline separately. For example, a physical
// therapist may not provide services under an occupational therapist plan of care. However, both may
// be treating the patient for the same condition at different times in the same day for goals
// consistent with their own scope of practice."
const visit = (discipline: Discipline, credential: NonNullable<Session["provider"]["credential"]>, services: ServiceLine[], extra: Partial<Session> = {}): Session => ({
  dateOfService: "2025-04-24", payer: { program: "medicare" }, provider: { discipline, credential }, services, ...extra,
});
const rules = (s: Session) => checkModifiers(s).map((f) => `${f.rule}:${f.severity}@${f.path?.[1]}`);

describe("modifier/therapist-discipline-mismatch (MBPM ch. 15 §220.1.2)", () => {
  it("a PT's visit on an OT plan: an error on every line saying what the claim needs", () => {
    const s = visit("OT", "PT", [{ code: "97110", minutes: 15, units: 1, modifiers: ["GO"] }, { code: "97535", minutes: 15, units: 1, modifiers: ["GO"] }]);
    expect(rules(s)).toEqual(["modifier/therapist-discipline-mismatch:error@0", "modifier/therapist-discipline-mismatch:error@1"]);
    const [f] = checkModifiers(s);
    expect(f!.message).toBe("97110 was furnished by a physical therapist (PT), the rendering provider, but this visit is under an OT plan of care: a therapist may not treat under another discipline's plan, even for the same condition.");
    expect(f!.fix).toBe("Bill what the PT furnished under a PT plan of care of their own (their evaluation and certified plan), with GP; or correct the provider's discipline or credential.");
    expect(f!.source.section).toContain("§220.1.2");
  });
  it.each<[Discipline, "PT" | "OT" | "SLP", string]>([["PT", "OT", "GP"], ["PT", "SLP", "GP"], ["OT", "SLP", "GO"], ["SLP", "PT", "GN"], ["SLP", "OT", "GN"]])(
    "the %s plan with the credential %s → an error, and no CQ/CO, SLP-assistant or KX finding", (discipline, credential, gx) => {
      const s = visit(discipline, credential, [{ code: "97530", minutes: 20, units: 1, modifiers: [gx, "KX"], assistantMinutes: 10, allowedAmount: 40 }], { therapyYearToDate: { ptSlp: 2400, ot: 2400 } });
      expect(rules(s).filter((r) => !r.startsWith("modifier/kx-"))).toEqual(["modifier/therapist-discipline-mismatch:error@0"]);
      expect(rules(s).filter((r) => r.startsWith("modifier/kx-required"))).toEqual([]);
    });
  it.each<[Discipline, "PT" | "OT" | "SLP" | "PTA" | "OTA" | "other"]>([["PT", "PT"], ["OT", "OT"], ["SLP", "SLP"], ["OT", "OTA"], ["OT", "other"]])("the %s plan with %s → none", (discipline, credential) => {
    expect(rules(visit(discipline, credential, [{ code: "97110", minutes: 15, units: 1, modifiers: [discipline === "PT" ? "GP" : discipline === "OT" ? "GO" : "GN"] }])).filter((r) => r.startsWith("modifier/therapist"))).toEqual([]);
  });
  it("Medicare rules only: a commercial payer's PT on an OT plan → none", () => {
    expect(rules(visit("OT", "PT", [{ code: "97110", minutes: 15, units: 1, modifiers: ["GO"] }], { payer: { program: "commercial" } }))).toEqual([]);
  });
});

// The billing system may put the covering clinician's own modifier on the line: "Replace GP with GO"
// (modifier/therapy-modifier-mismatch) then contradicted the provider error and would bill a PT's
// service as OT, which §220.1.2 forbids.
describe("a covering clinician's own discipline modifier is left to the provider error (OWN-MODIFIER)", () => {
  it.each<[Discipline, "PT" | "PTA" | "OT" | "SLP", string, string]>([
    ["OT", "PT", "GP", "modifier/therapist-discipline-mismatch"], ["OT", "PTA", "GP", "modifier/assistant-discipline-mismatch"], ["PT", "SLP", "GN", "modifier/therapist-discipline-mismatch"],
  ])("the %s plan, credential %s, %s on the line → only %s", (discipline, credential, gx, rule) => {
    expect(rules(visit(discipline, credential, [{ code: "97110", minutes: 15, units: 1, modifiers: [gx] }]))).toEqual([`${rule}:error@0`]);
  });
  it("a third discipline's modifier is still a mismatch", () => {
    expect(rules(visit("OT", "PT", [{ code: "97110", minutes: 15, units: 1, modifiers: ["GN"] }]))).toEqual(["modifier/therapy-modifier-mismatch:error@0", "modifier/therapist-discipline-mismatch:error@0"]);
  });
  it("the plan's own therapist with another modifier: still a mismatch", () => {
    expect(rules(visit("OT", "OT", [{ code: "97110", minutes: 15, units: 1, modifiers: ["GP"] }]))).toEqual(["modifier/therapy-modifier-mismatch:error@0"]);
  });
});

// Thirteenth round (lead, from the episode helper's note): a PT who evaluates on an OT plan's visit
// was told "Bill the OT evaluation code instead", which would bill the PT's evaluation as OT.
describe("a covering therapist's own evaluation is left to the provider error (OWN-EVAL)", () => {
  it.each<[Discipline, "PT" | "OT" | "SLP", string, string]>([
    ["OT", "PT", "97161", "GP"], ["PT", "OT", "97166", "GO"], ["OT", "PT", "97164", "GP"],
  ])("the %s plan, credential %s, %s with %s → only the provider error", (discipline, credential, code, gx) => {
    expect(rules(visit(discipline, credential, [{ code, minutes: 30, units: 1, modifiers: [gx] }]))).toEqual(["modifier/therapist-discipline-mismatch:error@0"]);
  });
  it("another discipline's evaluation on the plan's own therapist's visit is still a mismatch", () => {
    expect(rules(visit("OT", "OT", [{ code: "97161", minutes: 30, units: 1, modifiers: ["GP"] }]))).toEqual(["modifier/therapy-modifier-mismatch:error@0"]);
  });
});

