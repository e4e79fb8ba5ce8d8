// validateSessions (lists of visits) against validateSession (one at a time) on the same
// sessions, in one process per build: prints numbers, never pass/fail.
//
//   npm run build
//   node bench/batch.mjs [--dist dist] [--n 2000] [--list 100] [--rounds 21]
//
// validateSessions checks up to 100 read visits check by check (eighteenth round), so each
// check's code and tables stay in cache over the batch; validateSession cannot. Both are timed
// on the same generated sessions (bench/generate.mjs, seed 1), each round on a fresh
// `JSON.parse` promoted out of the young generation first (as `bench/ab.mjs --settle`), in
// alternating order; CPU µs a session, medians of the rounds. Compare builds by running it once
// per build, alternately, and reading the ratio each prints (the eighteenth round found that an
// in-process A/B of validateSessions favours whichever build is loaded second, by up to 25%).
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { readOptions } from "./args.mjs";
import { generateSessions } from "./generate.mjs";

const { values: opts } = readOptions(
  process.argv.slice(2),
  { dist: { kind: "text", default: "dist" }, n: { kind: "count", default: 2000 }, list: { kind: "count", default: 100 }, rounds: { kind: "count", default: 21 } },
  "node bench/batch.mjs [--dist dist] [--n 2000] [--list 100] [--rounds 21]",
);
const lib = await import(pathToFileURL(path.resolve(opts.dist, "index.js")).href);
const texts = generateSessions(opts.n, 1).map((s) => JSON.stringify(s));
const gc = globalThis.gc ?? (v8.setFlagsFromString("--expose-gc"), vm.runInNewContext("gc"));
const fresh = () => {
  const inputs = texts.map((t) => JSON.parse(t));
  gc({ type: "minor" });
  gc({ type: "minor" });
  return inputs;
};
const RUNS = {
  validateSession: (inputs) => {
    for (const input of inputs) lib.validateSession(input);
  },
  validateSessions: (inputs) => {
    for (let i = 0; i < inputs.length; i += opts.list) lib.validateSessions(inputs.slice(i, i + opts.list));
  },
};
const times = { validateSession: [], validateSessions: [] };
for (let r = -3; r < opts.rounds; r++) {
  const order = r % 2 === 0 ? ["validateSession", "validateSessions"] : ["validateSessions", "validateSession"];
  for (const name of order) {
    const inputs = fresh();
    const start = process.cpuUsage();
    RUNS[name](inputs);
    const spent = process.cpuUsage(start);
    if (r >= 0) times[name].push((spent.user + spent.system) / inputs.length);
  }
}
const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
const one = median(times.validateSession);
const lists = median(times.validateSessions);
console.log(`${opts.dist}: validateSession ${one.toFixed(2)} µs, validateSessions (lists of ${opts.list}) ${lists.toFixed(2)} µs a session; ratio ${(lists / one).toFixed(3)} (${opts.n} sessions, ${opts.rounds} rounds, node ${process.version})`);
