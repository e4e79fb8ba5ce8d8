import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { validateSession, type Report } from "../../src/validate.js";
import {
  badListItemSessionArb, deepFreeze, FUZZ_RUNS, isoPlusDays, payerOptionArb, pocAroundDateArb, ruleOptionsArb, sloppySessionArb, validSessionArb,
} from "./arbitraries.js";
import { resolvePayerProfile } from "../../src/model/payer-profile.js";
import { expectJsonSafe } from "./json-safe.js";
import { expectReadBack } from "./read-back.js";

/**
 * The seventh round's new code, fuzzed (fuzz2): extraRules entries that fail alone, isLinterRule
 * with garbage extraRules, rule settings that are not settings, pairOverlays with bad items, one
 * bad list item dropped alone, poc/before-start-of-care and certification-missing by day numbers.
 * Invariants: validateSession never throws, its report is JSON-safe with `valid` agreeing with
 * the findings, a deep-frozen input is left as it was, and input/unreadable (or a check that could
 * not finish) comes only from input that really is unreadable, never from plain data.
 */
const params = { numRuns: FUZZ_RUNS };
type Options = Parameters<typeof validateSession>[1];

function expectGoodReport(report: Report): void {
  expectJsonSafe(report);
  expectReadBack(report);
  expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
}

/** Our own "could not read" and "could not finish" findings (a user rule may call itself input/… or internal/…). */
function breakdowns(report: Report): string[] {
  return report.findings
    .filter((f) => (f.rule === "input/unreadable" && f.message.startsWith("The input could not be read")) || (f.rule === "internal/check-failed" && / check could not finish/.test(f.message)))
    .map((f) => `${f.rule}: ${f.message}`);
}

/** The ids of the extraRules entries that are rules (a string meta.id, read without throwing). */
function extraIds(extraRules: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(extraRules)) return ids;
  for (const entry of extraRules) {
    try {
      const id = (entry as { meta?: { id?: unknown } } | null)?.meta?.id;
      if (typeof id === "string") ids.add(id);
    } catch {
      // not a rule
    }
  }
  return ids;
}

describe("extraRules, rule settings and pair overlays from JavaScript callers", () => {
  it("validateSession: a consistent, JSON-safe report, no breakdown of a check, a frozen input left as it was", () => {
    fc.assert(fc.property(fc.oneof(validSessionArb, sloppySessionArb), ruleOptionsArb, (input, options) => {
      const before = structuredClone(input);
      const report = validateSession(deepFreeze(input), options as Options);
      expectGoodReport(report);
      expect(breakdowns(report)).toEqual([]);
      expect(input).toEqual(before);
    }), params);
  });

  it("bad extraRules entries and bad overlays fail alone: every other finding is the one given without them", () => {
    fc.assert(fc.property(validSessionArb, ruleOptionsArb, (session, options) => {
      const ids = extraIds(options.extraRules);
      // A setting for an extra rule's id is the linter's with the rule, validateSession's without it
      // (an input/ignored-option warning when it is not a setting).
      const aboutExtra = (f: Finding): boolean => f.rule === "input/ignored-option" && [...ids].some((id) => f.message.startsWith(`The rules option sets ${JSON.stringify(id)} `));
      const kept = (findings: readonly Finding[]) => findings.filter((f) => !ids.has(f.rule) && !f.rule.startsWith("lint/") && !aboutExtra(f));
      const { extraRules: _extra, payer, ...without } = options;
      // The overlays that are overlays (docs/ncci.md), the only ones that may change a finding.
      const overlays = (payer as { pairOverlays?: unknown } | undefined)?.pairOverlays;
      const isOverlay = (o: unknown): boolean => {
        const x = o as Record<string, unknown> | null;
        return typeof x?.column1 === "string" && typeof x.column2 === "string" && typeof x.rationale === "string" && (x.modifierIndicator === 0 || x.modifierIndicator === 1);
      };
      const good = Array.isArray(overlays) ? { payer: { pairOverlays: overlays.filter(isOverlay) } } : {};
      const skipped = (f: Finding): boolean => f.rule === "ncci/payer-pair-edit-skipped";
      const given = validateSession(session, options as Options).findings;
      expect(kept(given).filter((f) => !skipped(f))).toEqual(kept(validateSession(session, { ...without, ...good } as Options).findings).filter((f) => !skipped(f)));
      // Eighth round: each item that is skipped (or a pairOverlays that is not a list) is said to be skipped, once.
      const isDate = (d: unknown): boolean => d === undefined || (typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= "0100" && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d));
      const usable = (o: unknown): boolean => {
        if (!isOverlay(o)) return false;
        const x = o as { column1: string; column2: string; from?: unknown; to?: unknown };
        return x.column1.toUpperCase() !== x.column2.toUpperCase() && isDate(x.from) && isDate(x.to) && !(typeof x.from === "string" && typeof x.to === "string" && x.from > x.to);
      };
      const bad = Array.isArray(overlays) ? overlays.filter((o) => !usable(o)).length : overlays == null ? 0 : 1;
      expect(given.filter(skipped)).toHaveLength(bad);
    }), params);
  });
});

