import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import type { RuleSetting } from "../../src/validate/options.js";
import { CHECK_RULE_IDS } from "../../src/validate/check-rule-ids.js";
import { FUZZ_RUNS, sloppySessionArb, validSessionArb } from "../fuzz/arbitraries.js";

// Twenty-second round (edge22). SETTING-FIRST: ONE-UNIT takes a line's units/missing-units into the input/ finding
// that says why the units were not read ("97110's units were not checked: its 30 minutes earn 2 units", fix "bill
// 97110 × 2"); with units/missing-units set off, those words stayed, so the caller's setting did not reach them. An
// input/ finding says what was wrong with the input, and stays; what it took from a rule follows the rule's setting.
// SET-READ-AS: input/read-as-credential, -program and -list say how a value was read and the visit checked with it
// ("OTR/L" read as OT): a clinic whose EHR always writes it may turn the finding off or change its severity. The other
// input/ findings (a required field, data dropped or not read, an option ignored) and internal/ stay fixed.

const base = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT", credential: "PT" }, totalTimedMinutes: 30 };
const withLine = (line: Record<string, unknown>) => ({ ...base, services: [{ code: "97110", minutes: 30, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10", ...line }] });
const off = { "units/missing-units": "off" } as const;

describe("an input/ finding and the rule settings", () => {
  it.each<[string, Record<string, unknown>, string, string, string]>([
    ["`unit`", { unit: 2 }, "input/misspelled-field", "services[0].unit is not a field of the session model, so it was not read; it looks like units.", "Send it as services[0].units."],
    ["units as text", { units: "2 units" }, "input/ignored-field", "services[0].units must be a number, not text; services[0].units was ignored, so the checks ran without it.", "Correct services[0].units or leave it out."],
  ])("units/missing-units off: %s keeps its input/ words only, not the rule's", (_, line, rule, message, fix) => {
    const found = validateSession(withLine(line), { rules: off }).findings.filter((f) => f.rule.startsWith("input/") || f.rule.startsWith("units/"));
    expect(found.map((f) => [f.rule, f.message, f.fix])).toEqual([[rule, message, expect.stringMatching(fix.slice(0, 12))]]);
    expect(found[0]!.message).not.toContain("were not checked");
    expect(found[0]!.fix).not.toContain("bill");
  });

  it("units/missing-units set to another severity: the words stay merged (the rule is on)", () => {
    const found = validateSession(withLine({ unit: 2 }), { rules: { "units/missing-units": "warning" } }).findings.filter((f) => f.rule.startsWith("input/") || f.rule.startsWith("units/"));
    expect(found.map((f) => f.rule)).toEqual(["input/misspelled-field"]);
    expect(found[0]!.message).toContain("97110's units were not checked: its 30 minutes earn 2 units.");
  });

  it.each<[string, Record<string, unknown>, string, RuleSetting]>([
    ["OTR/L on a PT visit", { provider: { discipline: "PT", credential: "OTR/L" } }, "input/read-as-credential", "off"],
    ["Medicare Part B", { payer: { program: "Medicare Part B" } }, "input/read-as-program", "off"],
    ["GP,59 as one text", { services: [{ code: "97110", minutes: 30, units: 2, modifiers: "GP,59", activity: "SLR 3x10" }] }, "input/read-as-list", "off"],
    ["OTR/L on an OT visit, set to warning", { provider: { discipline: "OT", credential: "OTR/L" } }, "input/read-as-credential", "warning"],
    ["Medicare Part B, set to info", { payer: { program: "Medicare Part B" } }, "input/read-as-program", "info"],
  ])("a read-as finding follows its setting: %s", (_, change, rule, setting) => {
    const input = { ...withLine({ units: 2 }), ...change };
    const before = validateSession(input);
    expect(before.findings.map((f) => f.rule)).toContain(rule);
    const after = validateSession(input, { rules: { [rule]: setting } });
    expect(after.findings.filter((f) => f.rule === rule).map((f) => f.severity)).toEqual(setting === "off" ? [] : [setting]);
    // No input/ignored-option: the setting was applied.
    expect(after.findings.map((f) => f.rule)).not.toContain("input/ignored-option");
    expect(after.session).toEqual(before.session);
  });

  it("a visit that could not be checked keeps the setting too ('would be read as OT')", () => {
    const input = { ...withLine({ units: 2 }), payer: "medicare", provider: { discipline: "PT", credential: "OTR/L" } };
    expect(validateSession(input).findings.map((f) => f.rule)).toContain("input/read-as-credential");
    const r = validateSession(input, { rules: { "input/read-as-credential": "off" } });
    expect([r.session, r.findings.map((f) => f.rule)]).toEqual([null, ["input/required-field"]]);
  });

  it("catalog/unknown-code off: a units finding that took the unknown code as timed still says so (the catalog finding is a fact the units post-pass reads)", () => {
    const input = { ...base, services: [{ code: "00AAA", units: 1, modifiers: ["GP"], activity: "SLR 3x10" }] };
    const f = validateSession(input, { rules: { "catalog/unknown-code": "off" } }).findings.find((x) => x.rule === "units/missing-minutes");
    expect(f?.message).toContain("00AAA is not in the catalog and was counted as a timed code");
  });

  it.each(["input/required-field", "input/ignored-field", "input/misspelled-field", "input/unreadable", "internal/check-failed", "input/read-as-credentials"])("%s stays fixed, and the setting is named", (rule) => {
    const r = validateSession(withLine({ units: 2 }), { rules: { [rule]: "off" } });
    expect(r.findings.find((f) => f.rule === "input/ignored-option")?.message).toBe(`The rules option sets "${rule}", but input/ and internal/ findings say whether the visit could be read and checked: no setting changes them (of input/, only read-as-credential, read-as-program and read-as-list).`);
  });

  it("property: a rule set off leaves no finding of that id, and no words of it in another finding's message", () => {
    const ids = [...CHECK_RULE_IDS, "input/read-as-credential", "input/read-as-program", "input/read-as-list"];
    fc.assert(
      fc.property(fc.oneof(validSessionArb, sloppySessionArb), fc.subarray(ids, { maxLength: 6 }), (session, offIds) => {
        const rules = Object.fromEntries(offIds.map((id) => [id, "off" as const]));
        const r = validateSession(session, { rules });
        for (const f of r.findings) expect(offIds).not.toContain(f.rule);
        if (offIds.includes("units/missing-units")) for (const f of r.findings) expect(f.message).not.toContain("units were not checked: ");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
