// A commercial-plan visit counted by the CPT per-code (midpoint) method instead of Medicare's
// total-time method: three 10-minute timed services.
// Run after `npm run build`: node examples/commercial-per-code.mjs
import { validateSession } from "therapy-claims";
import { printReport } from "./lib/print-report.mjs";

const visit = {
  id: "enc-3003",
  dateOfService: "2025-03-14",
  payer: { program: "commercial", name: "Acme Health PPO" },
  provider: { discipline: "PT", credential: "PT" },
  services: [
    { code: "97110", minutes: 10, units: 1, activity: "Hip abduction and extension strengthening, 3x12 with yellow band" },
    { code: "97140", minutes: 10, units: 1, activity: "Grade III lumbar PA mobilisations L3-L5" },
    { code: "97112", minutes: 10, units: 1, activity: "Single-leg stance on foam with perturbations, 5x30 s" },
  ],
  totalTimedMinutes: 30,
  totalTreatmentMinutes: 30,
};

const perCode = validateSession(visit);
printReport("Commercial plan, per-code method", perCode);
// The same visit under Medicare's total-time method, for comparison.
const totalTime = validateSession(visit, { payer: { unitMethod: "cms" } });
console.log(`\nMethod used: ${perCode.meta.unitMethod} (per code); with { payer: { unitMethod: "cms" } }: ${totalTime.meta.unitMethod} (total time).`);
if (perCode.units && totalTime.units) {
  console.log(`Units: ${perCode.units.totalUnits} per code vs ${totalTime.units.totalUnits} by total time.`);
}
