import { isIsoDate } from "../model/dates.js";
import { tokenizeCsv, type CmsFileError } from "./csv.js";
import type { ModifierIndicator, MueAdjudicationIndicator, MueRow, MueSetting, PtpRow } from "./types.js";

export type { CmsFileError } from "./csv.js";

/**
 * What a CMS file parser returns: the rows it could read and a problem per line it could not.
 *
 * @example
 * ```ts
 * const r: CmsFileParseResult<PtpRow> = { rows: [], errors: [{ line: 1, message: "…" }] };
 * ```
 */
export interface CmsFileParseResult<Row> {
  readonly rows: Row[];
  readonly errors: CmsFileError[];
}

/**
 * Options of {@link parseNcciPtpFile}.
 *
 * @example
 * ```ts
 * const o: ParseNcciPtpFileOptions = { file: "ccipra-v322r0-f1.TXT" };
 * ```
 */
export interface ParseNcciPtpFileOptions {
  /** The file's name, recorded on every row. */
  readonly file?: string | undefined;
}

/**
 * Options of {@link parseMueFile}.
 *
 * @example
 * ```ts
 * const o: ParseMueFileOptions = { file: "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv" };
 * ```
 */
export interface ParseMueFileOptions {
  /** The file's name, recorded on every row. */
  readonly file?: string | undefined;
  /** The table's claim type; by default read from the header ("Practitioner Services MUE Values"). */
  readonly setting?: MueSetting | undefined;
  /**
   * For a table without an MUE Adjudication Indicator column (Medicaid's NCCI MUE files): the
   * indicator to give every row, as the state applies its MUEs (1: per claim line; 2 or 3: per
   * date of service). Without it such a table is refused: a guessed indicator would count units wrongly.
   */
  readonly adjudicationIndicator?: MueAdjudicationIndicator | undefined;
}

const CODE = /^[0-9A-Z]{5}$/;
const CODE_LIKE = /^[0-9A-Za-z]+\t/;
const PREAMBLE = /^(\t|.*copyright|column ?1)/i;

/** A byte order mark, as text (UTF-16) or as UTF-8's three bytes read as Latin-1 (a spreadsheet's UTF-8 file read as CMS's encoding). */
const BOM = /^(\uFEFF|\u00EF\u00BB\u00BF)/;

/**
 * Why a value is not a CMS file's text, or `undefined` when it may be: not a string, a zip
 * archive (the CMS download itself, or an Excel .xlsx), or UTF-16 text (Excel's "Unicode Text"),
 * whose every other character is a NUL when read as Latin-1 or UTF-8.
 */
function notText(text: unknown): string | undefined {
  if (typeof text !== "string") return "expected the file's text as a string";
  if (text.startsWith("PK\u0003\u0004")) return "this is a zip archive (the CMS download, or an .xlsx): extract the .TXT or .csv inside and read that";
  if (text.slice(0, 200).includes("\u0000")) return "this is UTF-16 text (Excel's \"Unicode Text\"): decode it as \"utf16le\", or save it as CSV";
  return undefined;
}

function splitLines(text: string): string[] {
  return text.replace(BOM, "").split(/\r\n|\r|\n/);
}

function cmsDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : undefined;
}

function ptpLine(fields: readonly string[], file: string | undefined): PtpRow | string {
  const cells = fields.map((f) => f.trim());
  // Medicaid's NCCI files have no "in existence prior to 1996" column (Medicaid NCCI began in
  // 2010): a date where that column's "*" or blank stands is their layout, read as Medicare's.
  const medicaid = /^\d{8}$/.test(cells[2] ?? "");
  if (medicaid) cells.splice(2, 0, "");
  const [c1 = "", c2 = "", prior = "", eff = "", del = "", ind = "", rationale = "", ...rest] = cells;
  if (rest.some((f) => f !== "")) return `expected ${medicaid ? 6 : 7} tab-separated fields, found ${fields.length}`;
  const column1 = c1.toUpperCase();
  const column2 = c2.toUpperCase();
  if (!CODE.test(column1)) return `column 1 must be a 5-character code, not ${JSON.stringify(c1)}`;
  if (!CODE.test(column2)) return `column 2 must be a 5-character code, not ${JSON.stringify(c2)}`;
  if (prior !== "" && prior !== "*") return `the 1996 field must be "*" or empty, not ${JSON.stringify(prior)}`;
  const effective = eff === "" ? undefined : cmsDate(eff);
  if (eff !== "" && effective === undefined) return `effective date must be a real date written YYYYMMDD, not ${JSON.stringify(eff)}`;
  const deletion = del === "*" ? undefined : cmsDate(del);
  if (del !== "*" && deletion === undefined) return `deletion date must be YYYYMMDD or "*", not ${JSON.stringify(del)}`;
  // Dates are inclusive: a voided edit ends the day it starts (deletion = effective); before is a broken row.
  if (deletion !== undefined && effective !== undefined && deletion < effective) return `deletion date ${del} is before the effective date ${eff}: the row would never be in force`;
  if (ind !== "0" && ind !== "1" && ind !== "9") return `modifier indicator must be 0, 1 or 9, not ${JSON.stringify(ind)}`;
  return {
    column1,
    column2,
    ...(effective !== undefined ? { effective } : {}),
    ...(deletion !== undefined ? { deletion } : {}),
    ...(prior === "*" ? { inExistencePrior1996: true } : {}),
    modifierIndicator: Number(ind) as ModifierIndicator,
    rationale,
    ...(file !== undefined ? { file } : {}),
  };
}

