import { expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import type { Finding } from "../../../src/model/finding.js";
import { ruleTable, session } from "../helpers.js";

const none = session({ planOfCare: undefined as never });

ruleTable("poc/plan-of-care-missing", "info", {
  flags: [
    ["no plan of care at all", none, undefined, (f) => expect(f).toHaveLength(1)],
    // The certification, expiry and progress-report rules are Medicare's (MBPM ch. 15 §220.1.3,
    // §220.3 D): a commercial or Medicaid visit is not told that they were not run, nor asked for their fields.
    ...(["commercial", "medicaid"] as const).map((program) => [`${program}: only the start-of-care and goal-link checks are named, and only their fields asked for`, { ...none, payer: { program } }, undefined, (f: Finding[]) => {
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toBe("No plan-of-care data was given: the start-of-care and goal-link checks were not run.");
      expect(f[0]!.fix).toBe("Pass planOfCare (startOfCare, goals).");
    }] as const),
    ["medicare: every plan-of-care check is named", none, undefined, (f) => expect(f[0]!.message).toContain("certification, expiry, progress-report and goal-link")],
  ],
  passes: [["any plan-of-care object", session()], ["an empty plan-of-care object", session({ planOfCare: {} })]],
});

it("no plan of care gives one info and no poc/ or goal warnings", () => {
  const found = lintDocumentation(none).filter((f) => f.rule.startsWith("poc/") || f.rule === "doc/goal-link-missing");
  expect(found.map((f) => [f.rule, f.severity])).toEqual([["poc/plan-of-care-missing", "info"]]);
});
