import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sessionsFromFhirClaim, toOperationOutcome, type FhirClaimOptions } from "../../src/adapters/fhir.js";
import { parseReport, parseReportBySchema } from "../../src/report/parse-report.js";
import { validateSession, validateSessions } from "../../src/validate.js";

// Nineteenth round (mods19), NOT-APPLIED: on a claim of several sessions, the options that
// describe one visit (the note, its totals, the plan of care's per-visit fields, the year-to-date
// dollars) go only to the session they belong to, and to none when that is not known. The other
// sessions were then reported as if nothing had been given (units/missing-minutes, "no note",
// modifier/kx-no-data) and said nothing about the options. Now each such session carries
// input/option-not-applied: which options, and why.
const CPT = "http://www.ama-assn.org/go/cpt";
const item = (date: unknown, mod = "GP", code = "97110", units = 1) => ({
  productOrService: { coding: [{ system: CPT, code }] }, modifier: mod.split(",").map((m) => ({ coding: [{ code: m }] })), quantity: { value: units },
  ...(typeof date === "string" ? { servicedDate: date } : date === undefined ? {} : { servicedPeriod: date }),
});
const claimOf = (...items: unknown[]) => ({ resourceType: "Claim", id: "c", item: items });
const NOTE = { subjective: "Knee pain 3/10.", objective: "SLR 3x10", plan: "Continue POC" };
const YTD = { ptSlp: 2300, ot: 150 };
const ALL: FhirClaimOptions = { payer: { program: "medicare" }, note: NOTE, totalTimedMinutes: 38, therapyYearToDate: YTD, planOfCare: { startOfCare: "2025-03-01", dischargeAtThisVisit: true } };
const NOTE_ETC = "note, totalTimedMinutes and planOfCare.dischargeAtThisVisit";
const said = (s: unknown) => validateSession(s).findings.filter((f) => f.rule === "input/option-not-applied").map((f) => `${f.severity}: ${f.message}`).sort();

