import { describe, expect, it } from "vitest";
import { PAYER_PROFILES, resolvePayerProfile } from "../../src/model/payer-profile.js";

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

  it("names the plan from the session, and never changes the built-in profiles", () => {
    expect(resolvePayerProfile({ program: "commercial", name: "Acme" }).name).toBe("Acme");
    resolvePayerProfile({ program: "medicare" }, { kxThreshold: false });
    expect(PAYER_PROFILES.medicare.kxThreshold).toBe(true);
  });
});
