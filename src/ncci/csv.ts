/**
 * One CSV record and the line it starts on (1-based).
 *
 * @example
 * ```ts
 * const r: CsvRecord = { line: 3, cells: ["97530", "6"] };
 * ```
 */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A problem in a text file, with the line it is on (1-based).
 *
 * @example
 * ```ts
 * const e: CmsFileError = { line: 12, message: "modifier indicator must be 0, 1 or 9, not \"7\"" };
 * ```
 */
export interface CmsFileError {
  readonly line: number;
  readonly message: string;
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by commas, records by CRLF, LF or
 * CR; a field in double quotes may hold commas, line breaks and doubled quotes (`""`). A quote
 * inside an unquoted field is kept as text. A quoted field never closed is reported and its
 * record dropped; the records before it are kept.
 *
 * @param text - the whole file
 * @returns the records, each with its first line number, and any errors
 * @example
 * ```ts
 * tokenizeCsv('a,"b,\nc"\r\nd').records;
 * //=> [{ line: 1, cells: ["a", "b,\nc"] }, { line: 3, cells: ["d"] }]
 * ```
 */
export function tokenizeCsv(text: string): { records: CsvRecord[]; errors: CmsFileError[] } {
  const records: CsvRecord[] = [];
  const errors: CmsFileError[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  /** Something of the current record has been read (an empty quoted field counts). */
  let inRecord = false;
  const endRecord = (): void => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = "";
    inRecord = false;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch !== "\r" && ch !== "\n") inRecord = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        const crlf = ch === "\r" && text[i + 1] === "\n";
        field += "\n";
        line++;
        i += crlf ? 2 : 1;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (ch === ",") {
      cells.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      line++;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted) {
    errors.push({ line: quoteLine, message: "a quoted field opened on this line is never closed; the rest of the file was not read" });
  } else if (inRecord) {
    endRecord();
  }
  return { records, errors };
}
