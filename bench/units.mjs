// Benchmark: calls per second of calculateUnits on a 4-line session, against the BUILT
// package (run `npm run bench:units`, which builds first). Plain Node, no dependencies.
import { calculateUnits } from "../dist/units.js";

const LINES = [
  { code: "97110", minutes: 18 },
  { code: "97140", minutes: 13 },
  { code: "97116", minutes: 10 },
  { code: "97035", minutes: 8 },
];
const RUNS = 7;
const CALLS = 200_000;

function once(method) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) sink += calculateUnits(LINES, { method }).totalUnits;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === -1) console.log("unreachable");
  return CALLS / seconds;
}

for (const method of ["cms", "ama"]) {
  once(method); // warm-up
  const rates = Array.from({ length: RUNS }, () => once(method)).sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)];
  console.log(
    `calculateUnits (${method}, 4 lines): ${Math.round(median).toLocaleString("en-US")} calls/s ` +
      `(median of ${RUNS} runs of ${CALLS.toLocaleString("en-US")}; min ${Math.round(rates[0]).toLocaleString("en-US")}, max ${Math.round(rates[RUNS - 1]).toLocaleString("en-US")}; Node ${process.version})`,
  );
}
