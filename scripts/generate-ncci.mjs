#!/usr/bin/env node
// Generates the typed NCCI data modules in src/ncci/ from the CMS extracts in data/ncci/.
// Usage: npm run generate:ncci   (writes src/ncci/ptp-data.ts, ptp-data-extended.ts, mue-data.ts)
// The transform (renderNcciModules) is pure; test/ncci/generated-data.test.ts re-runs it over
// data/ncci/ and checks the committed modules are exactly its output.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The input files, relative to data/ncci/. */
export const NCCI_INPUT_FILES = [
  "ptp-therapy-core.csv",
  "ptp-therapy.csv",
  "mue-therapy.csv",
  "mue-therapy-outpatient-hospital.csv",
];

const PTP_RELEASE = {
  name: "ccipra-v301r0",
  quarter: "2024 Q2",
  from: "2024-04-01",
  through: "2024-06-30",
  program: "medicare",
};
const MUE_RELEASE = {
  name: "MCR_MUE_PractitionerServices_Eff_07-01-2024",
  quarter: "2024 Q3",
  from: "2024-04-01",
  through: "2024-09-30",
  program: "medicare",
};
const CAVEAT =
  "effective dates unknown: the bundled copy of the CMS rows lacks the effective-date column, so each row is read as applying to every date of service up to its deletion date";

const HEADER_NOTE = [
  " * Source: CMS National Correct Coding Initiative (NCCI), Medicare practitioner PTP edits,",
  " * release ccipra-v301r0 (files ccipra-v301r0-f1.TXT … -f4.TXT, 2024 Q2, in force",
  " * 2024-04-01 to 2024-06-30). US government work, public domain. No CPT descriptor text.",
  " * Caveat: the copy these rows were decoded from lacks the effective-date column, so",
  " * `effective` is absent on every row (\"effective date unknown\"): a row is read as applying",
  " * to every date of service up to and including its deletion date (data/ncci/README.md;",
  " * domain reference §13.1). Load the official CMS files with parseNcciPtpFile for real dates.",
];

/**
 * Splits one CSV line into fields (quoted fields may hold commas and doubled quotes).
 * @param {string} line
 * @returns {string[]}
 */
