// Huge visits, timed (run `npm run build && npm run bench:huge`).
//
//   node bench/huge-visits.mjs [--sizes 200,5000,50000] [--shapes sameTime,mixed] [--checks] [--dist /tmp/base]
//
// A real visit has 2–20 service lines; a garbage or hostile input can have thousands. For each
// shape below and each size, builds one session of that many lines and times validateSession on
// it once (wall and CPU ms; sizes run smallest first, so the larger runs are warm). With
// --checks, also times each check alone on the parsed session. A check whose cost grows with
// the square of the lines shows as a 100× step from 5,000 to 50,000 lines instead of 10×.
// With --dist, times another build (e.g. a copy of main's dist/) instead of ./dist. Then, for the
// FHIR adapter, times sessionsFromFhirClaim on a Claim of that many items, all on one date and
// on a date each (a find per item made 20,000 items take 10 s before the tenth round).
// Numbers, not pass/fail.
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readOptions } from "./args.mjs";

const {
  values: { dist, sizes, shapes: shapeNames, checks: withChecks },
} = readOptions(
  process.argv.slice(2),
  {
    sizes: { kind: "counts", default: [200, 5000, 50000] },
    shapes: { kind: "list" },
    checks: { kind: "flag", default: false },
    dist: { kind: "text", default: "" },
  },
  "node bench/huge-visits.mjs [--sizes 200,5000,50000] [--shapes sameTime,mixed] [--checks] [--dist /tmp/base]",
);
const lib = await import(dist === "" ? "../dist/index.js" : pathToFileURL(path.resolve(dist, "index.js")).href);

