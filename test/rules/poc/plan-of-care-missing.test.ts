import { expect, it } from "vitest";
import { lintDocumentation } from "../../../src/lint.js";
import { ruleTable, session } from "../helpers.js";

const none = session({ planOfCare: undefined as never });

ruleTable("poc/plan-of-care-missing", "info", {
  flags: [["no plan of care at all", none, undefined, (f) => expect(f).toHaveLength(1)]],
  passes: [["any plan-of-care object", session()], ["an empty plan-of-care object", session({ planOfCare: {} })]],
});

it("no plan of care gives one info and no poc/ or goal warnings", () => {
  const found = lintDocumentation(none).filter((f) => f.rule.startsWith("poc/") || f.rule === "doc/goal-link-missing");
  expect(found.map((f) => [f.rule, f.severity])).toEqual([["poc/plan-of-care-missing", "info"]]);
});
