/**
 * The CMS file parsers and the release-name reader over text a user may hand them: files as CMS
 * ships them (Medicare's and Medicaid's layouts), the same with noise spliced in, and arbitrary
 * text. Whatever the input: no throw; every row read is well formed (5-character codes, a known
 * indicator, real ISO dates, an MUE value that is a whole number); every error names a line of
 * the file; a result is plain JSON. (Eleventh round: the parsers read Medicaid's layouts now, and
 * no fuzz test read them before.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMueFile, parseNcciPtpFile } from "../../src/ncci/cms-files.js";
import { ncciReleaseOf } from "../../src/ncci/release-of-file.js";
import type { MueRow, PtpRow } from "../../src/ncci/types.js";
import { FUZZ_RUNS } from "./arbitraries.js";
import { expectJsonSafe } from "./json-safe.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (d: string): boolean => ISO.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

const codeArb = fc.oneof(fc.constantFrom("97110", "97530", "97140", "92507", "G0283", "0001A", "97150"), fc.string({ maxLength: 7 }));
const cmsDateArb = fc.oneof(fc.constantFrom("20240101", "19960101", "20191231", "*", "", "20241331", "2024-01-01"), fc.string({ maxLength: 9 }));
const cellArb = fc.oneof(codeArb, cmsDateArb, fc.constantFrom("0", "1", "9", "3", "Mutually exclusive procedures", "Clinical: Data", "CMS Policy", "\"quoted, cell\"", ""), fc.string({ maxLength: 12 }));
const separatorArb = fc.constantFrom("\t", ",", " ", ";");
const lineArb = fc.tuple(fc.array(cellArb, { maxLength: 9 }), separatorArb).map(([cells, sep]) => cells.join(sep));
const newlineArb = fc.constantFrom("\n", "\r\n", "\r");

/** A file as CMS ships it: a header, then rows; Medicare's or Medicaid's layout, tabs or commas. */
const ptpFileArb = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(codeArb, codeArb, cmsDateArb, cmsDateArb, fc.constantFrom("0", "1", "9", "7")), { maxLength: 30 }), newlineArb)
  .map(([medicaid, rows, nl]) =>
    [
      medicaid ? "Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale" : "Column1/Column 2 Edits",
      ...rows.map(([c1, c2, eff, del, ind]) => (medicaid ? [c1, c2, eff, del, ind, "Misuse of column two code with column one code"] : [c1, c2, "*", eff, del, ind, "Mutually exclusive procedures"]).join("\t")),
    ].join(nl),
  );
const mueFileArb = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(codeArb, fc.oneof(fc.nat(99).map(String), fc.constantFrom("", "-1", "1.5", "x")), fc.constantFrom("1", "2", "3", "4")), { maxLength: 30 }), separatorArb, newlineArb)
  .map(([medicaid, rows, sep, nl]) =>
    [
      medicaid ? ["HCPCS/CPT Code", "Practitioner Services MUE Values", "MUE Rationale"].join(sep) : ["HCPCS/CPT Code", "Practitioner Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale"].join(sep),
      ...rows.map(([code, value, mai]) => (medicaid ? [code, value, "Clinical: Data"] : [code, value, mai, "Clinical: Data"]).join(sep)),
    ].join(nl),
  );
const noisyArb = (fileArb: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fileArb, fc.array(fc.tuple(fc.nat(), fc.oneof(lineArb, fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 }))), { maxLength: 4 })).map(([file, noise]) => {
    let text = file;
    for (const [at, piece] of noise) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });
const anyTextArb = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }), fc.array(lineArb, { maxLength: 20 }).map((l) => l.join("\n")));

function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r/).length;
}

