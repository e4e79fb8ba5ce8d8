/**
 * A deleted code's replacement counted to the units its minutes allow (twelfth round): 97532 × 3
 * with 20 minutes in 2024 got "Bill 97129 × 1, 97130 × 2" from doc/deleted-code beside "Bill
 * 97532 × 1 or fewer" from the units check, so a biller following the first over-billed 2 units.
 */
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { lintDocumentation } from "../../src/lint.js";

const visit = (line: object, date = "2024-03-05") => ({
  dateOfService: date,
  payer: { program: "medicare" },
  provider: { discipline: "SLP" },
  services: [{ code: "97532", modifiers: ["GN"], activity: "Sequencing a 5-step recipe with picture cues", ...line }],
});
const deletedFix = (input: unknown, options?: Parameters<typeof validateSession>[1]) =>
  validateSession(input, options).findings.find((f) => f.rule === "doc/deleted-code");

describe("doc/deleted-code in validateSession: the replacement counted to the minutes", () => {
  it.each([
    // [minutes, billed units, the fix]
    [20, 3, "Bill 97129 × 1."],
    [40, 3, "Bill 97129 × 1, 97130 × 2."],
    [40, 2, "Bill 97129 × 1, 97130 × 1."],
    [5, 3, "Do not bill 97532: its minutes allow no unit of the codes that replace it."],
    [0, 2, "Do not bill 97532: its minutes allow no unit of the codes that replace it."],
  ])("%i minutes, %i units: %s", (minutes, units, fix) => {
    const f = deletedFix(visit({ minutes, units }));
    expect(f?.fix).toBe(fix);
    expect(f?.severity).toBe("error");
  });

  it("says the allowed count in the message too", () => {
    expect(deletedFix(visit({ minutes: 20, units: 3 }))?.message).toContain("bill 97129 × 1 instead");
  });

  it("keeps the billed count when the minutes are not given (the units check asks for them)", () => {
    expect(deletedFix(visit({ units: 3 }))?.fix).toBe("Bill 97129 × 1, 97130 × 2.");
  });

  it("counts G0515, the 2018–2019 replacement, the same way", () => {
    expect(deletedFix(visit({ minutes: 20, units: 3 }, "2019-05-02"))?.fix).toBe("Bill G0515 × 1.");
  });

  it("leaves a code used before it existed alone (it has nothing to count): 97129 in 2019", () => {
    const input = { ...visit({}, "2019-05-02"), services: [{ code: "97129", minutes: 5, units: 2, modifiers: ["GN"], activity: "Attention drills" }] };
    expect(deletedFix(input)?.fix).toBe("Bill the code in effect on 2019-05-02.");
  });

  it("keeps the rule's severity setting", () => {
    expect(deletedFix(visit({ minutes: 20, units: 3 }), { rules: { "doc/deleted-code": "warning" } })).toMatchObject({ severity: "warning", fix: "Bill 97129 × 1." });
  });

  it("leaves lintDocumentation alone, which has no minutes count (it counts the billed units)", () => {
    const f = lintDocumentation(visit({ minutes: 20, units: 3 }) as never).find((x) => x.rule === "doc/deleted-code");
    expect(f?.fix).toBe("Bill 97129 × 1, 97130 × 2.");
  });

  it("does not change a code billed on two lines (the calculation adds their minutes)", () => {
    const input = { ...visit({ minutes: 10, units: 2 }), services: [visit({ minutes: 10, units: 2 }).services[0], visit({ minutes: 10, units: 2 }).services[0]] };
    const fixes = validateSession(input).findings.filter((f) => f.rule === "doc/deleted-code").map((f) => f.fix);
    expect(fixes).toEqual(["Bill 97129 × 1, 97130 × 1.", "Bill 97129 × 1, 97130 × 1."]);
  });
});
