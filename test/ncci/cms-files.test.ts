import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMueFile, parseNcciPtpFile } from "../../src/ncci/cms-files.js";
import { tokenizeCsv } from "../../src/ncci/csv.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { findPtpEdit } from "../../src/ncci/ptp.js";
import { createNcciTables } from "../../src/ncci/tables.js";

const samples = join(import.meta.dirname, "..", "..", "data", "ncci", "samples");
const latin1 = (s: string): string => new TextDecoder("latin1").decode(Buffer.from(s, "latin1"));

/** The six preamble lines of the official PTP file (layout of ccipra-v322r0-f1.TXT). */
const PTP_PREAMBLE = [
  "CPT® only copyright 2025 American Medical Association.  All rights reserved.\t\t\t\t\t\t",
  "Column1/Column2 Edits\t\t\t\t\t\t",
  "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
  "\t\tprior to 1996\tDate\tDate\t0=not allowed\t",
  "\t\t\t\t*=no data\t1=allowed\t",
  "\t\t\t\t\t9=not applicable\t",
];
const PTP_ROWS = [
  "97150\t97530\t\t20201001\t*\t1\tMutually exclusive procedures",
  "97140\t97530\t*\t19960101\t20191231\t1\tMutually exclusive procedures",
  "97530\t97161\t\t20200101\t20200101\t9\tCPT Separate procedure definition",
  "97161\t97750\t\t20180101\t*\t0\tProcédure plus étendue",
];

describe("parseNcciPtpFile", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("reads a synthetic file in the official layout (preamble, tabs, Latin-1, %s)", (_, eol) => {
    const text = latin1([...PTP_PREAMBLE, ...PTP_ROWS].join(eol) + eol);
    const { rows, errors } = parseNcciPtpFile(text, { file: "ccipra-v322r0-f1.TXT" });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { column1: "97150", column2: "97530", effective: "2020-10-01", modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: "ccipra-v322r0-f1.TXT" },
      { column1: "97140", column2: "97530", effective: "1996-01-01", deletion: "2019-12-31", inExistencePrior1996: true, modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: "ccipra-v322r0-f1.TXT" },
      { column1: "97530", column2: "97161", effective: "2020-01-01", deletion: "2020-01-01", modifierIndicator: 9, rationale: "CPT Separate procedure definition", file: "ccipra-v322r0-f1.TXT" },
      { column1: "97161", column2: "97750", effective: "2018-01-01", modifierIndicator: 0, rationale: "Procédure plus étendue", file: "ccipra-v322r0-f1.TXT" },
    ]);
  });

  it("reports malformed lines with their line numbers and keeps the good ones", () => {
    const bad = [
      "97110\t97112\t\t2020101\t*\t1\tMutually exclusive procedures", // line 7: short date
      "97110\t97112\t\t20200101\t*\t7\tMutually exclusive procedures", // line 8: indicator
      "9711\t97112\t\t20200101\t*\t1\tx", // line 9: code
      "97110\t97112\t\t20200101\t20200230\t1\tx", // line 10: no such day
      "garbage line without tabs", // line 11
      "97110\t97112\t\t20200101\t*\t1\tx\textra", // line 12: too many fields
      "97110\t97112\t\t20200101\t20191231\t1\tx", // line 13: deleted the day before it took effect
    ];
    const text = [...PTP_PREAMBLE, ...bad, PTP_ROWS[0]].join("\r\n");
    const { rows, errors } = parseNcciPtpFile(text);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => e.line)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(errors[1]?.message).toContain("modifier indicator");
    expect(errors[6]?.message).toBe("deletion date 20191231 is before the effective date 20200101: the row would never be in force");
  });

  it("skips each preamble of several files joined into one text, and never trusts a row count", () => {
    const text = [...PTP_PREAMBLE, PTP_ROWS[0], ...PTP_PREAMBLE, PTP_ROWS[1], ""].join("\n");
    const { rows, errors } = parseNcciPtpFile(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.column1)).toEqual(["97150", "97140"]);
  });

  it("a text that is not a PTP file gives no rows and one error, never a throw", () => {
    for (const text of ["", "hello world", "a,b,c\n1,2,3", readFileSync(join(samples, "format-sample-MCR_MUE_PractitionerServices_Eff_07-01-2026.csv"), "utf8")]) {
      const r = parseNcciPtpFile(text);
      expect(r.rows).toEqual([]);
      expect(r.errors).toHaveLength(1);
    }
    expect(parseNcciPtpFile(42 as unknown as string).errors).toHaveLength(1);
  });

  it("reads the real format sample (opening of ccipra-v322r0-f1.TXT, 2026 Q3)", () => {
    const text = readFileSync(join(samples, "format-sample-ccipra-v322r0-f1.txt"), "latin1");
    const { rows, errors } = parseNcciPtpFile(text, { file: "ccipra-v322r0-f1.TXT" });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ column1: "0001A", column2: "0591T", effective: "2022-01-01", deletion: "2023-12-31", modifierIndicator: 1 });
    expect(rows.find((r) => r.column2 === "0029U")).toMatchObject({ deletion: "2026-06-30", modifierIndicator: 1 });
    expect(rows.filter((r) => r.modifierIndicator === 9)).toHaveLength(2);
    expect(rows.find((r) => r.column2 === "0030U")?.deletion).toBeUndefined();
    // The CRLF form of the same file reads the same.
    expect(parseNcciPtpFile(text.replace(/\n/g, "\r\n"), { file: "ccipra-v322r0-f1.TXT" }).rows).toEqual(rows);
  });

  it("parsed rows feed createNcciTables, and real effective dates are honoured", () => {
    const { rows } = parseNcciPtpFile([...PTP_PREAMBLE, ...PTP_ROWS].join("\r\n"));
    const ncci = createNcciTables({ ptp: rows, release: { ptp: { name: "ccipra-v322r0", quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30" } } });
    expect(findPtpEdit("97530", "97150", "2020-09-30", ncci)).toBeUndefined();
    expect(findPtpEdit("97530", "97150", "2020-10-01", ncci)?.effectiveDateUnknown).toBe(false);
    const fs = checkPairEdits({ dateOfService: "2026-08-03", payer: { program: "medicare" }, provider: { discipline: "PT" }, services: [{ code: "97150" }, { code: "97530" }] }, { ncci });
    expect(fs.map((f) => f.rule)).toEqual(["ncci/ptp-modifier-required"]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const r = parseNcciPtpFile(s);
        expect(Array.isArray(r.rows) && Array.isArray(r.errors)).toBe(true);
      }),
    );
  });
});

