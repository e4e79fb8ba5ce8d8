/**
 * Unpacks the bundled NCCI tables, which `scripts/generate-ncci.mjs` writes as one string per
 * CMS table: a fifth of the gzipped size of one object literal per row, so the main entry and
 * `therapy-claims/ncci/extended` stay small. Each table is unpacked once, at import.
 *
 * @module
 */
import type { ModifierIndicator, MueAdjudicationIndicator, MueRow, MueSetting, PtpRow } from "./types.js";

const modifierIndicator = (digit: string): ModifierIndicator => (digit === "0" ? 0 : digit === "1" ? 1 : 9);
const adjudicationIndicator = (digit: string): MueAdjudicationIndicator => (digit === "1" ? 1 : digit === "2" ? 2 : 3);
const isoDate = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/**
 * Unpacks PTP rows. The packed text holds the rows in file order, grouped by column 1:
 * `column1:cell,cell,…` joined by `;`. A cell is column 2 (5 characters), the modifier
 * indicator (1 digit), the index of the rationale (1 digit) and, for a deleted row, its
 * deletion date as `YYYYMMDD`. The packed form has no effective date and no 1996 flag (the
 * generator refuses rows with them).
 *
 * @param packed - the packed text
 * @param rationales - the rationale texts the cells index
 * @param file - the CMS file set every row comes from
 * @returns the rows, keys in the order of {@link PtpRow}, with no `undefined` values
 * @example
 * ```ts
 * unpackPtpRows("97150:9753011;97530:975350119991231", ["x", "Mutually exclusive procedures"], "f1");
 * //=> [{ column1: "97150", column2: "97530", modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: "f1" },
 * //    { column1: "97530", column2: "97535", deletion: "1999-12-31", modifierIndicator: 0, rationale: "Mutually exclusive procedures", file: "f1" }]
 * ```
 * @remarks CMS NCCI PTP edits, practitioner table (columns as in the CMS files).
 */
export function unpackPtpRows(packed: string, rationales: readonly string[], file: string): PtpRow[] {
  const rows: PtpRow[] = [];
  if (packed === "") return rows;
  for (const group of packed.split(";")) {
    const column1 = group.slice(0, 5);
    for (const cell of group.slice(6).split(",")) {
      const column2 = cell.slice(0, 5);
      const indicator = modifierIndicator(cell.charAt(5));
      const rationale = rationales[Number(cell.charAt(6))] ?? "";
      const deletion = cell.slice(7);
      rows.push(
        deletion === ""
          ? { column1, column2, modifierIndicator: indicator, rationale, file }
          : { column1, column2, deletion: isoDate(deletion), modifierIndicator: indicator, rationale, file },
      );
    }
  }
  return rows;
}

/**
 * Unpacks one CMS MUE table (one setting, one file). The packed text holds the rows in file
 * order, joined by `,`; each is the code (5 characters), the adjudication indicator (1 digit),
 * the index of the rationale (1 digit), then the MUE value.
 *
 * @param packed - the packed text
 * @param rationales - the rationale texts the rows index
 * @param setting - the setting of the table
 * @param file - the CMS file the rows come from
 * @returns the rows, keys in the order of {@link MueRow}
 * @example
 * ```ts
 * unpackMueRows("97530316", ["x", "Clinical: Data"], "practitioner", "MCR_MUE");
 * //=> [{ code: "97530", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data", setting: "practitioner", file: "MCR_MUE" }]
 * ```
 * @remarks CMS Medically Unlikely Edits (columns as in the CMS files).
 */
export function unpackMueRows(packed: string, rationales: readonly string[], setting: MueSetting, file: string): MueRow[] {
  if (packed === "") return [];
  return packed.split(",").map((cell) => ({
    code: cell.slice(0, 5),
    value: Number(cell.slice(7)),
    adjudicationIndicator: adjudicationIndicator(cell.charAt(5)),
    rationale: rationales[Number(cell.charAt(6))] ?? "",
    setting,
    file,
  }));
}
