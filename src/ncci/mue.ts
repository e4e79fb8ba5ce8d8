import type { Finding } from "../model/finding.js";
import type { PayerProfileOverride } from "../model/payer-profile.js";
import { payerProfileOf } from "../model/payer-profile-of.js";
import type { ServiceLine, Session } from "../model/session.js";
import { ncciFactsOf } from "./ptp-index.js";
import { releaseLabel } from "./sources.js";
import { quarterFix } from "./quarter-files.js";
import { DEFAULT_NCCI_TABLES, mueKey, type NcciTables } from "./tables.js";
import type { MueRow, MueSetting, NcciReleaseInfo } from "./types.js";
import { upper } from "../units/upper.js";
import { addUnits, count, countBilled } from "../units/words.js";
import { directOptions } from "../validate/direct-options.js";
import { policyZero } from "./mue-policy-zero.js";

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
  readonly ncci?: NcciTables | undefined;
  /** Overrides of the session's payer profile (e.g. `mue: false`). */
  readonly payer?: PayerProfileOverride | undefined;
  /** Which MUE table applies: professional claims (default) or facility claims. */
  readonly setting?: MueSetting | undefined;
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
  return mueRowOf(code.toUpperCase(), setting, tables);
}

/** findMue for an upper-case code: the lowest value of the code's rows (the first of equals), from the table's index. */
function mueRowOf(upperCode: string, setting: MueSetting, tables: NcciTables): MueRow | undefined {
  const index = ncciFactsOf(tables).mue;
  // A setting holding the key separator could match another key: read the keyed rows as before.
  if (index !== null && typeof setting === "string" && !setting.includes("|")) return index.get(setting)?.get(upperCode);
  let best: MueRow | undefined;
  for (const r of tables.mueByCode.get(mueKey(setting, upperCode)) ?? []) if (best === undefined || r.value < best.value) best = r;
  return best;
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
 *   a 0 that CMS set by payment policy (97014, 97010) is a warning for a payer other than
 *   Medicare, and for Medicare its fix names the code Medicare takes (97014: G0283);
 * - `mue/no-data` (info, one per code): the table has no MUE for a billed code;
 * - `mue/release-differs` (info, once): the date of service is outside the release the MUE
 *   values come from, so the values in force may differ.
 *
 * Lines without `units` are not counted. Skipped when the payer profile's `mue` is off.
 *
 * @param session - a parsed session
 * @param options - the tables, payer overrides and MUE setting
 * @throws TypeError when an option cannot be used (a payer field of the wrong type or one no profile has, `ncci` that is not NCCI tables); validateSession names such options in warnings instead
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
export function checkMue(session: Session, options?: CheckMueOptions): Finding[] {
  const o = directOptions("checkMue", options);
  const profile = payerProfileOf(session.payer, o.payer);
  if (!profile.mue) return [];
  const tables = o.ncci ?? DEFAULT_NCCI_TABLES;
  const setting = o.setting ?? "practitioner";
  const release = tables.release.mue;
  const facts = ncciFactsOf(tables);
  const source = facts.mueSource;
  // Tables that hold rows of another setting only (an outpatient-hospital table loaded, checked as
  // practitioner claims): one finding that says which, not a "no value" for every code.
  const settings = facts.mue;
  if (settings !== null && settings.size > 0 && !settings.has(setting) && session.services.length > 0) {
    const held = [...settings.keys()].sort();
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
  const program = session.payer.program;
  const lines = session.services;
  const n = lines.length;
  const findings: Finding[] = [];
  const codes: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) codes[i] = upper((lines[i] as ServiceLine).code);
  let anyRow = false;
  // Each code once, at its first line: found by a scan, or in a long visit by a set (a scan per
  // line made a visit of thousands of codes quadratic).
  const seen = n > 16 ? new Set<string>() : undefined;

  for (let i = 0; i < n; i++) {
    const code = codes[i] as string;
    if (seen === undefined ? codes.indexOf(code) < i : seen.has(code)) continue;
    seen?.add(code);
    const line = lines[i] as ServiceLine;
    const row = mueRowOf(code, setting, tables);
    if (row === undefined) {
      findings.push({
        rule: "mue/no-data",
        severity: "info",
        message: `No ${setting} MUE value for ${line.code} in the loaded tables (${release === undefined ? "unnamed release" : releaseLabel(release)}): its units were not checked.`,
        path: ["services", i],
        codes: [line.code],
        fix: `Check ${line.code}'s units against the payer's MUE table by hand, or load CMS's current MUE table with parseMueFile (--mue in the CLI).`,
        source,
      });
      continue;
    }
    anyRow = true;
    if (row.adjudicationIndicator === 1) {
      for (let j = i; j < n; j++) {
        if (codes[j] !== code) continue;
        const units = (lines[j] as ServiceLine).units;
        if (units !== undefined && units > row.value) {
          findings.push(
            policyZero(
              {
                rule: "mue/units-exceed",
                severity: "error",
                message: `${row.code} is billed for ${count(units, "unit")} on one line, but ${mueWhat(row, setting, release)}.`,
                path: ["services", j, "units"],
                codes: [row.code],
                fix: row.value > 0 ? `Bill at most ${count(row.value, "unit")} of ${row.code} on a line, or document why more were medically necessary and appeal.` : `Do not bill ${row.code}, or document why it was medically necessary and appeal.`,
                source,
              },
              row,
              program,
              release?.program,
              codes,
            ),
          );
        }
      }
      continue;
    }
    let total = 0;
    let lineCount = 0;
    let over: number | undefined;
    for (let j = i; j < n; j++) {
      if (codes[j] !== code) continue;
      lineCount++;
      // HUGE-BILLED (edge24): a sum past 2^53 − 1 cannot be exact; it is kept as "more than 9007199254740991 units".
      total = addUnits(total, (lines[j] as ServiceLine).units ?? 0);
      if (over === undefined && total > row.value) over = j;
    }
    if (over !== undefined) {
      const split = lineCount > 1 ? ` across ${lineCount} lines` : "";
      findings.push(
        policyZero(
          {
            rule: "mue/units-exceed",
            severity: "error",
            message: `${row.code} is billed for ${countBilled(total, "unit")} on ${on}${split}, but ${mueWhat(row, setting, release)}: units above it are denied.`,
            path: ["services", over, "units"],
            codes: [row.code],
            fix: row.value > 0 ? `Bill at most ${count(row.value, "unit")} of ${row.code} for the date of service.` : `Do not bill ${row.code} for the date of service.`,
            source,
          },
          row,
          program,
          release?.program,
          codes,
        ),
      );
    }
  }

  if (anyRow && release !== undefined && ((release.from !== undefined && on < release.from) || (release.through !== undefined && on > release.through))) {
    findings.unshift({
      rule: "mue/release-differs",
      severity: "info",
      message: `The date of service ${on} is outside the MUE release the values come from (${releaseLabel(release)}, ${release.from ?? "?"} to ${release.through ?? "?"}): the values in force on that date may differ.`,
      fix: quarterFix(on, setting, program),
      source,
    });
  }
  return findings;
}

/** "the practitioner MUE for 97530 is 6 (MAI 3, …; file …)": what a units-exceed message says of the limit. */
function mueWhat(row: MueRow, setting: MueSetting, release: NcciReleaseInfo | undefined): string {
  return `the ${setting} MUE for ${row.code} is ${row.value} (${MAI_TEXT[row.adjudicationIndicator]}; file ${row.file ?? (release?.name ?? "unnamed")})`;
}
