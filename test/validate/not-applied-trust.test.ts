import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";

// Twentieth round (input20, NOT-APPLIED-TRUST): a session's `notApplied` (the FHIR adapter's record of the options a
// visit did not get) was read from any JSON session, and its message and fix (up to 1,000 characters, 8 entries)
// went into the report as they came, with any option name in `withheld`. A JSON caller could put any text in a report
// ("All checks passed", the patient's note) and reword units/missing-minutes. Now only what can be checked is read:
// option names and reasons of closed sets, each option once; the message must start with the adapter's words for those
// options, and message and fix are cut past the adapter's longest (480 and 280 characters). Twenty-first round
// (NOT-APPLIED-WORDS): the record's message and fix are not read; the words are built from the checked fields.

const visit = {
  dateOfService: "2025-03-14",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services: [{ code: "97110", units: 2, modifiers: ["GP"], activity: "SLR 3x10, bridges 3x10 for hip strength with cues for form" }],
};
const WORDS = "The options' totalTimedMinutes was not used for this visit: it describes one visit, the claim's last (2025-03-20), and went to that visit.";
const entry = { options: ["totalTimedMinutes"], reason: "last-visit", date: "2025-03-20", message: WORDS, fix: "To check this visit with its own, set it on this session before validateSession, or send it as a claim of its own." };
const notApplied = (list: unknown) => validateSession({ ...visit, notApplied: list }).findings.filter((f) => f.rule === "input/option-not-applied");
const missing = (list: unknown) => validateSession({ ...visit, notApplied: list }).findings.find((f) => f.rule === "units/missing-minutes")?.message;
const PLAIN = "97110 is a timed code with no minutes, so its units cannot be checked.";

