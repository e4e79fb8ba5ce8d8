/** The input files, relative to data/ncci/. */
export declare const NCCI_INPUT_FILES: readonly string[];
/** The pure transform: CSV texts keyed by file name → module texts keyed by repository path. */
export declare function renderNcciModules(inputs: Record<string, string>): Record<string, string>;
