// Throughput benchmarks on the BUILT package (run `npm run bench`, which builds first).
//
//   node bench/run.mjs [--n 100000] [--runs 5] [--seed 1] [--only validateSession,JSON.parse] [--json]
//
// Prints numbers, never pass/fail. Every benchmark goes over the same N generated sessions
// (bench/generate.mjs); the rounds are interleaved (each round runs every benchmark once) so
// that noise from other processes hits them alike, after one warm-up round on a slice. Reported:
// the median of the rounds, sessions per second, and the ratio of validateSession to JSON.parse
// of the same sessions as JSON text (the floor every user pays), measured in the same run.
// Times are CPU time of this process (user + system, GC included), which other load on a
// shared machine barely disturbs; wall time is printed beside it.
// A function this build does not export is skipped with a message.
//
// Where the time goes:
//   node bench/run.mjs --only validateSession --n 20000 --runs 3 --profile .bench/validate.cpuprofile
//   node bench/profile-summary.mjs .bench/validate.cpuprofile
// (--profile records the timed rounds only; `node --cpu-prof --cpu-prof-dir=.bench bench/run.mjs
// --only validateSession` records the whole process, generation included.) Open a .cpuprofile
// in Chrome DevTools (Performance tab) or VS Code for the call tree.
import os from "node:os";
import * as lib from "../dist/index.js";
import { readOptions } from "./args.mjs";
import { generateSessions } from "./generate.mjs";

const { values: opts } = readOptions(
  process.argv.slice(2),
  {
    n: { kind: "count", default: 100_000 },
    runs: { kind: "count", default: 5 },
    seed: { kind: "number", default: 1 },
    only: { kind: "list" },
    json: { kind: "flag", default: false },
    profile: { kind: "text" },
  },
  "node bench/run.mjs [--n 100000] [--runs 5] [--seed 1] [--only name,name] [--json] [--profile DIR]",
);
const cpus = os.cpus();
const machine = {
  node: process.version,
  cpu: cpus[0]?.model ?? "unknown",
  cores: cpus.length,
  platform: `${os.platform()} ${os.arch()}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
};

const log = opts.json ? () => {} : (...a) => console.log(...a);
log(`therapy-claims benchmarks: node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${machine.platform}, ${machine.memoryGiB} GiB`);
log(`${opts.n.toLocaleString("en-US")} sessions (seed ${opts.seed}), median of ${opts.runs} interleaved rounds after a warm-up\n`);

// Only the JSON texts of all N sessions stay in memory (one string each: cheap for the garbage
// collector). The benchmarks run chunk by chunk: each chunk's sessions are materialised from
// the texts (untimed), timed, and dropped, so that the collector never has to walk the object
// graphs of 100,000 sessions, which would measure the fixture instead of the library.
const CHUNK = 10_000;
const t0 = performance.now();
const allTexts = [];
for (let start = 0; start < opts.n; start += CHUNK) {
  // Same seeds per chunk as bench/cli.mjs, so both measure the same sessions.
  for (const s of generateSessions(Math.min(CHUNK, opts.n - start), opts.seed * 1_000_003 + start)) allTexts.push(JSON.stringify(s));
}
const bytes = allTexts.reduce((sum, t) => sum + t.length, 0);
log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s; JSON text ${(bytes / 1e6).toFixed(1)} M characters, ${(bytes / opts.n).toFixed(0)} per session; timed in chunks of ${CHUNK.toLocaleString("en-US")}`);

/** The current chunk: its JSON texts, the parsed plain objects, and typed Sessions for the checks. */
let texts = [];
let sessions = [];
let typed = [];
let needsTyped = true;
function loadChunk(start) {
  texts = allTexts.slice(start, start + CHUNK);
  sessions = texts.map(function fixtureJsonParse(t) { return JSON.parse(t); });
  typed = needsTyped ? sessions.map(function fixtureParseSession(x) { return lib.parseSession(x); }) : [];
  return texts.length;
}

const methodOf = typeof lib.resolvePayerProfile === "function"
  ? (s) => lib.resolvePayerProfile(s.payer).unitMethod
  : (s) => s.payer.unitMethod ?? (s.payer.program === "medicare" || s.payer.program === "medicaid" ? "cms" : "ama");

/** name, the export it needs (skipped when missing), and the work for session i. */
const BENCHES = [
  { name: "JSON.parse", run: (i) => JSON.parse(texts[i]) },
  { name: "parseSession", needs: "parseSession", run: (i) => lib.parseSession(sessions[i]) },
  { name: "validateSession", needs: "validateSession", run: (i) => lib.validateSession(sessions[i]) },
  { name: "JSON.parse+validateSession", needs: "validateSession", run: (i) => lib.validateSession(JSON.parse(texts[i])) },
  { name: "calculateUnits", needs: "calculateUnits", run: (i) => lib.calculateUnits(typed[i].services, { method: methodOf(typed[i]) }) },
  { name: "checkPairEdits", needs: "checkPairEdits", run: (i) => lib.checkPairEdits(typed[i]) },
  { name: "checkMue", needs: "checkMue", run: (i) => lib.checkMue(typed[i]) },
  { name: "checkModifiers", needs: "checkModifiers", run: (i) => lib.checkModifiers(typed[i]) },
  { name: "lintDocumentation", needs: "lintDocumentation", run: (i) => lib.lintDocumentation(typed[i]) },
];

