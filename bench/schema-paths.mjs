// In-process A/B of the schema paths of two BUILT copies of the package, by CPU time (prints
// numbers, never pass/fail): parseSession on invalid input (the fast path declines, the zod schema
// explains), parseReport on stored reports, a large one among them, and SessionSchema.safeParse on
// valid input (the schema's own success path, which parseSession's fast path skips). Seventeenth
// round: parseReport on damaged stored reports too (its fast path declines them, the schema explains).
//
//   cp -r dist .bench/base     # before the change
//   npm run build              # after it
//   node bench/schema-paths.mjs --a .bench/base --b dist [--rounds 15] [--jitless]
//
// --jitless sets zod's jitless before either build loads, as a page under a CSP without
// 'unsafe-eval' runs: classic zod then parses objects without the parsers it compiles with
// new Function, as zod/mini always does.
//
// Sixteenth round (zod/mini): each round times A then B or B then A, alternating, on the same
// inputs; per workload it prints µs per call of each build and B/A as the median of the rounds'
// ratios. Run an A/A (--a dist --b dist) beside it for the noise.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateSessions } from "./generate.mjs";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dirA = arg("--a");
const dirB = arg("--b");
const rounds = Number(arg("--rounds", "15"));
if (!dirA || !dirB) throw new Error("node bench/schema-paths.mjs --a DIR --b DIR [--rounds 15]");

if (args.includes("--jitless")) globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

const load = async (dir) => ({
  main: await import(pathToFileURL(path.resolve(dir, "index.js")).href + `?${dir}`),
  report: await import(pathToFileURL(path.resolve(dir, "report.js")).href + `?${dir}`),
});
const A = await load(dirA);
const B = await load(dirB);

const sessions = generateSessions(400, 16);
// Damage that makes the fast path decline and the schema report: one to three problems a visit.
const damages = [
  (s) => ({ ...s, dateOfService: "2025-02-30" }),
  (s) => ({ ...s, payer: { program: "workers-comp" } }),
  (s) => ({ ...s, services: s.services.map((l, i) => (i === 0 ? { ...l, minutes: -5, modifiers: ["GP", "GPX"] } : l)) }),
  (s) => ({ ...s, services: s.services.map((l) => ({ ...l, units: 1.5 })) }),
  (s) => ({ ...s, provider: {}, totalTimedMinutes: "40" }),
];
const invalid = sessions.map((s, i) => JSON.parse(JSON.stringify(damages[i % damages.length](s))));
const validText = JSON.stringify(sessions);

const reportsText = JSON.stringify(sessions.map((s) => A.main.validateSession(s)));
// One large visit: every generated line on one date of service (a few thousand lines, thousands of findings).
const big = { ...sessions[0], services: sessions.flatMap((s) => s.services).slice(0, 2000) };
const bigReportText = JSON.stringify(A.main.validateSession(big));
// Seventeenth round: stored reports each damaged in one field (the fast path of parseReport
// declines, the schema explains), and the large one with one damaged finding at its end.
const reportDamages = [
  (r) => ({ ...r, valid: !r.valid }),
  (r) => ({ ...r, meta: { ...r.meta, unitMethod: "CMS" } }),
  (r) => ({ ...r, findings: [...r.findings, { rule: "units/x", severity: "fatal", message: "m", source: { title: "t" } }] }),
  (r) => (r.units ? { ...r, units: { ...r.units, totalUnits: -1 } } : { ...r, session: 5 }),
  (r) => ({ ...r, findings: [{ rule: "x", severity: "info", message: "m" }, ...r.findings.map((f) => ({ ...f, source: undefined }))] }),
];
const invalidReportsText = JSON.stringify(JSON.parse(reportsText).map((r, i) => reportDamages[i % reportDamages.length](r)));
const bigInvalidReportText = JSON.stringify(reportDamages[2](JSON.parse(bigReportText)));

function cpu(fn) {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

const workloads = {
  "parseSession, invalid input (400 visits, each throws)": {
    calls: invalid.length,
    run: (lib) => {
      for (const v of invalid) {
        try {
          lib.main.parseSession(v);
        } catch {
          /* expected */
        }
      }
    },
  },
  "parseReport, 400 stored reports": {
    calls: 400,
    prep: () => JSON.parse(reportsText),
    run: (lib, reports) => {
      for (const r of reports) lib.report.parseReport(r);
    },
  },
  [`parseReport, one large report (${big.services.length} lines)`]: {
    calls: 1,
    prep: () => JSON.parse(bigReportText),
    run: (lib, r) => lib.report.parseReport(r),
  },
  "parseReport, 400 damaged stored reports (each throws)": {
    calls: 400,
    prep: () => JSON.parse(invalidReportsText),
    run: (lib, reports) => {
      for (const r of reports) {
        try {
          lib.report.parseReport(r);
        } catch {
          /* expected */
        }
      }
    },
  },
  [`parseReport, the large report with one damaged finding (throws)`]: {
    calls: 1,
    prep: () => JSON.parse(bigInvalidReportText),
    run: (lib, r) => {
      try {
        lib.report.parseReport(r);
      } catch {
        /* expected */
      }
    },
  },
  "SessionSchema.safeParse, 400 valid visits": {
    calls: 400,
    prep: () => JSON.parse(validText),
    run: (lib, list) => {
      for (const s of list) lib.main.SessionSchema.safeParse(s);
    },
  },
};

// Both builds must agree before they are timed.
for (const v of invalid.slice(0, 50)) {
  const issues = (lib) => {
    try {
      lib.main.parseSession(v);
      return "ok";
    } catch (e) {
      return JSON.stringify(e.issues);
    }
  };
  if (issues(A) !== issues(B)) throw new Error(`the builds differ on ${JSON.stringify(v).slice(0, 200)}`);
}
for (const text of [reportsText, invalidReportsText, `[${bigReportText}]`, `[${bigInvalidReportText}]`]) {
  const read = (lib) =>
    JSON.parse(text).map((r) => {
      try {
        return JSON.stringify(lib.report.parseReport(r));
      } catch (e) {
        return JSON.stringify(e.issues);
      }
    });
  if (JSON.stringify(read(A)) !== JSON.stringify(read(B))) throw new Error("the builds differ on a stored report");
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`schema paths: A = ${dirA}, B = ${dirB}; ${rounds} rounds, CPU time, node ${process.version}${args.includes("--jitless") ? ", zod jitless" : ""}`);
for (const [name, w] of Object.entries(workloads)) {
  const a = [];
  const b = [];
  const reps = w.calls === 1 ? 20 : 3;
  for (let r = -2; r < rounds; r++) {
    const order = r % 2 === 0 ? [[A, a], [B, b]] : [[B, b], [A, a]];
    for (const [lib, out] of order) {
      const inputs = Array.from({ length: reps }, () => (w.prep ? w.prep() : undefined));
      const ms = cpu(() => {
        for (const input of inputs) w.run(lib, input);
      });
      if (r >= 0) out.push((ms * 1000) / (reps * w.calls));
    }
  }
  const ratios = a.map((x, i) => b[i] / x);
  console.log(`${name}: A ${median(a).toFixed(1)} µs, B ${median(b).toFixed(1)} µs a call; B/A median ${median(ratios).toFixed(3)}`);
}