function splitCsvLine(line) {
  const out = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

/**
 * Parses a CSV extract with a header line into records keyed by the header.
 * @param {string} text
 * @param {string} name
 * @returns {Record<string, string>[]}
 */
function readCsv(text, name) {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0] ?? "");
  return lines.slice(1).map((line, i) => {
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      throw new Error(`${name} line ${i + 2}: ${cells.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""]));
  });
}

/** @param {string} d @param {string} where */
function isoDate(d, where) {
  if (!/^\d{8}$/.test(d)) throw new Error(`${where}: bad date ${JSON.stringify(d)}`);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/** @param {Record<string,string>} r @param {string} where */
function ptpFields(r, where) {
  const ind = r.modifier_indicator;
  if (ind !== "0" && ind !== "1" && ind !== "9") throw new Error(`${where}: bad indicator ${ind}`);
  if (!/^[0-9A-Z]{5}$/.test(r.column_1 ?? "") || !/^[0-9A-Z]{5}$/.test(r.column_2 ?? "")) {
    throw new Error(`${where}: bad code pair ${r.column_1}/${r.column_2}`);
  }
  const del = r.deletion_date ?? "";
  return {
    column1: r.column_1,
    column2: r.column_2,
    effective: r.effective_date ? isoDate(r.effective_date, where) : undefined,
    deletion: del === "*" ? undefined : isoDate(del, where),
    prior1996: r.in_existence_prior_1996 === "*",
    indicator: Number(ind),
    rationale: r.ptp_edit_rationale ?? "",
    file: r.source_file_set ?? "",
  };
}

const q = (s) => JSON.stringify(s);
const objectLiteral = (o) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${q(v)}`).join(", ")} }`;
const count = (n) => n.toLocaleString("en-US");

/** @param {string[]} rationales */
function rationaleTable(rationales) {
  return [
    "/** CMS PTP edit rationales, indexed by the rows below. */",
    "const R = [",
    ...rationales.map((r) => `  ${q(r)},`),
    "] as const;",
  ];
}

/**
 * Packs PTP rows into one string, the form src/ncci/packed-rows.ts unpacks: groups of rows
 * sharing column 1, in file order, as `column1:cell,cell,…` joined by `;`; a cell is column 2
 * (5 characters), the modifier indicator (1 digit), the rationale's index (1 digit) and, for a
 * deleted row, the deletion date as `YYYYMMDD`. About a fifth of the gzipped size of one
 * object literal per row.
 * @param {{ column1: string, column2: string, effective?: string, deletion?: string, prior1996?: boolean, indicator: number, rationale: string }[]} rows
 * @param {string[]} rationales
 * @param {string} name the input file, for errors
 * @returns {string}
 */
export function packPtpRows(rows, rationales, name) {
  if (rationales.length > 10) throw new Error(`${name}: the packed form holds at most 10 rationales`);
  if (rows.some((r) => r.effective || r.prior1996)) {
    throw new Error(`${name}: the packed form carries neither the effective date nor the 1996 flag`);
  }
  /** @type {[string, string[]][]} */
  const groups = [];
  for (const r of rows) {
    if (!/^[0-9A-Z]{5}$/.test(r.column1) || !/^[0-9A-Z]{5}$/.test(r.column2)) throw new Error(`${name}: bad code pair ${r.column1}/${r.column2}`);
    if (r.deletion !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(r.deletion)) throw new Error(`${name}: bad deletion date ${q(r.deletion)}`);
    if (!rationales.includes(r.rationale)) throw new Error(`${name}: rationale ${q(r.rationale)} is not in the table`);
    const cell = `${r.column2}${r.indicator}${rationales.indexOf(r.rationale)}${r.deletion ? r.deletion.replaceAll("-", "") : ""}`;
    const last = groups.at(-1);
    if (last && last[0] === r.column1) last[1].push(cell);
    else groups.push([r.column1, [cell]]);
  }
  return groups.map(([c1, cells]) => `${c1}:${cells.join(",")}`).join(";");
}

/**
 * Packs one CMS MUE table's rows (one setting, one file) into the string src/ncci/packed-rows.ts
 * unpacks: cells joined by `,`, each the code (5 characters), the adjudication indicator
 * (1 digit), the rationale's index (1 digit), then the value.
 * @param {{ code: string, value: number, mai: number, rationale: string, file: string }[]} rows
 * @param {string[]} rationales
 * @param {string} name the input file, for errors
 * @returns {string}
 */
export function packMueRows(rows, rationales, name) {
  if (rationales.length > 10) throw new Error(`${name}: the packed form holds at most 10 rationales`);
  if (new Set(rows.map((r) => r.file)).size > 1) throw new Error(`${name}: expected one source file`);
  for (const r of rows) {
    if (!/^[0-9A-Z]{5}$/.test(r.code)) throw new Error(`${name}: bad code ${q(r.code)}`);
    if (!rationales.includes(r.rationale)) throw new Error(`${name}: rationale ${q(r.rationale)} is not in the table`);
  }
  return rows.map((r) => `${r.code}${r.mai}${rationales.indexOf(r.rationale)}${r.value}`).join(",");
}

/** The module header shared by both PTP tables. */
function ptpHeader(csvName, description) {
  return [
    `// GENERATED by scripts/generate-ncci.mjs from data/ncci/${csvName}. Do not edit by hand.`,
    "/**",
    ...description,
    " * Packed into one string to keep the module small; src/ncci/packed-rows.ts unpacks it once,",
    " * at import.",
    " *",
    ...HEADER_NOTE,
    " *",
    " * @module",
    " */",
  ];
}

/** The packed rows and the constants they use, shared by both PTP tables. */
function ptpPacked(rows, rationales, file, name) {
  return [
    `const F = ${q(file)};`,
    ...rationaleTable(rationales),
    "",
    "/** The rows, packed (format: {@link unpackPtpRows}). */",
    `const PACKED = ${q(packPtpRows(rows, rationales, name))};`,
  ];
}

