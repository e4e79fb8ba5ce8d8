/** Types for bench/args.mjs, so that tests written in TypeScript can import it. */

/** What one option holds: see {@link readOptions}. */
export type OptionKind = "count" | "number" | "text" | "texts" | "list" | "counts" | "flag";

/**
 * Reads the bench scripts' options (node:util parseArgs, strict), converting and checking each
 * by its kind; throws an Error naming the option and the usage line when one is wrong.
 */
export declare function readOptions(
  argv: readonly string[],
  spec: Record<string, { kind: OptionKind; default?: unknown }>,
  usage: string,
  more?: { positionals?: boolean },
): { values: Record<string, any>; positionals: string[] };