const MUE_NOTICE =
  '"CPT® codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved. \n\nCPT® is a registered trademark of the American Medical Association.\n\nThe AMA assumes no liability, \"quoted\" too.",,,';
const MUE_HEADER = '"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale';

describe("parseMueFile", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("reads a synthetic file in the official layout (quoted notice, header with a line break, %s)", (_, eol) => {
    const text = latin1(
      [MUE_NOTICE, MUE_HEADER, "97530,6,3 Date of Service Edit: Clinical,Clinical: Data", '97110,6,3 Date of Service Edit: Clinical,"Clinical: Data, révisé"', "92526,1,2 Date of Service Edit: Policy,Anatomic Consideration"]
        .join("\n")
        .replace(/\n/g, eol),
    );
    const { rows, errors } = parseMueFile(text, { file: "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { code: "97530", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data", setting: "practitioner", file: "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" },
      { code: "97110", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data, révisé", setting: "practitioner", file: "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" },
      { code: "92526", value: 1, adjudicationIndicator: 2, rationale: "Anatomic Consideration", setting: "practitioner", file: "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" },
    ]);
  });

  it("reads the setting from the outpatient-hospital header", () => {
    const text = [MUE_HEADER.replace("Practitioner Services", "Outpatient Hospital Services"), "97530,6,3 Date of Service Edit: Clinical,Clinical: Data"].join("\n");
    expect(parseMueFile(text).rows[0]?.setting).toBe("outpatient-hospital");
  });

  it("reports malformed rows with the line they start on and keeps the good ones", () => {
    // Notice = lines 1–5, header = lines 6–7, rows from line 8.
    const text = [MUE_NOTICE, MUE_HEADER, "97530,six,3 Date of Service Edit: Clinical,x", "97110,6,4 Something,x", "975,1,3 x,y", "97112,4,3 Date of Service Edit: Clinical,Clinical: Data", "97116,1,2,3,4,5", '97140,"2,3 x'].join("\r\n");
    const { rows, errors } = parseMueFile(text);
    expect(rows.map((r) => r.code)).toEqual(["97112"]);
    expect(errors.map((e) => e.line)).toEqual([8, 9, 10, 12, 13]);
    expect(errors.at(-1)?.message).toContain("never closed");
  });

  it("a text that is not an MUE file gives no rows and an error, never a throw", () => {
    for (const text of ["", "hello", [...PTP_PREAMBLE, ...PTP_ROWS].join("\n"), '"unclosed']) {
      const r = parseMueFile(text);
      expect(r.rows).toEqual([]);
      expect(r.errors.length).toBeGreaterThan(0);
    }
  });

  it("reads the real format sample (opening of MCR_MUE_PractitionerServices_Eff_07-01-2026.csv)", () => {
    const text = readFileSync(join(samples, "format-sample-MCR_MUE_PractitionerServices_Eff_07-01-2026.csv"), "latin1");
    const { rows, errors } = parseMueFile(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { code: "0001U", value: 1, adjudicationIndicator: 2, rationale: "Code Descriptor / CPT Instruction", setting: "practitioner" },
      { code: "0002M", value: 1, adjudicationIndicator: 3, rationale: "Nature of Analyte", setting: "practitioner" },
      { code: "0009U", value: 2, adjudicationIndicator: 3, rationale: "Nature of Analyte", setting: "practitioner" },
      { code: "0022U", value: 2, adjudicationIndicator: 3, rationale: "Clinical: CMS Workgroup", setting: "practitioner" },
    ]);
    expect(parseMueFile(text.replace(/\n/g, "\r\n")).rows).toEqual(rows);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(Array.isArray(parseMueFile(s).rows)).toBe(true);
      }),
    );
  });
});

