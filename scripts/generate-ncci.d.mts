/** The input files, relative to data/ncci/. */
export declare const NCCI_INPUT_FILES: readonly string[];
/** The pure transform: CSV texts keyed by file name → module texts keyed by repository path. */
export declare function renderNcciModules(inputs: Record<string, string>): Record<string, string>;
/** A PTP row as the generator reads it from the CSV (ISO dates). */
export interface PackablePtpRow {
  readonly column1: string;
  readonly column2: string;
  readonly effective?: string;
  readonly deletion?: string;
  readonly prior1996?: boolean;
  readonly indicator: number;
  readonly rationale: string;
}
/** An MUE row as the generator reads it from the CSV. */
export interface PackableMueRow {
  readonly code: string;
  readonly value: number;
  readonly mai: number;
  readonly rationale: string;
  readonly file: string;
}
export declare function packPtpRows(rows: readonly PackablePtpRow[], rationales: readonly string[], name: string): string;
export declare function packMueRows(rows: readonly PackableMueRow[], rationales: readonly string[], name: string): string;
