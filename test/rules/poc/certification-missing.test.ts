import { describe, expect, it } from "vitest";
import type { PlanOfCare } from "../../../src/model/session.js";
import { findingsOf, ruleTable, session } from "../helpers.js";

const poc = (dateOfService: string, plan: PlanOfCare, program: "medicare" | "commercial" = "medicare") =>
  session({ dateOfService, payer: { program }, planOfCare: { treatmentDaysSinceProgressReport: 2, goals: [{ id: "G1" }], ...plan } });

ruleTable("poc/certification-missing", "warning", {
  flags: [
    ["no certification by day 31 (MBPM §220.1.3)", poc("2024-04-01", { startOfCare: "2024-03-01" }), undefined, (f) => expect(f[0]!.message).toContain("2024-03-31")],
    ["certified on day 31: delayed; the fix names the flag that says the reason is on file", poc("2024-04-05", { startOfCare: "2024-03-01", certifiedOn: "2024-04-01" }), undefined, (f) => {
      expect(f[0]!.path).toEqual(["planOfCare", "certifiedOn"]);
      expect(f[0]!.fix).toBe("Keep the physician's or NPP's dated signature with a note explaining the delay, then send planOfCare.delayReasonOnFile: true.");
    }],
    ["delayReasonOnFile: false is no reason on file", poc("2024-04-05", { startOfCare: "2024-03-01", certifiedOn: "2024-04-01", delayReasonOnFile: false })],
    ["delayReasonOnFile does not date an undated recertification (day 101)", poc("2025-06-10", { startOfCare: "2025-03-01", certifiedThrough: "2025-08-20", delayReasonOnFile: true }), undefined, (f) => expect(f[0]!.message).toContain("the recertification has no date")],
    ["delayReasonOnFile with no certification by day 31: nothing signed to be late", poc("2024-04-05", { startOfCare: "2024-03-01", delayReasonOnFile: true }), undefined, (f) => expect(f[0]!.message).toContain("not certified within 30 days")],
    ["2025: referral on file but plan sent on day 31", poc("2025-04-10", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-04-01" })],
    ["2025: plan sent on time but no referral on file", poc("2025-04-10", { startOfCare: "2025-03-01", planSentToReferrerOn: "2025-03-05" }), undefined, (f) => expect(f[0]!.message).toContain("exception")],
    ["2024: referral and plan sent, but the exception starts 2025-01-01 (89 FR 97912)", poc("2024-12-31", { startOfCare: "2024-11-01", referralOnFile: true, planSentToReferrerOn: "2024-11-05" })],
    ["not certified yet, day 13: info with the due date", poc("2025-03-14", { startOfCare: "2025-03-01" }), "info", (f) => expect(f[0]!.message).toContain("2025-03-31")],
    ["started 9999-12-15, seen 9999-12-20: not yet due, info (due 10000-01-14 is after 9999-12-20 though not as text)", poc("9999-12-20", { startOfCare: "9999-12-15" }), "info", (f) => expect(f[0]!.message).toContain("due by 10000-01-14")],
    ["no start of care: info", poc("2025-03-14", { certifiedOn: "2025-03-02" }), "info"],
    // MBPM §220.1.3: "dated in the 30 days following the first day of treatment (including
    // evaluation)"; a plan cannot be sent before the evaluation it comes from (it passed as "within 30 days").
    ["2025: referral on file, plan 'sent' 3 days before the start of care: the date is reported, not a pass", poc("2025-04-10", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-02-26" }), undefined, (f) => {
      expect(f[0]).toMatchObject({ path: ["planOfCare", "planSentToReferrerOn"], message: expect.stringContaining("3 days before the start of care") });
      expect(f[0]!.source.title).toContain("CY 2025 PFS");
      expect(f[1]).toMatchObject({ path: ["planOfCare", "certifiedOn"] });
    }],
    ["2025: plan 'sent' 1 day before the start of care and a delayed certification: both reported", poc("2025-05-10", { startOfCare: "2025-03-01", certifiedOn: "2025-04-15", referralOnFile: true, planSentToReferrerOn: "2025-02-28" }), undefined, (f) => {
      expect(f.map((x) => x.path)).toEqual([["planOfCare", "planSentToReferrerOn"], ["planOfCare", "certifiedOn"]]);
      expect(f[0]!.message).toContain("1 day before");
    }],
    // The initial plan covers at most 90 days from the first treatment (MBPM ch. 15 §220.1.3 B);
    // a period ending later is a recertification's, which must be dated (§220.1.3 C, D).
    ["recertified period, visit on day 92 before the recertification's signature (day 96): a delayed recertification", poc("2025-06-01", { startOfCare: "2025-03-01", certifiedOn: "2025-06-05", certifiedThrough: "2025-08-20" }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toBe("This visit is 92 days after the start of care, past the initial certified period, but the recertification was signed later (2025-06-05): a delayed recertification needs the reason for the delay on file.");
    }],
    ["an initial plan written for three months (2025-06-02 to 2025-09-02, day 92) and certified on day 40: still a delayed certification, not a recertification", poc("2025-08-01", { startOfCare: "2025-06-02", certifiedOn: "2025-07-12", certifiedThrough: "2025-09-02" }), undefined, (f) => {
      expect(f[0]!.message).toBe("The plan was certified 40 days after the start of care (more than 30): a delayed certification needs the reason for the delay on file.");
    }],
    ["a certification signed on day 86 through day 181, visit on day 84 before the signature: the visit has no certification of its own in the data", poc("2025-05-26", { startOfCare: "2025-03-03", certifiedOn: "2025-05-28", certifiedThrough: "2025-08-31" }), undefined, (f) => expect(f[0]!.message).toContain("certified 86 days after the start of care")],
    ["recertified period, visit on day 101 with no certification date: the 2025 referral exception does not cover a recertification", poc("2025-06-10", { startOfCare: "2025-03-01", certifiedThrough: "2025-08-20", referralOnFile: true, planSentToReferrerOn: "2025-03-05" }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain("the recertification has no date");
      expect(f[0]!.path).toEqual(["planOfCare", "certifiedOn"]);
    }],
  ],
  passes: [
    // MBPM ch. 15 §220.1.3 D: a delayed certification "should be accepted" with the reason for the
    // delay documented; the warning came on every visit of the period with no way to say so.
    ["certified on day 41 with the reason for the delay on file (delayReasonOnFile)", poc("2025-04-20", { startOfCare: "2025-03-03", certifiedOn: "2025-04-13", certifiedThrough: "2025-05-31", delayReasonOnFile: true })],
    ["a recertification signed on day 96 for a visit on day 92, its reason on file", poc("2025-06-01", { startOfCare: "2025-03-01", certifiedOn: "2025-06-05", certifiedThrough: "2025-08-20", delayReasonOnFile: true })],
    ["a recertification signed on day 86 for a period through day 151: its date is not a delayed initial certification (MBPM ch. 15 §220.1.3 C)", poc("2025-06-10", { startOfCare: "2025-03-01", certifiedOn: "2025-05-26", certifiedThrough: "2025-07-30" })],
    // MBPM ch. 15 §220.1.3: recertification at least every 90 days, signed before the period ends.
    // A recertification signed on day 86 for June 1 to August 31 (day 181) ends 93 days after the
    // visit on day 88, which the initial period still covers (it was a 'delayed certification' warning).
    ["a recertification signed on day 86 for a three-month period through day 181, visit on day 88 (still the initial period)", poc("2025-05-30", { startOfCare: "2025-03-03", certifiedOn: "2025-05-28", certifiedThrough: "2025-08-31" })],
    ["a recertification signed on day 92, visit on day 95 after it", poc("2025-06-04", { startOfCare: "2025-03-01", certifiedOn: "2025-06-01", certifiedThrough: "2025-08-20" })],
    ["certified on day 30", poc("2024-05-01", { startOfCare: "2024-03-01", certifiedOn: "2024-03-31" })],
    ["2025 exception: referral on file plus plan sent on day 30 (APTA / Noridian JE)", poc("2025-05-01", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-03-31" })],
    ["2025 exception with a late signature", poc("2025-05-01", { startOfCare: "2025-03-01", certifiedOn: "2025-04-20", referralOnFile: true, planSentToReferrerOn: "2025-03-03" })],
    ["commercial payer: Medicare rule not applied", poc("2024-04-01", { startOfCare: "2024-03-01" }, "commercial")],
    ["2025 exception: plan sent on the day of the evaluation (day 0)", poc("2025-04-10", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-03-01" })],
    ["a sending date before the start of care, but certified on day 10: the certification suffices", poc("2025-04-10", { startOfCare: "2025-03-01", certifiedOn: "2025-03-11", referralOnFile: true, planSentToReferrerOn: "2025-02-20" })],
    ["a sending date before the start of care with no referral on file: the exception is not claimed (only the certification is read)", poc("2025-04-10", { startOfCare: "2025-03-01", certifiedOn: "2025-03-11", planSentToReferrerOn: "2025-02-20" })],
  ],
});

describe("poc/certification-missing: the reason for a delay on file", () => {
  it("leaves a plan sent before the start of care reported, alone", () => {
    const f = findingsOf("poc/certification-missing", poc("2025-05-10", { startOfCare: "2025-03-01", certifiedOn: "2025-04-15", referralOnFile: true, planSentToReferrerOn: "2025-02-28", delayReasonOnFile: true }));
    expect(f.map((x) => x.path)).toEqual([["planOfCare", "planSentToReferrerOn"]]);
  });
});

describe("poc/certification-missing: a sending date before the start of care while certification is not yet due", () => {
  it("is a warning on that date beside the info advice with the due date", () => {
    const f = findingsOf("poc/certification-missing", poc("2025-03-14", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-02-27" }));
    expect(f.map((x) => [x.severity, x.path])).toEqual([["warning", ["planOfCare", "planSentToReferrerOn"]], ["info", ["planOfCare", "certifiedOn"]]]);
    expect(f[0]!.message).toBe("The plan was sent to the referring practitioner 2 days before the start of care, so before the evaluation it comes from: that date cannot meet the 2025 referral exception.");
    expect(f[1]!.message).toContain("due by 2025-03-31");
  });
});
