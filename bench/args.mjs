// Command-line options of the bench scripts, read by node:util's parseArgs (strict): an unknown
// or misspelt option, a missing value or a count that is not a positive whole number stops the
// script with its usage line, where each script's own loop used to skip it silently ("--run 5"
// ran the default 21 times) or read it as NaN ("--size" with no value).
import { parseArgs } from "node:util";

/**
 * Reads `argv` against `spec`: `count` (a positive whole number), `number` (any finite number),
 * `text`, `texts` (the option given once or more: `--dist a --dist b`), `list` (comma-separated
 * text), `counts` (comma-separated counts) or `flag`. Absent
 * options take their `default`. `--help` or `-h` prints the usage line and exits.
 *
 * @param {readonly string[]} argv - the arguments after the script's name
 * @param {Record<string, { kind: "count" | "number" | "text" | "texts" | "list" | "counts" | "flag"; default?: unknown }>} spec
 * @param {string} usage - the script's usage line, shown with every error
 * @param {{ positionals?: boolean }} [more] - `positionals: true` keeps arguments that are not options
 * @returns {{ values: Record<string, any>; positionals: string[] }}
 */
export function readOptions(argv, spec, usage, more = {}) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const [name, s] of Object.entries(spec)) options[name] = { type: s.kind === "flag" ? "boolean" : "string", multiple: s.kind === "texts" };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: more.positionals === true });
  } catch (error) {
    throw new Error(`${error.message}\nusage: ${usage}`);
  }
  if (parsed.values.help === true) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  const values = {};
  for (const [name, s] of Object.entries(spec)) {
    const raw = parsed.values[name];
    values[name] = raw === undefined ? s.default : convert(name, s.kind, raw, usage);
  }
  return { values, positionals: parsed.positionals };
}

function convert(name, kind, raw, usage) {
  const fail = (what) => {
    throw new Error(`--${name} ${what} (got ${JSON.stringify(raw)})\nusage: ${usage}`);
  };
  const count = (text) => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isSafeInteger(n) || n < 1) fail("must be a positive whole number");
    return n;
  };
  const pieces = (text) => text.split(",").map((piece) => piece.trim()).filter((piece) => piece !== "");
  switch (kind) {
    case "flag":
    case "text":
    case "texts":
      return raw;
    case "count":
      return count(raw);
    case "number": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) fail("must be a number");
      return n;
    }
    case "list":
      return pieces(raw).length > 0 ? pieces(raw) : fail("must name at least one item");
    case "counts":
      return pieces(raw).length > 0 ? pieces(raw).map(count) : fail("must list at least one positive whole number");
    default:
      throw new Error(`bench/args.mjs: unknown kind ${kind} for --${name}`);
  }
}