loadChunk(0);
const skipped = [];
const active = [];
for (const b of BENCHES) {
  if (opts.only && !opts.only.includes(b.name)) continue;
  if (b.needs && typeof lib[b.needs] !== "function") {
    skipped.push({ name: b.name, reason: `${b.needs} not in this build` });
    log(`skipped: ${b.needs} not in this build (${b.name})`);
    continue;
  }
  // Smoke pass: a benchmark that throws on generated sessions is reported, not timed.
  let failure;
  for (let i = 0; i < Math.min(opts.n, 1000) && !failure; i++) {
    try {
      b.run(i);
    } catch (error) {
      failure = `threw on session ${i}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
    }
  }
  if (failure) {
    skipped.push({ name: b.name, reason: failure });
    log(`skipped: ${b.name} ${failure}`);
    continue;
  }
  active.push(b);
}

let sink = 0;
/**
 * Times `count` calls: CPU time of this process (user + system, all its threads, GC included)
 * and wall time. CPU time is the figure reported: on a shared machine wall time also counts the
 * time other processes held the cores.
 */
function timeOnce(bench, count) {
  const run = bench.run;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const r = run(i);
    if (r === undefined) sink++;
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

// The typed sessions are built only when a benchmark of a check needs them.
needsTyped = active.some((b) => ["calculateUnits", "checkPairEdits", "checkMue", "checkModifiers", "lintDocumentation"].includes(b.name));

// Warm-up: every benchmark over the first chunk, so the JIT has seen each before timing starts.
const firstCount = loadChunk(0);
for (const b of active) timeOnce(b, firstCount);

// --profile FILE: a CPU profile of the timed rounds only (not the generation or warm-up).
let profiler;
if (opts.profile) {
  const { Session } = await import("node:inspector");
  profiler = new Session();
  profiler.connect();
  const post = (method, params) => new Promise((resolve, reject) => profiler.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  profiler.stop = async () => {
    const { profile } = await post("Profiler.stop");
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    mkdirSync(dirname(opts.profile), { recursive: true });
    writeFileSync(opts.profile, JSON.stringify(profile));
    profiler.disconnect();
    log(`CPU profile of the timed rounds written to ${opts.profile} (summary: node bench/profile-summary.mjs ${opts.profile})`);
  };
  await post("Profiler.enable");
  await post("Profiler.start");
}

const times = new Map(active.map((b) => [b.name, []]));
const wallTimes = new Map(active.map((b) => [b.name, []]));
for (let r = 0; r < opts.runs; r++) {
  const round = new Map(active.map((b) => [b.name, { cpu: 0, wall: 0 }]));
  for (let start = 0, c = 0; start < opts.n; start += CHUNK, c++) {
    const count = loadChunk(start);
    // Rotate the order chunk by chunk: whoever runs first after loadChunk pays the collector
    // for the chunk's fixture, so every benchmark takes that turn equally often.
    for (let k = 0; k < active.length; k++) {
      const b = active[(k + c + r) % active.length];
      const t = timeOnce(b, count);
      const acc = round.get(b.name);
      acc.cpu += t.cpu;
      acc.wall += t.wall;
    }
  }
  for (const b of active) {
    times.get(b.name).push(round.get(b.name).cpu);
    wallTimes.get(b.name).push(round.get(b.name).wall);
  }
}
texts = sessions = typed = [];
if (profiler) await profiler.stop();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const results = active.map((b) => {
  const ms = times.get(b.name);
  const med = median(ms);
  return {
    name: b.name,
    medianMs: med,
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    sessionsPerSecond: (opts.n / med) * 1000,
    microsPerSession: (med * 1000) / opts.n,
    medianWallMs: median(wallTimes.get(b.name)),
  };
});

/** Ratio to JSON.parse: the median over rounds of (bench CPU time / JSON.parse CPU time in that round). */
function ratioToJson(name) {
  const a = times.get(name);
  const j = times.get("JSON.parse");
  if (!a || !j) return undefined;
  return median(a.map((t, r) => t / j[r]));
}
const ratios = {};
for (const name of ["parseSession", "validateSession", "JSON.parse+validateSession"]) {
  const r = ratioToJson(name);
  if (r !== undefined) ratios[name] = r;
}

if (opts.json) {
  console.log(JSON.stringify({ machine, n: opts.n, runs: opts.runs, seed: opts.seed, bytesPerSession: bytes / opts.n, results, ratiosToJsonParse: ratios, skipped }, null, 2));
} else {
  const fmt = (x, d = 0) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const rows = [["benchmark", "CPU ms (median)", "min–max", "sessions/s", "µs/session", "wall ms (median)"]];
  for (const r of results) rows.push([r.name, fmt(r.medianMs, 1), `${fmt(r.minMs)}–${fmt(r.maxMs)}`, fmt(r.sessionsPerSecond), fmt(r.microsPerSession, 2), fmt(r.medianWallMs, 1)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  console.log("");
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  console.log("");
  for (const [name, r] of Object.entries(ratios)) console.log(`ratio ${name} / JSON.parse (same sessions, same run): ${r.toFixed(2)}×`);
  if (!ratios.validateSession) console.log("ratio validateSession / JSON.parse: pending (validateSession not in this build)");
  console.log(`load average when done: ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (over ${machine.cores} cores: wall times are only meaningful near 0)`);
  console.log(`\nprofile: node bench/run.mjs --only validateSession --n 20000 --runs 3 --profile .bench/validate.cpuprofile`);
  console.log(`     or: node --cpu-prof --cpu-prof-dir=.bench bench/run.mjs --only validateSession --n 20000`);
}
if (sink === -1) console.log(sink); // keeps results observable
