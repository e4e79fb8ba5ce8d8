// Cold import time of the built entries in a fresh Node process (run `npm run bench:import`).
//
//   node bench/cold-import.mjs [--runs 21] [--dist .bench/base --dist dist]
//
// --dist (repeatable) names built copies of the package to time side by side, each entry of each
// copy in the same interleaved rounds (sixteenth round: before and after zod/mini); default dist.
//
// Each run starts a new `node` process that times `await import(entry)` with performance.now()
// (module resolution, reading, compiling and evaluating the entry and its dependencies: zod,
// date-fns). Also reported: the whole process's wall time against an empty `node -e ""`
// baseline, and the CPU time the import took (user + system of that process, all threads),
// which other load on a shared machine disturbs less than wall time. Medians of the runs, in
// milliseconds. Entries not built yet are skipped.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readOptions } from "./args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const {
  values: { runs, dist: dists },
} = readOptions(
  process.argv.slice(2),
  { runs: { kind: "count", default: 21 }, dist: { kind: "texts", default: ["dist"] } },
  "node bench/cold-import.mjs [--runs 21] [--dist DIR]... (each --dist a build to time beside the others)",
);

const ENTRIES = [
  ...dists.flatMap((d) => [
    [`therapy-claims (${d}/index.js)`, `${d}/index.js`],
    [`therapy-claims/catalog (${d}/catalog.js)`, `${d}/catalog.js`],
    [`therapy-claims/units (${d}/units.js)`, `${d}/units.js`],
    [`therapy-claims/fhir (${d}/fhir.js)`, `${d}/fhir.js`],
    [`therapy-claims/report (${d}/report.js)`, `${d}/report.js`],
  ]),
  // For reference: the dependencies alone.
  ["zod alone", "node_modules/zod/index.js"],
  ["zod/mini alone", "node_modules/zod/mini/index.js"],
  ["date-fns, whole package index", "node_modules/date-fns/index.js"],
  ["date-fns/isExists alone", "node_modules/date-fns/isExists.js"],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function once(code) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr.slice(0, 500));
  const [inside, cpu] = r.stdout.trim() ? JSON.parse(r.stdout) : [0, 0];
  return { inside, cpu, wallMs };
}

const cpus = os.cpus();
console.log(`therapy-claims cold import: node ${process.version}, ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores; median of ${runs} fresh processes\n`);

// Interleaved: each round runs the empty baseline and every entry once, so that noise from
// other processes on the machine hits them alike.
const present = [];
for (const [name, rel] of ENTRIES) {
  const file = path.join(root, rel);
  if (!existsSync(file)) {
    console.log(`skipped: ${rel} not in this build`);
    continue;
  }
  const url = pathToFileURL(file).href;
  const code = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(url)}); const d = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (d.user + d.system) / 1000]));`;
  once(code); // warm the OS file cache
  present.push({ name, code, inside: [], cpu: [], wall: [] });
}
const baseline = [];
for (let i = 0; i < runs; i++) {
  baseline.push(once("").wallMs);
  for (const e of present) {
    const r = once(e.code);
    e.inside.push(r.inside);
    e.cpu.push(r.cpu);
    e.wall.push(r.wallMs);
  }
}
const base = median(baseline);
console.log(`\nempty node process: ${base.toFixed(1)} ms wall; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} over ${cpus.length} cores`);
const rows = [["entry", "import ms (wall, in process)", "import CPU ms", "process wall ms", "wall minus empty"]];
for (const e of present) {
  rows.push([e.name, median(e.inside).toFixed(1), median(e.cpu).toFixed(1), median(e.wall).toFixed(1), (median(e.wall) - base).toFixed(1)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
console.log("");
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
