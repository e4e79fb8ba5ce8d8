import { describe, expect, it } from "vitest";
import { validateSession } from "../../src/validate.js";
import { COTREAT_VISITS } from "./cotreat-visits.cases.js";

describe("group, concurrent and co-treatment visits (test/rules/cotreat-visits.cases.ts) through validateSession", () => {
  it("has at least 30 visits, each named once", () => {
    expect(COTREAT_VISITS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(COTREAT_VISITS.map((v) => v.name)).size).toBe(COTREAT_VISITS.length);
  });
  it("counts the findings read as wrong, missing, twice or unclear, before this round's fixes and now", () => {
    const count = (key: "before" | "now") => {
      const out: Record<string, number> = { wrong: 0, missing: 0, twice: 0, unclear: 0 };
      for (const v of COTREAT_VISITS) if (v[key] !== undefined) out[v[key]!.split(":")[0]!]!++;
      return out;
    };
    expect(count("before")).toEqual({ wrong: 1, missing: 8, twice: 1, unclear: 3 });
    // Twelfth round, lead after the merge: the two "twice" (doc/non-billable-time reading the concurrent patient) are fixed.
    // Thirteenth round (episode, TOGETHER): the CQ demand now says time the PT and PTA gave together is the PT's.
    expect(count("now")).toEqual({ wrong: 0, missing: 1, twice: 0, unclear: 0 });
  });
  it.each(COTREAT_VISITS.map((v) => [v.name, v] as const))("%s", (_name, v) => {
    const report = validateSession(v.session);
    expect(report.findings.map((f) => `${f.rule}:${f.severity}`), JSON.stringify(report.findings, null, 1)).toEqual(v.expect);
  });
});
