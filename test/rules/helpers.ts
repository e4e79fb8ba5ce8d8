import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/model/finding.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { lintDocumentation } from "../../src/lint.js";

/** A well-documented Medicare PT session with one line; tests override what they need. */
export function session(overrides: Partial<Session> = {}): Session {
  return {
    dateOfService: "2025-03-14",
    payer: { program: "medicare" },
    provider: { discipline: "PT", credential: "PT" },
    services: [line("97110", "Quad sets, SLR 3x10, heel slides 2x15 for L knee AROM; VCs for slow eccentric control")],
    totalTimedMinutes: 15,
    totalTreatmentMinutes: 15,
    note: {
      subjective: "Pt reports knee pain 3/10 today, 5/10 last visit.",
      assessment: "Improved knee flexion to 110 deg. Tolerated progression of SLR without increased pain.",
      plan: "Progress to step-ups next visit.",
    },
    planOfCare: {
      startOfCare: "2025-03-01",
      certifiedOn: "2025-03-05",
      certifiedThrough: "2025-05-29",
      goals: [{ id: "G1", text: "Knee flexion 120 deg" }, { id: "G2", text: "Lift 20 lb floor to waist" }],
      treatmentDaysSinceProgressReport: 4,
    },
    ...overrides,
  };
}

/** A one-on-one service line linked to goal G1. */
export function line(code: string, activity?: string, extra: Partial<ServiceLine> = {}): ServiceLine {
  return { code, minutes: 15, units: 1, goalIds: ["G1"], ...(activity === undefined ? {} : { activity }), ...extra };
}

/** The findings of one rule. */
export function findingsOf(id: string, s: Session): Finding[] {
  return lintDocumentation(s).filter((f) => f.rule === id);
}

/** One table row: a name (where the note comes from), the session, and what is expected. */
export type Case = readonly [name: string, session: Session, severity?: Severity | undefined, check?: (f: Finding[]) => void];

/**
 * Table-driven tester in the manner of ESLint's RuleTester: `flags` must produce at least one
 * finding of the rule (at the given severity, default the rule's), `passes` none at all.
 */
export function ruleTable(id: string, defaultSeverity: Severity, table: { flags: readonly Case[]; passes: readonly Case[] }): void {
  describe(id, () => {
    it.each(table.flags.map((c) => [c[0], c] as const))("flags: %s", (_name, c) => {
      const found = findingsOf(id, c[1]);
      expect(found.length, JSON.stringify(lintDocumentation(c[1]))).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(c[2] ?? defaultSeverity);
        expect(f.source.title.length).toBeGreaterThan(3);
        expect(f.message.length).toBeGreaterThan(10);
      }
      c[3]?.(found);
    });
    it.each(table.passes.map((c) => [c[0], c] as const))("passes: %s", (_name, c) => {
      expect(findingsOf(id, c[1])).toEqual([]);
    });
  });
}

/** One line with the given activity in an otherwise good session. */
export function withLine(code: string, activity: string | undefined, extra: Partial<ServiceLine> = {}, overrides: Partial<Session> = {}): Session {
  return session({ services: [line(code, activity, extra)], ...overrides });
}
