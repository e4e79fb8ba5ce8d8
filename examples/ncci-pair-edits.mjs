// Checks a visit against the bundled NCCI pair edits and MUE limits, then loads a CMS file in
// the official layout (the real 2026 Q3 format sample in data/ncci/samples) with the parsers.
// Run after `npm run build`: node examples/ncci-pair-edits.mjs
import { readFileSync } from "node:fs";
import { checkMue, checkPairEdits, createNcciTables, findPtpEdit, parseNcciPtpFile } from "therapy-claims/ncci";

const visit = {
  dateOfService: "2024-05-01",
  payer: { program: "medicare" },
  provider: { discipline: "PT" },
  services: [
    { code: "97150", units: 1, modifiers: ["GP"], start: "09:00", end: "09:30" },
    { code: "97530", units: 7, modifiers: ["GP", "59"], start: "09:30", end: "10:00" },
  ],
};
for (const f of [...checkPairEdits(visit), ...checkMue(visit)]) {
  console.log(`${f.severity.padEnd(7)} ${f.rule}: ${f.message}`);
}

const file = "ccipra-v322r0-f1.TXT";
const text = readFileSync(new URL("../data/ncci/samples/format-sample-ccipra-v322r0-f1.txt", import.meta.url), "latin1");
const { rows, errors } = parseNcciPtpFile(text, { file });
console.log(`\n${file} (sample): ${rows.length} rows, ${errors.length} errors`);
const ncci = createNcciTables({ ptp: rows, release: { ptp: { name: "ccipra-v322r0", quarter: "2026 Q3", from: "2026-07-01", through: "2026-09-30" } } });
for (const on of ["2026-06-30", "2026-07-01"]) {
  const edit = findPtpEdit("0029U", "0001U", on, ncci);
  console.log(`0001U/0029U on ${on}: ${edit ? `edit, indicator ${edit.modifierIndicator}` : "no edit"}`);
}
