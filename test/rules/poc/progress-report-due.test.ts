import { describe, expect, it } from "vitest";
import { findingsOf, line, ruleTable, session } from "../helpers.js";

const days = (n: number | undefined, program: "medicare" | "commercial" = "medicare") => {
  const s = session({ payer: { program } });
  const { treatmentDaysSinceProgressReport: _, ...rest } = s.planOfCare!;
  return { ...s, planOfCare: n === undefined ? rest : { ...rest, treatmentDaysSinceProgressReport: n } };
};
/** The same visit, whose note is the clinician's progress report (planOfCare.progressReportAtThisVisit). */
const written = (n: number | undefined, credential: "PT" | "PTA" = "PT") => {
  const s = days(n);
  return { ...s, provider: { discipline: "PT" as const, credential }, planOfCare: { ...s.planOfCare, progressReportAtThisVisit: true } };
};

ruleTable("poc/progress-report-due", "warning", {
  flags: [
    ["10th treatment day (MBPM §220.3 D)", days(10), undefined, (f) => expect(f[0]!.message).toContain("due at this visit")],
    ["14th treatment day: overdue", days(14), undefined, (f) => expect(f[0]!.message).toContain("was due")],
    // MBPM ch. 15 §220.3 D: progress reports are "written by a clinician that is, either the
    // physician/NPP who provides or supervises the services, or by the therapist who provides the
    // services and supervises an assistant" (the fix named the therapist only).
    ["10th treatment day: the fix names both clinicians who may write the report, and not the assistant", days(10), undefined, (f) => {
      expect(f[0]!.fix).toContain("the therapist, or the physician/NPP who provides or supervises the services");
      expect(f[0]!.fix).toContain("not an assistant");
    }],
    ["not given: info", days(undefined), "info"],
    // MBPM ch. 15 §220.3 D: the report is written by a clinician, not by the assistant who furnished the visit.
    ["10th treatment day on a visit a PTA furnished: the message says the assistant cannot write it", { ...days(10), provider: { discipline: "PT", credential: "PTA" } }, undefined, (f) => {
      expect(f[0]!.message).toBe("This visit is treatment day 10 since the last progress report: a progress report is due at this visit. This visit was furnished by an assistant (PTA), who cannot write it.");
    }],
    ["12th treatment day on a visit an OTA furnished", { ...days(12), provider: { discipline: "OT", credential: "OTA" } }, undefined, (f) => {
      expect(f[0]!.message).toBe("This visit is treatment day 12 since the last progress report: a progress report was due by day 10. This visit was furnished by an assistant (OTA), who cannot write it.");
    }],
    ["10th treatment day on the therapist's visit: no word about an assistant", days(10), undefined, (f) => expect(f[0]!.message).not.toContain("assistant")],
    // MBPM ch. 15 §220.3 D: the report is due at least once every 10 treatment days; one written on day 13 is late.
    ["13th treatment day, the report written at this visit: a late report", written(13), undefined, (f) => {
      expect(f[0]!.message).toBe("This visit is treatment day 13 since the last progress report: a progress report was due by day 10. The report written at this visit is late.");
      expect(f[0]!.fix).toBe("Write each progress report by the 10th treatment day of its period.");
    }],
    ["12th treatment day on the discharge visit, the discharge note written: late", { ...written(12), planOfCare: { ...written(12).planOfCare, dischargeAtThisVisit: true } }, undefined, (f) => expect(f[0]!.message).toContain("is late")],
    ["10th treatment day, dischargeAtThisVisit false: still due", { ...days(10), planOfCare: { ...days(10).planOfCare, dischargeAtThisVisit: false } }, undefined, (f) => expect(f[0]!.message).toContain("due at this visit")],
    ["10th treatment day, progressReportAtThisVisit false: still due", { ...days(10), planOfCare: { ...days(10).planOfCare, progressReportAtThisVisit: false } }, undefined, (f) => expect(f[0]!.message).toContain("due at this visit")],
  ],
  passes: [
    ["9th treatment day, even 40 calendar days after the last report (the 30-day prong is gone)", { ...days(9), dateOfService: "2025-05-20" }],
    ["first day", days(1)],
    ["commercial: Medicare rule not applied", days(12, "commercial")],
    // MBPM ch. 15 §220.3 D: the first reporting period begins on the episode's first day, whether
    // an evaluation or a treatment is furnished on it, so on that day nothing is missing.
    ["not given on the start-of-care (evaluation) day", { ...days(undefined), dateOfService: "2025-03-01", services: [line("97161", "Initial evaluation")] }],
    ["a re-evaluation on the 6th treatment day: no advice", { ...days(6), services: [line("97164", "Re-evaluation after fall")] }],
    // MBPM ch. 15 §220.3 D: the report written at this visit closes the reporting period (every 10th visit was a false warning).
    ["10th treatment day, the clinician's progress report written at this visit", written(10)],
    ["10th treatment day, a PTA's visit on which the supervising PT writes the report", written(10, "PTA")],
    ["no count given, the progress report written at this visit", written(undefined)],
    // Sixteenth round: MBPM ch. 15 §220.3 D, the discharge note is the last period's progress report;
    // on the discharge visit poc/discharge-note-missing asks for it, so this rule is not a second warning.
    ["10th treatment day on the discharge visit, no report: poc/discharge-note-missing speaks", { ...days(10), planOfCare: { ...days(10).planOfCare, dischargeAtThisVisit: true } }],
    ["no count given on the discharge visit, no report", { ...days(undefined), planOfCare: { ...days(undefined).planOfCare, dischargeAtThisVisit: true } }],
  ],
});

