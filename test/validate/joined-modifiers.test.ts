/**
 * A modifier sent as two joined (round 11, helper day): `modifiers: ["GP59"]` gave "must be a
 * 2-character modifier … Correct services[0].modifiers[0] or leave it out", which does not tell a
 * biller that GP and 59 were run together (visit V22 of test/cli/fixtures/clinic-day.ndjson). The
 * warning now says what it reads as and how to send it; the item is still ignored (not guessed).
 */
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";

const visit = (modifiers: unknown) => ({
  dateOfService: "2024-06-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT" },
  services: [{ code: "97530", minutes: 25, units: 2, modifiers, activity: "Floor-to-waist lifts x10" }, { code: "97110", minutes: 15, units: 1, modifiers: ["GP"], activity: "Step-ups 3x10" }],
});
const ignored = (modifiers: unknown) => validateSession(visit(modifiers)).findings.filter((f) => f.rule === "input/ignored-field");

describe("a modifier that is two known modifiers joined", () => {
  it.each([
    [["GP59"], "GP and 59", "GP, 59"],
    [["KX", "gpxu"], "GP and XU", "GP, XU"],
    [["GPCQKX"], "GP and CQ and KX", "GP, CQ, KX"],
  ])("%j: the warning says it reads as %s joined, and to send them apart", (mods, reads, send) => {
    const [f] = ignored(mods);
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain(`(it reads as ${reads} joined)`);
    expect(f?.fix).toBe(`Send ${send} as separate modifiers of the line's list.`);
  });

  it("the joined item is still ignored, not guessed: no other finding says the line lacks GP", () => {
    const r = validateSession(visit(["GP59"]));
    expect(r.session?.services[0]?.modifiers).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith("modifier/") || f.rule.startsWith("input/")).map((f) => f.rule)).toEqual(["input/ignored-field"]);
  });

  it("a malformed modifier that is not known modifiers joined keeps the plain message (ZZ99, G, GP5)", () => {
    for (const bad of ["ZZ99", "G", "GP5", "GP-59x"]) {
      const [f] = ignored([bad]);
      expect(f?.message).not.toContain("joined");
      expect(f?.fix).toBe("Correct services[0].modifiers[0] or leave it out.");
    }
  });
});