describe("lists with bad items (modifiers, goalIds, goals, services)", () => {
  it("validateSession: a consistent report, never input/unreadable, a frozen input left as it was, each bad item reported", () => {
    fc.assert(fc.property(badListItemSessionArb, ({ session, field }) => {
      const before = structuredClone(session);
      const report = validateSession(deepFreeze(session));
      expectGoodReport(report);
      expect(breakdowns(report)).toEqual([]);
      expect(session).toEqual(before);
      // Every bad item is bad in these fields ("G P" is a fine goal id, so goalIds may have none).
      if (field !== "goalIds") expect(report.findings.filter((f) => f.rule.startsWith("input/") && f.path?.[0] === (field === "goals" ? "planOfCare" : "services")).length).toBeGreaterThan(0);
    }), params);
  });

  it("a line's modifiers and goalIds, and the plan's goals, keep their good items, in order, beside the bad ones", () => {
    fc.assert(fc.property(badListItemSessionArb.filter(({ field }) => field !== "services"), ({ session, field, good }) => {
      const report = validateSession(session);
      expect(report.session).not.toBeNull();
      const kept = (field === "goals" ? report.session!.planOfCare?.goals : (report.session!.services[0] as unknown as Record<string, unknown[] | undefined>)[field]) ?? [];
      let k = 0;
      for (const item of kept) if (k < good.length && JSON.stringify(item) === JSON.stringify(good[k])) k++;
      expect(k).toBe(good.length);
    }), params);
  });
});

