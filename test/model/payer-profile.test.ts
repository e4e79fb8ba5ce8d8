import { describe, expect, it } from "vitest";
import { PAYER_PROFILES, resolvePayerProfile, type PayerProfileOverride } from "../../src/model/payer-profile.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { validateSession } from "../../src/validate.js";

describe("resolvePayerProfile", () => {
  it.each([
    ["medicare", "cms", true],
    ["medicaid", "cms", false],
    ["commercial", "ama", false],
    ["other", "ama", false],
  ] as const)("%s counts units by %s; Medicare-only rules on: %s", (program, method, medicareRules) => {
    const p = resolvePayerProfile({ program });
    expect(p.unitMethod).toBe(method);
    expect([p.disciplineModifiers, p.assistantModifiers, p.kxThreshold]).toEqual([medicareRules, medicareRules, medicareRules]);
    expect([p.ptpEdits, p.mue]).toEqual([true, true]);
  });

  it("payer.unitMethod overrides the program's default, and options override both", () => {
    expect(resolvePayerProfile({ program: "commercial", unitMethod: "cms" }).unitMethod).toBe("cms");
    expect(resolvePayerProfile({ program: "commercial", unitMethod: "cms" }, { unitMethod: "ama" }).unitMethod).toBe("ama");
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a value of the wrong type", 0],
  ])("an override field set to %s leaves the profile's value (fuzz branch: it switched the check off)", (_name, value) => {
    const override = { ptpEdits: value, mue: value, kxThreshold: value, unitMethod: value, name: value, pairOverlays: value } as unknown as PayerProfileOverride;
    expect(resolvePayerProfile({ program: "medicare" }, override)).toEqual(PAYER_PROFILES.medicare);
  });

  it.each([
    ["an object", { column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "plan policy" }],
    ["a string", "97140/97530"],
  ])("pairOverlays that is not a list (%s) is ignored like the other wrong-typed fields, so the pair check still runs", (_name, value) => {
    const override = { pairOverlays: value } as unknown as PayerProfileOverride;
    expect(resolvePayerProfile({ program: "medicare" }, override).pairOverlays).toEqual([]);
    const session = { dateOfService: "2025-03-14", payer: { program: "medicare" as const }, provider: { discipline: "PT" as const }, services: [{ code: "97110" }, { code: "97530" }] };
    expect(checkPairEdits(session, { payer: override }).map((f) => f.rule)).not.toContain("internal/check-failed");
    expect(validateSession(session, { payer: override }).findings.map((f) => f.rule)).not.toContain("internal/check-failed");
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["an empty object", {}],
    ["a string", "x"],
    ["a number", 7],
    ["an overlay without its rationale", { column1: "97140", column2: "97530", modifierIndicator: 0 }],
    ["an overlay whose indicator is the string \"0\"", { column1: "97140", column2: "97530", modifierIndicator: "0", rationale: "plan policy" }],
    ["an overlay whose dates are not strings", { column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "plan policy", from: 20250101 }],
  ])("a pairOverlays item that is not an overlay (%s) is skipped, and said to be: the other overlays and the NCCI edits still run", (_name, bad) => {
    const session = { dateOfService: "2025-03-14", payer: { program: "medicare" as const }, provider: { discipline: "PT" as const }, services: [{ code: "97140" }, { code: "97530" }, { code: "97150" }] };
    const good = { column1: "97140", column2: "97530", modifierIndicator: 0 as const, rationale: "plan policy" };
    const override = { pairOverlays: [bad, good, bad] } as unknown as PayerProfileOverride;
    const rules = (findings: readonly { rule: string }[]) => findings.map((f) => f.rule);
    const skipped = "ncci/payer-pair-edit-skipped";
    // Eighth round: each skipped item says so (pairOverlays[0] and [2]); nothing else changes.
    expect(checkPairEdits(session, { payer: override }).filter((f) => f.rule === skipped).map((f) => f.message.split(" (")[1]?.split(")")[0])).toEqual(["pairOverlays[0]", "pairOverlays[2]"]);
    expect(rules(checkPairEdits(session, { payer: override })).filter((r) => r !== skipped)).toEqual(rules(checkPairEdits(session, { payer: { pairOverlays: [good] } })));
    expect(rules(checkPairEdits(session, { payer: override }))).toContain("ncci/payer-pair-edit");
    expect(rules(validateSession(session, { payer: override }).findings)).not.toContain("internal/check-failed");
  });

  it("an override's unitMethod must be cms or ama, and its inherited fields do not count", () => {
    expect(resolvePayerProfile({ program: "medicare" }, { unitMethod: "AMA" as "ama" }).unitMethod).toBe("cms");
    expect(resolvePayerProfile({ program: "medicare" }, { ptpEdits: "false" as unknown as boolean }).ptpEdits).toBe(true);
    expect(resolvePayerProfile({ program: "medicare" }, Object.create({ kxThreshold: false }) as PayerProfileOverride).kxThreshold).toBe(true);
    expect(resolvePayerProfile({ program: "medicare" }, { unitMethod: "ama", ptpEdits: false, pairOverlays: [] })).toMatchObject({ unitMethod: "ama", ptpEdits: false });
  });

  // Eighth round (payer): an override that is not an object is none; a function's own `name`
  // ("AcmeHealth") was taken as the plan's name.
  it("an override that is not an object is no override", () => {
    for (const override of [function AcmeHealth() {}, "ama", 1, true, ["ama"]]) {
      expect(resolvePayerProfile({ program: "medicare" }, override as unknown as PayerProfileOverride)).toStrictEqual(resolvePayerProfile({ program: "medicare" }));
    }
  });

  it("names the plan from the session, and never changes the built-in profiles", () => {
    expect(resolvePayerProfile({ program: "commercial", name: "Acme" }).name).toBe("Acme");
    resolvePayerProfile({ program: "medicare" }, { kxThreshold: false });
    expect(PAYER_PROFILES.medicare.kxThreshold).toBe(true);
  });
});

