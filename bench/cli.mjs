// The CLI on a large NDJSON file: wall time and peak memory (run `npm run bench:cli`).
//
//   node bench/cli.mjs [--n 100000] [--seed 1] [--keep]
//
// Writes N generated sessions, one JSON object a line, to a temporary directory and runs
//   node dist/cli.js validate FILE --format ndjson > /dev/null
// under `/usr/bin/time -v` (Debian package `time`) when it is installed, reading "Elapsed (wall
// clock) time" and "Maximum resident set size". Without it, the child's peak memory is read by
// polling /proc/<pid>/status (VmHWM) on Linux; elsewhere only wall time is reported.
// BENCH_NO_TIME=1 forces that fallback.
// Prints numbers, never pass/fail. Skips with a message when dist/cli.js is not built.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readOptions } from "./args.mjs";
import { generateSessions } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist", "cli.js");

const {
  values: { n, seed, keep },
} = readOptions(
  process.argv.slice(2),
  { n: { kind: "count", default: 100_000 }, seed: { kind: "number", default: 1 }, keep: { kind: "flag", default: false } },
  "node bench/cli.mjs [--n 100000] [--seed 1] [--keep]",
);

const cpus = os.cpus();
console.log(`therapy-claims CLI benchmark: node ${process.version}, ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores`);
if (!existsSync(cli)) {
  console.log("skipped: dist/cli.js not in this build (the CLI has not landed yet)");
  process.exit(0);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "therapy-claims-bench-"));
const file = path.join(dir, "sessions.ndjson");

async function writeNdjson() {
  const out = createWriteStream(file);
  const chunk = 10_000; // and the same seeds per chunk as bench/run.mjs
  // Generate in chunks with distinct seeds so memory stays small; same seed, same file.
  for (let done = 0; done < n; done += chunk) {
    const sessions = generateSessions(Math.min(chunk, n - done), seed * 1_000_003 + done);
    let text = "";
    for (const s of sessions) text += `${JSON.stringify(s)}\n`;
    if (!out.write(text)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

function run(command, argv) {
  return new Promise((resolve, reject) => {
    const devNull = openSync("/dev/null", "w");
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ["ignore", devNull, "pipe"] });
    let stderr = "";
    let peakKiB = 0;
    const poll = process.platform === "linux" && command === process.execPath
      ? setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
          } catch {
            // the child has exited
          }
        }, 20)
      : undefined;
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      closeSync(devNull);
      resolve({ code, stderr, wallMs: Number(process.hrtime.bigint() - start) / 1e6, peakKiB });
    });
  });
}

try {
  const t0 = performance.now();
  await writeNdjson();
  const size = statSync(file).size;
  console.log(`wrote ${n.toLocaleString("en-US")} sessions (${(size / 1e6).toFixed(1)} MB) to ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const cliArgs = [cli, "validate", file, "--format", "ndjson"];
  console.log(`running: node dist/cli.js validate ${path.basename(file)} --format ndjson > /dev/null`);
  if (existsSync("/usr/bin/time") && !process.env.BENCH_NO_TIME) {
    const r = await run("/usr/bin/time", ["-v", process.execPath, ...cliArgs]);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1]?.trim();
    const rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
    const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
    const cliStderr = r.stderr.split("\n").filter((l) => !/^\s|^Command being timed/.test(l) && l.trim() !== "").slice(0, 5);
    console.log(`\nwall time:        ${wall} (${(r.wallMs / 1000).toFixed(2)} s measured here)`);
    console.log(`user + sys CPU:   ${user} s + ${sys} s`);
    console.log(`peak memory (RSS): ${Number.isFinite(rssKiB) ? `${(rssKiB / 1024).toFixed(0)} MiB` : "not reported"}`);
    console.log(`throughput:       ${Math.round(n / (r.wallMs / 1000)).toLocaleString("en-US")} sessions/s (wall)`);
    console.log(`CLI exit code:    ${r.code}${cliStderr.length ? `; its stderr began: ${cliStderr.join(" | ")}` : ""}`);
  } else {
    const r = await run(process.execPath, cliArgs);
    console.log("\n/usr/bin/time not used (not installed: apt package `time`, or BENCH_NO_TIME set): wall time measured here; peak memory from /proc VmHWM polling every 20 ms");
    console.log(`wall time:         ${(r.wallMs / 1000).toFixed(2)} s`);
    console.log(`peak memory (RSS): ${r.peakKiB > 0 ? `${(r.peakKiB / 1024).toFixed(0)} MiB (VmHWM, sampled)` : "not available on this platform"}`);
    console.log(`throughput:        ${Math.round(n / (r.wallMs / 1000)).toLocaleString("en-US")} sessions/s (wall)`);
    console.log(`CLI exit code:     ${r.code}`);
  }
} finally {
  if (keep) console.log(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
