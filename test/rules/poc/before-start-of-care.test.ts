import { expect } from "vitest";
import type { PlanOfCare } from "../../../src/model/session.js";
import { ruleTable, session } from "../helpers.js";

const poc = (dateOfService: string, plan: PlanOfCare, program: "medicare" | "commercial" = "medicare") =>
  session({ dateOfService, payer: { program }, planOfCare: { treatmentDaysSinceProgressReport: 2, goals: [{ id: "G1" }], certifiedOn: "2025-03-05", ...plan } });

ruleTable("poc/before-start-of-care", "error", {
  flags: [
    ["seen the day before the start of care (42 CFR 410.61(b))", poc("2025-02-28", { startOfCare: "2025-03-01" }), undefined, (f) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain("2025-02-28");
      expect(f[0]!.message).toContain("data-entry error");
      expect(f[0]!.path).toEqual(["planOfCare", "startOfCare"]);
    }],
    ["a year before: a mistyped year", poc("2024-03-14", { startOfCare: "2025-03-01" })],
    ["commercial payer too: the dates contradict each other whoever pays", poc("2025-02-01", { startOfCare: "2025-03-01" }, "commercial")],
  ],
  passes: [
    ["seen on the start-of-care day (the evaluation)", poc("2025-03-01", { startOfCare: "2025-03-01" })],
    ["seen after the start of care", poc("2025-03-14", { startOfCare: "2025-03-01" })],
    ["no start of care", poc("2025-03-14", {})],
    ["no plan of care", session({ planOfCare: undefined })],
  ],
});
