import { describe, expectTypeOf, it } from "vitest";
import { createRule, type Rule, type RuleId, type RuleReport, type RuleSetting, RULES } from "../../src/lint-entry.js";
import type { Finding } from "../../src/model/finding.js";
import { lintDocumentation } from "../../src/lint.js";

describe("public types (compile-time checks)", () => {
  it("RuleId is the union of the registry's keys, not any string", () => {
    expectTypeOf<"doc/activity-missing">().toExtend<RuleId>();
    expectTypeOf<"doc/not-a-rule">().not.toExtend<RuleId>();
    expectTypeOf(RULES["doc/group-size"]).toEqualTypeOf<Rule>();
  });

  it("a setting is a severity or off", () => {
    expectTypeOf<"off">().toExtend<RuleSetting>();
    expectTypeOf<"warn">().not.toExtend<RuleSetting>();
  });

  it("createRule returns a Rule; check returns reports; lintDocumentation returns findings", () => {
    const r = createRule({ id: "house/x", defaultSeverity: "info", description: "x", source: { title: "t" }, check: () => [] });
    expectTypeOf(r).toEqualTypeOf<Rule>();
    expectTypeOf(r.check).returns.toEqualTypeOf<readonly RuleReport[]>();
    expectTypeOf(lintDocumentation).returns.toEqualTypeOf<Finding[]>();
  });
});
