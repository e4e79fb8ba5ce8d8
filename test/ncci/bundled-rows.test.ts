import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MUE_ROWS } from "../../src/ncci/mue-data.js";
import { PTP_CORE_ROWS } from "../../src/ncci/ptp-data.js";
import { PTP_EXTENDED_ROWS } from "../../src/ncci/ptp-data-extended.js";

// The bundled tables are packed into strings (scripts/generate-ncci.mjs) and unpacked at import.
// These tests read the CSV extracts in data/ncci/ directly, build the rows one object literal
// per CSV line (what the modules held before they were packed), and ask for the very same rows:
// same values, same keys in the same order, no key with `undefined`.

const root = join(import.meta.dirname, "..", "..");
const csv = (name: string): Record<string, string>[] => {
  const [header = "", ...lines] = readFileSync(join(root, "data/ncci", name), "utf8").split(/\r?\n/).filter((l) => l !== "");
  const keys = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [keys[i] ?? "", cell])));
};
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

function expectedPtp(name: string) {
  return csv(name).map((r) => ({
    column1: r.column_1,
    column2: r.column_2,
    ...(r.effective_date ? { effective: iso(r.effective_date) } : {}),
    ...(r.deletion_date === "*" ? {} : { deletion: iso(r.deletion_date ?? "") }),
    ...(r.in_existence_prior_1996 === "*" ? { inExistencePrior1996: true } : {}),
    modifierIndicator: Number(r.modifier_indicator),
    rationale: r.ptp_edit_rationale,
    file: r.source_file_set,
  }));
}

function expectedMue(name: string, valueColumn: string, setting: string) {
  return csv(name).map((r) => ({
    code: r.hcpcs_cpt_code,
    value: Number(r[valueColumn]),
    adjudicationIndicator: Number(r.mue_adjudication_indicator),
    rationale: r.mue_rationale,
    setting,
    file: r.source_file,
  }));
}

describe("bundled NCCI rows unpacked from their strings equal the CMS extracts line by line", () => {
  it("PTP_CORE_ROWS: every line of data/ncci/ptp-therapy-core.csv, in file order", () => {
    const expected = expectedPtp("ptp-therapy-core.csv");
    expect(PTP_CORE_ROWS).toStrictEqual(expected);
    expect(JSON.stringify(PTP_CORE_ROWS)).toBe(JSON.stringify(expected));
  });

  it("PTP_EXTENDED_ROWS: every line of data/ncci/ptp-therapy.csv, in file order", () => {
    const expected = expectedPtp("ptp-therapy.csv");
    expect(PTP_EXTENDED_ROWS).toStrictEqual(expected);
    expect(JSON.stringify(PTP_EXTENDED_ROWS)).toBe(JSON.stringify(expected));
  });

  it("MUE_ROWS: the practitioner table, then the outpatient-hospital table", () => {
    const expected = [
      ...expectedMue("mue-therapy.csv", "practitioner_mue_value", "practitioner"),
      ...expectedMue("mue-therapy-outpatient-hospital.csv", "outpatient_hospital_mue_value", "outpatient-hospital"),
    ];
    expect(MUE_ROWS).toStrictEqual(expected);
    expect(JSON.stringify(MUE_ROWS)).toBe(JSON.stringify(expected));
  });
});
