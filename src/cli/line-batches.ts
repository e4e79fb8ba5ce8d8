/**
 * The CLI's line reader: the lines of a text stream, a chunk's worth at a time.
 *
 * It splits where `node:readline` does with `crlfDelay: Infinity` ("\n", "\r\n" or a lone "\r"
 * ends a line; a last line without an ending is still a line; an empty stream has none), but
 * hands back every line of a chunk at once. readline's async iterator costs a promise and an
 * event per line, which was about a fifth of the CLI's time on a large NDJSON file
 * (docs/performance.md); here the CLI awaits once per chunk (64 KiB from a file).
 */
import type { Readable } from "node:stream";

/** Line endings: "\r\n" first, so that it counts as one. */
const LINE_END = /\r\n|\r|\n/;

/**
 * The lines of `stream` (whose chunks are strings, or buffers read as UTF-8), in order, one
 * array per chunk read. A "\r" at the end of a chunk is held until the next chunk says whether
 * a "\n" follows it, so "\r\n" split across two chunks is still one line ending.
 *
 * @param stream - a readable stream of text (the CLI sets its encoding to UTF-8)
 * @returns the lines of each chunk, without their endings (an array may be empty)
 * @example
 * ```ts
 * for await (const lines of lineBatches(Readable.from(["a\r", "\nb"]))) console.log(lines);
 * // [] then ["a"] then ["b"]: the "\r" waits for the next chunk
 * ```
 */
export async function* lineBatches(stream: Readable): AsyncGenerator<string[]> {
  let rest = "";
  // Buffers are decoded with one decoder, so a character split between chunks is kept whole.
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
    // Hold a final "\r": with the next chunk's "\n" it is one ending.
    const end = text.endsWith("\r") ? text.length - 1 : text.length;
    const lines = text.slice(0, end).split(LINE_END);
    rest = lines.pop()! + text.slice(end);
    yield lines;
  }
  const tail = rest + decoder.decode();
  if (tail === "") return;
  // What is left is the last line, perhaps ended by the held "\r" (then split leaves "" after it).
  const lines = tail.split(LINE_END);
  if (lines.at(-1) === "") lines.pop();
  yield lines;
}
