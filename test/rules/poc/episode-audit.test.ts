import { describe, expect, it } from "vitest";
import { validateSession } from "../../../src/validate.js";
import type { Session } from "../../../src/model/session.js";
import { otEpisode, ptEpisode, slpEpisode, type Visit } from "./episodes.js";

/**
 * A rehab director audits three Medicare episodes visit by visit (test/rules/poc/episodes.ts), reading
 * every plan-of-care, certification, progress-report, assistant (CQ/CO) and discipline finding
 * (`poc/`, `modifier/`, `doc/discipline-mismatch`; the bundled NCCI quarter's age notes and the MUE
 * no-data notes are other checks'). Authorities, read with the search tool: MBPM (Pub. 100-02) ch. 15
 * §220.1.2 (each discipline its own plan: "a physical therapist may not provide services under an
 * occupational therapist plan of care"), §220.1.3 B-D (certification within 30 days; a delayed
 * certification is accepted with its reason), §220.3 D (progress report every 10 treatment days, by a
 * clinician); CY 2020 PFS final rule (84 FR 62702-62707) and CMS's CQ/CO billing examples (only the
 * assistant's minutes without the therapist count toward the 10% de minimis standard).
 */
const read = (visits: readonly Visit[]): string[] =>
  visits.flatMap(({ id, session }) =>
    validateSession(session).findings
      .filter((f) => f.rule.startsWith("poc/") || f.rule.startsWith("modifier/") || f.rule === "doc/discipline-mismatch")
      .map((f) => `${id}: ${f.rule} ${f.severity}${f.codes ? ` ${f.codes.join(",")}` : ""}`),
  );
const range = (prefix: string, from: number, to: number, what: string) => Array.from({ length: to - from + 1 }, (_, k) => `${prefix}-${String(from + k).padStart(2, "0")}: ${what}`);
const lines = (id: string, rule: string, codes: string[]) => codes.map((c) => `${id}: ${rule} error ${c}`);

/** What the director counted: the finding(s), and the verdict before this round's fixes (at 59c96af) and now. */
const VERDICTS: readonly { readonly at: string; readonly n: number; readonly before: string; readonly now?: string }[] = [
  { at: "PT-13..PT-24 poc/certification-missing warning", n: 12, before: "twice: the delayed certification (day 41) is said on all 12 visits to the recertification, its reason on file, and the caller had no way to say so (now planOfCare.delayReasonOnFile)" },
  { at: "PT-02..PT-09 poc/certification-missing info", n: 8, before: "twice: 'not certified yet, due by 2025-04-02' on every visit of the first 30 days", now: "twice: left; each visit is checked alone, and this info is the only notice before the deadline for a system that never sends the start-of-care day" },
  { at: "PT-06, PT-18 modifier/assistant-modifier-missing", n: 2, before: "unclear: 'CQ required' with no word that the 10 minutes the PT and PTA gave together are the PT's (now said, with what to do if assistantMinutes held them)" },
  { at: "OT-07, OT-12 modifier/assistant-modifier-missing", n: 2, before: "unclear: the same, for the OTA and OT" },
  { at: "OT-05, OT-06 (a PT covering the OT plan), 3 lines each", n: 6, before: "missing: a PT treating under an OT plan of care (§220.1.2) passed (now modifier/therapist-discipline-mismatch)" },
  { at: "variant: OT-05 sent with the PT's GP, 3 lines", n: 3, before: "wrong: modifier/therapy-modifier-mismatch 'Replace GP with GO' would bill the PT's service as OT (now left to the provider error)" },
];

