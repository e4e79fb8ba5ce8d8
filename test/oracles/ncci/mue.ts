// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
// ZERO: a deliberate change (2026-11-23, sixth round): an MUE of 0 gives "Do not bill 97010", not "Bill at most 0 units of 97010", as in src/ncci/mue.ts.
import type { Finding } from "../../../src/model/finding.js";
import { resolvePayerProfile, type PayerProfileOverride } from "../../../src/model/payer-profile.js";
import type { Session } from "../../../src/model/session.js";
import { NCCI_SOURCES, releaseLabel, withRelease } from "./sources.js";
import { DEFAULT_NCCI_TABLES, mueKey, type NcciTables } from "./tables.js";
import { quarterFix } from "../../../src/ncci/quarter-files.js";
import type { MueRow, MueSetting } from "../../../src/ncci/types.js";
// PLURAL: a deliberate change (2026-11-23, stop 11): "1 unit", not "1 units", as in src/ncci/mue.ts.
import { count } from "../../../src/units/words.js";
import { getCode } from "../../../src/catalog/catalog.js";

// POLICY-ZERO: a deliberate change (2026-11-23, tenth round): a 0 that CMS set by payment policy
// (rationale "CMS Policy": 97014, 97010) is a warning for a payer other than Medicare, which may pay
// the code; for Medicare the fix names the code Medicare takes (97014: G0283), as in src/ncci/mue-policy-zero.ts.
// MEDICAID-ZERO: a 0 in rows from Medicaid's own MUE file (release program "medicaid") is Medicaid's limit and stays an
// error, not "Medicare's payment policy" (src/ncci/mue-policy-zero.ts, eleventh round).
// ALREADY: (twelfth round) when the code Medicare takes is already on the visit (97014 with G0283), the fix says not to bill
// the code, not to bill that one again, as in src/ncci/mue-policy-zero.ts.
function policyZeroed(f: Finding, row: MueRow, program: string | undefined, rowsProgram?: string, session?: Session): Finding {
  if (rowsProgram === "medicaid") return f;
  if (!(row.value === 0 && typeof row.rationale === "string" && row.rationale.trim().toLowerCase() === "cms policy")) return f;
  const instead = getCode(row.code)?.medicareCode;
  const already = instead !== undefined && (session?.services ?? []).some((l) => l.code.toUpperCase() === instead); // ALREADY
  if (program === "medicare") return instead ? { ...f, fix: already ? `Do not bill ${row.code}: ${instead}, which Medicare takes for this service, is already billed.` : `Bill ${instead} instead: Medicare takes ${instead}, not ${row.code}, for this service.` } : f;
  const then = instead && !already ? `bill ${instead} instead` : "do not bill it";
  return {
    ...f,
    severity: "warning",
    message: `${f.message} That 0 is Medicare's payment policy (Medicare does not pay ${row.code}); another payer limits ${row.code} only if its own policy does.`,
    fix: `Check whether the payer pays ${row.code}; if it follows Medicare, ${then}.`,
  };
}

/** "1 unit", "3 units". */
const unitsOf = (n: number): string => count(n, "unit");

/**
 * Options of {@link checkMue}.
 *
 * @example
 * ```ts
 * const o: CheckMueOptions = { setting: "outpatient-hospital" };
 * ```
 */
export interface CheckMueOptions {
  /** The NCCI tables to check against (default: the bundled 2024 tables). */
  readonly ncci?: NcciTables;
  /** Overrides of the session's payer profile (e.g. `mue: false`). */
  readonly payer?: PayerProfileOverride;
  /** Which MUE table applies: professional claims (default) or facility claims. */
  readonly setting?: MueSetting;
}

/**
 * The MUE row for a code in a setting. A table holds one row per code and setting; when a
 * loaded table holds more, the lowest value wins.
 *
 * @param code - CPT or HCPCS code
 * @param setting - which MUE table (default `practitioner`)
 * @param tables - the tables to read (default: the bundled 2024 tables)
 * @returns the row, or `undefined` when the table has none for the code
 * @example
 * ```ts
 * findMue("97530")?.value; //=> 6
 * findMue("97530")?.adjudicationIndicator; //=> 3
 * ```
 * @remarks CMS Medically Unlikely Edits (practitioner and outpatient-hospital tables).
 */
export function findMue(code: string, setting: MueSetting = "practitioner", tables: NcciTables = DEFAULT_NCCI_TABLES): MueRow | undefined {
  const rows = tables.mueByCode.get(mueKey(setting, code)) ?? [];
  return rows.reduce<MueRow | undefined>((best, r) => (best === undefined || r.value < best.value ? r : best), undefined);
}

const MAI_TEXT: Record<1 | 2 | 3, string> = {
  1: "MAI 1, a claim-line limit",
  2: "MAI 2, a date-of-service limit set by policy",
  3: "MAI 3, a date-of-service limit set by clinical benchmarks",
};

