import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import { lintDocumentation } from "../../src/lint.js";
import type { Session } from "../../src/model/index.js";
import { parseSession } from "../../src/model/index.js";
import { ADVERSARIAL_TEXTS, sessionWithText } from "../fuzz/adversarial-text.js";
import { extremeSessionArb, FUZZ_RUNS, isoPlusDays, validSessionArb } from "../fuzz/arbitraries.js";
// The options typed as the frozen copy takes them: src's LintOptions also takes an explicit undefined (twelfth round).
import { lintDocumentation as lintDocumentationV1, type LintOptions } from "./lint-v1/lint.js";

/** The bench generator's sessions, typed as the benchmark types them. */
function benchSessions(count: number, seed: number): Session[] {
  return generateSessions(count, seed).map((s) => parseSession(JSON.parse(JSON.stringify(s))));
}

describe("lintDocumentation agrees with the engine before the fast text scan (test/oracles/lint-v1)", () => {
  it("gives deep-equal findings, in the same order, on 2,000 generated bench sessions", () => {
    const sessions = [...benchSessions(1000, 1), ...benchSessions(1000, 424242)];
    let findings = 0;
    for (const [i, s] of sessions.entries()) {
      const now = lintDocumentation(s);
      expect(now, `bench session ${i}`).toEqual(lintDocumentationV1(s));
      expect(JSON.stringify(now), `bench session ${i}, as JSON`).toBe(JSON.stringify(lintDocumentationV1(s)));
      findings += now.length;
    }
    // The comparison is about something: the generator's sessions do raise findings.
    expect(findings).toBeGreaterThan(sessions.length / 4);
  });

  it("gives deep-equal findings on the bench sessions without their note and patient response (every text rule reads the activities)", () => {
    for (const [i, full] of benchSessions(500, 7).entries()) {
      const { note: _note, ...s } = full;
      expect(JSON.stringify(lintDocumentation(s)), `bench session ${i}`).toBe(JSON.stringify(lintDocumentationV1(s)));
      const withoutResponse: Session = { ...full, note: { ...full.note, patientResponse: " " } };
      expect(JSON.stringify(lintDocumentation(withoutResponse)), `bench session ${i}`).toBe(JSON.stringify(lintDocumentationV1(withoutResponse)));
    }
  });

  it("gives deep-equal findings on valid and extreme generated sessions, with and without options", () => {
    const optionsArb: fc.Arbitrary<LintOptions> = fc.oneof(
      fc.constant({}),
      fc.record({
        rules: fc.dictionary(
          fc.constantFrom("doc/activity-too-vague", "doc/skilled-need-missing", "poc/certification-missing", "doc/nope"),
          fc.constantFrom("off", "error", "warning", "info", "loud"),
        ),
      }) as fc.Arbitrary<LintOptions>,
    );
    fc.assert(
      fc.property(fc.oneof(validSessionArb, validSessionArb, extremeSessionArb), optionsArb, (s, options) => {
        expect(JSON.stringify(lintDocumentation(s, options))).toBe(JSON.stringify(lintDocumentationV1(s, options)));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("gives deep-equal findings with extra rules that are not rules, that break (ALONE:) or whose ids are taken (RESERVED:), and the same TypeError for a non-session (NOT-A-SESSION:)", () => {
    const source = { title: "Clinic policy" };
    const good = { meta: { id: "house/ok", defaultSeverity: "warning", source }, check: () => [{ message: "ok" }] };
    const extras: unknown[] = [
      [null], [{}], [{ meta: null }], [{ meta: { id: 5 } }], {}, 5, "house/x", good,
      [good, { get meta(): never { throw new Error("no meta"); } }],
      [{ meta: { id: "house/no-source", defaultSeverity: "warning" }, check: () => [{ message: "x" }] }],
      [{ meta: { id: "house/throws", source }, check: () => { throw new Error("boom"); } }],
      [{ meta: { id: "house/partial", source }, check: () => [{ message: "kept?" }, null] }],
      [{ meta: { id: "house/severity", source, get defaultSeverity(): never { throw new Error("no severity"); } }, check: () => [] }],
      // RESERVED: ids that are taken (a built-in rule's, a reserved family's, an earlier entry's).
      [{ ...good, meta: { ...good.meta, id: "doc/activity-too-vague" } }, { ...good, meta: { ...good.meta, id: "units/exceeds-time" } }, good, good],
      [{ ...good, meta: { ...good.meta, id: "internal/x" } }, { ...good, meta: { ...good.meta, id: "poc/house" } }],
    ];
    for (const s of benchSessions(20, 3)) {
      for (const [i, extraRules] of extras.entries()) {
        const options = { extraRules } as unknown as LintOptions;
        expect(JSON.stringify(lintDocumentation(s, options)), `extras[${i}]`).toBe(JSON.stringify(lintDocumentationV1(s, options)));
      }
    }
    for (const value of [null, undefined, "2025-03-14", 5]) {
      expect(() => lintDocumentation(value as never)).toThrow(TypeError);
      expect(() => lintDocumentation(value as never)).toThrow(((): string => {
        try {
          lintDocumentationV1(value as never);
        } catch (error) {
          return (error as Error).message;
        }
        return "the copy did not throw";
      })());
    }
  });

  it("gives deep-equal findings for plan-of-care dates around the start of care: sent before it, on it, on day 30 and 31 (SENT-BEFORE:)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("2024-12-20", "2025-03-01", "9999-11-10"),
        fc.integer({ min: -3, max: 45 }),
        fc.option(fc.integer({ min: -40, max: 35 }), { nil: undefined }),
        fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (soc, dosDay, sentDay, certifiedDay, referralOnFile) => {
          const planOfCare: Record<string, unknown> = { startOfCare: soc, goals: [{ id: "G1" }], treatmentDaysSinceProgressReport: 1 };
          if (sentDay !== undefined) planOfCare.planSentToReferrerOn = isoPlusDays(soc, sentDay);
          if (certifiedDay !== undefined) planOfCare.certifiedOn = isoPlusDays(soc, certifiedDay);
          if (referralOnFile !== undefined) planOfCare.referralOnFile = referralOnFile;
          const s = parseSession({ dateOfService: isoPlusDays(soc, dosDay), payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 15, units: 1, activity: "Ther ex per HEP", goalIds: ["G1"] }], planOfCare });
          expect(JSON.stringify(lintDocumentation(s))).toBe(JSON.stringify(lintDocumentationV1(s)));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("gives deep-equal findings for recertified periods: visits around day 90, signatures before and after them (RECERT:)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("2025-03-01", "9999-03-01"),
        fc.integer({ min: 80, max: 200 }),
        fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
        fc.option(fc.integer({ min: 60, max: 300 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
        (soc, dosDay, certifiedDay, throughDay, sentDay) => {
          const planOfCare: Record<string, unknown> = { startOfCare: soc, goals: [{ id: "G1" }], treatmentDaysSinceProgressReport: 1 };
          if (certifiedDay !== undefined) planOfCare.certifiedOn = isoPlusDays(soc, certifiedDay);
          if (throughDay !== undefined) planOfCare.certifiedThrough = isoPlusDays(soc, throughDay);
          if (sentDay !== undefined) Object.assign(planOfCare, { referralOnFile: true, planSentToReferrerOn: isoPlusDays(soc, sentDay) });
          const s = parseSession({ dateOfService: isoPlusDays(soc, dosDay), payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 15, units: 1, activity: "Ther ex per HEP", goalIds: ["G1"] }], planOfCare });
          expect(JSON.stringify(lintDocumentation(s))).toBe(JSON.stringify(lintDocumentationV1(s)));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("gives deep-equal findings on sessions whose every text is an adversarial text (64 KiB cut)", () => {
    for (const { name, text } of ADVERSARIAL_TEXTS) {
      const session = parseSession(sessionWithText(text.slice(0, 1 << 16)));
      expect(JSON.stringify(lintDocumentation(session)), name).toBe(JSON.stringify(lintDocumentationV1(session)));
    }
  });
});

describe("isBlank's fast path agrees with trim()", () => {
  it("says blank exactly when trim() leaves nothing, for any string and every single code unit", async () => {
    const { isBlank } = await import("../../src/rules/line-report.js");
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      expect(isBlank(s), `U+${c.toString(16)}`).toBe(s.trim().length === 0);
      expect(isBlank(`${s}x`)).toBe(false);
      expect(isBlank(`${s} `), `U+${c.toString(16)} then a space`).toBe(`${s} `.trim().length === 0);
    }
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u3000", "a", "!", "\u200b") }), (s) => {
      expect(isBlank(s)).toBe(s.trim().length === 0);
    }), { numRuns: FUZZ_RUNS });
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank("")).toBe(true);
  });
});
