import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { CLEAN_VISIT, clone } from "./fixtures.js";

// Found in the seventh round: lintDocumentation reports an extraRules that is not a list of
// rules as lint/invalid-extra-rule, but validateSession first asked each entry for its id to
// sort the `rules` settings, and that threw, so the whole report became input/unreadable.
describe("validateSession with extraRules that are not rules, and rule settings", () => {
  const throwingMeta = { get meta(): never { throw new Error("no meta"); }, check: () => [] };
  it.each<[string, unknown]>([
    ["an object", {}],
    ["a number", 5],
    ["an entry whose meta throws", [throwingMeta]],
    ["null and an empty object", [null, {}]],
  ])("%s: the checks still run and the bad option is reported", (_name, extraRules) => {
    const options = { extraRules, rules: { "doc/activity-missing": "warning" } } as unknown as Parameters<typeof validateSession>[1];
    const report = validateSession(clone(CLEAN_VISIT), options);
    const rules = report.findings.map((f) => f.rule);
    expect(rules).not.toContain("input/unreadable");
    expect(rules).toContain("lint/invalid-extra-rule");
    expect(report.session).toBeDefined();
  });
});
