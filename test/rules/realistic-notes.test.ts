import { describe, expect, it } from "vitest";
import { lintDocumentation } from "../../src/lint.js";
import { validateSession } from "../../src/validate.js";
import { REALISTIC_NOTES, sessionOf } from "./realistic-notes.cases.js";

/** The distinct rule ids of findings, sorted. */
const idsOf = (findings: readonly { rule: string }[]): string[] => [...new Set(findings.map((f) => f.rule))].sort();

describe("realistic daily notes from every discipline (test/rules/realistic-notes.cases.ts)", () => {
  it("has at least 60 notes, at least 30 fine and 30 with a defect", () => {
    expect(REALISTIC_NOTES.length).toBeGreaterThanOrEqual(60);
    expect(REALISTIC_NOTES.filter((n) => n.defect === undefined).length).toBeGreaterThanOrEqual(30);
    expect(REALISTIC_NOTES.filter((n) => n.defect !== undefined).length).toBeGreaterThanOrEqual(30);
    expect(new Set(REALISTIC_NOTES.map((n) => n.name)).size).toBe(REALISTIC_NOTES.length);
    // A note with a defect names a rule; a fine note names none.
    for (const n of REALISTIC_NOTES) expect(n.expect.length > 0, n.name).toBe(n.defect !== undefined);
  });

  const check = (n: (typeof REALISTIC_NOTES)[number]): void => {
    const session = sessionOf(n);
    const lint = lintDocumentation(session);
    expect(idsOf(lint), JSON.stringify(lint, null, 1)).toEqual([...n.expect].sort());
    // validateSession reports the same documentation findings, and nothing else is an error.
    const report = validateSession(session);
    expect(idsOf(report.findings.filter((f) => /^(?:doc|poc)\//.test(f.rule)))).toEqual([...n.expect].sort());
    const otherErrors = report.findings.filter((f) => f.severity === "error" && !/^(?:doc|poc)\//.test(f.rule));
    expect(otherErrors, JSON.stringify(otherErrors)).toEqual([]);
  };
  const title = (n: (typeof REALISTIC_NOTES)[number]): string => (n.defect === undefined ? `fine: ${n.name}` : `${n.defect}: ${n.name}`);
  it.each(REALISTIC_NOTES.filter((n) => n.knownGap === undefined).map((n) => [title(n), n] as const))("%s", (_title, n) => check(n));
  // Known gaps: each must still fail; when a fix makes one pass, drop its knownGap.
  it.fails.each(REALISTIC_NOTES.filter((n) => n.knownGap !== undefined).map((n) => [`${title(n)} (known gap: ${n.knownGap})`, n] as const))("%s", (_title, n) => check(n));
});