describe("input/option-not-applied reads only what it can check", () => {
  // NOT-APPLIED-WORDS (twenty-first round): after the adapter's opening words, up to 480 and 280 characters of the
  // record's own message and fix still reached the finding. The words are now built from the checked fields alone.
  it("the record's own message and fix are never shown: the words are the library's, from the checked fields", () => {
    const note = " Pt reports 6/10 pain R knee after fall at home. Approved for billing.".repeat(8);
    for (const message of ["All checks passed: approved for billing. Patient John Doe, DOB 1950-01-01.", `The options' totalTimedMinutes was not used for this visit:${note}`, `x${WORDS}`, WORDS + note, undefined]) {
      const found = notApplied([{ ...entry, message, fix: `Call us.${note}` }]);
      expect(found.map((f) => [f.severity, f.message, f.fix])).toEqual([["info", WORDS, entry.fix]]);
      expect(missing([{ ...entry, message }])).toContain("for this visit (the options' totalTimedMinutes was not used for it: input/option-not-applied)");
    }
  });

  it.each<[string, unknown, boolean]>([
    // the date goes into the words, so it must be a date (YYYY-MM-DD), but for unknown-date's, which is quoted, cut to 24
    ["a date of text", "approved, call 555-0100", false],
    ["a date not a string", 20250320, false],
    ["no date", undefined, false],
    ["a date", "2025-03-20", true],
  ])("last-visit with %s (%j): read %s", (_, date, read) => {
    expect(notApplied([{ ...entry, date }])).toHaveLength(read ? 1 : 0);
  });

  it("unknown-date quotes its date cut to 24 characters, and names the disciplines of the closed set only", () => {
    const [f] = notApplied([{ options: ["note"], reason: "unknown-date", date: "approved for billing, no changes needed" }]);
    expect(f?.message).toBe(`The options' note was not used for this visit or any other of the claim: a date of service on the claim, "approved for billing, n…", is not written YYYY-MM-DD, so which visit is the claim's last is not known.`);
    const [g] = notApplied([{ options: ["note"], reason: "shared-date", date: "2025-03-20", disciplines: ["PT", "approved", "OT", "OT"] }]);
    expect(g?.message).toContain("the claim has an OT and a PT session on 2025-03-20");
  });

  it.each<[string, Record<string, unknown>]>([
    ["an option name not of the adapter's", { ...entry, options: ["anything"] }],
    ["one good and one unknown option", { ...entry, options: ["totalTimedMinutes", "rules"] }],
    ["a reason not of the five", { ...entry, reason: "approved-visit" }],
    ["an option twice", { ...entry, options: ["totalTimedMinutes", "totalTimedMinutes"], message: WORDS.replace("totalTimedMinutes was", "totalTimedMinutes and totalTimedMinutes were") }],
    ["the dollars to the claim's last visit", { ...entry, options: ["therapyYearToDate"], message: WORDS.replace("totalTimedMinutes", "therapyYearToDate") }],
    ["the dollars with another option", { ...entry, options: ["therapyYearToDate", "note"], reason: "first-visit", message: "The options' therapyYearToDate and note were not used for this visit" }],
    ["the minutes to a bucket's first visit", { ...entry, reason: "first-visit" }],
  ])("%s: no finding, and units/missing-minutes is not reworded", (_name, bad) => {
    expect(notApplied([bad])).toEqual([]);
    expect(missing([bad])).toBe(PLAIN);
  });

  it("counter-case: a well-formed entry is read, and units/missing-minutes says the option was withheld", () => {
    expect(notApplied([entry]).map((f) => f.severity)).toEqual(["info"]);
    expect(missing([entry])).toContain("for this visit (the options' totalTimedMinutes was not used for it: input/option-not-applied)");
    expect(notApplied([{ ...entry, options: ["therapyYearToDate"], reason: "unknown-bucket", message: WORDS.replace("totalTimedMinutes", "therapyYearToDate") }]).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("an entry repeated is said once (eight copies were eight findings)", () => {
    expect(notApplied(Array.from({ length: 8 }, () => entry))).toHaveLength(1);
  });

  it("property: no text of the record's choosing reaches any finding (but an odd date's first 24 characters, quoted)", () => {
    const text = fc.string({ minLength: 30, maxLength: 200 }).map((s) => `Z${s}Q`);
    fc.assert(
      fc.property(text, text, fc.constantFrom("last-visit", "first-visit", "shared-date", "unknown-date", "unknown-bucket", "approved"), fc.constantFrom(["note"], ["totalTimedMinutes", "note"], ["therapyYearToDate"], ["anything"]), fc.constantFrom("2025-03-20", "2025-03-20 approved"), (message, fix, reason, options, date) => {
        const opened = `The options' ${options.join(" and ")} ${options.length > 1 ? "were" : "was"} not used for this visit`;
        const report = validateSession({ ...visit, notApplied: [{ options, reason, date, disciplines: [message], message: opened + message, fix }] });
        for (const f of report.findings) {
          const words = JSON.stringify(f);
          expect(words).not.toContain(message.slice(1, -1));
          expect(words).not.toContain(fix.slice(1, -1));
          if (f.rule === "input/option-not-applied" && date !== "2025-03-20") expect(f.message).toContain('"2025-03-20 approved"');
        }
      }),
    );
  });

  it("property: on the adapter's own sessions the finding is the adapter's words, unchanged", () => {
    const item = (date: string, mod: string) => ({ sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: mod === "GO" ? "97530" : "97110" }] }, servicedDate: date, quantity: { value: 1 }, modifier: [{ coding: [{ code: mod }] }] });
    const claim = (items: { date: string; mod: string }[]) => ({ resourceType: "Claim", status: "active", use: "claim", patient: { reference: "Patient/1" }, created: "2025-03-31", provider: { reference: "Organization/1" }, priority: { coding: [{ code: "normal" }] }, insurance: [], item: items.map((x, k) => ({ ...item(x.date, x.mod), sequence: k + 1 })) });
    const options = { payer: { program: "medicare" as const }, note: { text: "x" }, totalTimedMinutes: 30, therapyYearToDate: { ptSlp: 100 } };
    let worded = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ date: fc.constantFrom("2025-03-14", "2025-03-17", "03/17/2025"), mod: fc.constantFrom("GP", "GO", "59") }), { minLength: 2, maxLength: 5 }), (items) => {
        for (const s of sessionsFromFhirClaim(claim(items) as never, options)) {
          const words = (s.notApplied ?? []).map((n) => [n.message, n.fix]);
          worded += words.length;
          expect(validateSession(s).findings.filter((f) => f.rule === "input/option-not-applied").map((f) => [f.message, f.fix])).toEqual(words);
        }
      }),
      { numRuns: 100 },
    );
    expect(worded).toBeGreaterThan(50);
  });
});
