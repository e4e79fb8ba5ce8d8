import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSession, SessionInputError } from "../../src/model/parse-session.js";
import type { Session } from "../../src/model/session.js";
import type { Finding } from "../../src/model/finding.js";
import { validateSession, type Report } from "../../src/validate.js";
import { deepFreeze, FUZZ_RUNS, HUGE_DOLLARS, hostileSession, hostileSpecArb, lengthChangingList, sloppyOptionsArb, sloppySessionArb, validSessionArb } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";
import { expectReadBack } from "./read-back.js";

/**
 * What a sloppy or hostile EHR sends (issue 7, sixth round): lower-case and padded codes,
 * modifiers as one "GP,59" string, minutes as numeric strings, NaN and Infinity, times past
 * midnight, 2024-02-30, plans certified through a date before they were certified, duplicate goal
 * ids, groups of 10^15, huge dollars; options from JavaScript callers; getters that throw and
 * Proxies. The rule: a clear error or finding for bad input, never a crash, never silently wrong.
 * `FUZZ_RUNS` (default 100) sets the runs per property.
 */
const params = { numRuns: FUZZ_RUNS };

function expectGoodReport(report: Report): void {
  expectJsonSafe(report);
  expectReadBack(report);
  expect(report.valid).toBe(!report.findings.some((f) => f.severity === "error"));
}

/** Text a finding should never show a biller: a value that was never there, or a number JavaScript wrote in exponent form. */
const BROKEN_TEXT = /\bundefined\b|\bNaN\b|Infinity|\[object |\d\.?\d*e[+-]\d/;

describe("sessions from a sloppy EHR", () => {
  it("validateSession: a consistent, JSON-safe report; a frozen input left as it was", () => {
    fc.assert(fc.property(sloppySessionArb, (input) => {
      const before = structuredClone(input);
      expectGoodReport(validateSession(deepFreeze(input)));
      expect(input).toEqual(before);
    }), params);
  });

  it("no finding shows undefined, NaN, Infinity, [object …] or a number in exponent form", () => {
    fc.assert(fc.property(sloppySessionArb, (input) => {
      for (const f of validateSession(input).findings) expect(`${f.message} ${f.fix ?? ""}`).not.toMatch(BROKEN_TEXT);
    }), params);
  });

  it("the report's session, checked again, gives the same findings but the input/ ones, and the same units", () => {
    fc.assert(fc.property(sloppySessionArb, (input) => {
      const report = validateSession(input);
      if (report.session === null) return;
      const again = validateSession(report.session);
      expect(again.findings.filter((f) => f.rule.startsWith("input/"))).toEqual([]);
      // Eighth round: a line some of whose modifiers were not read is not said to lack one; the
      // session checked again no longer knows they were there, so it says so.
      const unread = new Set(report.findings.filter((f) => f.rule === "input/ignored-field" && f.path?.[2] === "modifiers").map((f) => f.path?.[1]));
      const missing = ["modifier/therapy-modifier-missing", "modifier/assistant-modifier-missing", "modifier/kx-required", "ncci/ptp-modifier-required"];
      // Ninth round: on a line whose minutes were given but not read, the report says they could not
      // be read; the session checked again no longer has them, so it says "no minutes" (same rule,
      // path and severity).
      const unreadMinutes = new Set(report.findings.filter((f) => f.rule === "input/ignored-field" && f.path?.[2] === "minutes").map((f) => f.path?.[1]));
      const reworded = (f: Finding) => (f.rule === "units/missing-minutes" || f.rule === "modifier/assistant-no-data") && unreadMinutes.has(f.path?.[1]);
      const plain = (f: Finding) => (reworded(f) ? { rule: f.rule, severity: f.severity, path: f.path } : f);
      // And on a line whose assistant minutes were given but not read, the report says the CQ/CO
      // check was not made; the session checked again has no assistant minutes there, so it has no
      // such finding.
      const unreadAssistant = (f: Finding) => f.rule === "modifier/assistant-no-data" && f.path?.[2] === "assistantMinutes";
      // Twenty-first round (ONE-UNIT): a line whose units were given but not read has no units/missing-units in the report
      // (its input/ignored-field says what the minutes earn); the session checked again has no units there, so it has one.
      const unreadUnits = new Set(report.findings.filter((f) => f.rule === "input/ignored-field" && f.path?.[2] === "units").map((f) => f.path?.[1]));
      const unitsSaid = (f: Finding) => f.rule === "units/missing-units" && unreadUnits.has(f.path?.[1]);
      expect(again.findings.filter((f) => !(missing.includes(f.rule) && unread.has(f.path?.[1])) && !unitsSaid(f)).map(plain)).toEqual(
        report.findings.filter((f) => !f.rule.startsWith("input/") && !unreadAssistant(f)).map(plain),
      );
      expect(again.units).toEqual(report.units);
    }), params);
  });

  it("parseSession: a session, or a SessionInputError whose every issue has a path into the input and a message", () => {
    fc.assert(fc.property(sloppySessionArb, (input) => {
      try {
        expectJsonSafe(parseSession(input));
      } catch (error) {
        expect(error).toBeInstanceOf(SessionInputError);
        const issues = (error as SessionInputError).issues;
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.message).not.toBe("");
      }
    }), params);
  });
});