// Twelfth round (commercial biller): a blank plan name ("" from an empty form field, in the
// session or the payer option) named no plan: "… ( pair rule (not an NCCI edit) …", source " payer policy".
describe("a blank plan name", () => {
  const session = {
    dateOfService: "2025-06-10", payer: { program: "commercial" as const, name: "" }, provider: { discipline: "PT" as const },
    services: [{ code: "97140", minutes: 15, units: 1 }, { code: "97530", minutes: 15, units: 1 }],
  };
  const pairOverlays = [{ column1: "97140", column2: "97530", modifierIndicator: 0 as const, rationale: "Plan policy" }];
  it("is no name: the program's (or the session's) name is shown instead", () => {
    expect(resolvePayerProfile({ program: "commercial", name: " " }).name).toBe("Commercial plan");
    expect(resolvePayerProfile({ program: "commercial", name: "Acme" }, { name: "" }).name).toBe("Acme");
    const f = checkPairEdits(session, { payer: { pairOverlays } }).find((g) => g.rule === "ncci/payer-pair-edit");
    expect(f?.message).toContain("Commercial plan pair rule (not an NCCI edit)");
    expect(f?.source.title).toBe("Commercial plan payer policy (pair rule supplied in the payer profile)");
  });
  it("in the payer option is an input/ignored-option warning naming what was used", () => {
    const r = validateSession({ ...session, payer: { program: "commercial", name: "Acme" } }, { payer: { name: "", pairOverlays } });
    expect(r.findings.filter((f) => f.rule === "input/ignored-option").map((f) => f.message)).toEqual([
      'The payer option\'s name is "", not a plan\'s name; the checks used "Acme" instead.',
    ]);
    expect(r.findings.find((f) => f.rule === "ncci/payer-pair-edit")?.message).toContain("Acme pair rule");
  });
});
