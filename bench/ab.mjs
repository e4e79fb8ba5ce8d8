// In-process A/B of two BUILT copies of the package, by CPU time (prints numbers, never pass/fail).
//
//   cp -r dist .bench/base            # before the change (or `git worktree` + `npm run build`)
//   npm run build                     # after it
//   node bench/ab.mjs --a .bench/base --b dist [--n 2000] [--rounds 30] [--only validateSession,lintDocumentation] [--settle]
//
// Both builds are imported into one process and timed over the same generated sessions
// (bench/generate.mjs, seed 1), alternating which goes first each round, each on its own fresh
// `JSON.parse` of the sessions (so neither reads objects the other has warmed). Per function it
// prints the mean µs a session of each build and B/A as the median and the geometric mean of the
// per-round ratios. Earlier rounds wrote this script again each time (.bench/ab*.mjs); noise of a
// build against a copy of itself (`cp -r dist .bench/copy`, then --a dist --b .bench/copy) was
// about ±4% on the shared 2-core machine, so run an A/B at least three times and an A/A beside it.
//
// Before timing, every session's report (validateSession) or findings (lintDocumentation) is
// compared as JSON text between the builds, and the first difference is printed: a speed change
// must not change a finding. --allow-diff times them anyway (an ablation, say).
//
// --without 97116,92507 times only the sessions with no line of those codes (of the --n generated), --with 97116,92507
// only those with one, to tell what a change costs or saves on which visits (twentieth round: the categories only two
// rules read, on those codes' lines).
//
// --each prints every round's µs a session of each build and its ratio (twenty-third round: the rounds that lift the
// geometric mean above the median).
//
// --keep parses each build's sessions once per function and times those every round. Without it every timed run gets a
// fresh parse, and with --settle each parse is promoted to the old generation, where it is garbage a round later: the old
// generation grows by about 10 MB a run until a mark-compact, every 20 runs or so, falls inside one timed run and costs it
// 100–250 ms (2–6 times its time; perf_hooks saw a 23–35 ms major pause in each such run and in no other). Which build
// pays is set by the phase of the rounds, so the same pair of builds pays on the same side run after run: that is why the
// twenty-second round's geometric means (1.14–1.17) lay far above the medians. With --keep no run of 60 rounds held a
// major collection. The library holds no cache keyed by a session object (its one WeakMap is keyed by the NCCI tables),
// so a kept session costs what a fresh one does.
//
// --settle promotes each round's freshly parsed sessions out of V8's young generation (two minor
// collections, untimed) before they are timed. Without it the scavenges a build's own allocation
// triggers also copy the harness's 2,000 live young sessions, which the sixteenth round measured
// at about a third of the non-linter part's time (23.9 against 16.4 µs a session) and a sixth of
// validateSession's (53.6 against 44.2 µs): a cost of this fixture, not of the library (the CLI
// holds one session at a time). The ratios between two builds change little; --settle makes the
// absolute figures the library's own.
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { readOptions } from "./args.mjs";
import { generateSessions } from "./generate.mjs";

const AB_USAGE = "node bench/ab.mjs --a DIR --b DIR [--n 2000] [--rounds 30] [--only a,b] [--allow-diff] [--settle] [--keep] [--each] [--without code,code] [--with code,code]";
const { values: opts } = readOptions(
  process.argv.slice(2),
  {
    a: { kind: "text" },
    b: { kind: "text" },
    n: { kind: "count", default: 2000 },
    rounds: { kind: "count", default: 30 },
    only: { kind: "list", default: ["validateSession", "lintDocumentation"] },
    "allow-diff": { kind: "flag", default: false },
    settle: { kind: "flag", default: false },
    each: { kind: "flag", default: false },
    keep: { kind: "flag", default: false },
    without: { kind: "list", default: [] },
    with: { kind: "list", default: [] },
  },
  AB_USAGE,
);
if (!opts.a || !opts.b) throw new Error(`--a and --b name two built dist directories\nusage: ${AB_USAGE}`);
const load = (dir) => import(pathToFileURL(path.resolve(dir, "index.js")).href);
const [A, B] = await Promise.all([load(opts.a), load(opts.b)]);
const texts = generateSessions(opts.n, 1)
  .filter((s) => !s.services.some((line) => opts.without.includes(line.code)))
  .filter((s) => opts.with.length === 0 || s.services.some((line) => opts.with.includes(line.code)))
  .map((s) => JSON.stringify(s));