const hh = (minutes) => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The codes of the bundled PTP table (the default tables' edits). */
const TABLE_CODES = [...new Set([...lib.DEFAULT_NCCI_TABLES.ptpByPair.values()].flat().flatMap((r) => [r.column1, r.column2]))].sort();

/** Line i of each shape. */
const SHAPES = {
  // every line at the same clock time, two codes, 59 on all: overlapping one-on-one time everywhere
  sameTime: (i) => ({ code: i % 2 ? "97140" : "97530", minutes: 15, units: 1, start: "09:00", end: "09:15", modifiers: ["GP", "59"] }),
  // six codes that edit each other, one-on-one and group, no bypass modifiers
  ptpPairs: (i) => ({ code: ["97150", "97530", "97110", "97112", "92507", "97161"][i % 6], minutes: 10, units: 1, start: "09:00", end: "09:15", modifiers: ["GP"], contact: i % 3 ? "one-on-one" : "group", activity: "sit to stand x10 with min A, gait training 150 ft" }),
  // codes that edit each other, 59 on every line, staggered clock times: the bypass's time check
  ptpBypass: (i) => ({ code: ["97150", "97530", "97140", "97150", "97112"][i % 5], minutes: 15, units: 1, start: hh(480 + ((i * 7) % 600)), end: hh(495 + ((i * 7) % 600)), modifiers: ["GP", "59"], contact: i % 5 === 0 ? "group" : "one-on-one" }),
  // every code of the bundled PTP table in turn, 59 on every line, staggered clock times: every edit in force at once
  allTableCodes: (i) => ({ code: TABLE_CODES[i % TABLE_CODES.length], minutes: 15, units: 2, start: hh(480 + ((i * 11) % 600)), end: hh(495 + ((i * 11) % 600)), modifiers: ["GP", "59"] }),
  // a different unknown code on every line, five modifiers (too many: the field is dropped)
  unknownCodes: (i) => ({ code: String(10000 + i), minutes: 10, units: 3, modifiers: ["ZZ", "59", "XE", "KX", "GP"] }),
  // a different unknown code on every line, no units: every code misses its units
  noUnits: (i) => ({ code: String(20000 + i), minutes: 10 + (i % 20), modifiers: ["GP", "XU"] }),
  // seven codes, ten one-hour-apart time slots, units that disagree with the minutes
  mixed: (i) => ({ code: ["97110", "97140", "97530", "97129", "97130", "G0283", "97532"][i % 7], minutes: i % 40, units: i % 4, start: `${String(8 + (i % 10)).padStart(2, "0")}:00`, end: `${String(8 + (i % 10)).padStart(2, "0")}:30`, modifiers: ["GP", "CQ", "XU"] }),
};
const unknownShapes = (shapeNames ?? []).filter((name) => !Object.hasOwn(SHAPES, name));
if (unknownShapes.length > 0) throw new Error(`--shapes: no shape ${unknownShapes.join(", ")} (shapes: ${Object.keys(SHAPES).join(", ")})`);
const shapes = Object.entries(SHAPES).filter(([name]) => shapeNames === undefined || shapeNames.includes(name));

function sessionOf(make, n) {
  return {
    dateOfService: "2024-05-01",
    payer: { program: "medicare" },
    provider: { discipline: "PT" },
    services: Array.from({ length: n }, (_, i) => make(i)),
    planOfCare: { startOfCare: "2024-04-01", goals: [{ id: "G1" }] },
  };
}

function time(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const out = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { out, wall, cpu: (used.user + used.system) / 1000 };
}

const CHECKS = ["calculateUnits", "checkUnits", "checkPairEdits", "checkMue", "checkModifiers", "checkCatalog", "lintDocumentation"];

const cpus = os.cpus();
console.log(`therapy-claims huge visits (${dist === "" ? "dist" : dist}): node ${process.version}, ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
console.log(`${"shape".padEnd(13)} ${"lines".padStart(7)} ${"wall ms".padStart(9)} ${"CPU ms".padStart(9)} ${"findings".padStart(9)}${withChecks ? "  each check alone, CPU ms" : ""}`);
for (const [name, make] of shapes) {
  for (const n of sizes) {
    const input = sessionOf(make, n);
    const { out, wall, cpu } = time(() => lib.validateSession(input));
    let line = `${name.padEnd(13)} ${n.toLocaleString("en-US").padStart(7)} ${wall.toFixed(1).padStart(9)} ${cpu.toFixed(1).padStart(9)} ${String(out.findings.length).padStart(9)}`;
    if (withChecks) {
      // the checks take a valid session: a line's fifth modifier and on are cut, as validateSession drops the field
      const valid = { ...input, services: input.services.map((l) => ({ ...l, modifiers: l.modifiers?.slice(0, 4) })) };
      const { out: session, cpu: parse } = time(() => lib.parseSession(valid));
      const cells = [`parseSession ${parse.toFixed(1)}`];
      for (const check of CHECKS) {
        const arg = check === "calculateUnits" ? session.services : session;
        cells.push(`${check} ${time(() => lib[check](arg)).cpu.toFixed(1)}`);
      }
      line += `  ${cells.join(", ")}`;
    }
    console.log(line);
  }
}
const fhir = await import(dist === "" ? "../dist/fhir.js" : pathToFileURL(path.resolve(dist, "fhir.js")).href);
/** A Claim of n items of 97110 with no care team: on one date, or each on its own date. */
function claimOf(n, spread) {
  const day = (i) => new Date(Date.UTC(2024, 0, 1 + (spread ? i % 3000 : 0))).toISOString().slice(0, 10);
  return {
    resourceType: "Claim",
    item: Array.from({ length: n }, (_, i) => ({ sequence: i + 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "97110" }] }, servicedDate: day(i), quantity: { value: 1 } })),
  };
}
console.log(`\n${"FHIR Claim".padEnd(13)} ${"items".padStart(7)} ${"wall ms".padStart(9)} ${"CPU ms".padStart(9)} ${"sessions".padStart(9)}`);
for (const spread of [false, true]) {
  for (const n of sizes) {
    const claim = claimOf(n, spread);
    const { out, wall, cpu } = time(() => fhir.sessionsFromFhirClaim(claim, { payer: { program: "medicare" } }));
    console.log(`${(spread ? "manyDates" : "oneDate").padEnd(13)} ${n.toLocaleString("en-US").padStart(7)} ${wall.toFixed(1).padStart(9)} ${cpu.toFixed(1).padStart(9)} ${String(out.length).padStart(9)}`);
  }
}
console.log(`\nload average when done: ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (over ${cpus.length} cores)`);
