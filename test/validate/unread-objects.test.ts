import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { misspelledFields } from "../../src/validate/misspelled-fields.js";

// Nineteenth round (lead): an object of the session model that holds none of its own fields was
// dropped in silence when its keys resembled no field. `therapyYearToDate: { allowedDollars: 2600 }`
// (another model's name for the PT/SLP dollars) then meant a 2026 visit past the $2,480 KX
// threshold without KX got no finding at all, as if no dollars had been given.

const visit = {
  dateOfService: "2026-06-02",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", minutes: 38, units: 3, modifiers: ["GP"], activity: "heel slides 2x10 for knee flexion ROM, SLR 3x10, cues for quad set" }],
  totalTimedMinutes: 38,
  note: { assessment: "knee flexion 105", patientResponse: "tolerated well" },
};

const unread = (input: unknown) =>
  validateSession(input)
    .findings.filter((f) => f.rule === "input/misspelled-field" && f.message.includes("none of its fields"))
    .map((f) => ({ path: f.path, message: f.message, severity: f.severity }));

describe("input/misspelled-field: an object of ours with none of its fields", () => {
  it.each([
    // [where, the object sent, the keys the message names, the fields it names]
    [["therapyYearToDate"], { allowedDollars: 2600 }, ["allowedDollars"], "ptSlp, ot"],
    [["therapyYearToDate"], { pt_slp_dollars: 2600, otDollarsSoFar: 10 }, ["pt_slp_dollars", "otDollarsSoFar"], "ptSlp, ot"],
    [["note"], { narrative: "pt did well", soap: "x" }, ["narrative", "soap"], "subjective, objective, assessment, patientResponse, plan, text"],
    [["planOfCare"], { soc: "2026-03-01", certEnd: "2026-05-29" }, ["soc", "certEnd"], "startOfCare"],
    [["planOfCare", "goals", 0], { goal: "knee flexion 120" }, ["goal"], "id, text"],
    [["services", 0], { cpt: "97110", mins: 38 }, ["cpt", "mins"], "code, minutes"],
    [["provider"], { type: "PT" }, ["type"], "discipline, credential"],
  ] as const)("%j: %j", (at, sent, keys, fields) => {
    const input: Record<string, unknown> = structuredClone({ ...visit, planOfCare: { startOfCare: "2026-03-01", goals: [{ id: "g1" }] } });
    if (at.length === 1) input[at[0]] = sent;
    else if (at[0] === "services") input.services = [sent];
    else (input.planOfCare as { goals: unknown[] }).goals = [sent];
    const found = unread(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(at);
    expect(found[0]!.severity).toBe("warning");
    for (const key of keys) expect(found[0]!.message).toContain(key);
    expect(found[0]!.message).toContain(fields);
  });

  it("says why a visit past the KX threshold got no KX finding", () => {
    const past = { ...visit, therapyYearToDate: { allowedDollars: 2600 } };
    const found = unread(past);
    expect(found.map((f) => f.path)).toEqual([["therapyYearToDate"]]);
    // The dollars were not read, so no KX finding: the warning is the only sign (as sent right, KX is asked for).
    const rules = (x: unknown) => validateSession(x).findings.map((f) => f.rule);
    expect(rules(past).filter((r) => r.startsWith("modifier/kx"))).toEqual([]);
    expect(rules({ ...visit, therapyYearToDate: { ptSlp: 2600 } }).some((r) => r.startsWith("modifier/kx"))).toBe(true);
  });

  it.each([
    ["an EHR's key beside a field", { ...visit, note: { ...visit.note, narrative: "x" }, therapyYearToDate: { ptSlp: 100, year: 2026 } }],
    ["an empty object", { ...visit, therapyYearToDate: {}, note: {} }],
    ["only near-misses, each named on its own", { ...visit, therapyYearToDate: { pt_slp: 100 } }],
    ["the session itself (its required fields are named instead)", { when: "2026-06-02", who: "PT" }],
    ["a line with its code", { ...visit, services: [{ ...visit.services[0], cptDescription: "x" }] }],
  ] as const)("no such finding: %s", (_, input) => {
    expect(unread(input)).toEqual([]);
  });

  it("names at most three keys, each cut short, and how many more", () => {
    const long = "k".repeat(200);
    const sent = Object.fromEntries([long, "b1", "c1", "d1", "e1"].map((k) => [k, 1]));
    const [f] = unread({ ...visit, therapyYearToDate: sent });
    expect(f!.message).toContain("and 2 more");
    expect(f!.message).not.toContain("k".repeat(40));
    expect(f!.message).not.toContain("d1");
  });

  it("never names an object that holds one of its fields, whatever else it holds (property)", () => {
    const where = ["note", "planOfCare", "therapyYearToDate", "payer", "provider"] as const;
    const field = { note: "assessment", planOfCare: "startOfCare", therapyYearToDate: "ptSlp", payer: "program", provider: "discipline" } as const;
    fc.assert(
      fc.property(fc.constantFrom(...where), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 6 }), (at, extra) => {
        const sent = { ...extra, [field[at]]: (visit as Record<string, unknown>)[at] ?? "2026-03-01" };
        const found = misspelledFields({ ...visit, [at]: sent }).filter((f) => f.message.includes("none of its fields"));
        expect(found).toEqual([]);
      }),
    );
  });
});
