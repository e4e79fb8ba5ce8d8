// Summarises a V8 CPU profile: the functions with the most self time.
//
//   node --cpu-prof --cpu-prof-dir=.bench bench/run.mjs --only parseSession --n 20000 --runs 3
//   node bench/profile-summary.mjs .bench/*.cpuprofile [--top 20]
//
// Self time is the time a function spent in its own code (not in what it called), from the
// profile's samples. Functions are grouped by name and file:line; paths are shortened to the
// package (zod, date-fns) or dist/ file they come from.
import { readFileSync } from "node:fs";
import { readOptions } from "./args.mjs";

const {
  values: { top },
  positionals: files,
} = readOptions(process.argv.slice(2), { top: { kind: "count", default: 20 } }, "node bench/profile-summary.mjs FILE.cpuprofile [--top 20]", { positionals: true });
if (files.length === 0) {
  console.log("usage: node bench/profile-summary.mjs FILE.cpuprofile [--top 20]");
  process.exit(1);
}

function shortUrl(url) {
  if (!url) return "";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) return url.slice(nm + "node_modules/".length);
  const dist = url.lastIndexOf("/dist/");
  if (dist >= 0) return url.slice(dist + 1);
  const bench = url.lastIndexOf("/bench/");
  if (bench >= 0) return url.slice(bench + 1);
  return url.replace(/^file:\/\//, "");
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const totalUs = profile.endTime - profile.startTime;
  const perSampleUs = totalUs / Math.max(1, profile.samples.length);

  const groups = new Map();
  let sampled = 0;
  for (const [id, count] of counts) {
    const node = byId.get(id);
    const cf = node.callFrame;
    const key = `${cf.functionName || "(anonymous)"}  ${shortUrl(cf.url)}${cf.url ? `:${cf.lineNumber + 1}` : ""}`;
    groups.set(key, (groups.get(key) ?? 0) + count);
    sampled += count;
  }
  const idle = [...groups].filter(([k]) => k.startsWith("(idle)") || k.startsWith("(program)")).reduce((s, [, c]) => s + c, 0);
  console.log(`${file}: ${(totalUs / 1e6).toFixed(2)} s profiled, ${sampled} samples (${((idle / sampled) * 100).toFixed(1)}% idle/program)`);
  console.log(`${"self %".padStart(7)}  ${"self ms".padStart(9)}  function  file:line`);
  const rows = [...groups].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, count] of rows) {
    console.log(`${((count / sampled) * 100).toFixed(1).padStart(6)}%  ${((count * perSampleUs) / 1000).toFixed(0).padStart(9)}  ${key}`);
  }
  console.log("");
}
