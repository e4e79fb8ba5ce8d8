import { describe, expect, it } from "vitest";
import { KNOWN_MODIFIERS, getModifier } from "../../src/modifiers/known-modifiers.js";

describe("KNOWN_MODIFIERS", () => {
  it.each(["GP", "GO", "GN", "CQ", "CO", "KX", "59", "XE", "XS", "XP", "XU", "GA", "GX", "GY", "GZ", "76", "77", "52", "95", "GT"])(
    "knows %s, with a meaning and a source",
    (m) => {
      const row = getModifier(m);
      expect(row?.meaning.length).toBeGreaterThan(20);
      expect(row?.source.title).toBeTruthy();
    },
  );

  it("rows are unique, two upper-case characters, with dated effective ranges written YYYY-MM-DD", () => {
    const names = KNOWN_MODIFIERS.map((r) => r.modifier);
    expect(new Set(names).size).toBe(names.length);
    for (const r of KNOWN_MODIFIERS) {
      expect(r.modifier).toMatch(/^[0-9A-Z]{2}$/);
      const eff: { from?: string; to?: string } = r.effective;
      for (const d of [eff.from, eff.to]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("looks modifiers up in any case and returns undefined for one it does not know", () => {
    expect(getModifier("cq")?.kind).toBe("assistant");
    expect(getModifier("ZZ")).toBeUndefined();
    expect(getModifier("KQ")).toBeUndefined();
  });
});
