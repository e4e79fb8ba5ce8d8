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
  ],
  passes: [
    ["on the last certified day", poc("2025-04-01", { startOfCare: "2025-01-02", certifiedThrough: "2025-04-01" })],
    ["no certifiedThrough, day 90", poc("2025-04-01", { startOfCare: "2025-01-01" })],
    ["recertified through a later date", poc("2025-06-15", { startOfCare: "2025-01-02", certifiedThrough: "2025-07-01" })],
    ["Medicaid: Medicare rule not applied", poc("2025-08-02", { startOfCare: "2025-01-01" }, "medicaid")],
  ],
});