/**
 * Reads an official CMS NCCI PTP edit file (`ccipra-vNNNr0-fN.TXT` and the like): tab-separated
 * rows after a preamble of copyright and heading lines, CRLF or LF line ends (or the same rows a
 * spreadsheet saved as CSV, commas and quoted cells). Give it the text
 * decoded as Latin-1 (`readFileSync(path, "latin1")` or `new TextDecoder("latin1")`). Several
 * files may be joined into one text: each preamble is skipped. A line that cannot be read is
 * reported with its line number and the rest of the file is still read; a text that is not a
 * PTP file gives no rows and an error, never a throw.
 *
 * @param text - the file's text
 * @param options - the file name to record on each row
 * @returns the rows read and an error per line that could not be read
 * @example
 * ```ts
 * const { rows, errors } = parseNcciPtpFile(
 *   "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale\r\n" +
 *   "97150\t97530\t\t20200101\t*\t1\tMutually exclusive procedures\r\n");
 * rows[0]?.effective; //=> "2020-01-01"
 * errors; //=> []
 * ```
 * @remarks CMS NCCI PTP edit files (quarterly), column layout as published by CMS.
 */
export function parseNcciPtpFile(text: string, options: ParseNcciPtpFileOptions = {}): CmsFileParseResult<PtpRow> {
  const rows: PtpRow[] = [];
  const errors: CmsFileError[] = [];
  const wrong = notText(text);
  if (wrong !== undefined) return { rows, errors: [{ line: 1, message: wrong }] };
  let sawCodeLike = false;
  // A file a spreadsheet saved as CSV (commas, quoted cells): its records, cells joined by tabs.
  const csv = !/^[0-9A-Za-z]+\t/m.test(text) && /^"?[0-9A-Za-z]{5}"?,/m.test(text);
  const records = csv ? tokenizeCsv(text.replace(BOM, "")) : undefined;
  if (records !== undefined) errors.push(...records.errors);
  (records?.records.map((r) => r.cells.join("\t")) ?? splitLines(text)).forEach((raw, index) => {
    const line = records?.records[index]?.line ?? index + 1;
    if (raw.trim() === "") return;
    if (!CODE_LIKE.test(raw)) {
      if (PREAMBLE.test(raw)) return;
      errors.push({ line, message: "not a PTP row (expected tab-separated fields starting with a code) nor a preamble line" });
      return;
    }
    sawCodeLike = true;
    const row = ptpLine(raw.split("\t"), options.file);
    if (typeof row === "string") errors.push({ line, message: row });
    else rows.push(row);
  });
  // Read as CSV, a file of other rows (an MUE table) has code-like lines too: no row read says what it is.
  if (!sawCodeLike || (csv && rows.length === 0)) {
    return { rows, errors: [{ line: 1, message: "no PTP rows found: not a CMS NCCI PTP file (tab-separated: column 1, column 2, *, effective, deletion, modifier indicator, rationale)" }] };
  }
  return { rows, errors };
}

function settingOf(header: string): MueSetting | "dme" | undefined {
  if (/outpatient\s+hospital/i.test(header)) return "outpatient-hospital";
  if (/practitioner/i.test(header)) return "practitioner";
  if (/\bDME\b|durable/i.test(header)) return "dme";
  return undefined;
}

const MUE_HEADER = /hcpcs[\s\S]*cpt[\s\S]*code/i;

/**
 * Reads an official CMS MUE table (`MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv` or the
 * outpatient-hospital one): a quoted multi-line notice, a header row whose first cell holds a
 * line break ("HCPCS/\nCPT Code"), then rows of code, MUE value, adjudication indicator written
 * as text ("3 Date of Service Edit: Clinical") and rationale. Give it the text decoded as
 * Latin-1. A row that cannot be read is reported with its line number and the rest is still
 * read; a text that is not an MUE file gives no rows and an error, never a throw.
 *
 * @param text - the file's text
 * @param options - the file name to record on each row, and the setting if the header lacks it
 * @returns the rows read and an error per row that could not be read
 * @example
 * ```ts
 * const { rows } = parseMueFile(
 *   '"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n' +
 *   "97530,6,3 Date of Service Edit: Clinical,Clinical: Data\n");
 * rows[0]; //=> { code: "97530", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data", setting: "practitioner" }
 * ```
 * @remarks CMS Medically Unlikely Edits files (quarterly), column layout as published by CMS.
 */