describe("tokenizeCsv", () => {
  it("quoted fields hold commas, doubled quotes and line breaks; records keep their first line", () => {
    expect(tokenizeCsv('a,"b,""c""\r\nd",e\r\nf\rg\n').records).toEqual([
      { line: 1, cells: ["a", 'b,"c"\nd', "e"] },
      { line: 3, cells: ["f"] },
      { line: 4, cells: ["g"] },
    ]);
  });
  it("round-trips any grid of fields written with quotes", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "é", " ") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (grid) => {
        const text = grid.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(tokenizeCsv(text).records.map((r) => r.cells)).toEqual(grid);
      }),
    );
  });
});

describe("CMS files as a user gets them (tenth round)", () => {
  const ROWS = ["97530,6,3 Date of Service Edit: Clinical,Clinical: Data", "92526,1,2 Date of Service Edit: Policy,Anatomic Consideration"];
  /** A UTF-8 file (a spreadsheet's "CSV UTF-8") read as CMS's Latin-1, as the docs and the CLI read every file. */
  const asLatin1 = (text: string): string => Buffer.from(text, "utf8").toString("latin1");

  it("a spreadsheet's UTF-8 byte order mark read as Latin-1 (ï»¿) is skipped: an Excel-saved MUE table with quoted cells and trailing empty columns is read", () => {
    const excel = "\uFEFF" + ['"HCPCS/\nCPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale",,', ...ROWS.map((r) => r.split(",").map((c) => `"${c}"`).join(",") + ",,")].join("\r\n") + "\r\n";
    const { rows, errors } = parseMueFile(asLatin1(excel));
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.value, r.adjudicationIndicator, r.setting])).toEqual([["97530", 6, 3, "practitioner"], ["92526", 1, 2, "practitioner"]]);
    // A PTP file whose first line is a row, saved with a BOM: the row is read, not reported.
    const ptp = parseNcciPtpFile(asLatin1("\uFEFF" + PTP_ROWS[0] + "\r\n"));
    expect(ptp.errors).toEqual([]);
    expect(ptp.rows.map((r) => r.column2)).toEqual(["97530"]);
  });

  it("a PTP file a spreadsheet saved as CSV (BOM, quoted cells, a rationale holding a comma, trailing empty columns) is read", () => {
    const cells = (line: string): string => line.split("\t").map((c) => (c === "" ? "" : `"${c}"`)).join(",");
    const excel = "\uFEFF" + [...PTP_PREAMBLE.map(cells), ...PTP_ROWS.slice(0, 3).map(cells), '"97110","97112","","20260701","*","1","Misuse of Column Two code with Column One code, as coded",,'].join("\r\n") + "\r\n";
    const { rows, errors } = parseNcciPtpFile(asLatin1(excel), { file: "ccipra-v322r0-f1.csv" });
    expect(errors).toEqual([]);
    expect(rows).toEqual([...parseNcciPtpFile([...PTP_PREAMBLE, ...PTP_ROWS.slice(0, 3)].join("\n"), { file: "ccipra-v322r0-f1.csv" }).rows, expect.objectContaining({ column1: "97110", rationale: "Misuse of Column Two code with Column One code, as coded" })]);
    // A row a spreadsheet shortened ("00100" saved as 100) is named by its line, the rest kept.
    const shortened = parseNcciPtpFile(['"Column 1","Column 2"', "100,97530,,20200101,*,1,x", ...PTP_ROWS.slice(0, 1).map(cells)].join("\n"));
    expect(shortened.rows).toHaveLength(1);
    expect(shortened.errors).toEqual([{ line: 2, message: expect.stringContaining("column 1 must be a 5-character code") }]);
  });

  it("the DME supplier MUE table is refused with a clear error (it was read as the practitioner table)", () => {
    const dme = [MUE_NOTICE, MUE_HEADER.replace("Practitioner Services", "DME Supplier Services"), ...ROWS].join("\r\n");
    const { rows, errors } = parseMueFile(dme, { file: "MCR_MUE_DMESupplierServices_Eff_07-01-2026.csv" });
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 6, message: expect.stringContaining("this is the DME supplier MUE table") }]);
    // Named on purpose, it is read as the setting asked for.
    expect(parseMueFile(dme, { setting: "practitioner" }).rows).toHaveLength(2);
  });

  it("a header shifted one column right (a column added before the code) is named as such, not 'not a CMS MUE file'", () => {
    const shifted = [MUE_NOTICE, "," + MUE_HEADER, ...ROWS.map((r) => "," + r)].join("\n");
    const { rows, errors } = parseMueFile(shifted);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 6, message: expect.stringContaining("the columns are shifted") }]);
  });

  it("a header whose columns are in another order is refused: a value read as the indicator would be a wrong limit, not an error", () => {
    // Value and indicator swapped, both written as numbers: every row would read, each limit wrong.
    const swapped = ['"HCPCS/\nCPT Code",MUE Adjudication Indicator,Practitioner Services MUE Values,MUE Rationale', "97530,3,2,Clinical: Data"].join("\n");
    const { rows, errors } = parseMueFile(swapped);
    expect(rows).toEqual([]);
    expect(errors[0]?.message).toContain("columns are not in CMS's order");
  });

  it("a zip archive or UTF-16 text is named as such (it was 'no PTP rows found' or 'not a CMS MUE file')", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).toString("latin1") + "ccipra-v322r0-f1.TXT";
    const utf16 = Buffer.from("\uFEFF" + [...PTP_PREAMBLE, PTP_ROWS[0]].join("\r\n"), "utf16le").toString("latin1");
    for (const parse of [parseNcciPtpFile, parseMueFile]) {
      expect(parse(zip)).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringContaining("this is a zip archive") }] });
      expect(parse(utf16)).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringContaining("this is UTF-16 text") }] });
    }
  });

  it("a file of a few thousand rows in the official layout is read whole (the therapy extract as four CRLF parts)", () => {
    const csv = readFileSync(join(import.meta.dirname, "..", "..", "data", "ncci", "ptp-therapy.csv"), "utf8").trim().split("\n").slice(1);
    const lines = csv.map((l) => {
      const [c1, c2, prior, , del, ind, rationale] = l.split(",");
      return [c1, c2, prior, "19960101", del === "" ? "*" : del, ind, rationale].join("\t");
    });
    const quarter = Math.ceil(lines.length / 4);
    const parts = [0, 1, 2, 3].map((k) => latin1([...PTP_PREAMBLE, ...lines.slice(k * quarter, (k + 1) * quarter)].join("\r\n") + "\r\n"));
    const parsed = parts.map((text, k) => parseNcciPtpFile(text, { file: `ccipra-v322r0-f${k + 1}.TXT` }));
    expect(parsed.flatMap((p) => p.errors)).toEqual([]);
    expect(parsed.reduce((n, p) => n + p.rows.length, 0)).toBe(9008);
  });
});