describe("a rehab director's audit of three Medicare episodes of care (MBPM ch. 15 §220.1.2, §220.1.3, §220.3 D; CQ/CO)", () => {
  it("PT: certification advice to day 30 and overdue until the day-41 signature; the delayed certification with its reason on file is not repeated; CQ on the two shared 97530 lines", () => {
    expect(read(ptEpisode({ delayReasonOnFile: true }))).toEqual([
      ...range("PT", 1, 5, "poc/certification-missing info"),
      "PT-06: modifier/assistant-modifier-missing error 97530",
      "PT-06: poc/certification-missing info",
      ...range("PT", 7, 9, "poc/certification-missing info"),
      ...range("PT", 10, 12, "poc/certification-missing warning"),
      "PT-18: modifier/assistant-modifier-missing error 97530",
    ]);
  });

  it("PT without the reason on file: the delayed certification on each visit it covers, its fix naming the flag", () => {
    const visits = ptEpisode();
    expect(read(visits).filter((f) => f.includes("warning"))).toEqual(range("PT", 10, 24, "poc/certification-missing warning"));
    const f = validateSession(visits[12]!.session).findings.find((x) => x.rule === "poc/certification-missing")!;
    expect(f.message).toBe("The plan was certified 41 days after the start of care (more than 30): a delayed certification needs the reason for the delay on file.");
    expect(f.fix).toContain("then send planOfCare.delayReasonOnFile: true");
  });

  it("PT: the CQ finding on a line the PT and PTA shared says whose the joint minutes are and what to do", () => {
    const f = validateSession(ptEpisode()[5]!.session).findings.find((x) => x.rule === "modifier/assistant-modifier-missing")!;
    expect(f.message).toContain("1 of its 2 units must carry CQ (assistant minutes are the PTA's time without the PT: time they treated together is the PT's).");
    expect(f.fix).toContain("If the 8 assistant minutes include time the PTA and PT treated together, count that time as the PT's and check again.");
  });

  it("OT: the covering PT's two visits and the PTA's visit are errors on every line; CO on the two shared 97535 lines; the OTA's own visits pass", () => {
    expect(read(otEpisode())).toEqual([
      "OT-01: poc/certification-missing info",
      ...lines("OT-05", "modifier/therapist-discipline-mismatch", ["97110", "97535", "97530"]),
      ...lines("OT-06", "modifier/therapist-discipline-mismatch", ["97110", "97535", "97530"]),
      "OT-07: modifier/assistant-modifier-missing error 97535",
      ...lines("OT-11", "modifier/assistant-discipline-mismatch", ["97110", "97535", "97530"]),
      "OT-12: modifier/assistant-modifier-missing error 97535",
    ]);
    const f = validateSession(otEpisode()[4]!.session).findings.find((x) => x.rule === "modifier/therapist-discipline-mismatch")!;
    expect(f.message).toBe("97110 was furnished by a physical therapist (PT), the rendering provider, but this visit is under an OT plan of care: a therapist may not treat under another discipline's plan, even for the same condition.");
    expect(f.fix).toBe("Bill what the PT furnished under a PT plan of care of their own (their evaluation and certified plan), with GP; or correct the provider's discipline or credential.");
    expect(f.source.section).toContain("§220.1.2");
  });

  it("OT variant: the covering PT's visit sent with GP is the provider error alone, not also 'Replace GP with GO'", () => {
    const v = otEpisode()[4]!;
    const gp: Session = { ...v.session, services: v.session.services.map((l) => ({ ...l, modifiers: ["GP"] })) };
    expect(read([{ id: v.id, session: gp }])).toEqual(lines("OT-05", "modifier/therapist-discipline-mismatch", ["97110", "97535", "97530"]));
  });

  it("SLP: certification advice at the evaluation only; progress reports on treatment days 10 and 20 and the discharge summary: nothing else", () => {
    expect(read(slpEpisode())).toEqual(["SLP-01: poc/certification-missing info"]);
  });

  it("SLP variant: the day-10 report skipped and written on day 11: due, then late", () => {
    const visits = slpEpisode().map((v): Visit => {
      const poc = v.session.planOfCare!;
      if (v.id === "SLP-10") return { ...v, session: { ...v.session, planOfCare: { ...poc, progressReportAtThisVisit: false } } };
      if (v.id === "SLP-11") return { ...v, session: { ...v.session, planOfCare: { ...poc, treatmentDaysSinceProgressReport: 11, progressReportAtThisVisit: true } } };
      return v;
    });
    expect(read(visits).slice(1)).toEqual(["SLP-10: poc/progress-report-due warning", "SLP-11: poc/progress-report-due warning"]);
  });

  // Sixteenth round (poc16): MBPM ch. 15 §220.3 D, a discharge note for each episode, by a clinician.
  // The PT and SLP episodes end with their discharge visit (dischargeAtThisVisit), the summary written.
  it("the PT and SLP discharge visits sent without the discharge summary: one poc/discharge-note-missing warning each, nothing else changes", () => {
    const unwritten = (visits: Visit[]): Visit[] =>
      visits.map((v) => (v.session.planOfCare?.dischargeAtThisVisit ? { ...v, session: { ...v.session, planOfCare: { ...v.session.planOfCare, progressReportAtThisVisit: false } } } : v));
    const pt = ptEpisode({ delayReasonOnFile: true });
    expect(pt.filter((v) => v.session.planOfCare?.dischargeAtThisVisit).map((v) => v.id)).toEqual(["PT-28"]);
    expect(read(unwritten(pt))).toEqual([...read(pt), "PT-28: poc/discharge-note-missing warning"]);
    expect(read(unwritten(slpEpisode()))).toEqual(["SLP-01: poc/certification-missing info", "SLP-24: poc/discharge-note-missing warning"]);
  });

  it("counts the findings read as wrong, missing, twice or unclear: before this round's fixes and now", () => {
    const count = (key: "before" | "now") => {
      const out: Record<string, number> = { wrong: 0, missing: 0, twice: 0, unclear: 0 };
      for (const v of VERDICTS) if (v[key] !== undefined) out[v[key]!.split(":")[0]!]! += v.n;
      return out;
    };
    expect(count("before")).toEqual({ wrong: 3, missing: 6, twice: 20, unclear: 4 });
    expect(count("now")).toEqual({ wrong: 0, missing: 0, twice: 8, unclear: 0 });
  });
});
