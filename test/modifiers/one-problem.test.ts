import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/index.js";
import { validateSession } from "../../src/validate.js";

// Nineteenth round (mods19), ONE-PROBLEM: a PT's 92507 with GP got modifier/therapy-modifier-mismatch's
// warning (SLP-ONLY) and doc/discipline-mismatch's scope advice (info) for one fact, the code is
// another discipline's; an SLP evaluation under a PT plan got two errors. Each line's problem is
// now said once: the more severe finding stays, on a tie the linter's.
const ACTIVITY = "Gait training 100 ft with min assist, cues for step length";
const visit = (program: string, discipline: string, code: string, modifiers: string[]) => ({
  dateOfService: "2025-03-14", payer: { program }, provider: { discipline }, services: [{ code, units: 1, minutes: 15, modifiers, activity: ACTIVITY }],
});
const BOTH = /^(modifier\/therapy-modifier-mismatch|doc\/discipline-mismatch)$/;
const said = (v: unknown, options = {}) => validateSession(v, options).findings.filter((f) => BOTH.test(f.rule)).map((f) => `${f.rule} ${f.severity}`);

describe("a line's code of another discipline is said once (ONE-PROBLEM)", () => {
  it.each<[string, string, string, string, string[], string[]]>([
    ["a PT's 92507 with GP (Medicare): the SLP-ONLY warning, not the scope advice too", "medicare", "PT", "92507", ["GP"], ["modifier/therapy-modifier-mismatch warning"]],
    ["an OT's 92507 with GO: the same", "medicare", "OT", "92507", ["GO"], ["modifier/therapy-modifier-mismatch warning"]],
    ["an SLP's 29125 with GP: the modifier error, whose fix names the PT plan", "medicare", "SLP", "29125", ["GP"], ["modifier/therapy-modifier-mismatch error"]],
    ["an SLP evaluation under a PT plan: one error, the linter's", "medicare", "PT", "92520", [], ["doc/discipline-mismatch error"]],
    ["an SLP's 97110 with GP (Medicare): SLPs do not bill it, not 'replace GP with GN'", "medicare", "SLP", "97110", ["GP"], ["doc/discipline-mismatch error"]],
    ["a commercial PT's SLP evaluation with GO: the error stays, not the modifier warning", "commercial", "PT", "92520", ["GO"], ["doc/discipline-mismatch error"]],
    ["unchanged: an SLP's 29125 with GN has the advice alone", "medicare", "SLP", "29125", ["GN"], ["doc/discipline-mismatch info"]],
    ["unchanged: a PT's 97110 with GO has the modifier error alone", "medicare", "PT", "97110", ["GO"], ["modifier/therapy-modifier-mismatch error"]],
  ])("%s", (_name, program, discipline, code, modifiers, expected) => {
    expect(said(visit(program, discipline, code, modifiers))).toEqual(expected);
  });

  it("a rule set off never hides the other: the advice comes back when the modifier rule is off", () => {
    expect(said(visit("medicare", "PT", "92507", ["GP"]), { rules: { "modifier/therapy-modifier-mismatch": "off" } })).toEqual(["doc/discipline-mismatch info"]);
    expect(said(visit("medicare", "PT", "92520", []), { rules: { "doc/discipline-mismatch": "off" } })).toEqual(["modifier/therapy-modifier-mismatch error"]);
  });

  it("the two lines of a visit are each judged on their own", () => {
    const v = { ...visit("medicare", "PT", "92507", ["GP"]), services: [visit("medicare", "PT", "92507", ["GP"]).services[0]!, { code: "97110", units: 1, minutes: 15, modifiers: ["GO"], activity: ACTIVITY }] };
    expect(said(v)).toEqual(["modifier/therapy-modifier-mismatch error", "modifier/therapy-modifier-mismatch warning"]);
  });

  it("property: over codes x disciplines x modifiers x programs, no line gets both", () => {
    const codes = [...new Set((CODE_ROWS as readonly { code: string }[]).map((r) => r.code))];
    const mods = fc.subarray(["GP", "GO", "GN", "59", "KX"], { maxLength: 3 });
    fc.assert(
      fc.property(fc.constantFrom("medicare", "medicaid", "commercial"), fc.constantFrom("PT", "OT", "SLP"), fc.array(fc.tuple(fc.constantFrom(...codes), mods), { minLength: 1, maxLength: 3 }), (program, discipline, lines) => {
        const v = { ...visit(program, discipline, "97110", []), services: lines.map(([code, modifiers]) => ({ code, units: 1, minutes: 15, modifiers, activity: ACTIVITY })) };
        const findings = validateSession(v).findings.filter((f) => BOTH.test(f.rule));
        lines.forEach((_, i) => expect(new Set(findings.filter((f) => f.path?.[1] === i).map((f) => f.rule)).size).toBeLessThanOrEqual(1));
      }),
      { numRuns: 400 },
    );
  });
});
