import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineBatches } from "../../src/cli/line-batches.js";
import { FUZZ_RUNS } from "../fuzz/arbitraries.js";

/** The lines `lineBatches` reads from these chunks, flattened. */
async function linesOf(chunks: readonly (string | Uint8Array)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of lineBatches(Readable.from(chunks, { objectMode: true }))) out.push(...batch);
  return out;
}

/** What node:readline (the reader the CLI used before) gives for the same chunks. */
async function readlineLinesOf(chunks: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks, { objectMode: true }), crlfDelay: Infinity })) out.push(line);
  return out;
}

describe("lineBatches, the CLI's line reader", () => {
  it.each([
    ["one line without an ending", ["a"], ["a"]],
    ["LF, CRLF and a lone CR each end a line", ["a\nb\r\nc\rd"], ["a", "b", "c", "d"]],
    ["CRLF split between two chunks is one ending", ["a\r", "\nb"], ["a", "b"]],
    ["a CR at the very end ends the last line", ["a\r"], ["a"]],
    ["blank lines are kept (the CLI counts them)", ["\n\n{}\n"], ["", "", "{}"]],
    ["a line split across chunks is whole", ["{\"a\"", ":1}\n{}"], ["{\"a\":1}", "{}"]],
    ["an empty stream has no lines", [], []],
  ])("%s", async (_name, chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  it("decodes a character split between byte chunks whole", async () => {
    const bytes = new TextEncoder().encode("é\n€");
    expect(await linesOf([bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4)])).toEqual(["é", "€"]);
  });

  // Chunks are never empty: files and standard input never deliver an empty chunk, and readline
  // (unlike lineBatches) forgets a chunk-final "\r" when an empty chunk comes between it and "\n".
  it("splits any text, in any non-empty chunks, into the lines readline gives", async () => {
    const piece = fc.oneof(fc.constantFrom("\n", "\r", "\r\n", "\n\r", "{}", " "), fc.string({ maxLength: 6 }));
    const chunk = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join("")).filter((c) => c !== "");
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 8 }), async (chunks) => {
        expect(await linesOf(chunks)).toEqual(await readlineLinesOf(chunks));
      }),
      { numRuns: FUZZ_RUNS * 2 },
    );
  });
});