// MBPM ch. 15 §220.3 C: a re-evaluation is covered when the clinician finds an indication (new
// clinical findings, a significant change, failure to respond); §220.3 D: the progress report is
// documentation, not a billed service. A 97164 on the 10th treatment day reads as the report billed.
describe("poc/progress-report-due: a re-evaluation billed where a progress report is due", () => {
  it("97164 on the 10th treatment day: the warning, and advice (info) on the 97164 line", () => {
    const f = findingsOf("poc/progress-report-due", { ...days(10), services: [line("97164", "Re-evaluation"), line("97110", "SLR 3x10 w/ VCs")] });
    expect(f.map((x) => x.severity)).toEqual(["warning", "info"]);
    expect(f[1]!.path).toEqual(["services", 0, "code"]);
    expect(f[1]!.codes).toEqual(["97164"]);
    expect(f[1]!.message).toContain("a progress report is not billable");
    expect(f[1]!.source.section).toContain("§220.3 C");
  });
  it("97164 on the 10th treatment day with the progress report written at this visit: the advice alone", () => {
    const f = findingsOf("poc/progress-report-due", { ...written(10), services: [line("97164", "Re-evaluation")] });
    expect(f.map((x) => [x.severity, x.codes?.[0]])).toEqual([["info", "97164"]]);
  });
  // MBPM ch. 15 §220.3 C: "Current Procedural Terminology does not define a re-evaluation code for
  // speech-language pathology; use the evaluation code." An SLP's 92523 on the 10th treatment day
  // is the same re-evaluation as a PT's 97164 (the advice was missing on SLP visits).
  const slp = (n: number, code: string) => ({ ...days(n), provider: { discipline: "SLP" as const, credential: "SLP" as const }, services: [line(code, "Aphasia battery retested"), line("92507", "Semantic feature analysis, 20 items")] });
  it("an SLP's evaluation code on the 10th treatment day is its re-evaluation: advice on that line", () => {
    for (const code of ["92523", "92610"]) {
      const f = findingsOf("poc/progress-report-due", slp(10, code));
      expect(f.map((x) => [x.severity, x.codes?.[0]])).toEqual([["warning", undefined], ["info", code]]);
      expect(f[1]!.path).toEqual(["services", 0, "code"]);
    }
  });
  it("an SLP's instrumental swallow study (92611, not always therapy) or an evaluation code before day 10: no advice", () => {
    expect(findingsOf("poc/progress-report-due", slp(10, "92611")).map((x) => x.severity)).toEqual(["warning"]);
    expect(findingsOf("poc/progress-report-due", slp(6, "92523"))).toEqual([]);
  });
  it("a PT's initial-evaluation code on the 10th treatment day: no advice (only SLP re-evaluates under evaluation codes)", () => {
    expect(findingsOf("poc/progress-report-due", { ...days(10), services: [line("97161", "Evaluation")] }).map((x) => x.severity)).toEqual(["warning"]);
  });
  // MBPM ch. 15 §230.1, §230.2: a PTA works under a PT; on an OT plan the line cannot be billed (modifier/assistant-discipline-mismatch).
  it("a PTA's 97168 on an OT plan on the 10th treatment day: the warning, no advice on a line that cannot be billed", () => {
    const f = findingsOf("poc/progress-report-due", { ...days(10), provider: { discipline: "OT", credential: "PTA" }, services: [line("97168", "OT re-evaluation")] });
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });
    it("97168 overdue (day 13): advice too", () => {
    const f = findingsOf("poc/progress-report-due", { ...days(13), provider: { discipline: "OT", credential: "OT" }, services: [line("97168", "OT re-evaluation")] });
    expect(f.map((x) => [x.severity, x.codes?.[0]])).toEqual([["warning", undefined], ["info", "97168"]]);
  });
  // MBPM ch. 15 §230.1, §230.2: an assistant furnishes no evaluation, in whole or in part, so a
  // re-evaluation an assistant took part in cannot be billed (modifier/assistant-evaluation says so):
  // advice on when to bill it was a third fix for one line.
  it.each<[string, "PT" | "OT", "PT" | "PTA" | "OT" | "OTA", Partial<ReturnType<typeof line>>, string[]]>([
    ["an OTA's 97168", "OT", "OTA", {}, ["warning"]],
    ["a PTA's 97164", "PT", "PTA", {}, ["warning"]],
    ["an OT's 97168 with 5 assistant minutes", "OT", "OT", { assistantMinutes: 5 }, ["warning"]],
    ["an OT's 97168 with CO", "OT", "OT", { modifiers: ["GO", "co"] }, ["warning"]],
    ["a PT's 97164 with CO (the wrong assistant modifier: billable once corrected), advice kept", "PT", "PT", { modifiers: ["GP", "CO"] }, ["warning", "info"]],
    ["an OT's 97168 with 0 assistant minutes, advice kept", "OT", "OT", { assistantMinutes: 0 }, ["warning", "info"]],
  ])("a re-evaluation on the 10th treatment day: %s", (_name, discipline, credential, extra, severities) => {
    const code = discipline === "PT" ? "97164" : "97168";
    const f = findingsOf("poc/progress-report-due", { ...days(10), provider: { discipline, credential }, services: [{ ...line(code, "Re-evaluation"), ...extra }] });
    expect(f.map((x) => x.severity)).toEqual(severities);
  });
});