describe("codes and modifiers in lower case", () => {
  const withCase = (s: Session, change: (text: string) => string): Session => ({
    ...s,
    services: s.services.map((l) => ({ ...l, code: change(l.code), ...(l.modifiers ? { modifiers: l.modifiers.map(change) } : {}) })),
  });
  const shape = (s: Session): string[] =>
    validateSession(s).findings.map((f) => `${f.severity} ${f.rule} ${JSON.stringify(f.path)} ${f.codes?.join(",").toUpperCase() ?? ""} ${f.message.toUpperCase()}`).sort();

  it("give the same findings as in upper case (the same rules, paths and severities; messages equal but for case)", () => {
    fc.assert(fc.property(validSessionArb, (s) => {
      expect(shape(withCase(s, (t) => t.toLowerCase()))).toEqual(shape(withCase(s, (t) => t.toUpperCase())));
    }), params);
  });
});

describe("options from JavaScript callers", () => {
  it("any options: a consistent report, checked by the cms or the ama method; plain data is never input/unreadable", () => {
    fc.assert(fc.property(sloppySessionArb, sloppyOptionsArb, (input, options) => {
      const report = validateSession(input, options as never);
      expectGoodReport(report);
      expect(report.findings.map((f) => f.rule)).not.toContain("input/unreadable");
      if (report.session !== null) expect(["cms", "ama"]).toContain(report.meta.unitMethod);
    }), params);
  });
});

describe("hostile JavaScript values (getters that throw, proxies)", () => {
  it("validateSession never throws, and its report is consistent and JSON-safe", () => {
    fc.assert(fc.property(hostileSpecArb, (spec) => expectGoodReport(validateSession(hostileSession(spec)))), params);
  });
});

/*
 * Bugs these campaigns found in code that the frozen oracle copies (test/oracles) share, so they
 * were reported to the lead rather than fixed here (fuzz, sixth round). Each case is the exact
 * input and fails today, so `it.fails`: with the fix it passes, and `.fails` must then go.
 */
