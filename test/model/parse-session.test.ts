import { describe, expect, it } from "vitest";
import { formatPath, parseSession, SessionInputError, type InputIssue } from "../../src/model/parse-session.js";
import { fastParseSession } from "../../src/model/fast-parse-session.js";
import { SessionSchema } from "../../src/model/session.js";
import { lengthChangingList } from "../fuzz/arbitraries.js";

/** The JSON session of the foundation issue: all of it must parse. */
export const ISSUE_SESSION = {
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    {
      code: "97530", minutes: 24, units: 2, modifiers: ["GP"], contact: "one-on-one", start: "09:00", end: "09:24",
      assistantMinutes: 0, activity: "Floor-to-waist lifting of a 10 lb box x10 with cues for hip hinge", goalIds: ["G2"],
    },
    { code: "97110", minutes: 12, units: 1, modifiers: ["GP"], activity: "Seated knee extension 3x10 with 3 lb cuff weight" },
  ],
  totalTimedMinutes: 36,
  totalTreatmentMinutes: 40,
  note: { assessment: "...", patientResponse: "...", plan: "..." },
  planOfCare: {
    startOfCare: "2025-02-10", certifiedOn: "2025-02-12", certifiedThrough: "2025-05-10",
    goals: [{ id: "G2", text: "Lift 20 lb floor to waist" }], treatmentDaysSinceProgressReport: 4,
  },
  therapyYearToDate: { ptSlp: 1820.5, ot: 0 },
};

const MINIMAL = { dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110" }] };

function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    parseSession(input);
  } catch (error) {
    if (error instanceof SessionInputError) return error.issues;
    throw error;
  }
  return [];
}

function withLine(patch: Record<string, unknown>) {
  return { ...MINIMAL, services: [{ code: "97110", ...patch }] };
}

