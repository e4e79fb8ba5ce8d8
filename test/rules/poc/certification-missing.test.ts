import { expect } from "vitest";
import type { PlanOfCare } from "../../../src/model/session.js";
import { ruleTable, session } from "../helpers.js";

const poc = (dateOfService: string, plan: PlanOfCare, program: "medicare" | "commercial" = "medicare") =>
  session({ dateOfService, payer: { program }, planOfCare: { treatmentDaysSinceProgressReport: 2, goals: [{ id: "G1" }], ...plan } });

ruleTable("poc/certification-missing", "warning", {
  flags: [
    ["no certification by day 31 (MBPM §220.1.3)", poc("2024-04-01", { startOfCare: "2024-03-01" }), undefined, (f) => expect(f[0]!.message).toContain("2024-03-31")],
    ["certified on day 31: delayed", poc("2024-04-05", { startOfCare: "2024-03-01", certifiedOn: "2024-04-01" }), undefined, (f) => expect(f[0]!.path).toEqual(["planOfCare", "certifiedOn"])],
    ["2025: referral on file but plan sent on day 31", poc("2025-04-10", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-04-01" })],
    ["2025: plan sent on time but no referral on file", poc("2025-04-10", { startOfCare: "2025-03-01", planSentToReferrerOn: "2025-03-05" }), undefined, (f) => expect(f[0]!.message).toContain("exception")],
    ["2024: referral and plan sent, but the exception starts 2025-01-01 (89 FR 97912)", poc("2024-12-31", { startOfCare: "2024-11-01", referralOnFile: true, planSentToReferrerOn: "2024-11-05" })],
    ["not certified yet, day 13: info with the due date", poc("2025-03-14", { startOfCare: "2025-03-01" }), "info", (f) => expect(f[0]!.message).toContain("2025-03-31")],
    ["started 9999-12-15, seen 9999-12-20: not yet due, info (due 10000-01-14 is after 9999-12-20 though not as text)", poc("9999-12-20", { startOfCare: "9999-12-15" }), "info", (f) => expect(f[0]!.message).toContain("due by 10000-01-14")],
    ["no start of care: info", poc("2025-03-14", { certifiedOn: "2025-03-02" }), "info"],
  ],
  passes: [
    ["certified on day 30", poc("2024-05-01", { startOfCare: "2024-03-01", certifiedOn: "2024-03-31" })],
    ["2025 exception: referral on file plus plan sent on day 30 (APTA / Noridian JE)", poc("2025-05-01", { startOfCare: "2025-03-01", referralOnFile: true, planSentToReferrerOn: "2025-03-31" })],
    ["2025 exception with a late signature", poc("2025-05-01", { startOfCare: "2025-03-01", certifiedOn: "2025-04-20", referralOnFile: true, planSentToReferrerOn: "2025-03-03" })],
    ["commercial payer: Medicare rule not applied", poc("2024-04-01", { startOfCare: "2024-03-01" }, "commercial")],
  ],
});