function checkPtp(text: string): void {
  const result = parseNcciPtpFile(text, { file: "fuzz.txt" });
  expectJsonSafe(result);
  for (const row of result.rows as PtpRow[]) {
    expect(row.column1).toMatch(/^[0-9A-Z]{5}$/);
    expect(row.column2).toMatch(/^[0-9A-Z]{5}$/);
    expect([0, 1, 9]).toContain(row.modifierIndicator);
    for (const d of [row.effective, row.deletion]) if (d !== undefined) expect(realDate(d), d).toBe(true);
  }
  const lines = lineCount(text);
  for (const e of result.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines, `${e.line} of ${lines}`).toBe(true);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

function checkMue(text: string, indicator?: 1 | 2 | 3): void {
  const result = parseMueFile(text, { file: "fuzz.csv", ...(indicator === undefined ? {} : { adjudicationIndicator: indicator }) });
  expectJsonSafe(result);
  for (const row of result.rows as MueRow[]) {
    expect(row.code).toMatch(/^[0-9A-Z]{5}$/);
    expect(Number.isInteger(row.value) && row.value >= 0).toBe(true);
    expect([1, 2, 3]).toContain(row.adjudicationIndicator);
    expect(["practitioner", "outpatient-hospital"]).toContain(row.setting);
  }
  const lines = lineCount(text);
  for (const e of result.errors) expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines, `${e.line} of ${lines}`).toBe(true);
}

describe("CMS file parsers on files as shipped, with noise, and on any text", () => {
  // The generators' files are read, not all refused: the properties below are about rows too.
  it("reads a row of each layout the generators build", () => {
    expect(parseNcciPtpFile("Column1/Column 2 Edits\n97530\t97140\t*\t20000101\t20191231\t1\tMutually exclusive procedures").rows).toHaveLength(1);
    expect(parseNcciPtpFile("Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n97530\t97140\t20100101\t*\t1\tMisuse of column two code with column one code").rows).toHaveLength(1);
    expect(parseMueFile("HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n97110,6,3,Clinical: Data").rows).toHaveLength(1);
    expect(parseMueFile("HCPCS/CPT Code\tPractitioner Services MUE Values\tMUE Rationale\n97110\t6\tClinical: Data", { adjudicationIndicator: 3 }).rows).toHaveLength(1);
  });

  it("parseNcciPtpFile: Medicare's and Medicaid's layouts, noisy or not: rows well formed, errors on real lines", () => {
    fc.assert(fc.property(fc.oneof(ptpFileArb, noisyArb(ptpFileArb), anyTextArb), checkPtp), { numRuns: FUZZ_RUNS * 5 });
  });

  it("parseMueFile: with and without the indicator column, with and without the indicator option", () => {
    fc.assert(fc.property(fc.oneof(mueFileArb, noisyArb(mueFileArb), anyTextArb), fc.constantFrom(undefined, 1, 2, 3), (text, mai) => checkMue(text, mai as 1 | 2 | 3 | undefined)), { numRuns: FUZZ_RUNS * 5 });
  });

  it("a Medicaid MUE table without the option is refused, never read with a guessed indicator", () => {
    fc.assert(fc.property(mueFileArb, (text) => {
      if (!text.startsWith("HCPCS/CPT Code") || text.split(/\r\n|\n|\r/)[0]!.includes("Adjudication")) return;
      expect(parseMueFile(text).rows).toEqual([]);
    }), { numRuns: FUZZ_RUNS * 2 });
  });

  it("ncciReleaseOf: any name or list of names gives undefined or a dated release of a real quarter", () => {
    const nameArb = fc.oneof(
      fc.constantFrom("ccipra-v322r0-f1.TXT", "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", "medicaid-ncci-2026-q3-ptp-edits-practitioner-services.txt", "medicaid-ncci-q2-2026-mue-practitioner.zip", "MCD-MUE-PRA-v2026q3.txt"),
      fc.string({ maxLength: 80 }),
      fc.tuple(fc.constantFrom("medicaid-ncci-", "MCD-MUE-", "MCR_MUE_x_Eff_", "ccipra-v"), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
    );
    fc.assert(fc.property(fc.oneof(nameArb, fc.array(nameArb, { maxLength: 4 })), (names) => {
      const release = ncciReleaseOf(names);
      if (release === undefined) return;
      expectJsonSafe(release);
      expect(release.quarter ?? "").toMatch(/^\d{4} Q[1-4]$/);
      for (const d of [release.from, release.through]) expect(d !== undefined && realDate(d), String(d)).toBe(true);
      expect(release.from! <= release.through!).toBe(true);
      if (release.program !== undefined) expect(["medicare", "medicaid"]).toContain(release.program);
    }), { numRuns: FUZZ_RUNS * 5 });
  });
});