function renderCore(text) {
  const rows = readCsv(text, "ptp-therapy-core.csv").map((r, i) => ptpFields(r, `ptp-therapy-core.csv line ${i + 2}`));
  const rationales = [...new Set(rows.map((r) => r.rationale))].sort();
  const files = [...new Set(rows.map((r) => r.file))];
  if (files.length !== 1) throw new Error("ptp-therapy-core.csv: expected one source file set");
  return [
    ...ptpHeader("ptp-therapy-core.csv", [
      ` * The default NCCI PTP table: the ${rows.length} rows where both codes are therapy codes in scope or both are`,
      " * codes of the catalog (data/ncci/README.md: the catalog's later codes, such as 92508, 97113, 97124,",
      " * 97545 and 97755, are outside the scope column of the shared copy).",
    ]),
    'import { unpackPtpRows } from "./packed-rows.js";',
    'import type { NcciReleaseInfo, PtpRow } from "./types.js";',
    "",
    "/**",
    " * The CMS PTP release the bundled rows come from.",
    " *",
    " * @example",
    " * ```ts",
    " * PTP_RELEASE.through; //=> \"2024-06-30\"",
    " * ```",
    " */",
    `export const PTP_RELEASE = ${objectLiteral(PTP_RELEASE)} as const satisfies NcciReleaseInfo;`,
    "",
    "/**",
    " * What every bundled row lacks, said in findings from those rows.",
    " *",
    " * @example",
    " * ```ts",
    " * BUNDLED_NCCI_CAVEAT.startsWith(\"effective dates unknown\"); //=> true",
    " * ```",
    " */",
    `export const BUNDLED_NCCI_CAVEAT = ${q(CAVEAT)};`,
    "",
    ...ptpPacked(rows, rationales, files[0], "ptp-therapy-core.csv"),
    "",
    "/**",
    ` * The ${rows.length} Medicare practitioner PTP rows (release ccipra-v301r0, 2024 Q2) where both codes are`,
    " * therapy codes in scope or codes of the catalog, in the order of the CMS file. Several rows may share a pair (one per",
    " * edit period); indicator-9 rows never apply.",
    " *",
    " * @example",
    " * ```ts",
    " * PTP_CORE_ROWS.filter((r) => r.column1 === \"97150\" && r.column2 === \"97530\").length; //=> 1",
    " * ```",
    " * @remarks CMS NCCI PTP edits, practitioner table, ccipra-v301r0-f1..f4.",
    " */",
    "export const PTP_CORE_ROWS: readonly PtpRow[] = /* @__PURE__ */ unpackPtpRows(PACKED, R, F);",
    "",
  ].join("\n");
}

function renderExtended(text) {
  const rows = readCsv(text, "ptp-therapy.csv").map((r, i) => ptpFields(r, `ptp-therapy.csv line ${i + 2}`));
  const rationales = [...new Set(rows.map((r) => r.rationale))].sort();
  const files = [...new Set(rows.map((r) => r.file))];
  if (files.length !== 1) throw new Error("ptp-therapy.csv: expected one source file set");
  return [
    ...ptpHeader("ptp-therapy.csv", [
      ` * The extended NCCI PTP table: the ${rows.length} rows where either code is a therapy code in scope`,
      " * (the other may be an E/M, injection, wound-care … code).",
    ]),
    'import { unpackPtpRows } from "./packed-rows.js";',
    'import type { ModifierIndicator, PtpRow } from "./types.js";',
    "",
    "/**",
    " * One PTP row as a tuple: column 1, column 2, effective date (`YYYYMMDD`, empty when unknown),",
    " * deletion date (`YYYYMMDD` or `*`), modifier indicator, index into the rationale table. The",
    " * bundled table was once stored in this form; it is now packed into one string (see",
    " * src/ncci/packed-rows.ts). The type is kept for code that names it.",
    " *",
    " * @example",
    " * ```ts",
    " * const p: PackedPtpRow = [\"97150\", \"97530\", \"\", \"*\", 1, 2];",
    " * ```",
    " */",
    "export type PackedPtpRow = readonly [column1: string, column2: string, effective: string, deletion: string, indicator: ModifierIndicator, rationale: number];",
    "",
    ...ptpPacked(rows, rationales, files[0], "ptp-therapy.csv"),
    "",
    "/**",
    ` * The ${count(rows.length)} Medicare practitioner PTP rows (release ccipra-v301r0, 2024 Q2) where either code`,
    " * is a therapy code in scope, unpacked, in the order of the CMS file.",
    " *",
    " * @example",
    " * ```ts",
    ` * PTP_EXTENDED_ROWS.length; //=> ${rows.length}`,
    " * ```",
    " * @remarks CMS NCCI PTP edits, practitioner table, ccipra-v301r0-f1..f4.",
    " */",
    "export const PTP_EXTENDED_ROWS: readonly PtpRow[] = /* @__PURE__ */ unpackPtpRows(PACKED, R, F);",
    "",
  ].join("\n");
}

function mueRows(text, name, valueColumn, setting) {
  return readCsv(text, name).map((r, i) => {
    const where = `${name} line ${i + 2}`;
    const value = r[valueColumn] ?? "";
    const mai = r.mue_adjudication_indicator ?? "";
    if (!/^\d+$/.test(value)) throw new Error(`${where}: bad MUE value ${value}`);
    if (mai !== "1" && mai !== "2" && mai !== "3") throw new Error(`${where}: bad MAI ${mai}`);
    return { code: r.hcpcs_cpt_code, value: Number(value), mai: Number(mai), rationale: r.mue_rationale ?? "", setting, file: r.source_file ?? "" };
  });
}