describe("parseSession", () => {
  it("parses the full session of the foundation issue, every field kept", () => {
    const s = parseSession(ISSUE_SESSION);
    expect(s).toEqual(ISSUE_SESSION);
  });

  it("parses a session with only the required fields", () => {
    expect(parseSession(MINIMAL).services).toEqual([{ code: "97110" }]);
  });

  it("accepts empty optional values: they are for the checks, not input errors", () => {
    const s = parseSession({ ...MINIMAL, services: [{ code: "97110", activity: "", goalIds: [], modifiers: [] }], note: {}, planOfCare: {} });
    expect(s.services[0]?.activity).toBe("");
  });

  // Sixteenth round (poc16): planOfCare.dischargeAtThisVisit, the visit that ends the episode
  // (poc/discharge-note-missing); zod drops a key the schema lacks, so without the field it never reached a rule.
  it("keeps planOfCare.dischargeAtThisVisit, on the fast path and through the schema", () => {
    const input = { ...MINIMAL, planOfCare: { dischargeAtThisVisit: true, progressReportAtThisVisit: false } };
    expect(parseSession(input).planOfCare).toEqual({ dischargeAtThisVisit: true, progressReportAtThisVisit: false });
    expect(fastParseSession(input)?.planOfCare?.dischargeAtThisVisit).toBe(true);
    expect(SessionSchema.parse(input).planOfCare?.dischargeAtThisVisit).toBe(true);
  });

  it("accepts payer.unitMethod and payer.name, and the 2025 certification-exception fields", () => {
    const s = parseSession({ ...MINIMAL, payer: { program: "commercial", unitMethod: "ama", name: "Acme Health" },
      planOfCare: { referralOnFile: true, planSentToReferrerOn: "2025-01-20" } });
    expect(s.payer.unitMethod).toBe("ama");
    expect(s.planOfCare?.referralOnFile).toBe(true);
  });

  it.each([
    ["no dateOfService", { ...MINIMAL, dateOfService: undefined }, ["dateOfService"]],
    ["no payer", { ...MINIMAL, payer: undefined }, ["payer"]],
    ["no payer.program", { ...MINIMAL, payer: {} }, ["payer", "program"]],
    ["unknown program", { ...MINIMAL, payer: { program: "medicare-advantage" } }, ["payer", "program"]],
    ["unknown unit method", { ...MINIMAL, payer: { program: "medicare", unitMethod: "15-minute" } }, ["payer", "unitMethod"]],
    ["no provider.discipline", { ...MINIMAL, provider: {} }, ["provider", "discipline"]],
    ["unknown discipline", { ...MINIMAL, provider: { discipline: "AT" } }, ["provider", "discipline"]],
    ["unknown credential", { ...MINIMAL, provider: { discipline: "PT", credential: "DPT" } }, ["provider", "credential"]],
    ["no services", { ...MINIMAL, services: undefined }, ["services"]],
    ["a line with no code", { ...MINIMAL, services: [{ minutes: 10 }] }, ["services", 0, "code"]],
    ["a 4-character code", withLine({ code: "9711" }), ["services", 0, "code"]],
    ["a 6-character code", withLine({ code: "971100" }), ["services", 0, "code"]],
    ["a numeric code", withLine({ code: 97110 }), ["services", 0, "code"]],
    ["negative minutes", withLine({ minutes: -1 }), ["services", 0, "minutes"]],
    ["fractional minutes", withLine({ minutes: 7.5 }), ["services", 0, "minutes"]],
    ["minutes as text", withLine({ minutes: "12" }), ["services", 0, "minutes"]],
    ["negative units", withLine({ units: -2 }), ["services", 0, "units"]],
    ["fractional units", withLine({ units: 1.5 }), ["services", 0, "units"]],
    ["modifiers as one text", withLine({ modifiers: "GP,59" }), ["services", 0, "modifiers"]],
    ["a 3-character modifier", withLine({ modifiers: ["GPX"] }), ["services", 0, "modifiers", 0]],
    ["an impossible date", { ...MINIMAL, dateOfService: "2025-02-30" }, ["dateOfService"]],
    ["a date in another format", { ...MINIMAL, dateOfService: "03/14/2025" }, ["dateOfService"]],
    ["an impossible plan date", { ...MINIMAL, planOfCare: { certifiedThrough: "2025-13-01" } }, ["planOfCare", "certifiedThrough"]],
    ["an impossible clock time", withLine({ start: "25:00" }), ["services", 0, "start"]],
    ["an end before its start", withLine({ start: "10:00", end: "09:30" }), ["services", 0, "end"]],
    ["an unknown contact", withLine({ contact: "telehealth" }), ["services", 0, "contact"]],
    ["a group of zero", withLine({ groupSize: 0 }), ["services", 0, "groupSize"]],
    ["negative assistant minutes", withLine({ assistantMinutes: -3 }), ["services", 0, "assistantMinutes"]],
    ["a negative allowed amount", withLine({ allowedAmount: -1 }), ["services", 0, "allowedAmount"]],
    ["negative year-to-date dollars", { ...MINIMAL, therapyYearToDate: { ptSlp: -5 } }, ["therapyYearToDate", "ptSlp"]],
    ["negative progress-report days", { ...MINIMAL, planOfCare: { treatmentDaysSinceProgressReport: -1 } }, ["planOfCare", "treatmentDaysSinceProgressReport"]],
    ["a progress report at this visit written as text", { ...MINIMAL, planOfCare: { progressReportAtThisVisit: "yes" } }, ["planOfCare", "progressReportAtThisVisit"]],
    ["a discharge at this visit written as text", { ...MINIMAL, planOfCare: { dischargeAtThisVisit: "yes" } }, ["planOfCare", "dischargeAtThisVisit"]],
  ])("rejects %s with an issue at its path", (_name, input, path) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toContainEqual(path);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  it("lists every problem at once, including the cross-field one beside field errors", () => {
    const issues = issuesOf({
      dateOfService: "2025-02-30",
      payer: { program: "tricare" },
      provider: { discipline: "PT" },
      services: [{ code: "9711", minutes: -5, modifiers: ["GP", "59", "KX", "C"], start: "10:00", end: "09:00" }],
    });
    expect(issues.map((i) => formatPath(i.path)).sort()).toEqual(
      ["dateOfService", "payer.program", "services[0].code", "services[0].end", "services[0].minutes", "services[0].modifiers[3]"].sort(),
    );
  });

  it("spells out the first 20 problems in the message and keeps all of them in issues (5,000 bad lines)", () => {
    const services = Array.from({ length: 5000 }, () => ({ code: "97110", minutes: -1 }));
    let error: unknown;
    try {
      parseSession({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SessionInputError);
    const e = error as SessionInputError;
    expect(e.issues).toHaveLength(5000);
    expect(e.message).toMatch(/^Session input is not valid \(5000 problems\): services\[0\]\.minutes: /);
    expect(e.message).toContain("services[19].minutes");
    expect(e.message).not.toContain("services[20].minutes");
    expect(e.message.endsWith("; and 4980 more (see issues)")).toBe(true);
  });

  it.each([null, undefined, "a string", 42, [], () => 1])("rejects %p as a whole without crashing", (input) => {
    expect(() => parseSession(input)).toThrow(SessionInputError);
  });

  it("drops unknown keys and never lets __proto__ pollute a prototype", () => {
    const input = JSON.parse('{"dateOfService":"2025-03-14","payer":{"program":"medicare","__proto__":{"polluted":1}},"provider":{"discipline":"PT"},"services":[{"code":"97110","__proto__":{"polluted":2},"extra":1}],"__proto__":{"polluted":3}}');
    const s = parseSession(input) as unknown as Record<string, unknown>;
    expect(Object.keys(s).sort()).toEqual(["dateOfService", "payer", "provider", "services"]);
    expect(Object.keys((s.services as object[])[0] as object)).toEqual(["code"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((s as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
  });

  it("never mutates its input", () => {
    const input = structuredClone(ISSUE_SESSION);
    const frozen = JSON.parse(JSON.stringify(input));
    parseSession(input);
    expect(input).toEqual(frozen);
  });

  it("says 'is required' only for a missing field, and names the expected type for a wrong one", () => {
    const missing = issuesOf({ ...MINIMAL, dateOfService: undefined }).find((i) => i.path[0] === "dateOfService");
    const wrongType = issuesOf(withLine({ minutes: "12" })).find((i) => i.path[2] === "minutes");
    expect(missing?.message).toMatch(/^is required/);
    expect(wrongType?.message).toBe("must be a number");
  });

  it.each(["GP,59", "GP,59,KX"])("modifiers sent as the one string %j: one issue, 'must be an array' (not also 'at most four', zod 4's .max(4) on the string)", (modifiers) => {
    expect(issuesOf(withLine({ modifiers }))).toEqual([{ path: ["services", 0, "modifiers"], message: "must be an array" }]);
  });

  it.each([
    ["minutes", "must be a whole number of minutes"],
    ["assistantMinutes", "must be a whole number of minutes"],
    ["units", "must be a whole number of units"],
    ["groupSize", "must be a whole number"],
  ])("a fraction in %s says what a whole value is (the schema's words, not zod's 'must be an int')", (field, message) => {
    expect(issuesOf(withLine({ [field]: 22.5 }))).toEqual([{ path: ["services", 0, field], message }]);
  });

  it.each([
    [1e308, ["is too large"]],
    [2 ** 60, ["is too large"]],
  ])("minutes of %d, a whole number past the safe-integer range, are not said to be 'not a whole number'", (minutes, messages) => {
    expect(issuesOf(withLine({ minutes })).map((i) => i.message)).toEqual(messages);
  });

  // Eighth round: -1e308 minutes got "must be a whole number of minutes" beside "must not be negative".
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ["minutes", withLine({ minutes: -1e308 }), ["services", 0, "minutes"], "must not be negative"],
    ["minutes", withLine({ minutes: -(2 ** 60) }), ["services", 0, "minutes"], "must not be negative"],
    ["assistantMinutes", withLine({ assistantMinutes: -1e308 }), ["services", 0, "assistantMinutes"], "must not be negative"],
    ["units", withLine({ units: -1e308 }), ["services", 0, "units"], "must not be negative"],
    ["groupSize", withLine({ groupSize: -1e308 }), ["services", 0, "groupSize"], "must be at least 1"],
    ["totalTimedMinutes", { ...MINIMAL, totalTimedMinutes: -1e308 }, ["totalTimedMinutes"], "must not be negative"],
    ["treatmentDaysSinceProgressReport", { ...MINIMAL, planOfCare: { treatmentDaysSinceProgressReport: -1e308 } }, ["planOfCare", "treatmentDaysSinceProgressReport"], "must not be negative"],
  ])("%s below the safe-integer range has one message, its lower bound's", (_field, input, path, message) => {
    expect(issuesOf(input)).toEqual([{ path, message }]);
  });

  it("never gives a session with a hole for a list whose length changes while zod reads it: it throws, naming what it could not read", () => {
    // zod allocated the output by one read of length (the .max(4) check's) and looped by another:
    // ["GP", "59", <hole>] came out. Without .max(4) zod loops to the length it reads and reports the missing item.
    expect(() => parseSession(withLine({ modifiers: lengthChangingList(["GP", "59"]) }))).toThrow(/services\[0\]\.modifiers\[2\]: is required|the input changed while it was read/);
  });

  it("reads a line of five modifiers whole (no input error): a claim line's four slots are modifier/too-many's business", () => {
    expect(parseSession(withLine({ modifiers: ["GP", "59", "KX", "CQ", "XU"] })).services[0]?.modifiers).toEqual(["GP", "59", "KX", "CQ", "XU"]);
  });

  it("the error message names each path", () => {
    expect(() => parseSession(withLine({ minutes: -1 }))).toThrow(/services\[0\]\.minutes: must not be negative/);
  });
});

describe("parseSession: a payer program outside the list (twelfth round, helper commercial's report)", () => {
  it("says where a workers' comp or auto plan goes", () => {
    expect(issuesOf({ dateOfService: "2025-03-03", payer: { program: "workers-comp" }, provider: { discipline: "PT" }, services: [{ code: "97110" }] })).toEqual([
      { path: ["payer", "program"], message: `must be one of "medicare", "medicaid", "commercial", "other" (workers' comp, auto and other plans: "other")` },
    ]);
  });
  it("leaves other lists alone", () => {
    expect(issuesOf({ dateOfService: "2025-03-03", payer: { program: "other" }, provider: { discipline: "PTA" }, services: [{ code: "97110" }] })).toEqual([{ path: ["provider", "discipline"], message: `must be one of "PT", "OT", "SLP"` }]);
  });
});
