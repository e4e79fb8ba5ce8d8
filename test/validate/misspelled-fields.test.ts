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
    expect(found[0]![1]).toContain(`it looks like ${meant}.`);
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

  it("names a snake_case required field on a rejected visit", () => {
    const { dateOfService, ...rest } = visit;
    const report = validateSession({ ...rest, date_of_service: dateOfService });
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => [f.rule, f.path])).toEqual(
      expect.arrayContaining([
        ["input/required-field", ["dateOfService"]],
        ["input/misspelled-field", ["date_of_service"]],
      ]),
    );
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
