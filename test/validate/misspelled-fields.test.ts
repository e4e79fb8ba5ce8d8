import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { misspelledFields } from "../../src/validate/misspelled-fields.js";

const visit = {
  dateOfService: "2026-02-10",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"], activity: "leg press 3x10 40#, step ups 3x10 with cues for knee alignment" }],
  totalTimedMinutes: 30,
  note: { assessment: "cues needed for valgus", patientResponse: "mild fatigue" },
};

const misspelled = (input: unknown) =>
  validateSession(input)
    .findings.filter((f) => f.rule === "input/misspelled-field")
    .map((f) => [f.path, f.message, f.severity]);

describe("input/misspelled-field", () => {
  it.each([
    // [where the key goes, the key, the field it looks like]
    [[], "totalTimedMinute", "totalTimedMinutes"],
    [[], "total_timed_minutes", "totalTimedMinutes"],
    [[], "TotalTreatmentMinutes", "totalTreatmentMinutes"],
    [["services", 0], "assistantMinute", "assistantMinutes"],
    [["services", 0], "assistant_minutes", "assistantMinutes"],
    [["services", 0], "modifier", "modifiers"],
    [["services", 0], "unit", "units"],
    [["services", 0], "goalId", "goalIds"],
    [["note"], "assesment", "assessment"],
    [["note"], "patient_response", "patientResponse"],
    [["payer"], "unit_method", "unitMethod"],
    [["provider"], "Credential", "credential"],
    [["planOfCare"], "certifedThrough", "certifiedThrough"],
    // Sixteenth round: the discharge flag as an EHR's snake case or past tense would send it.
    [["planOfCare"], "discharge_at_this_visit", "dischargeAtThisVisit"],
    [["planOfCare"], "dischargedAtThisVisit", "dischargeAtThisVisit"],
    [["planOfCare", "goals", 0], "txt", undefined],
    [["therapyYearToDate"], "pt_slp", "ptSlp"],
  ] as const)("%j.%s reads as %s", (at, key, meant) => {
    const input: Record<string, unknown> = structuredClone({ ...visit, planOfCare: { startOfCare: "2026-02-01", goals: [{ id: "g1" }] }, therapyYearToDate: {} });
    let target: Record<string, unknown> = input;
    for (const part of at) target = target[part] as Record<string, unknown>;
    // The field itself is left out: a near-miss sent beside its field is passed over (below).
    if (meant !== undefined) delete target[meant];
    target[key] = 20;
    const found = misspelled(input);
    if (meant === undefined) {
      expect(found).toEqual([]);
      return;
    }
    const where = [...at, key];
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toEqual(where);
    // ONE-UNIT (twenty-first round): `unit` goes on to say what was lost (its units were not checked).
    expect(found[0]![1]).toContain(`it looks like ${meant}${meant === "units" ? "; " : "."}`);
    expect(found[0]![2]).toBe("warning");
  });

  it("names the typo that silently removed the CQ check", () => {
    const input = { ...visit, services: [{ ...visit.services[0], assistantMinute: 30 }] };
    const rules = validateSession(input).findings.map((f) => f.rule);
    expect(rules).toContain("input/misspelled-field");
    // The typo'd minutes were not read, so no CQ finding: the warning is the only sign.
    expect(rules).not.toContain("modifier/assistant-modifier-missing");
    expect(validateSession({ ...visit, services: [{ ...visit.services[0], assistantMinutes: 30 }] }).findings.map((f) => f.rule)).toContain("modifier/assistant-modifier-missing");
  });

  it("names a snake_case required field on a rejected visit, once (ONE-TYPO: it was also an input/required-field error)", () => {
    const { dateOfService, ...rest } = visit;
    const report = validateSession({ ...rest, date_of_service: dateOfService });
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([["input/misspelled-field", "error", ["date_of_service"]]]);
  });

  it("passes over an EHR's own keys and a near-miss sent beside its field", () => {
    const input = { ...visit, mrn: "123", encounterId: "E1", services: [{ ...visit.services[0], modifier: "GP", cptDescription: "x", npi: "1" }] };
    expect(misspelled(input)).toEqual([]);
  });

  it("never throws on any JSON, and gives only its own finding", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const found = misspelledFields(value);
        for (const f of found) expect(f.rule).toBe("input/misspelled-field");
      }),
    );
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error("no"); } });
    expect(misspelledFields(throwing)).toEqual([]);
  });
});