describe("an option a session of the claim did not get says so (input/option-not-applied)", () => {
  it.each<[string, unknown[], string[][]]>([
    ["one date, a PT's and an OT's session: the note goes to neither", [item("2025-03-17"), item("2025-03-17", "GO", "97530")], [
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: the claim has an OT and a PT session on 2025-03-17, its last date of service, and one note cannot be both visits' documentation.`],
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: the claim has an OT and a PT session on 2025-03-17, its last date of service, and one note cannot be both visits' documentation.`],
    ]],
    ["several dates: the note to the last, the dollars to the first; each other visit says where they went", [item("2025-03-14"), item("2025-03-17"), item("2025-03-21")], [
      [`info: The options' ${NOTE_ETC} were not used for this visit: they describe one visit, the claim's last (2025-03-21), and went to that visit.`],
      [`info: The options' ${NOTE_ETC} were not used for this visit: they describe one visit, the claim's last (2025-03-21), and went to that visit.`, "info: The options' therapyYearToDate was not used for this visit: it is the allowed dollars before the claim, which fit the claim's first visit of this KX threshold (2025-03-14), and went to it; this visit's dollars also include that visit's, which a Claim does not give."],
      ["info: The options' therapyYearToDate was not used for this visit: it is the allowed dollars before the claim, which fit the claim's first visit of this KX threshold (2025-03-14), and went to it; this visit's dollars also include that visit's, which a Claim does not give."],
    ]],
    ["the last date has two disciplines: no session gets the note", [item("2025-03-14"), item("2025-03-17"), item("2025-03-17", "GO", "97530")], [
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: the claim has an OT and a PT session on 2025-03-17, its last date of service, and one note cannot be both visits' documentation.`],
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: the claim has an OT and a PT session on 2025-03-17, its last date of service, and one note cannot be both visits' documentation.`, "info: The options' therapyYearToDate was not used for this visit: it is the allowed dollars before the claim, which fit the claim's first visit of this KX threshold (2025-03-14), and went to it; this visit's dollars also include that visit's, which a Claim does not give."],
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: the claim has an OT and a PT session on 2025-03-17, its last date of service, and one note cannot be both visits' documentation.`],
    ]],
    ["a date not written YYYY-MM-DD: which visit is last or first is not known", [item("2025-03-14"), item("03/17/2025")], [
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: a date of service on the claim, "03/17/2025", is not written YYYY-MM-DD, so which visit is the claim's last is not known.`, `warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: a date of service on the claim, "03/17/2025", is not written YYYY-MM-DD, so which visit is the claim's first is not known.`],
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: a date of service on the claim, "03/17/2025", is not written YYYY-MM-DD, so which visit is the claim's last is not known.`, `warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: a date of service on the claim, "03/17/2025", is not written YYYY-MM-DD, so which visit is the claim's first is not known.`],
    ]],
    ["an item with no date: the same", [item("2025-03-14"), item(undefined)], [
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: an item of the claim has no date of service, so which visit is the claim's last is not known.`, "warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: an item of the claim has no date of service, so which visit is the claim's first is not known."],
      [`warning: The options' ${NOTE_ETC} were not used for this visit or any other of the claim: an item of the claim has no date of service, so which visit is the claim's last is not known.`, "warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: an item of the claim has no date of service, so which visit is the claim's first is not known."],
    ]],
    ["a PT's and an SLP's session on the first date (one KX threshold): no session gets the dollars", [item("2025-03-14"), item("2025-03-14", "GN", "92507"), item("2025-03-17")], [
      [`info: The options' ${NOTE_ETC} were not used for this visit: they describe one visit, the claim's last (2025-03-17), and went to that visit.`, "warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: the claim has a PT and an SLP session on 2025-03-14, its first date of service, which share one KX threshold, and which came first is not known."],
      [`info: The options' ${NOTE_ETC} were not used for this visit: they describe one visit, the claim's last (2025-03-17), and went to that visit.`, "warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: the claim has a PT and an SLP session on 2025-03-14, its first date of service, which share one KX threshold, and which came first is not known."],
      ["warning: The options' therapyYearToDate was not used for this visit or any other of its KX threshold: the claim has a PT and an SLP session on 2025-03-14, its first date of service, which share one KX threshold, and which came first is not known."],
    ]],
    ["a first visit of no discipline, then an OT visit: the OT visit is not known to be its threshold's first", [item("2025-03-14", "59"), item("2025-03-17", "GO", "97530")], [
      [`info: The options' ${NOTE_ETC} were not used for this visit: they describe one visit, the claim's last (2025-03-17), and went to that visit.`],
      ["info: The options' therapyYearToDate was not used for this visit: it is the allowed dollars before the claim, which fit the claim's first visit of this KX threshold (2025-03-14), and went to it; this visit's dollars also include that visit's, which a Claim does not give."],
    ]],
    ["a claim of one session (one date, two lines): every option applied, no such finding", [item("2025-03-14"), item("2025-03-14", "GP", "97112")], [[]]],
  ])("%s", (_name, items, expected) => {
    const sessions = sessionsFromFhirClaim(claimOf(...items), ALL);
    expect(sessions.map(said)).toEqual(expected.map((e) => e.slice().sort()));
  });

  it("the visit's own findings that follow from a withheld option say so: units/missing-minutes and modifier/kx-no-data", () => {
    const [first, last] = sessionsFromFhirClaim(claimOf(item("2025-03-14", "GP,KX"), item("2025-03-17", "GP,KX")), ALL);
    const find = (s: unknown, rule: string) => validateSession(s).findings.find((f) => f.rule === rule);
    expect(find(first, "units/missing-minutes")).toMatchObject({
      severity: "error",
      message: "97110 is a timed code with no minutes for this visit (the options' totalTimedMinutes was not used for it: input/option-not-applied), so its units cannot be checked.",
    });
    expect(find(last, "modifier/kx-no-data")?.message).toContain("are not given for this visit (the options' therapyYearToDate was not used for it: input/option-not-applied)");
    // A visit that got the totals and the dollars keeps the findings as they were.
    expect(find(last, "units/missing-minutes")?.message).not.toContain("input/option-not-applied");
    expect(find(first, "modifier/kx-no-data")?.message).not.toContain("input/option-not-applied");
  });

  it("survives JSON, reaches validateSessions, toOperationOutcome (informational, no expression) and parseReport", () => {
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-17"), item("2025-03-17", "GO", "97530")), ALL);
    const reports = validateSessions(sessions.map((s) => JSON.parse(JSON.stringify(s)) as unknown));
    expect(reports.map((r) => r.findings.filter((f) => f.rule === "input/option-not-applied").length)).toEqual([1, 1]);
    const issues = toOperationOutcome(reports[0]!, sessions[0]).issue.filter((i) => i.details?.coding?.[0]?.code === "input/option-not-applied");
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", code: "informational" })]);
    expect(issues[0]).not.toHaveProperty("expression");
    const stored = JSON.parse(JSON.stringify(reports[0])) as unknown;
    expect(parseReport(stored)).toEqual(reports[0]);
    expect(parseReportBySchema(stored)).toEqual(reports[0]);
  });

  it("a session's notApplied that is not the adapter's shape says nothing, and never throws", () => {
    const visit = sessionsFromFhirClaim(claimOf(item("2025-03-14")), ALL)[0]!;
    // NOT-APPLIED-TRUST (twentieth round): option names and reasons of closed sets. NOT-APPLIED-WORDS (twenty-first round):
    // the words are the library's, built from those and the date; the record's own message and fix are not read.
    const ok = { options: ["note"], reason: "last-visit", date: "2025-03-17", message: "The options' note was not used for this visit: m.", fix: "f." };
    expect(said({ ...visit, notApplied: [ok] })).toEqual(["info: The options' note was not used for this visit: it describes one visit, the claim's last (2025-03-17), and went to that visit."]);
    expect(said({ ...visit, notApplied: [{ ...ok, reason: "shared-date" }] })).toEqual(["warning: The options' note was not used for this visit or any other of the claim: the claim has two sessions on 2025-03-17, its last date of service, and one note cannot be both visits' documentation."]);
    for (const notApplied of [null, 5, "note", [null], [{ ...ok, options: [] }], [{ ...ok, options: [5] }], [{ ...ok, options: "note" }], [{ ...ok, reason: 5 }], [{ ...ok, date: 5 }], [{ ...ok, date: "March 17" }], [{ ...ok, date: undefined }], [{ ...ok, options: ["notes"] }], [{ ...ok, reason: "approved" }], [{ ...ok, options: ["note", "note"] }]]) {
      expect(said({ ...visit, notApplied })).toEqual([]);
    }
    const getter = Object.defineProperty({ ...visit }, "notApplied", { get: () => { throw new Error("boom"); }, enumerable: true });
    expect(said(getter)).toEqual([]);
  });
});

