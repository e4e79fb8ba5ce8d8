import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { PTP_EXTENDED_ROWS } from "../../src/ncci/ptp-data-extended.js";
import type { Session } from "../../src/model/session.js";

const catalog = new Set(CODE_ROWS.map((r) => r.code));
const key = (r: { column1: string; column2: string; deletion?: string; modifierIndicator: unknown }): string => `${r.column1}/${r.column2}/${r.deletion ?? "*"}/${String(r.modifierIndicator)}`;

describe("the default NCCI table holds every bundled edit between two codes of the catalog (thirteenth round)", () => {
  it("every row of the extended table whose two codes are catalog codes is in the core table", () => {
    const core = new Set(PTP_CORE_ROWS.map(key));
    const missing = PTP_EXTENDED_ROWS.filter((r) => catalog.has(r.column1) && catalog.has(r.column2) && !core.has(key(r))).map(key);
    expect(missing).toEqual([]);
    // The comparison is about something: the core has rows beyond the shared copy's 353 in-scope rows.
    expect(PTP_CORE_ROWS.length).toBeGreaterThan(353);
  });

  it("the core CSV is ptp-therapy.csv filtered, in the CMS file's order (in scope, or both codes in the catalog)", () => {
    const [head, ...full] = readFileSync(new URL("../../data/ncci/ptp-therapy.csv", import.meta.url), "utf8").trim().split("\n");
    const [coreHead, ...core] = readFileSync(new URL("../../data/ncci/ptp-therapy-core.csv", import.meta.url), "utf8").trim().split("\n");
    expect(coreHead).toBe(head);
    expect(core).toEqual(full.filter((l) => {
      const [a = "", b = "", , , , , , inScope] = l.split(",");
      return inScope === "Y" || (catalog.has(a) && catalog.has(b));
    }));
  });

  const visit = (discipline: "PT" | "SLP", codes: readonly string[]): Session => ({
    id: "core",
    dateOfService: "2024-05-01",
    payer: { program: "medicare" },
    provider: { discipline, credential: discipline },
    services: codes.map((code) => ({ code, minutes: 15, units: 1, modifiers: [discipline === "SLP" ? "GN" : "GP"] })),
  });
  it.each<[string, "PT" | "SLP", string[], string]>([
    ["92507 with 92508, indicator 1 (was no finding)", "SLP", ["92507", "92508"], "ncci/ptp-modifier-required"],
    ["97140 with 97124, indicator 0 (was no finding)", "PT", ["97140", "97124"], "ncci/ptp-not-bypassable"],
    ["97545 with 97140, indicator 0 (was no finding)", "PT", ["97545", "97140"], "ncci/ptp-not-bypassable"],
    ["97113 with 97110, indicator 1 (was no finding)", "PT", ["97113", "97110"], "ncci/ptp-modifier-required"],
    // Twentieth round: the wound-care codes are catalog codes, so their edits with therapy codes are in the default table.
    ["97597 (debridement) with 97164 (PT re-evaluation), indicator 1 (was no finding)", "PT", ["97597", "97164"], "ncci/ptp-modifier-required"],
    ["97598 with 97022 (whirlpool), indicator 1 (was no finding)", "PT", ["97597", "97598", "97022"], "ncci/ptp-modifier-required"],
    ["97610 with 97035 (ultrasound), indicator 1 (was no finding)", "PT", ["97610", "97035"], "ncci/ptp-modifier-required"],
    ["97022 with 97602, indicator 1 (was no finding)", "PT", ["97022", "97602"], "ncci/ptp-modifier-required"],
    // Twenty-first round: the SLP period codes are catalog codes, so their edits are in the default table too.
    ["96125 (cognitive testing) with 97163 (PT evaluation), indicator 1 (was no finding)", "PT", ["97163", "96125"], "ncci/ptp-modifier-required"],
    ["96105 (aphasia assessment) with 97165 (OT evaluation), indicator 1 (was no finding)", "PT", ["97165", "96105"], "ncci/ptp-modifier-required"],
    ["92507 with 92607 (SGD evaluation), indicator 1 (was no finding)", "SLP", ["92607", "92507"], "ncci/ptp-modifier-required"],
  ])("the default table reports %s", (_name, discipline, codes, rule) => {
    expect(checkPairEdits(visit(discipline, codes)).map((f) => f.rule)).toContain(rule);
  });
});
