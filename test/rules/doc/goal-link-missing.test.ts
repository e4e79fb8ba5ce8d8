import { expect } from "vitest";
import { line, ruleTable, session, withLine } from "../helpers.js";

ruleTable("doc/goal-link-missing", "warning", {
  flags: [
    ["no goal ids", withLine("97530", "Transfers", { goalIds: [] }), undefined, (f) => expect(f[0]!.path).toEqual(["services", 0, "goalIds"])],
    ["goal ids undefined", session({ services: [{ code: "97110", activity: "SLR 3x10" }] })],
    ["an id the plan does not have", withLine("97110", "SLR 3x10", { goalIds: ["G9"] }), undefined, (f) => expect(f[0]!.message).toContain("G9")],
    ["an id holding goal text is quoted to 12 characters, not echoed", withLine("97110", "SLR 3x10", { goalIds: ["Pt will walk 150 ft with a cane independently", "G1"] }), undefined, (f) => {
      expect(f[0]!.message).toContain("(Pt will walk…)");
      expect(f[0]!.message).not.toContain("150 ft");
    }],
    ["an id cut at 12 code units keeps a surrogate pair whole", withLine("97110", "SLR 3x10", { goalIds: ["Goal 1 stair\u{1F600} climbing"] }), undefined, (f) => expect(f[0]!.message).toContain("(Goal 1 stair…)")],
    ["plan with no goal list: one info", session({ planOfCare: { startOfCare: "2025-03-01", certifiedOn: "2025-03-02", certifiedThrough: "2025-05-29", treatmentDaysSinceProgressReport: 1 } }), "info", (f) => expect(f).toHaveLength(1)],
  ],
  passes: [
    ["linked to a known goal", withLine("97110", "SLR 3x10", { goalIds: ["G1"] })],
    ["linked to two known goals", withLine("97530", "Lift box", { goalIds: ["G1", "G2"] })],
    ["evaluation lines need no link", withLine("97161", "Initial evaluation", { goalIds: [] })],
    ["unknown codes are not judged", withLine("99213", "Visit", { goalIds: [] })],
    ["no plan of care: poc/plan-of-care-missing reports it", session({ planOfCare: undefined as never, services: [line("97110", "SLR", { goalIds: [] })] })],
  ],
});