/**
 * Checks billed units against the Medically Unlikely Edits. Units are summed per code over the
 * session's date of service; MAI 2 and 3 limit that sum, MAI 1 limits each line.
 *
 * - `mue/units-exceed` (error): units above the MUE value, naming the value, the MAI and the file;
 * - `mue/no-data` (info, one per code): the table has no MUE for a billed code;
 * - `mue/release-differs` (info, once): the date of service is outside the release the MUE
 *   values come from, so the values in force may differ.
 *
 * Lines without `units` are not counted. Skipped when the payer profile's `mue` is off.
 *
 * @param session - a parsed session
 * @param options - the tables, payer overrides and MUE setting
 * @returns the findings
 * @example
 * ```ts
 * checkMue({ dateOfService: "2024-08-01", payer: { program: "medicare" },
 *   provider: { discipline: "PT" },
 *   services: [{ code: "97530", units: 4 }, { code: "97530", units: 3 }] })
 *   .map((f) => f.rule); //=> ["mue/units-exceed"]
 * ```
 * @remarks CMS Medically Unlikely Edits; NCCI Policy Manual for Medicare Services, ch. I.
 */
export function checkMue(session: Session, options: CheckMueOptions = {}): Finding[] {
  const profile = resolvePayerProfile(session.payer, options.payer);
  if (!profile.mue) return [];
  const tables = options.ncci ?? DEFAULT_NCCI_TABLES;
  const setting = options.setting ?? "practitioner";
  const release = tables.release.mue;
  const source = withRelease(NCCI_SOURCES.mue, release);
  // SETTING-HELD: a deliberate change (tenth round): tables whose rows are all of other settings
  // give one mue/no-data naming the settings they hold, not one per code, as in src/ncci/mue.ts.
  const all = [...tables.mueByCode.values()].flat();
  const held = [...new Set(all.map((r) => r.setting))].sort();
  if (all.length > 0 && all.every((r) => typeof r.setting === "string" && !r.setting.includes("|")) && !held.includes(setting) && session.services.length > 0) {
    return [
      {
        rule: "mue/no-data",
        severity: "info",
        message: `The loaded MUE tables hold ${held.join(" and ")} rows, none for ${setting} claims: no units were checked.`,
        fix: `Pass setting: "${held[0]}" to check against the table loaded, or load the ${setting} MUE table.`,
        source,
      },
    ];
  }
  const on = session.dateOfService;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let anyRow = false;

  session.services.forEach((line, i) => {
    const code = line.code.toUpperCase();
    if (seen.has(code)) return;
    seen.add(code);
    const row = findMue(code, setting, tables);
    if (row === undefined) {
      findings.push({
        rule: "mue/no-data",
        severity: "info",
        message: `No ${setting} MUE value for ${line.code} in the loaded tables (${release === undefined ? "unnamed release" : releaseLabel(release)}): its units were not checked.`,
        path: ["services", i],
        codes: [line.code],
        // MUE-FIX: a deliberate change (thirteenth round, lead): the finding says what to do, as in src/ncci/mue.ts.
        fix: `Check ${line.code}'s units against the payer's MUE table by hand, or load CMS's current MUE table with parseMueFile (--mue in the CLI).`,
        source,
      });
      return;
    }
    anyRow = true;
    const what = `the ${setting} MUE for ${row.code} is ${row.value} (${MAI_TEXT[row.adjudicationIndicator]}; file ${row.file ?? (release?.name ?? "unnamed")})`;
    const indices = session.services.flatMap((l, j) => (l.code.toUpperCase() === code ? [j] : []));
    if (row.adjudicationIndicator === 1) {
      for (const j of indices) {
        const units = session.services[j]?.units;
        if (units !== undefined && units > row.value) {
          findings.push(policyZeroed({
            rule: "mue/units-exceed",
            severity: "error",
            message: `${row.code} is billed for ${unitsOf(units)} on one line, but ${what}.`,
            path: ["services", j, "units"],
            codes: [row.code],
            fix: row.value > 0 ? `Bill at most ${unitsOf(row.value)} of ${row.code} on a line, or document why more were medically necessary and appeal.` : `Do not bill ${row.code}, or document why it was medically necessary and appeal.`,
            source,
          }, row, session.payer.program, release?.program, session));
        }
      }
      return;
    }
    let total = 0;
    let over: number | undefined;
    for (const j of indices) {
      total += session.services[j]?.units ?? 0;
      if (over === undefined && total > row.value) over = j;
    }
    if (over !== undefined) {
      const split = indices.length > 1 ? ` across ${indices.length} lines` : "";
      findings.push(policyZeroed({
        rule: "mue/units-exceed",
        severity: "error",
        message: `${row.code} is billed for ${unitsOf(total)} on ${on}${split}, but ${what}: units above it are denied.`,
        path: ["services", over, "units"],
        codes: [row.code],
        fix: row.value > 0 ? `Bill at most ${unitsOf(row.value)} of ${row.code} for the date of service.` : `Do not bill ${row.code} for the date of service.`,
        source,
      }, row, session.payer.program, release?.program, session));
    }
  });

  if (anyRow && release !== undefined && ((release.from !== undefined && on < release.from) || (release.through !== undefined && on > release.through))) {
    findings.unshift({
      rule: "mue/release-differs",
      severity: "info",
      message: `The date of service ${on} is outside the MUE release the values come from (${releaseLabel(release)}, ${release.from ?? "?"} to ${release.through ?? "?"}): the values in force on that date may differ.`,
      // QUARTER: a deliberate change (2026-11-23, tenth round): the fix names the quarter of the date of service and its CMS MUE file, and the CLI option, as in src/ncci/mue.ts.
      // MEDICAID-FIX: a Medicaid visit is told to load Medicaid's NCCI files of its quarter.
      fix: quarterFix(on, setting, session.payer.program),
      source,
    });
  }
  return findings;
}
