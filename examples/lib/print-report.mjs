// Prints a therapy-claims report the way a biller reads it. Shared by the examples.
import { formatPath } from "therapy-claims";

/** "1 unit", "3 units", or "? units" when the line states none. */
export function unitCount(units) {
  return units === undefined ? "? units" : `${units} unit${units === 1 ? "" : "s"}`;
}

export function printReport(title, report) {
  console.log(`\n=== ${title}`);
  const s = report.session;
  if (s) {
    console.log(`${s.dateOfService} · ${s.payer.program} · ${s.provider.discipline} plan of care${s.provider.credential ? ` (${s.provider.credential})` : ""}`);
    for (const line of s.services) {
      console.log(`  ${line.code}  ${line.minutes ?? "?"} min  ${unitCount(line.units)} billed  [${(line.modifiers ?? []).join(" ")}]`);
    }
  }
  if (report.units) {
    console.log(`Units by the ${report.units.method} method: ${report.units.totalUnits} for ${report.units.totalTimedMinutes} timed minutes`);
    for (const step of report.units.explanation) console.log(`  - ${step}`);
  } else {
    console.log(`Units: method ${report.meta.unitMethod ?? "?"} (the unit calculator is not in this build yet)`);
  }
  if (report.findings.length === 0) console.log("No findings.");
  for (const f of report.findings) {
    console.log(`  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${f.path?.length ? ` at ${formatPath(f.path)}` : ""}`);
    console.log(`          ${f.message}`);
    if (f.fix) console.log(`          Fix: ${f.fix}`);
    console.log(`          Source: ${[f.source.title, f.source.section].filter(Boolean).join(", ")}`);
  }
  console.log(report.valid ? "Ready to bill." : "NOT ready to bill: fix the errors above.");
}
