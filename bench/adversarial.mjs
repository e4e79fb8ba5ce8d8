// Adversarial notes against the text rules, timed (run `npm run bench:adversarial`).
//
//   node bench/adversarial.mjs [--size 1048576]
//
// For every text of bench/adversarial-text.mjs (1 MiB each by default), puts it in every free-text
// field of a valid session and times lintDocumentation and validateSession on it (each skipped
// when this build does not export it), and parseSession for reference. Prints milliseconds per
// text; a linear rule set stays well under a second per 1 MiB text on this machine. Numbers, not
// pass/fail. Rows print as they finish: if a rule backtracks catastrophically the run hangs on
// a text, and the row being printed names it (that is the finding; stop it with Ctrl-C).
import os from "node:os";
import * as lib from "../dist/index.js";
import { adversarialTexts, ONE_MB, sessionWithText } from "./adversarial-text.mjs";
import { readOptions } from "./args.mjs";

const {
  values: { size },
} = readOptions(process.argv.slice(2), { size: { kind: "count", default: ONE_MB } }, "node bench/adversarial.mjs [--size 1048576]");

const cpus = os.cpus();
console.log(`therapy-claims adversarial notes: node ${process.version}, ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores; ${size.toLocaleString("en-US")} characters in each of the session's text fields\n`);

const fns = [
  ["parseSession", (input) => lib.parseSession(input)],
  ["lintDocumentation", (input) => lib.lintDocumentation(lib.parseSession(input))],
  ["validateSession", (input) => lib.validateSession(input)],
].filter(([name]) => {
  if (typeof lib[name] === "function") return true;
  console.log(`skipped: ${name} not in this build`);
  return false;
});

const texts = adversarialTexts(size);
const nameWidth = Math.max(4, ...texts.map((t) => t.name.length));
const colWidth = (name) => Math.max(12, name.length + 3);
console.log(`\n${"text".padEnd(nameWidth)}  ${fns.map(([name]) => `${name} ms`.padStart(colWidth(name))).join("  ")}`);
const worst = new Map(fns.map(([name]) => [name, { ms: 0, text: "" }]));
for (const { name, text } of texts) {
  const input = sessionWithText(text);
  process.stdout.write(name.padEnd(nameWidth));
  for (const [fnName, fn] of fns) {
    const start = process.hrtime.bigint();
    let cell;
    try {
      fn(input);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      cell = ms.toFixed(1);
      if (ms > worst.get(fnName).ms) worst.set(fnName, { ms, text: name });
    } catch (error) {
      cell = `threw ${error instanceof Error ? error.name : typeof error}`;
    }
    process.stdout.write(`  ${cell.padStart(colWidth(fnName))}`);
  }
  process.stdout.write("\n");
}
console.log("");
for (const [name, w] of worst) console.log(`slowest for ${name}: ${w.ms.toFixed(1)} ms (${w.text})`);
