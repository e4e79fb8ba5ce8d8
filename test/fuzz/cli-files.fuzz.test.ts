import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatTextReport } from "../../src/cli/format-text.js";
import { readPairOverlays } from "../../src/cli/pair-overlays.js";
import { checkPairEdits } from "../../src/ncci/index.js";
import { parseReport } from "../../src/report/index.js";
import { validateSession } from "../../src/validate.js";
import { run } from "../cli/run-cli.js";
import { FUZZ_RUNS } from "./arbitraries.js";

/**
 * The CLI's new files and names (fuzz13, thirteenth round): `--pair-overlays FILE` with any JSON
 * (or not JSON at all) in the file, and `--plan NAME` with any name. The rule: the run goes on
 * (exit 0 or 1, every report readable by parseReport) or stops with exit 2 and a message that
 * names the file and the rule, never "unexpected failure" and never a stack trace.
 */
const ruleArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.record(
    {
      column1: fc.oneof(fc.constantFrom("97140", "97530", "97110", "97545"), fc.jsonValue()),
      column2: fc.oneof(fc.constantFrom("97530", "97110", "97546", "97140"), fc.jsonValue()),
      modifierIndicator: fc.oneof(fc.constantFrom(0, 1), fc.jsonValue()),
      rationale: fc.oneof(fc.constant("Plan policy"), fc.jsonValue()),
      plan: fc.oneof(fc.constantFrom("Acme Health", " ", "", "acme health"), fc.jsonValue()),
      from: fc.oneof(fc.constantFrom("2024-01-01", "2024-02-30", "2024-1-1"), fc.jsonValue()),
      to: fc.oneof(fc.constantFrom("2025-12-31"), fc.jsonValue()),
      form: fc.constant("2024-01-01"),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue() },
);
/** A file's text: a list of rules, any JSON, or text that is not JSON (with a byte order mark now and then). */
const fileTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(ruleArb, { maxLength: 5 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", "[", "\uFEFF[]", "[{]", "\uFEFF")) },
);

describe("--pair-overlays FILE, read (any file)", () => {
  it("never throws; every problem names the file; rules only when there is no problem, and each one the pair check takes", () => {
    fc.assert(fc.property(fileTextArb, (text) => {
      const read = readPairOverlays(text, "plan.json");
      for (const p of [...read.problems, ...read.warnings]) expect(p.startsWith("plan.json")).toBe(true);
      if (read.problems.length > 0) expect(read.overlays).toEqual([]);
      const probe = { dateOfService: "2024-06-01", payer: { program: "commercial" as const }, provider: { discipline: "PT" as const }, services: [] };
      for (const o of read.overlays) expect(checkPairEdits(probe, { payer: { pairOverlays: [o] } }).map((f) => f.rule)).not.toContain("ncci/payer-pair-edit-skipped");
    }), { numRuns: FUZZ_RUNS });
  });
});

describe("the built CLI with --pair-overlays FILE and --plan NAME", () => {
  const dir = mkdtempSync(join(tmpdir(), "therapy-claims-fuzz13-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const visit = JSON.stringify({ dateOfService: "2024-05-01", payer: { program: "commercial", name: "Acme Health" }, provider: { discipline: "PT" }, services: [{ code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }, { code: "97530", minutes: 30, units: 2, modifiers: ["GP"] }] });
  const planArb = fc.oneof(fc.constantFrom(undefined, "Acme Health", "", " ", "--x", "Acme Heath"), fc.string({ maxLength: 12 }).filter((t) => !t.includes("\u0000")));
  let n = 0;

  // A FHIR Claim (no payer: --plan and --payer give it one) of a PT and an OT co-treating, and work hardening hours.
  const CPT = "http://www.ama-assn.org/go/cpt";
  const claim = JSON.stringify({
    resourceType: "Claim", id: "c1",
    careTeam: [{ sequence: 1, provider: { reference: "Practitioner/p" }, qualification: { text: "PT" } }, { sequence: 2, provider: { reference: "Practitioner/o" }, qualification: { text: "OT" } }],
    item: [
      { servicedDate: "2024-05-01", careTeamSequence: [1, 2], productOrService: { coding: [{ system: CPT, code: "97530" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 2 } },
      { servicedDate: "2024-05-01", careTeamSequence: [1], productOrService: { coding: [{ system: CPT, code: "97140" }] }, modifier: [{ coding: [{ code: "GP" }] }], quantity: { value: 1 } },
      { servicedDate: "2024-05-01", careTeamSequence: [1], productOrService: { coding: [{ system: CPT, code: "97545" }] }, quantity: { value: 1 } },
      { servicedDate: "2024-05-01", careTeamSequence: [1], productOrService: { coding: [{ system: CPT, code: "97546" }] }, quantity: { value: 90, code: "min" } },
    ],
  });
  const inputArb = fc.constantFrom(visit, claim, `${visit}\n${claim}`);
  const payerArb = fc.constantFrom(undefined, "commercial", "medicare");

  it("exits 0 or 1 with reports parseReport reads back, or 2 with a clear message; never a stack trace", async () => {
    await fc.assert(fc.asyncProperty(fileTextArb, planArb, inputArb, payerArb, async (text, plan, input, program) => {
      const file = join(dir, `rules-${n++}.json`);
      writeFileSync(file, text);
      const r = await run(["validate", "--pair-overlays", file, ...(plan === undefined ? [] : [`--plan=${plan}`]), ...(program === undefined ? [] : ["--payer", program]), "--format", "ndjson", "-"], input);
      expect(r.stderr).not.toMatch(/unexpected failure|\n\s+at |TypeError|ReferenceError/);
      if (r.status === 2) {
        expect(r.stderr).toMatch(/^therapy-claims: /);
        expect(r.stdout).toBe("");
      } else {
        expect([0, 1]).toContain(r.status);
        for (const line of r.stdout.trim().split("\n")) parseReport(JSON.parse(line));
      }
    }), { numRuns: Math.max(8, Math.round(FUZZ_RUNS / 25)) });
  });
});

describe("counterexamples (fuzz13): an option of one value given twice", () => {
  const visit = JSON.stringify({ dateOfService: "2024-05-01", payer: { program: "commercial" }, provider: { discipline: "PT" }, services: [{ code: "97140", minutes: 10, units: 1, modifiers: ["GP"] }] });
  it.each([
    [["--plan", "Acme Health", "--plan", "Beta Care"], "--plan is given 2 times (Acme Health, then Beta Care): give it once"],
    [["--payer", "medicare", "--payer=commercial"], "--payer is given 2 times (medicare, then commercial): give it once"],
    [["--format", "json", "--format", "text"], "--format is given 2 times (json, then text): give it once"],
  ])("%j is refused (exit 2), not the last kept in silence", async (args, message) => {
    // Before: --plan "Acme Health" --plan "Beta Care" checked every visit as Beta Care's and said nothing.
    const r = await run(["validate", ...args, "-"], visit);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`therapy-claims: ${message}\nRun therapy-claims --help for usage.\n`);
  });
});

describe("the text report of work hardening lines (fuzz13)", () => {
  const units = (services: { code: string; minutes?: number; units?: number }[]) => {
    const report = validateSession({ dateOfService: "2025-06-10", payer: { program: "other" }, provider: { discipline: "PT" }, services });
    return formatTextReport(report, "Session 1").split("\n").filter((l) => /^Units|^ {2}97\d{3}:/.test(l));
  };

  it("97545 × 1 and 97546 × 2 with no minutes (a FHIR Claim's units): not counted, not '97546: 0 units'", () => {
    // Before: "Units: untimed codes only (billed per session, not by minutes)", "97545: 1 unit", "97546: 0 units".
    expect(units([{ code: "97545", units: 1 }, { code: "97546", units: 2 }])).toEqual([
      "Units: no 15-minute codes (97545/97546 billed by the hour, others per session)",
      "  97545: no minutes given, its hours not counted",
      "  97546: no minutes given, its hours not counted",
    ]);
  });

  it("beside 97110 with minutes: the hour codes are by the hour, not '0 min -> 0 units (untimed)'", () => {
    // Before: "97545: 0 min -> 1 unit (untimed)", "97546: 0 min -> 0 units (untimed)".
    expect(units([{ code: "97545", units: 1 }, { code: "97546", minutes: 60, units: 1 }, { code: "97110", minutes: 30, units: 2 }])).toEqual([
      "Units (CPT per-code midpoint rule): 2 units for 30 timed minutes",
      "  97545: no minutes given, its hours not counted",
      // 0 since the twenty-second round (CALC-SPLIT): the pair's 60 minutes (97545's count as 0) are within the first two hours.
      "  97546: 60 min -> 0 units (by the hour)",
      "  97110: 30 min -> 2 units",
    ]);
  });

  it("any mix of hour codes and 15-minute codes, minutes given or not: no '0 units' for an hour code whose minutes were not given, no 'undefined' or 'NaN'", () => {
    const line = fc.record({ code: fc.constantFrom("97545", "97546", "97110", "97140", "97161"), minutes: fc.option(fc.nat({ max: 10_000 }), { nil: undefined }), units: fc.option(fc.nat({ max: 5 }), { nil: undefined }) }, { requiredKeys: ["code"] });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (services) => {
      const text = units(services as { code: string }[]).join("\n");
      expect(text).not.toMatch(/undefined|NaN/);
      for (const code of ["97545", "97546"]) {
        if (services.some((l) => l.code === code) && !services.some((l) => l.code === code && l.minutes !== undefined)) expect(text).toContain(`${code}: no minutes given, its hours not counted`);
      }
    }), { numRuns: FUZZ_RUNS });
  });
});
