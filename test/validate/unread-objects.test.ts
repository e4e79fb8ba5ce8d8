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
    // [where, the object sent, the keys the message names, the fields it names, its severity: an error when the object's
    // required field is among those not read (ONE-OBJECT, twenty-first round)]
    [["therapyYearToDate"], { allowedDollars: 2600 }, ["allowedDollars"], "ptSlp, ot", "warning"],
    [["therapyYearToDate"], { pt_slp_dollars: 2600, otDollarsSoFar: 10 }, ["pt_slp_dollars", "otDollarsSoFar"], "ptSlp, ot", "warning"],
    [["note"], { narrative: "pt did well", soap: "x" }, ["narrative", "soap"], "subjective, objective, assessment, patientResponse, plan, text", "warning"],
    [["planOfCare"], { soc: "2026-03-01", certEnd: "2026-05-29" }, ["soc", "certEnd"], "startOfCare", "warning"],
    [["planOfCare", "goals", 0], { goal: "knee flexion 120" }, ["goal"], "id, text", "warning"],
    [["services", 0], { cpt: "97110", mins: 38 }, ["cpt", "mins"], "code, minutes", "error"],
    [["provider"], { type: "PT" }, ["type"], "discipline, credential", "error"],
    [["payer"], { plan: "x" }, ["plan"], "program, unitMethod, name", "error"],
  ] as const)("%j: %j", (at, sent, keys, fields, severity) => {
    const input: Record<string, unknown> = structuredClone({ ...visit, planOfCare: { startOfCare: "2026-03-01", goals: [{ id: "g1" }] } });
    if (at.length === 1) input[at[0]] = sent;
    else if (at[0] === "services") input.services = [sent];
    else (input.planOfCare as { goals: unknown[] }).goals = [sent];
    const found = unread(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(at);
    expect(found[0]!.severity).toBe(severity);
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

// ONE-OBJECT (twenty-first round): `payer: { plan: "x" }` was two findings for one problem: the
// required-field error for payer.program, and the warning that payer holds none of its fields.
describe("input/misspelled-field: an object of ours with none of its fields, its required field among them (ONE-OBJECT)", () => {
  const inputFindings = (input: unknown) => validateSession(input).findings.filter((f) => f.rule.startsWith("input/"));

  it.each([
    ["payer", { ...visit, payer: { plan: "x" } }, ["payer"], "payer.program"],
    ["provider", { ...visit, provider: { type: "PT", npi: "1234567890" } }, ["provider"], "provider.discipline"],
    ["a service line", { ...visit, services: [visit.services[0], { cpt: "97140", mins: 8 }] }, ["services", 1], "services[1].code"],
  ] as const)("%s: one finding, an error, saying the required field was not read", (_, input, at, field) => {
    const found = inputFindings(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "input/misspelled-field", severity: "error", path: at });
    expect(found[0]!.message).toContain(`${field} is required, so the visit could not be checked`);
    expect(found[0]!.fix).toContain(`Send ${field}`);
    expect(validateSession(input).valid).toBe(false);
  });

  it.each([
    // counter-cases: the required field is there (the object holds a field), or the object is not one of ours
    ["payer with its program and an EHR's key", { ...visit, payer: { program: "medicare", plan: "x" } }, []],
    ["payer with a program typo", { ...visit, payer: { progam: "medicare", plan: "x" } }, ["input/misspelled-field"]],
    ["payer missing with the rest there", { ...visit, payer: undefined }, ["input/required-field"]],
    ["payer not an object", { ...visit, payer: "medicare" }, ["input/required-field"]],
    ["therapyYearToDate (nothing required in it)", { ...visit, therapyYearToDate: { allowedDollars: 2600 } }, ["input/misspelled-field"]],
  ] as const)("%s: as before", (_, input, rules) => {
    expect(inputFindings(input).map((f) => f.rule)).toEqual(rules);
  });

  it("any keys that are none of payer's, provider's or a line's fields: one input finding, an error (property)", () => {
    const where = ["payer", "provider", "line"] as const;
    // Keys of at most two letters or digits: no field's name is that short, nor one typing slip from one (src/validate/misspelled-fields.ts).
    const keyArb = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k.toLowerCase().replace(/[^a-z0-9]/g, "").length <= 2);
    fc.assert(
      fc.property(fc.constantFrom(...where), fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 4 }), (at, sent) => {
        const input = JSON.parse(JSON.stringify(at === "line" ? { ...visit, services: [sent] } : { ...visit, [at]: sent })) as unknown;
        const found = inputFindings(input);
        expect(found.map((f) => [f.rule, f.severity]), JSON.stringify(sent)).toEqual([["input/misspelled-field", "error"]]);
      }),
    );
  });
});