export function parseMueFile(text: string, options: ParseMueFileOptions = {}): CmsFileParseResult<MueRow> {
  const rows: MueRow[] = [];
  const wrong = notText(text);
  if (wrong !== undefined) return { rows, errors: [{ line: 1, message: wrong }] };
  const read = tokenizeCsv(text.replace(BOM, ""));
  const errors = read.errors;
  // A tab-separated table (CMS's .txt files) is one cell per line as CSV: its cells are split at the tabs.
  const records = read.records.map((r) => (r.cells.length === 1 && r.cells[0]?.includes("\t") ? { line: r.line, cells: r.cells[0].split("\t") } : r));
  const isHeader = (cells: readonly string[], at: number): boolean => MUE_HEADER.test(cells[at] ?? "") && /mue/i.test(cells.join(" "));
  const headerAt = records.findIndex((r) => isHeader(r.cells, 0));
  if (headerAt < 0) {
    // The header one or more columns to the right: a spreadsheet added a column before the code.
    const shifted = records.find((r) => r.cells.some((_, at) => at > 0 && isHeader(r.cells, at)));
    return {
      rows,
      errors: [
        ...errors,
        shifted === undefined
          ? { line: 1, message: "no MUE header row found (HCPCS/CPT Code, MUE Values, MUE Adjudication Indicator, MUE Rationale): not a CMS MUE file" }
          : { line: shifted.line, message: "the columns are shifted: the MUE header is not in the first column (a column was added before the code); no rows were read" },
      ],
    };
  }
  const header = records[headerAt] as (typeof records)[number];
  // No adjudication indicator column (Medicaid's NCCI MUE files are published without one, as
  // third-party readers of them report): a guessed MAI would count units per line or per day wrongly.
  const given = options.adjudicationIndicator;
  const noMai = !header.cells.some((c) => /adjudication|\bmai\b/i.test(c));
  if (noMai && given === undefined) {
    return { rows, errors: [...errors, { line: header.line, message: "this MUE table has no MUE Adjudication Indicator column (Medicaid's MUE files have none), so whether a value limits a claim line or a date of service cannot be read from it: pass options.adjudicationIndicator as the state applies its MUEs (1: per claim line, 2 or 3: per date of service); no rows were read" }] };
  }
  // Columns in another order (a value read as the indicator) would give wrong limits, not errors.
  if (!/mue\s*value/i.test(header.cells[1] ?? "") || !(noMai || /adjudication|mai/i.test(header.cells[2] ?? ""))) {
    return { rows, errors: [...errors, { line: header.line, message: `the MUE header's columns are not in CMS's order (HCPCS/CPT Code, MUE Values, MUE Adjudication Indicator, MUE Rationale) but ${header.cells.map((c) => JSON.stringify(c.replace(/\s+/g, " ").trim())).join(", ")}; no rows were read` }] };
  }
  const named = settingOf(header.cells[1] ?? "");
  if (named === "dme" && options.setting === undefined) {
    return { rows, errors: [...errors, { line: header.line, message: "this is the DME supplier MUE table, for DME suppliers' claims: load the practitioner (or outpatient hospital) one; no rows were read" }] };
  }
  let setting = options.setting ?? (named === "dme" ? undefined : named);
  if (setting === undefined) {
    errors.push({ line: header.line, message: "the header does not say which MUE table this is; read as practitioner (pass options.setting)" });
    setting = "practitioner";
  }
  for (const { line, cells: read } of records.slice(headerAt + 1)) {
    // Without the indicator column, the indicator given stands in its place (code, value, indicator, rationale).
    const cells = noMai ? [...read.slice(0, 2), String(given), ...read.slice(2)] : read;
    const [code = "", value = "", mai = "", rationale = "", ...rest] = cells.map((c) => c.trim());
    if (read.every((c) => c.trim() === "")) continue;
    if (rest.some((c) => c !== "")) {
      errors.push({ line, message: `expected ${noMai ? 3 : 4} fields, found ${read.length}` });
      continue;
    }
    const upper = code.toUpperCase();
    if (!CODE.test(upper)) {
      errors.push({ line, message: `the code must be 5 characters, not ${JSON.stringify(code)}` });
      continue;
    }
    if (!/^\d+$/.test(value)) {
      errors.push({ line, message: `the MUE value of ${upper} must be a whole number, not ${JSON.stringify(value)}` });
      continue;
    }
    const m = /^([123])(\s|$)/.exec(mai);
    if (m === null) {
      errors.push({ line, message: `the adjudication indicator of ${upper} must start with 1, 2 or 3, not ${JSON.stringify(mai)}` });
      continue;
    }
    rows.push({
      code: upper,
      value: Number(value),
      adjudicationIndicator: Number(m[1]) as MueAdjudicationIndicator,
      rationale,
      setting,
      ...(options.file !== undefined ? { file: options.file } : {}),
    });
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}