// The collector, for --settle: node's own `gc` when started with --expose-gc, else exposed here.
const gc = opts.settle ? (globalThis.gc ?? (v8.setFlagsFromString("--expose-gc"), vm.runInNewContext("gc"))) : undefined;
const fresh = () => {
  const inputs = texts.map((t) => JSON.parse(t));
  if (gc !== undefined) {
    // Two minor collections: the sessions survive the first and are promoted by the second.
    gc({ type: "minor" });
    gc({ type: "minor" });
  }
  return inputs;
};
/** What each benchmark runs on one plain session object, and what its result is compared by. */
const BENCHES = {
  validateSession: (lib, input) => lib.validateSession(input),
  lintDocumentation: (lib, input) => lib.lintDocumentation(lib.parseSession(input)),
  parseSession: (lib, input) => lib.parseSession(input),
};

function cpuMicros() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

let wallSpent = 0;
function time(lib, run, inputs) {
  let sink = 0;
  const wall = performance.now();
  const start = cpuMicros();
  for (let i = 0; i < inputs.length; i++) if (run(lib, inputs[i]) !== undefined) sink++;
  const spent = cpuMicros() - start;
  wallSpent = (performance.now() - wall) * 1000;
  if (sink !== inputs.length) throw new Error("a run returned undefined");
  return spent;
}

console.log(`A ${opts.a}, B ${opts.b}: ${texts.length} sessions x ${opts.rounds} rounds, CPU time${opts.settle ? ", inputs settled" : ""}, node ${process.version}`);
for (const name of opts.only) {
  const run = BENCHES[name];
  if (run === undefined) throw new Error(`unknown function ${name} (one of ${Object.keys(BENCHES).join(", ")})`);
  const inputsA = fresh();
  const inputsB = fresh();
  let differences = 0;
  for (let i = 0; i < texts.length; i++) {
    const a = JSON.stringify(run(A, inputsA[i]));
    const b = JSON.stringify(run(B, inputsB[i]));
    if (a !== b && differences++ === 0) {
      let at = 0;
      while (a[at] === b[at]) at++;
      const around = (text) => text.slice(Math.max(0, at - 120), at + 200);
      console.log(`${name}: session ${i} differs at character ${at} of its JSON\n  A …${around(a)}\n  B …${around(b)}`);
    }
  }
  if (differences > 0) {
    console.log(`${name}: ${differences} of ${texts.length} sessions differ`);
    if (!opts["allow-diff"]) continue;
  }
  // --keep: each build's own parsed (and, with --settle, promoted) sessions, parsed once, timed every round.
  const keptA = opts.keep ? fresh() : undefined;
  const keptB = opts.keep ? fresh() : undefined;
  const inputsOf = (lib) => (lib === A ? keptA : keptB) ?? fresh();
  for (let w = 0; w < 2; w++) {
    time(A, run, inputsOf(A));
    time(B, run, inputsOf(B));
  }
  const ratios = [];
  let totalA = 0;
  let totalB = 0;
  for (let r = 0; r < opts.rounds; r++) {
    const aFirst = r % 2 === 0;
    const first = time(aFirst ? A : B, run, inputsOf(aFirst ? A : B));
    const firstWall = wallSpent;
    const second = time(aFirst ? B : A, run, inputsOf(aFirst ? B : A));
    const a = aFirst ? first : second;
    const b = aFirst ? second : first;
    const [wallA, wallB] = aFirst ? [firstWall, wallSpent] : [wallSpent, firstWall];
    totalA += a;
    totalB += b;
    ratios.push(b / a);
    if (opts.each) console.log(`  round ${r} (${aFirst ? "A" : "B"} first): A ${(a / texts.length).toFixed(2)}, B ${(b / texts.length).toFixed(2)} µs, B/A ${(b / a).toFixed(3)}; wall A ${(wallA / texts.length).toFixed(2)}, B ${(wallB / texts.length).toFixed(2)} µs`);
  }
  ratios.sort((x, y) => x - y);
  const median = ratios[ratios.length >> 1];
  const geomean = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
  const per = (total) => (total / opts.rounds / texts.length).toFixed(2);
  console.log(`${name}: A ${per(totalA)} µs, B ${per(totalB)} µs a session; B/A median ${median.toFixed(3)}, geometric mean ${geomean.toFixed(3)} (quartiles ${ratios[ratios.length >> 2].toFixed(3)}–${ratios[(3 * ratios.length) >> 2].toFixed(3)})`);
}
