import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { programHint, programOfWords } from "../../src/model/program-words.js";

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
    "Medi-Cal",
    "Medicaid managed care",
    "Medicare/Medicaid",
    "Medicare Supplement",
    "Medigap",
    "Medicare Part A Railroad",
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

// PROGRAM-WORDS21 (twenty-first round): Medicare Part A and Medicare as the secondary payer got the general fix
// ("send medicare, medicaid, commercial or other"), which does not say that Part A is not the program of an outpatient
// therapy claim (MBPM ch. 15, §220.1: a hospital or SNF bills outpatient therapy under Part B) nor which claim an MSP
// visit's check is for. Railroad Medicare (RRB) was an error too, though it is original Medicare.
describe("payer.program: Medicare Part A, Medicare secondary, Railroad Medicare (PROGRAM-WORDS21)", () => {
  it.each(["Medicare Part A", "MEDICARE PART A", "Part A", "part-a", "Medicare A", " medicare  a "])("%j: an error saying Part A is not an outpatient therapy claim's program, citing MBPM ch. 15", (sent) => {
    const report = withProgram(sent);
    expect(report.session).toBeNull();
    expect(said(sent)).toEqual([["input/required-field", "error", ["payer", "program"]]]);
    const f = report.findings[0]!;
    expect(f.message).toBe(`payer.program ${JSON.stringify(sent)} names Medicare Part A, which pays for therapy within an inpatient or SNF stay as part of the stay; outpatient therapy is billed under Part B.`);
    expect(f.fix).toBe(`For an outpatient visit (a hospital's or SNF's too), send payer.program as "medicare".`);
    expect(f.source).toMatchObject({ title: "Medicare Benefit Policy Manual (Pub. 100-02)" });
    expect(f.source?.section).toContain("ch. 15, §220.1");
  });

  it.each(["MSP", "msp", "Medicare Secondary", "Medicare secondary payer", "Medicare as secondary", "Secondary Medicare"])("%j: an error saying which claim each program checks", (sent) => {
    const report = withProgram(sent);
    expect(said(sent)).toEqual([["input/required-field", "error", ["payer", "program"]]]);
    expect(report.findings[0]!.message).toBe(`payer.program ${JSON.stringify(sent)} names Medicare as the secondary payer: the primary payer gets the claim first, under its own rules.`);
    expect(report.findings[0]!.fix).toBe(`Send payer.program as the primary payer's program ("commercial" or "other") to check its claim, or as "medicare" to check Medicare's.`);
  });

  it.each(["RRB", "Railroad Medicare", "Medicare Part B Railroad", "RRB Medicare", "Medicare RRB", "Railroad Retirement Board", "railroad"])("%j: read as medicare, with a warning, and checked as medicare", (sent) => {
    const bare = { services: [{ ...visit.services[0], modifiers: [] }] };
    expect(withProgram(sent).session?.payer.program).toBe("medicare");
    expect(said(sent)).toEqual([["input/read-as-program", "warning", ["payer", "program"]]]);
    expect(withProgram(sent, bare).findings.map((f) => f.rule)).toContain("modifier/therapy-modifier-missing");
  });

  it.each([
    // counter-cases: the words inside other text, or a part of Medicare that is not these, get the general fix
    "Medicare Part A and B", "Part A/B", "MSP plan 2", "Medicare Part C", "Part B", "Medicare Advantage secondary",
  ])("%j: the general error", (sent) => {
    // "Part B" alone names no payer, so it is not read either.
    const f = withProgram(sent).findings;
    expect(f.map((x) => x.rule)).toEqual(["input/required-field"]);
    expect(f[0]!.fix).toMatch(/^Send payer\.program as "medicare" \(original Medicare; a Medicare Advantage plan too/);
  });

  it("property: programHint never names text around the words, and never reads Part A or MSP as a program", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }).filter((x) => /[0-9a-z]/i.test(x) && !/^[\s-]*payer[\s-]*$/i.test(x)), fc.constantFrom("Medicare Part A", "MSP", "Medicare Secondary"), fc.boolean(), (noise, name, before) => {
        const text = before ? `${noise} ${name}` : `${name} ${noise}`;
        expect(programOfWords(name)).toBeUndefined();
        expect(programHint(name)).toBeDefined();
        expect(programHint(text), text).toBeUndefined();
      }),
    );
  });
});