describe("known bugs, reported (it.fails until fixed)", () => {
  const visit = { payer: { program: "medicare" }, provider: { discipline: "OT" }, services: [{ code: "97110", modifiers: ["GO"] }] };
  const grouped = (amount: number): string => `$${BigInt(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;

  it.each(HUGE_DOLLARS.map((amount) => [amount]))(
    "KX messages write year-to-date dollars of %d in full digits (dollars() in src/modifiers/kx-rules.ts wrote $1e+300.56, $Infinity.NaN)",
    (amount) => {
      const report = validateSession({ ...visit, dateOfService: "2025-01-01", therapyYearToDate: { ot: amount } });
      const messages = report.findings.filter((f) => f.rule === "modifier/kx-required" || f.rule === "modifier/targeted-review").map((f) => f.message);
      expect(messages).toHaveLength(2);
      for (const m of messages) expect(m).toContain(grouped(amount));
    },
  );

  // Dollars are added as JavaScript numbers: $2,409.01 + $0.01 + $0.98 comes to 2410.0000000000005
  // and $2,409.02 + $0.49 + $0.49 to 2409.9999999999995, though each visit ends exactly at the
  // $2,410 threshold (2025), which no line passes: no KX finding is right for either.
  it.each([
    [2409.01, 0.01, 0.98, ["GP"], "an error: \"takes the dollars from $2,409.02 to $2,410, past the KX threshold of $2,410\""],
    [2409.02, 0.49, 0.49, ["GP", "KX"], "warnings: \"$2,410 even after this visit, below the KX threshold of $2,410\""],
  ])("year to date $%d, lines of $%d and $%d (modifiers %j) end at the threshold: no KX finding (before the cents fix: %s)", (ytd, first, second, modifiers) => {
    const report = validateSession({
      dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, therapyYearToDate: { ptSlp: ytd },
      services: [{ code: "97110", minutes: 15, units: 1, modifiers, allowedAmount: first }, { code: "97140", minutes: 15, units: 1, modifiers, allowedAmount: second }],
    });
    expect(report.findings.filter((f) => f.rule.startsWith("modifier/kx-"))).toEqual([]);
  });

  it("a plan started 9999-12-15 and seen 9999-12-20 is not yet due for certification (certification-missing compares \"9999-12-20\" <= \"10000-01-14\" as text)", () => {
    const report = validateSession({
      dateOfService: "9999-12-20", payer: { program: "medicare" }, provider: { discipline: "PT" },
      services: [{ code: "97110", modifiers: ["GP"], minutes: 15, units: 1, activity: "Ther ex per HEP", goalIds: ["G1"] }],
      planOfCare: { startOfCare: "9999-12-15", goals: [{ id: "G1" }], treatmentDaysSinceProgressReport: 1 },
    });
    expect(report.findings.find((f) => f.rule === "poc/certification-missing")?.severity).toBe("info");
  });

  it.each([["GP,59", "GP, 59"], ["GP,59,KX", "GP, 59, KX"]])(
    "modifiers sent as the one string %j are read as its parts (%s), with one warning, and not said to be more than four",
    (modifiers, parts) => {
      const report = validateSession({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97110", minutes: 30, modifiers }] });
      const about = report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.message);
      expect(about).toEqual([`services[0].modifiers is one text, not a list; it was read as the modifiers ${parts}.`]);
      expect(report.findings.map((f) => f.rule)).not.toContain("modifier/too-many");
    },
  );

  it("a services list that answers every other read with undefined gives input/unreadable, not a session with a hole", () => {
    const session = { dateOfService: "2015-01-01", payer: { program: "medicare" as const }, provider: { discipline: "PT" as const }, services: [{ code: "AAAA0" }] };
    const report = validateSession(hostileSession({ session, where: "services", how: "proxy-flips" }));
    expectJsonSafe(report);
    expect(report.findings.map((f) => f.rule)).toEqual(["input/unreadable"]);
  });

  it("a modifiers list whose length changes while it is read never gives a session with a hole: the item it could not read is reported", () => {
    // With .max(4) zod read the length twice and gave ["GP", "59", <hole>]; without it, it loops to the length it read.
    const report = validateSession({
      dateOfService: "2015-01-01", payer: { program: "medicare" }, provider: { discipline: "PT" },
      services: [{ code: "00aaa", modifiers: lengthChangingList(["GP", "59"]) }],
    });
    expectJsonSafe(report);
    const mods = report.session?.services[0]?.modifiers ?? [];
    expect(Object.keys(mods)).toHaveLength(mods.length);
    expect(report.findings.filter((f) => f.rule.startsWith("input/")).map((f) => f.path)).toEqual([["services", 0, "modifiers", 2]]);
  });
});