describe("payer overrides from JavaScript callers (wrong types, out of range, unknown fields)", () => {
  const FIELDS = ["name", "unitMethod", "ptpEdits", "mue", "disciplineModifiers", "assistantModifiers", "kxThreshold", "pairOverlays"];
  const fits = (key: string, value: unknown): boolean => (key === "unitMethod" ? value === "cms" || value === "ama" : key === "name" ? typeof value === "string" && value.trim() !== "" : typeof value === "boolean");

  it("each field the checks cannot use is one input/ignored-option warning naming it; every other finding is the one given with the usable fields alone", () => {
    fc.assert(fc.property(validSessionArb, payerOptionArb, (session, payer) => {
      const report = validateSession(deepFreeze(session), { payer } as Options);
      expectGoodReport(report);
      expect(breakdowns(report)).toEqual([]);
      // The model: what the checks may use, and what must be named.
      let usable: Record<string, unknown> | undefined;
      const named: string[] = [];
      if (typeof payer !== "object" || payer === null || Array.isArray(payer)) {
        if (payer != null) named.push("The payer option is ");
      } else {
        usable = {};
        for (const [key, value] of Object.entries(payer)) {
          if (!FIELDS.includes(key)) named.push(`The payer option's "${key}" is not a payer profile field`);
          else if (value == null) continue;
          else if (fits(key, value)) usable[key] = value;
          else named.push(`The payer option's ${key} is `);
        }
      }
      const notes = report.findings.filter((f) => f.rule === "input/ignored-option");
      expect(notes.map((f) => f.severity)).toEqual(named.map(() => "warning"));
      for (const start of named) expect(notes.filter((f) => f.message.startsWith(start))).toHaveLength(1);
      for (const note of notes) expect(note.message).not.toMatch(/\bundefined\b|\[object /);
      // A wrong field names what the checks used instead: the profile's own value.
      const own = resolvePayerProfile(session.payer) as unknown as Record<string, unknown>;
      for (const note of notes) {
        const key = /^The payer option's (unitMethod|ptpEdits|mue|disciplineModifiers|assistantModifiers|kxThreshold) is /.exec(note.message)?.[1];
        if (key !== undefined) expect(note.message.endsWith(`; the checks used ${JSON.stringify(own[key])} instead.`)).toBe(true);
      }
      const alone = validateSession(session, (usable ? { payer: usable } : {}) as Options);
      expect(report.findings.filter((f) => f.rule !== "input/ignored-option")).toEqual(alone.findings);
      expect(report.meta).toEqual(alone.meta);
      expect(report.valid).toBe(alone.valid);
    }), params);
  });
});

describe("plan-of-care dates around the date of service (day boundaries)", () => {
  const days = (a: string, b: string): number => (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
  const severityOf = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.severity);

  it("before-start-of-care, certification-expired and certification-missing agree with the day arithmetic", () => {
    fc.assert(fc.property(pocAroundDateArb, (session) => {
      const report = validateSession(session);
      expectGoodReport(report);
      const dos = session.dateOfService;
      const poc = session.planOfCare!;
      const soc = poc.startOfCare;
      expect(severityOf(report, "poc/before-start-of-care")).toEqual(soc !== undefined && days(dos, soc) < 0 ? ["error"] : []);

      const expired = poc.certifiedThrough !== undefined ? days(dos, poc.certifiedThrough) > 0 : soc !== undefined && days(dos, soc) > 90;
      // Ninth round: a certifiedThrough more than 90 days after the visit is no certified period: info, not trusted.
      // Twelfth round (EARLY-RECERT): except a recertification signed before the initial period ended: signed after
      // day 30 and on or before a visit within 90 days of the start of care, ending 93-184 days after the start of care.
      const signedDay = poc.certifiedOn !== undefined && soc !== undefined ? days(poc.certifiedOn, soc) : Number.NaN;
      const throughDay = poc.certifiedThrough !== undefined && soc !== undefined ? days(poc.certifiedThrough, soc) : Number.NaN;
      const visitDay = soc !== undefined ? days(dos, soc) : Number.NaN;
      const early = visitDay <= 90 && signedDay > 30 && signedDay <= visitDay && throughDay > 92 && throughDay <= 184;
      const untrusted = poc.certifiedThrough !== undefined && days(poc.certifiedThrough, dos) > 90 && !early;
      expect(severityOf(report, "poc/certification-expired")).toEqual(untrusted || (soc === undefined && poc.certifiedThrough === undefined) ? ["info"] : expired ? ["error"] : []);

      // Eighth round: a plan sent before the start of care is not "within 30 days" (MBPM ch. 15
      // §220.1.3: the 30 days following the first day of treatment) but a warning on that date,
      // beside the rule's other finding, unless the plan was certified in time.
      const sent = dos >= "2025-01-01" && poc.referralOnFile === true && poc.planSentToReferrerOn !== undefined && soc !== undefined ? days(poc.planSentToReferrerOn, soc) : Number.NaN;
      const certifiedLate = poc.certifiedOn !== undefined && soc !== undefined ? days(poc.certifiedOn, soc) : Number.NaN;
      // Tenth round (RECERT): a certifiedThrough more than 92 days (three months) after the start of care, and not
      // more than 90 after the visit, is a recertification's (MBPM ch. 15 §220.1.3 B, C): its
      // certifiedOn is not the initial certification's; past day 90 a visit before that date, or
      // with no date, is one warning, whatever the 2025 exception says.
      const day = soc !== undefined ? days(dos, soc) : Number.NaN;
      const through = poc.certifiedThrough !== undefined && soc !== undefined ? days(poc.certifiedThrough, soc) : Number.NaN;
      const recert = through > 92 && days(poc.certifiedThrough!, dos) <= 90 && (day > 90 || poc.certifiedOn !== undefined);
      let missing: string[];
      // Thirteenth round (REASON-ON-FILE): a delayed certification or recertification with its reason on file is accepted.
      const reason = poc.delayReasonOnFile === true && poc.certifiedOn !== undefined;
      if (soc === undefined) missing = ["info"];
      else if (early) missing = [];
      else if (recert) missing = day > 90 && !(certifiedLate <= day) && !reason ? ["warning"] : [];
      else if (sent >= 0 && sent <= 30) missing = [];
      else if (certifiedLate <= 30) missing = [];
      else missing = [...(sent < 0 ? ["warning"] : []), ...(reason ? [] : [poc.certifiedOn !== undefined ? "warning" : days(dos, isoPlusDays(soc, 30)) <= 0 ? "info" : "warning"])];
      expect(severityOf(report, "poc/certification-missing")).toEqual(missing);
      const sentBefore = report.findings.filter((f) => f.rule === "poc/certification-missing" && f.path?.join(".") === "planOfCare.planSentToReferrerOn");
      expect(sentBefore.map((f) => f.message)).toEqual(missing.length > 0 && sent < 0 && !recert ? [expect.stringContaining(`${-sent} day${sent === -1 ? "" : "s"} before the start of care`)] : []);
    }), { numRuns: FUZZ_RUNS * 5 });
  });
});
