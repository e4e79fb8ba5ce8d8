// The therapy-claims command on an NDJSON file (one visit per line), as billing staff run it:
//   npx therapy-claims validate examples/sessions.ndjson
// Exit status 1 means at least one visit has an error; this example still exits 0.
// Run after `npm run build`: node examples/cli-ndjson.mjs
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const file = fileURLToPath(new URL("./sessions.ndjson", import.meta.url));
const result = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
const meaning = { 0: "every visit is ready to bill", 1: "at least one visit has an error", 2: "the input could not be used" };
console.log(`\ntherapy-claims exited with ${result.status}: ${meaning[result.status] ?? "unexpected"}.`);
if (result.status === 2 || result.status === null) process.exitCode = 1;
