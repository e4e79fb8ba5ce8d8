import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPairOverlays } from "../../src/cli/pair-overlays.js";
import { checkPairEdits } from "../../src/ncci/index.js";
import { parseReport } from "../../src/report/index.js";
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

  it("exits 0 or 1 with reports parseReport reads back, or 2 with a clear message; never a stack trace", async () => {
    await fc.assert(fc.asyncProperty(fileTextArb, planArb, async (text, plan) => {
      const file = join(dir, `rules-${n++}.json`);
      writeFileSync(file, text);
      const r = await run(["validate", "--pair-overlays", file, ...(plan === undefined ? [] : [`--plan=${plan}`]), "--format", "ndjson", "-"], visit);
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
