import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { programOfWords } from "../../src/model/program-words.js";

// Twentieth round (input20, READ-PROGRAM): `payer.program: "Medicare Part B"` was an input/required-field error
// that listed the programs without saying which one it reads as, and the visit was not checked. A clear name of
// original Medicare (or a program's own name in another case) is now read as the program, with a warning, as
// provider.credential's words are (input/read-as-credential). A Medicare Advantage plan, Part A, a state's own
// Medicaid name or any other plan stays an error whose fix says what to send: MA plans set their own rules
// (docs/modifiers.md), and program "medicare" brings original Medicare's KX, CQ/CO and GP/GO/GN checks.

const visit = {
  dateOfService: "2026-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10 for hip strength with cues for form" }],
  totalTimedMinutes: 30,
};

const withProgram = (program: unknown, rest: Record<string, unknown> = {}) => validateSession({ ...visit, ...rest, payer: { program } });
const said = (program: unknown, rest?: Record<string, unknown>) => withProgram(program, rest).findings.filter((f) => f.rule.startsWith("input/")).map((f) => [f.rule, f.severity, f.path]);

describe("payer.program written as a biller writes it", () => {
  it.each([
    ["Medicare Part B", "medicare"],
    ["MEDICARE", "medicare"],
    ["Medicare", "medicare"],
    [" medicare part b ", "medicare"],
    ["Original Medicare", "medicare"],
    ["Traditional Medicare", "medicare"],
    ["Medicare FFS", "medicare"],
    ["Medicare Fee-for-Service", "medicare"],
    ["Medicare-Part-B", "medicare"],
    ["MEDICAID", "medicaid"],
    ["Commercial", "commercial"],
    ["OTHER", "other"],
  ])("%j reads as %s, with a warning that says so", (sent, read) => {
    const report = withProgram(sent);
    expect(report.session?.payer.program).toBe(read);
    expect(said(sent)).toEqual([["input/read-as-program", "warning", ["payer", "program"]]]);
    const f = report.findings.find((x) => x.rule === "input/read-as-program")!;
    expect(f.message).toBe(`payer.program ${JSON.stringify(sent)} is not one of the session model's programs (medicare, medicaid, commercial, other); it was read as ${read}.`);
    expect(f.fix).toBe(`Send payer.program as "${read}".`);
  });

  it("the checks ran as the program: original Medicare's GP rule applies to a line without GP", () => {
    const bare = { services: [{ ...visit.services[0], modifiers: [] }] };
    expect(withProgram("Medicare Part B", bare).findings.map((f) => f.rule)).toContain("modifier/therapy-modifier-missing");
    expect(withProgram("Commercial", bare).findings.map((f) => f.rule)).not.toContain("modifier/therapy-modifier-missing");
  });

  it.each([
    "Medicare Advantage",
    "Humana Medicare Advantage PPO",
    "MA plan",
    "MAPD",
    "Medicare Part C",
    "Medicare HMO",
    "Medicare Part A",
    "Medi-Cal",
    "Medicaid managed care",
    "Medicare/Medicaid",
    "Medicare secondary",
    "Blue Cross",
    "",
  ])("%j stays an error whose fix says what to send (a Medicare Advantage plan too)", (sent) => {
    const report = withProgram(sent);
    expect(report.session).toBeNull();
    expect(said(sent)).toEqual([["input/required-field", "error", ["payer", "program"]]]);
    expect(report.findings[0]!.fix).toBe(
      `Send payer.program as "medicare" (original Medicare; a Medicare Advantage plan too, with the payer option kxThreshold: false if it does not ask for KX), "medicaid", "commercial" or "other".`,
    );
  });

  it("a program that is not text is as before (no reading, the general fix)", () => {
    const f = withProgram(3).findings[0]!;
    expect([f.rule, f.message]).toEqual(["input/required-field", `payer.program must be one of "medicare", "medicaid", "commercial", "other" (workers' comp, auto and other plans: "other").`]);
  });

  it("on a visit rejected for another field, says what it would be read as", () => {
    const report = withProgram("Medicare Part B", { dateOfService: "March 14" });
    expect(report.session).toBeNull();
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([["input/required-field", "error"], ["input/read-as-program", "warning"]]);
    expect(report.findings[1]!.message).toContain("it would be read as medicare.");
  });

  it("property: original Medicare's names in any case and spacing read as medicare; names of MA plans never do", () => {
    const cased = (s: string, upper: boolean[]) => s.split("").map((c, k) => (upper[k % upper.length] ? c.toUpperCase() : c.toLowerCase())).join("");
    const gap = fc.constantFrom(" ", "  ", "-", " - ", "\t");
    fc.assert(
      fc.property(fc.constantFrom(["medicare"], ["medicare", "part", "b"], ["original", "medicare"], ["traditional", "medicare", "part", "b"]), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), gap, (words, upper, g) => {
        expect(programOfWords(cased(words.join(g), upper))).toBe("medicare");
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom("Medicare Advantage", "MA Plan", "Part C", "Medicare HMO", "Medicaid", "Medicare Part A"), fc.string({ maxLength: 12 }), (before, name, after) => {
        expect(programOfWords(`${before} ${name} ${after}`)).not.toBe("medicare");
      }),
    );
  });
});
