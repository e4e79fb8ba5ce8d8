import { expect } from "vitest";
import type { PlanOfCare } from "../../../src/model/session.js";
import { ruleTable, session } from "../helpers.js";

const poc = (dateOfService: string, plan: PlanOfCare, program: "medicare" | "medicaid" = "medicare") =>
  session({ dateOfService, payer: { program }, planOfCare: { treatmentDaysSinceProgressReport: 2, goals: [{ id: "G1" }], certifiedOn: "2025-01-03", ...plan } });

ruleTable("poc/certification-expired", "error", {
  flags: [
    ["date of service a day after certifiedThrough (MBPM §220.1.2)", poc("2025-04-02", { startOfCare: "2025-01-02", certifiedThrough: "2025-04-01" }), undefined, (f) => expect(f[0]!.path).toEqual(["planOfCare", "certifiedThrough"])],
    ["no certifiedThrough, day 91 after start of care", poc("2025-04-02", { startOfCare: "2025-01-01" }), undefined, (f) => expect(f[0]!.message).toContain("91 days")],
    ["neither date: info", poc("2025-04-02", {}), "info"],
    // Ninth round: a certifiedThrough 91 or more days after the visit was trusted; no certified
    // period is longer than 90 days and it starts no later than the visit (MBPM §220.1.3 B, C).
    ["certifiedThrough 91 days after the date of service: not trusted (info)", poc("2025-01-10", { startOfCare: "2025-01-02", certifiedThrough: "2025-04-11" }), "info", (f) =>
      expect(f[0]!.message).toBe("The plan is certified through 2025-04-11, 91 days after the date of service, but a certification covers at most 90 days, so whether this visit is certified cannot be checked.")],
    ["signed on day 86 through day 181, but the visit (day 84) is before the signature: not trusted", poc("2025-05-26", { startOfCare: "2025-03-03", certifiedOn: "2025-05-28", certifiedThrough: "2025-08-31" }), "info"],
    ["signed on day 86 through day 185, past one more three-month period: not trusted", poc("2025-05-30", { startOfCare: "2025-03-03", certifiedOn: "2025-05-28", certifiedThrough: "2025-09-04" }), "info"],
    ["a year-end certifiedThrough months away", poc("2025-03-01", { startOfCare: "2025-02-20", certifiedThrough: "2025-12-31" }), "info"],
  ],
  passes: [
    ["on the last certified day", poc("2025-04-01", { startOfCare: "2025-01-02", certifiedThrough: "2025-04-01" })],
    ["no certifiedThrough, day 90", poc("2025-04-01", { startOfCare: "2025-01-01" })],
    ["recertified through a later date", poc("2025-06-15", { startOfCare: "2025-01-02", certifiedThrough: "2025-07-01" })],
    ["certifiedThrough 90 days after the date of service (a full 90-day period that starts on it)", poc("2025-01-02", { startOfCare: "2025-01-02", certifiedThrough: "2025-04-02" })],
    ["a recertification running past day 90 of the start of care and 150 days after certifiedOn", poc("2025-05-01", { startOfCare: "2025-01-02", certifiedThrough: "2025-06-02" })],
    // MBPM ch. 15 §220.1.3: a recertification signed before the initial period ends. Signed on day 86 for
    // June 1 to August 31 (day 181): 93 days after the visit on day 88, which the initial period covers.
    ["a recertification signed on day 86 through day 181, visit on day 88", poc("2025-05-30", { startOfCare: "2025-03-03", certifiedOn: "2025-05-28", certifiedThrough: "2025-08-31" })],
    ["Medicaid: Medicare rule not applied", poc("2025-08-02", { startOfCare: "2025-01-01" }, "medicaid")],
  ],
});
