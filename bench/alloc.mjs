// What validateSession allocates, by function: V8's sampling heap profiler (objects the
// collector has already freed included) over generated sessions, per session, on the BUILT
// package. Prints numbers, never pass/fail.
//
//   node bench/alloc.mjs [--dist dist] [--n 4000] [--top 25]
//
// The sessions are parsed from JSON before sampling starts, so the fixture's own allocation is
// not counted. Earlier rounds measured this with throwaway scripts (fourth round: 21.0 → 19.2 kB
// a session); the fifteenth found 19.5 kB, and that the collector's 10–12% in
// `bench/run.mjs --profile` is mostly the fixture's (each chunk's freshly parsed sessions are
// young objects the scavenger copies): over sessions parsed and warmed beforehand,
// `node --trace-gc` counts about one 1.2 ms scavenge per 900 validateSession calls, 3% of CPU.
import { Session } from "node:inspector/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readOptions } from "./args.mjs";
import { generateSessions } from "./generate.mjs";

const { values: opts } = readOptions(
  process.argv.slice(2),
  { dist: { kind: "text", default: "dist" }, n: { kind: "count", default: 4000 }, top: { kind: "count", default: 25 } },
  "node bench/alloc.mjs [--dist dist] [--n 4000] [--top 25]",
);

const lib = await import(pathToFileURL(path.resolve(opts.dist, "index.js")).href);
const texts = generateSessions(opts.n, 1).map((s) => JSON.stringify(s));
// Warm-up on other objects, so the functions are compiled before sampling.
for (const t of texts) lib.validateSession(JSON.parse(t));
const inputs = texts.map((t) => JSON.parse(t));

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
let findings = 0;
for (const input of inputs) findings += lib.validateSession(input).findings.length;
const { profile } = await session.post("HeapProfiler.stopSampling");
session.disconnect();

const byFunction = new Map();
let total = 0;
const stack = [profile.head];
while (stack.length > 0) {
  const node = stack.pop();
  total += node.selfSize;
  const frame = node.callFrame;
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : "(native)";
  const key = `${frame.functionName || "(anonymous)"}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  stack.push(...node.children);
}
console.log(`validateSession over ${opts.n} sessions (${(findings / opts.n).toFixed(1)} findings each): ${(total / opts.n / 1024).toFixed(2)} kB allocated a session (sampled every 256 bytes)`);
console.log("bytes/session  function  file:line");
for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, opts.top)) console.log(`${String(Math.round(bytes / opts.n)).padStart(13)}  ${key}`);
