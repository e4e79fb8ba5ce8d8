import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_RULE_IDS } from "../../src/validate/check-rule-ids.js";
import { validateSession } from "../../src/validate.js";
import { extremeSessionArb, FUZZ_RUNS, sloppySessionArb, validSessionArb } from "../fuzz/arbitraries.js";
import { CLEAN_VISIT } from "./fixtures.js";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));
const CHECK_FAMILY_ID = /"((?:catalog|units|ncci|mue|modifier)\/[a-z0-9-]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("CHECK_RULE_IDS, the ids a rules setting can change outside the linter", () => {
  it("holds exactly the catalog/, units/, ncci/, mue/ and modifier/ ids written in src/ (a new check's id must be added)", () => {
    const written = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      if (file.endsWith("check-rule-ids.ts")) continue;
      for (const m of readFileSync(file, "utf8").matchAll(CHECK_FAMILY_ID)) written.add(m[1]!);
    }
    expect([...CHECK_RULE_IDS].sort()).toEqual([...written].sort());
  });

  it("has every id the checks report, on valid, extreme and sloppy visits", () => {
    const family = /^(?:catalog|units|ncci|mue|modifier)\//;
    fc.assert(
      fc.property(fc.oneof(validSessionArb, extremeSessionArb, sloppySessionArb), (session) => {
        for (const f of validateSession(session).findings) if (family.test(f.rule)) expect(CHECK_RULE_IDS).toContain(f.rule);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  // Eighth round: a setting for an id no rule has ("units/exceed-time", a typo of
  // units/exceeds-time) changed nothing and said nothing; the linter already named its own
  // (lint/unknown-rule). Now validateSession names it.
  it("a rules setting for an id no check reports is named; the right id is not", () => {
    const visit = structuredClone(CLEAN_VISIT) as unknown as { services: { units: number }[] };
    visit.services[1]!.units = 3;
    const typo = validateSession(visit, { rules: { "units/exceed-time": "off", "nope/x": "warning" } }).findings;
    expect(typo.filter((f) => f.rule === "input/ignored-option").map((f) => f.message).sort()).toEqual([
      'The rules option sets "nope/x" to "warning", but no rule has that id, so the setting changes nothing.',
      'The rules option sets "units/exceed-time" to "off", but no rule has that id, so the setting changes nothing.',
    ]);
    expect(typo.some((f) => f.rule === "units/exceeds-time")).toBe(true);
    const right = validateSession(visit, { rules: { "units/exceeds-time": "off", "doc/activity-missing": "info" } }).findings;
    expect(right.filter((f) => f.rule === "input/ignored-option" || f.rule === "units/exceeds-time")).toEqual([]);
  });
});
