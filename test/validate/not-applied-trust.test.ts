import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { sessionsFromFhirClaim } from "../../src/adapters/fhir.js";

// Twentieth round (input20, NOT-APPLIED-TRUST): a session's `notApplied` (the FHIR adapter's record of the options a
// visit did not get) was read from any JSON session, and its message and fix (up to 1,000 characters, 8 entries)
// went into the report as they came, with any option name in `withheld`. A JSON caller could put any text in a report
// ("All checks passed", the patient's note) and reword units/missing-minutes. Now only what can be checked is read:
// option names and reasons of closed sets, each option once; the message must start with the adapter's words for those
// options, and message and fix are cut past the adapter's longest (480 and 280 characters). The adapter's wording stays
// in therapy-claims/fhir (building it in the main entry measured +915 B; docs/design-notes.md).

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
  it("a message that does not start with the adapter's words for its options is not shown", () => {
    for (const message of ["All checks passed: approved for billing. Patient John Doe, DOB 1950-01-01.", "The options' note was not used for this visit: approved.", `x${WORDS}`]) {
      expect(notApplied([{ ...entry, message }])).toEqual([]);
      expect(missing([{ ...entry, message }])).toBe(PLAIN);
    }
  });

  it("message and fix are cut past the adapter's longest words (they were shown up to 1,000 characters)", () => {
    const note = " Pt reports 6/10 pain R knee after fall at home.".repeat(20);
    const [f] = notApplied([{ ...entry, message: WORDS + note, fix: `Call us.${note}` }]);
    expect(f?.message.length).toBe(480);
    expect(f?.message.endsWith("…")).toBe(true);
    expect(f?.fix?.length).toBe(280);
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

  it("property: no text of the entry's choosing reaches any finding unless it follows the adapter's opening, cut", () => {
    const text = fc.string({ minLength: 30, maxLength: 200 }).map((s) => `Z${s}`);
    fc.assert(
      fc.property(text, text, fc.constantFrom("last-visit", "first-visit", "shared-date", "unknown-date", "unknown-bucket", "approved"), fc.constantFrom(["note"], ["totalTimedMinutes", "note"], ["therapyYearToDate"], ["anything"]), (message, fix, reason, options) => {
        const report = validateSession({ ...visit, notApplied: [{ options, reason, date: "2025-03-20", message, fix }] });
        expect(report.findings.filter((f) => f.rule === "input/option-not-applied")).toEqual([]);
        const opened = validateSession({ ...visit, notApplied: [{ options, reason, message: `The options' ${options.join(" and ")} ${options.length > 1 ? "were" : "was"} not used for this visit${message.repeat(4)}`, fix: fix.repeat(3) }] });
        for (const f of opened.findings.filter((x) => x.rule === "input/option-not-applied")) {
          expect(f.message.length).toBeLessThanOrEqual(480);
          expect((f.fix ?? "").length).toBeLessThanOrEqual(280);
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