/** The per-visit options a session holds, named as in the findings. */
function held(s: Record<string, unknown>): string[] {
  const plan = (s.planOfCare ?? {}) as Record<string, unknown>;
  return [...["note", "totalTimedMinutes", "therapyYearToDate"].filter((f) => s[f] !== undefined), ...("dischargeAtThisVisit" in plan ? ["planOfCare.dischargeAtThisVisit"] : [])];
}

/** The options the session's findings name as not applied. */
function named(s: unknown): string[] {
  return validateSession(s).findings.flatMap((f) => (f.rule === "input/option-not-applied" ? /^The options' (.*?) (?:was|were) not used/.exec(f.message)![1]!.split(/, | and /) : []));
}

const DATES = ["2025-03-14", "2025-03-17", "2025-03-21", "03/17/2025"];
const itemArb = fc.record({ date: fc.constantFrom(...DATES), mod: fc.constantFrom("GP", "GO", "GN", "59") }).map(({ date, mod }) => item(date, mod, mod === "GN" ? "92507" : mod === "GO" ? "97530" : "97110"));
const claimArb = fc.array(itemArb, { minLength: 1, maxLength: 6 });
const GIVEN = ["note", "totalTimedMinutes", "therapyYearToDate", "planOfCare.dischargeAtThisVisit"];

describe("NOT-APPLIED properties", () => {
  it("nothing lost: each option given is held by a session or named by its finding, never both; a one-visit option by at most one session", () => {
    fc.assert(
      fc.property(claimArb, (items) => {
        const sessions = sessionsFromFhirClaim(claimOf(...items), ALL) as unknown as Record<string, unknown>[];
        for (const s of sessions) {
          const h = held(s);
          const n = named(s);
          expect([...h, ...n].sort()).toEqual(GIVEN.slice().sort());
        }
        for (const o of ["note", "totalTimedMinutes", "planOfCare.dischargeAtThisVisit"]) expect(sessions.filter((s) => held(s).includes(o)).length).toBeLessThanOrEqual(1);
        // The dollars: at most one session of each KX threshold.
        const ytd = sessions.filter((s) => s.therapyYearToDate !== undefined).map((s) => ((s.provider as { discipline?: string }).discipline === "OT" ? "OT" : "PT/SLP"));
        expect(new Set(ytd).size).toBe(ytd.length);
      }),
      { numRuns: 150 },
    );
  });

  it("a claim of one session never gets the finding", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATES), fc.constantFrom("GP", "GO", "GN"), fc.integer({ min: 1, max: 4 }), (date, mod, n) => {
        const sessions = sessionsFromFhirClaim(claimOf(...Array.from({ length: n }, () => item(date, mod))), ALL);
        expect(sessions).toHaveLength(1);
        expect(said(sessions[0])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("the items' order never changes the findings", () => {
    fc.assert(
      fc.property(claimArb.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))), ([items, shuffled]) => {
        const byId = (list: unknown[]) => Object.fromEntries(sessionsFromFhirClaim(claimOf(...list), ALL).map((s) => [s.id, said(s).sort()]));
        expect(byId(shuffled)).toEqual(byId(items));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a date that is not written YYYY-MM-DD is quoted short (review of the nineteenth round)", () => {
  it("a long text sent as a date of service is cut to 24 characters in the finding", () => {
    const long = `${"March the seventeenth ".repeat(20)}2025`;
    const sessions = sessionsFromFhirClaim(claimOf(item("2025-03-14"), item(long)) as never, ALL);
    const messages = sessions.flatMap((s) => validateSession(s).findings.filter((f) => f.rule === "input/option-not-applied").map((f) => f.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).not.toContain(long.slice(0, 40));
      expect(m).toContain(`"${long.slice(0, 23)}…"`);
    }
  });
});
