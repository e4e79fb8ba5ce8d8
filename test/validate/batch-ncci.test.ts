/**
 * Nineteenth round (mods19), BATCH-NCCI: validateSessions reads up to 100 visits before it checks
 * them. A caller's own NCCI tables (`options.ncci`) changed in place between yielded visits (a row
 * added to `ptpByPair`) reached the visits read before the change, which validateSession one at a
 * time had checked against the tables as they were. The tables' facts (the pair and MUE index) are
 * now taken when a visit is read, as validateSession takes them when it checks it.
 */
import { describe, expect, it } from "vitest";
import { createNcciTables, type NcciTables, type PtpRow } from "../../src/ncci/index.js";
import { validateSession, validateSessions, type Report } from "../../src/validate.js";

const ROW = (column1: string, column2: string): PtpRow => ({ column1, column2, effective: "2020-01-01", modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: "test" });
const VISIT = {
  dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" },
  services: [
    { code: "97140", minutes: 15, units: 1, modifiers: ["GP"], activity: "STM to R lumbar paraspinals, joint mobs grade III L4-5" },
    { code: "97530", minutes: 15, units: 1, modifiers: ["GP"], activity: "Floor to stand transfers x5 with min assist, cues for sequencing" },
  ],
};
const tables = (): NcciTables => createNcciTables({ ptp: [ROW("97110", "97112")], release: { ptp: { name: "house-ptp" } } });

/** Yields `n` visits; after the `at`-th, adds the 97530/97140 pair to the tables in place (the caller's own Map). */
function* visits(ncci: NcciTables, n: number, at: number): Generator<unknown> {
  for (let k = 0; k < n; k++) {
    yield structuredClone(VISIT);
    if (k === at) (ncci.ptpByPair as Map<string, PtpRow[]>).set("97530|97140", [ROW("97530", "97140")]);
  }
}

const pairRules = (r: Report) => r.findings.filter((f) => f.rule.startsWith("ncci/")).map((f) => f.rule);

describe("custom NCCI tables changed between yielded visits (BATCH-NCCI)", () => {
  it.each([
    ["changed after the first visit", 5, 0],
    ["changed after the third of 150 (two batches)", 150, 2],
  ])("%s: each visit's report is validateSession's at the time it was read", (_name, n, at) => {
    const alone = tables();
    const oneByOne: Report[] = [];
    for (const visit of visits(alone, n, at)) oneByOne.push(validateSession(visit, { ncci: alone }));
    const batched = tables();
    expect(validateSessions(visits(batched, n, at), { ncci: batched })).toStrictEqual(oneByOne);
  });

  it("a table whose facts were taken before the visits: the change reaches none, one by one or batched", () => {
    const alone = tables();
    validateSession(VISIT, { ncci: alone });
    const oneByOne = [...visits(alone, 3, 0)].map((v) => validateSession(v, { ncci: alone }));
    const batched = tables();
    validateSession(VISIT, { ncci: batched });
    expect(validateSessions(visits(batched, 3, 0), { ncci: batched })).toStrictEqual(oneByOne);
    expect(oneByOne.map(pairRules)).toEqual([[], [], []]);
  });

  it("a table changed before any visit is read reaches every visit", () => {
    const ncci = tables();
    (ncci.ptpByPair as Map<string, PtpRow[]>).set("97530|97140", [ROW("97530", "97140")]);
    expect(validateSessions([VISIT, VISIT], { ncci }).map(pairRules)).toEqual([["ncci/ptp-modifier-required"], ["ncci/ptp-modifier-required"]]);
  });
});