// ONE-TYPO (twentieth round): one mistyped key was two or three findings. `payer: { progam: "medicare", plan: "x" }`
// gave input/required-field at payer.program, input/misspelled-field at payer.progam and, for the plan key, "payer
// has none of its fields". The misspelled key's finding now says it alone: what the key reads as and what is lost.
describe("input/misspelled-field: one typo, one finding", () => {
  const withoutKey = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  const line = visit.services[0]!;
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    // [case, the input, the typo's path, the field it reads as]
    ["payer.progam beside an EHR's plan key", { ...visit, payer: { progam: "medicare", plan: "x" } }, ["payer", "progam"], "payer.program"],
    ["payer.Program", { ...visit, payer: { Program: "medicare" } }, ["payer", "Program"], "payer.program"],
    ["provider.disciplin", { ...visit, provider: { disciplin: "PT", credential: "PT" } }, ["provider", "disciplin"], "provider.discipline"],
    ["date_of_service", { ...withoutKey(visit, "dateOfService"), date_of_service: visit.dateOfService }, ["date_of_service"], "dateOfService"],
    ["service (the list)", { ...withoutKey(visit, "services"), service: visit.services }, ["service"], "services"],
    ["services[1].Code", { ...visit, services: [line, { ...withoutKey(line, "code"), Code: "97110" }] }, ["services", 1, "Code"], "services[1].code"],
  ])("%s: one error, at the typo, saying what it reads as and that the visit was not checked", (_name, input, path, field) => {
    const report = validateSession(input);
    expect(report.valid).toBe(false);
    expect(report.session).toBeNull();
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([["input/misspelled-field", "error", path]]);
    expect(report.findings[0]!.message).toContain(`it looks like ${field.split(/[.[]/).at(-1)!.replace("]", "")}, which is required, so the visit could not be checked.`);
    expect(report.findings[0]!.fix).toBe(`Send it as ${field}.`);
  });

  it("counter-cases: a required field absent with no key like it, or a near-miss of an optional field, are as before", () => {
    // ONE-OBJECT (twenty-first round): a payer of no field of its own is one finding, the error, not also payer.program's.
    const noProgram = validateSession({ ...visit, payer: { plan: "x" } });
    expect(noProgram.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([["input/misspelled-field", "error", ["payer"]]]);
    // A near-miss of an optional field on a rejected visit stays a warning; the required field's own error stays.
    const both = validateSession({ ...visit, payer: { unit_method: "ama" }, provider: { disciplin: "PT" } });
    expect(both.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ["input/required-field", "error", ["payer", "program"]],
      ["input/misspelled-field", "error", ["provider", "disciplin"]],
      ["input/misspelled-field", "warning", ["payer", "unit_method"]],
    ]);
    // Two keys like one required field: the first says it, the other is the usual warning.
    const twice = validateSession({ ...visit, payer: { progam: "medicare", Programm: "medicare" } });
    expect(twice.findings.map((f) => [f.severity, f.path])).toEqual([["error", ["payer", "progam"]], ["warning", ["payer", "Programm"]]]);
  });

  it("a line's modifiers under `modifier` are not said to be missing (unknown is not absent); with none sent they are", () => {
    const { modifiers: _m, ...bare } = line;
    const typo = validateSession({ ...visit, services: [{ ...bare, modifier: ["GP"] }] });
    expect(typo.findings.filter((f) => f.path?.[0] === "services").map((f) => f.rule)).toEqual(["input/misspelled-field"]);
    const none = validateSession({ ...visit, services: [bare] });
    expect(none.findings.map((f) => f.rule)).toContain("modifier/therapy-modifier-missing");
  });

  it("a line's minutes under `minute`: units/missing-minutes says they were not read, and where to send them", () => {
    const { minutes: _m, ...bare } = line;
    const typo = validateSession({ ...visit, totalTimedMinutes: undefined, services: [{ ...bare, minute: 30 }] });
    const missing = typo.findings.find((f) => f.rule === "units/missing-minutes");
    expect(missing?.severity).toBe("error");
    expect(missing?.message).toBe("97110's minutes could not be read (input/misspelled-field), so its units cannot be checked.");
    expect(missing?.fix).toBe("Send the minutes of 97110 as services[0].minutes.");
    // Counter-case: no minutes at all is still "no minutes".
    const none = validateSession({ ...visit, totalTimedMinutes: undefined, services: [bare] });
    expect(none.findings.find((f) => f.rule === "units/missing-minutes")?.message).toBe("97110 is a timed code with no minutes, so its units cannot be checked.");
  });

  it("property: a required field's key mistyped in any case or with separators is exactly one finding, an error", () => {
    const REQUIRED = [[[], "dateOfService"], [[], "services"], [["payer"], "program"], [["provider"], "discipline"]] as const;
    fc.assert(
      fc.property(fc.constantFrom(...REQUIRED), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.constantFrom("", "_", "-"), ([at, field], upper, sep) => {
        const key = field.replace(/[A-Z]/g, (c) => sep + c).split("").map((c, k) => (upper[k % 16] ? c.toUpperCase() : c.toLowerCase())).join("");
        fc.pre(key !== field);
        const input: Record<string, unknown> = structuredClone(visit);
        const target = (at.length ? input[at[0]!] : input) as Record<string, unknown>;
        target[key] = target[field];
        delete target[field];
        const report = validateSession(input);
        expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([["input/misspelled-field", "error", [...at, key]]]);
        expect(report.valid).toBe(false);
      }),
    );
  });
});