function renderMue(practitioner, hospital) {
  const tables = [
    mueRows(practitioner, "mue-therapy.csv", "practitioner_mue_value", "practitioner"),
    mueRows(hospital, "mue-therapy-outpatient-hospital.csv", "outpatient_hospital_mue_value", "outpatient-hospital"),
  ];
  const rows = tables.flat();
  const rationales = [...new Set(rows.map((r) => r.rationale))].sort();
  const [p, h] = tables.map((t, i) => packMueRows(t, rationales, NCCI_INPUT_FILES[2 + i]));
  return [
    "// GENERATED by scripts/generate-ncci.mjs from data/ncci/mue-therapy.csv and",
    "// data/ncci/mue-therapy-outpatient-hospital.csv. Do not edit by hand.",
    "/**",
    " * Medicare MUE values for the therapy codes in scope, packed into one string per CMS table to",
    " * keep the main entry small; src/ncci/packed-rows.ts unpacks them once, at import.",
    " *",
    " * Source: CMS Medically Unlikely Edits, practitioner table",
    " * MCR_MUE_PractitionerServices_Eff_07-01-2024 (2024 Q3; values identical in the 04-01-2024",
    " * table) and outpatient-hospital table MCR_MUE_OutpatientHospitalServices_Eff_04-01-2024.",
    " * US government work, public domain. No CPT descriptor text.",
    " *",
    " * @module",
    " */",
    'import { unpackMueRows } from "./packed-rows.js";',
    'import type { MueRow, NcciReleaseInfo } from "./types.js";',
    "",
    "/**",
    " * The CMS MUE release the bundled rows come from (practitioner table; the",
    " * outpatient-hospital rows are from the 04-01-2024 table).",
    " *",
    " * @example",
    " * ```ts",
    " * MUE_RELEASE.quarter; //=> \"2024 Q3\"",
    " * ```",
    " */",
    `export const MUE_RELEASE = ${objectLiteral(MUE_RELEASE)} as const satisfies NcciReleaseInfo;`,
    "",
    "/** CMS MUE rationales, indexed by the cells below. */",
    "const R = [",
    ...rationales.map((r) => `  ${q(r)},`),
    "] as const;",
    "",
    `const F0 = ${q(tables[0][0]?.file ?? "")};`,
    `const F1 = ${q(tables[1][0]?.file ?? "")};`,
    "/** One string per CMS table, in file order (format: {@link unpackMueRows}). */",
    `const PRACTITIONER = ${q(p)};`,
    `const OUTPATIENT_HOSPITAL = ${q(h)};`,
    "",
    "/**",
    ` * The ${rows.length} bundled MUE rows: practitioner and outpatient-hospital values for the therapy codes.`,
    " *",
    " * @example",
    " * ```ts",
    " * MUE_ROWS.find((r) => r.code === \"97530\" && r.setting === \"practitioner\")?.value; //=> 6",
    " * ```",
    " * @remarks CMS Medically Unlikely Edits (practitioner and outpatient-hospital tables).",
    " */",
    "export const MUE_ROWS: readonly MueRow[] = /* @__PURE__ */ unpackMueRows(PRACTITIONER, R, \"practitioner\", F0).concat(",
    `  /* @__PURE__ */ unpackMueRows(OUTPATIENT_HOSPITAL, R, "outpatient-hospital", F1),`,
    ");",
    "",
  ].join("\n");
}

/**
 * The pure transform: CSV texts keyed by file name (see NCCI_INPUT_FILES) → module texts keyed
 * by their path in the repository.
 * @param {Record<string, string>} inputs
 * @returns {Record<string, string>}
 */
export function renderNcciModules(inputs) {
  const get = (name) => {
    const t = inputs[name];
    if (t === undefined) throw new Error(`missing input ${name}`);
    return t;
  };
  return {
    "src/ncci/ptp-data.ts": renderCore(get("ptp-therapy-core.csv")),
    "src/ncci/ptp-data-extended.ts": renderExtended(get("ptp-therapy.csv")),
    "src/ncci/mue-data.ts": renderMue(get("mue-therapy.csv"), get("mue-therapy-outpatient-hospital.csv")),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const inputs = Object.fromEntries(NCCI_INPUT_FILES.map((f) => [f, readFileSync(join(root, "data/ncci", f), "utf8")]));
  for (const [path, text] of Object.entries(renderNcciModules(inputs))) {
    writeFileSync(join(root, path), text);
    process.stdout.write(`wrote ${path} (${text.length} chars)\n`);
  }
}
