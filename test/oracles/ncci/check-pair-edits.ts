// ORACLE: a frozen copy of the implementation before the issue-7 speed work (branch checksfast).
// Tests compare the fast implementation in src/ with it; do not optimise or fix it here.
import { getCode } from "../../../src/catalog/catalog.js";
import { clockMinutes } from "../../../src/model/dates.js";
import { isIsoDate } from "../dates.js";
import type { Finding } from "../../../src/model/finding.js";
import { resolvePayerProfile, type PairOverlay, type PayerProfileOverride } from "../../../src/model/payer-profile.js";
import type { ServiceLine, Session } from "../../../src/model/session.js";
import type { Source } from "../../../src/model/source.js";
import { findPtpEdit } from "./ptp.js";
import { NCCI_SOURCES, releaseLabel, withRelease } from "./sources.js";
import { DEFAULT_NCCI_TABLES, type NcciTables } from "./tables.js";
import { quarterFix } from "../../../src/ncci/quarter-files.js";
import { programNote } from "../../../src/ncci/program-note.js";

/**
 * The NCCI-associated modifiers that bypass an indicator-1 PTP edit when put on the
 * column-2 line: 59 and its subsets XE, XS, XP, XU.
 *
 * @example
 * ```ts
 * NCCI_BYPASS_MODIFIERS.includes("XU"); //=> true
 * ```
 * @remarks CMS CR 8863 (Transmittal 1422, effective 2015-01-01); NCCI Policy Manual ch. I.
 */
export const NCCI_BYPASS_MODIFIERS = ["59", "XE", "XS", "XP", "XU"] as const;

const X_MODIFIERS: ReadonlySet<string> = new Set(["XE", "XS", "XP", "XU"]);
const BYPASS: ReadonlySet<string> = new Set(NCCI_BYPASS_MODIFIERS);

/**
 * Options of {@link checkPairEdits}.
 *
 * @example
 * ```ts
 * const o: CheckPairEditsOptions = { payer: { pairOverlays: [] } };
 * ```
 */
export interface CheckPairEditsOptions {
  /** The NCCI tables to check against (default: the bundled 2024 Q2 core table). */
  readonly ncci?: NcciTables;
  /** Overrides of the session's payer profile (e.g. `ptpEdits: false`, `pairOverlays`). */
  readonly payer?: PayerProfileOverride;
}

function modifiersOf(line: ServiceLine): string[] {
  return (line.modifiers ?? []).map((m) => m.toUpperCase());
}

// X-FROM: a deliberate change (eighth round, mods branch): XE/XS/XP/XU bypass an edit only from 2015-01-01 (CR 8863), and a
// column-2 line whose only bypass is an earlier X gets ncci/ptp-modifier-required saying so, as in src/ncci/check-pair-edits.ts.
function bypassOn(line: ServiceLine, on: string): string | undefined {
  return modifiersOf(line).find((m) => BYPASS.has(m) && (m === "59" || on >= "2015-01-01"));
}

/** Timed codes and group codes are furnished over a stretch of clock time: a bypass needs separate blocks. */
function occupiesTimeBlock(code: string, on: string): boolean {
  const info = getCode(code, on);
  return info !== undefined && (info.timed || info.contact === "group");
}

function fmt(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function interval(line: ServiceLine): [number, number] | undefined {
  const s = line.start === undefined ? undefined : clockMinutes(line.start);
  const e = line.end === undefined ? undefined : clockMinutes(line.end);
  return s === undefined || e === undefined ? undefined : [s, e];
}

/** One pair edit to judge: NCCI's or a payer's, with the lines it binds. */
interface PairHit {
  readonly column1: string;
  readonly column2: string;
  readonly indicator: 0 | 1;
  readonly rationale: string;
  /** Where the edit comes from, for the message: "NCCI edit (release …; effective date unknown)" or "Acme plan rule". */
  readonly origin: string;
  readonly payerName?: string;
  readonly source: Source;
  readonly col2Index: number;
  readonly col1Indices: readonly number[];
}

function judge(hit: PairHit, lines: readonly ServiceLine[], on: string): Finding | undefined {
  const col2 = lines[hit.col2Index] as ServiceLine;
  const path = ["services", hit.col2Index];
  const codes = [hit.column1, hit.column2];
  const base = { path, codes, source: hit.source };
  const pair = `${hit.column2} (column 2) with ${hit.column1} (column 1)`;
  const why = `${hit.origin}; rationale: ${hit.rationale}`;
  const overlay = hit.payerName !== undefined;
  const modifier = bypassOn(col2, on);
  if (hit.indicator === 0) {
    const tail = modifier === undefined ? "" : ` The ${modifier} on ${hit.column2} does not change that.`;
    return {
      ...base,
      rule: overlay ? "ncci/payer-pair-edit" : "ncci/ptp-not-bypassable",
      severity: "error",
      message: `${pair} on one date of service: ${hit.column2} is denied and no modifier bypasses this edit (modifier indicator 0; ${why}).${tail}`,
      fix: `Bill ${hit.column1} alone, or ${hit.column2} alone if it is the service that was furnished.`,
    };
  }
  if (modifier === undefined) {
    const onCol1 = [...new Set(hit.col1Indices.flatMap((i) => modifiersOf(lines[i] as ServiceLine).filter((m) => BYPASS.has(m))))].sort();
    const misplaced =
      onCol1.length === 0 ? "" : ` The ${onCol1.join("/")} on the column-1 line (${hit.column1}) does not bypass the edit: it belongs on the column-2 line.`;
    return {
      ...base,
      rule: overlay ? "ncci/payer-pair-edit" : "ncci/ptp-modifier-required",
      severity: "error",
      // X-FROM: before 2015-01-01 the message and the fix name 59 only.
      message: `${pair} on one date of service: ${hit.column2} is denied unless its line carries ${on < "2015-01-01" ? "59" : "59, XE, XS, XP or XU"} (modifier indicator 1; ${why}).${misplaced}` +
        (on < "2015-01-01" && bypassOn(col2, "2015-01-01") !== undefined
          ? ` The ${bypassOn(col2, "2015-01-01")} on ${hit.column2} does not bypass it: the X modifiers apply from 2015-01-01; before then 59 did.`
          : ""),
      fix: `If ${hit.column2} was a distinct service (for timed codes, a separate time block), add ${on < "2015-01-01" ? "59" : "59 or the X modifier that fits"} to the ${hit.column2} line; otherwise do not bill it.`,
    };
  }
  if (!occupiesTimeBlock(hit.column1, on) || !occupiesTimeBlock(hit.column2, on)) return undefined;
  const own = interval(col2);
  const others = hit.col1Indices.map((i) => interval(lines[i] as ServiceLine));
  if (own === undefined || others.some((o) => o === undefined)) {
    return {
      ...base,
      rule: "ncci/ptp-bypass-needs-times",
      severity: "warning",
      message: `${hit.column2} carries ${modifier} to bypass the edit with ${hit.column1} (${why}), but the lines have no start and end times: CMS allows the bypass only for separate time blocks.`,
      fix: `Record start and end times for ${hit.column1} and ${hit.column2} showing the blocks do not overlap.`,
    };
  }
  // The earliest overlapping column-1 block, so the message never depends on line order.
  const clash = others
    .filter((o): o is [number, number] => o !== undefined && o[0] < own[1] && own[0] < o[1])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])[0];
  if (clash === undefined) return undefined;
  const col1 = { start: fmt(clash[0]), end: fmt(clash[1]) };
  return {
    ...base,
    rule: "ncci/ptp-bypass-overlapping-time",
    severity: "error",
    message: `${hit.column2} carries ${modifier} to bypass the edit with ${hit.column1} (${why}), but their times overlap (${hit.column2} ${col2.start}–${col2.end}, ${hit.column1} ${col1.start}–${col1.end}): the bypass is allowed only for separate time blocks.`,
    fix: `Bill only ${hit.column1} for the overlapping time, or correct the times if the blocks were separate.`,
  };
}

// SKIPPED: a pair rule that cannot be used (not an object; codes not text, or one code twice; an
// indicator other than 0 or 1; no rationale; from/to not a real YYYY-MM-DD date; from after to)
// gives an ncci/payer-pair-edit-skipped warning instead of being skipped in silence, and so does
// a pairOverlays that is not a list.
function overlayProblem(o: unknown): string | undefined {
  const x = o as Record<string, unknown> | null;
  if (typeof x?.column1 !== "string" || typeof x.column2 !== "string" || (x.modifierIndicator !== 0 && x.modifierIndicator !== 1) || typeof x.rationale !== "string") {
    return "it needs column1 and column2 (codes), modifierIndicator 0 or 1 and a rationale";
  }
  // PLAN: a deliberate change (2026-11-24, twelfth round): a pair rule's plan that is not a name is skipped, as in src/ncci/check-pair-edits.ts.
  if (x.plan !== undefined && typeof x.plan !== "string") return "plan must be the plan's name";
  // RULE-FIELDS: a deliberate change (thirteenth round, lead): a blank plan, then a field a pair rule does not have, is skipped, as in src/ncci/check-pair-edits.ts.
  if (typeof x.plan === "string" && x.plan.trim() === "") return '"plan" is blank, so the rule applies to no visit (name the plan as the visits\' payer.name says it, or leave plan out)';
  const keys = ["column1", "column2", "modifierIndicator", "rationale", "from", "to", "plan"];
  const unknown = Object.keys(x).filter((k) => !keys.includes(k));
  if (unknown.length > 0) return `unknown field${unknown.length === 1 ? "" : "s"} ${unknown.map((u) => `"${u}"`).join(", ")} (a pair rule has ${keys.join(", ")})`;
  if (x.column1.toUpperCase() === x.column2.toUpperCase()) return "column1 and column2 are the same code";
  for (const key of ["from", "to"]) {
    const d = x[key];
    if (d !== undefined && !(typeof d === "string" && isIsoDate(d))) return `${key} must be a real date written YYYY-MM-DD`;
  }
  if (typeof x.from === "string" && typeof x.to === "string" && x.from > x.to) return "from is after to, so no date is in it";
  return undefined;
}

function overlaySkipped(where: string, why: string): Finding {
  return {
    rule: "ncci/payer-pair-edit-skipped",
    severity: "warning",
    message: `${where} was skipped, so it was not checked: ${why}.`,
    fix: "Correct it or leave it out.",
    source: { title: "therapy-claims payer profile", section: "PairOverlay (docs/ncci.md, Payer overlays)" },
  };
}

function overlayInForce(o: PairOverlay, on: string): boolean {
  return (o.from === undefined || o.from <= on) && (o.to === undefined || on <= o.to);
}

function indicesOf(lines: readonly ServiceLine[], code: string): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.code.toUpperCase() === code.toUpperCase()) out.push(i);
  });
  return out;
}

/**
 * Checks every pair of codes on the session's date of service against the NCCI
 * procedure-to-procedure edits and the payer's own pair rules, and checks the 59/X modifiers
 * that go with them. Each edit gives one finding on the column-2 line:
 *
 * - `ncci/ptp-not-bypassable` (error): an indicator-0 edit, whatever the modifiers;
 * - `ncci/ptp-modifier-required` (error): an indicator-1 edit and no 59/XE/XS/XP/XU on the
 *   column-2 line (a modifier on the column-1 line does not help);
 * - `ncci/ptp-bypass-overlapping-time` (error) / `ncci/ptp-bypass-needs-times` (warning): a
 *   bypass between two timed or group codes whose times overlap, or that have no times;
 * - `ncci/payer-pair-edit` (error): a payer overlay ({@link PairOverlay}), naming the payer;
 * - `ncci/release-older-than-service` (info, once): the date of service is after the release
 *   the tables come from;
 * - `modifier/59-with-x-modifier` (error): 59 and an X modifier on one line;
 * - `modifier/ncci-modifier-without-edit` (info): 59 or X on a line no edit in force binds.
 *
 * Two lines with the same code are not a pair edit. With the payer profile's `ptpEdits` off,
 * only payer overlays are checked.
 *
 * @param session - a parsed session
 * @param options - the NCCI tables and payer-profile overrides
 * @returns the findings, in line order
 * @example
 * ```ts
 * checkPairEdits({ dateOfService: "2024-05-01", payer: { program: "medicare" },
 *   provider: { discipline: "PT" },
 *   services: [{ code: "97150", units: 1 }, { code: "97530", units: 2 }] })
 *   .map((f) => f.rule); //=> ["ncci/ptp-modifier-required"]
 * ```
 * @remarks CMS NCCI PTP edits (practitioner table); NCCI Policy Manual for Medicare Services,
 * ch. I (modifiers 59 and XE/XS/XP/XU); CMS CR 8863.
 */
export function checkPairEdits(session: Session, options: CheckPairEditsOptions = {}): Finding[] {
  const profile = resolvePayerProfile(session.payer, options.payer);
  const tables = options.ncci ?? DEFAULT_NCCI_TABLES;
  const on = session.dateOfService;
  const lines = session.services;
  const hits: PairHit[] = [];
  const bound = new Set<number>();
  const distinct = [...new Set(lines.map((l) => l.code.toUpperCase()))].sort();
  const findings: Finding[] = [];
  // MEDICAID: a Medicaid visit checked against Medicare's NCCI rows (the bundled tables), or a
  // Medicare visit against Medicaid's, gets one note saying so (the live programNote; no older one).
  const note = lines.length > 0 ? programNote(session.payer.program, profile, tables) : undefined;
  if (note !== undefined) findings.push(note);

  if (profile.ptpEdits) {
    const release = tables.release.ptp;
    const caveatFor = (unknown: boolean): string => (unknown ? "; effective date unknown" : "");
    for (let a = 0; a < distinct.length; a++) {
      for (let b = a + 1; b < distinct.length; b++) {
        const edit = findPtpEdit(distinct[a] as string, distinct[b] as string, on, tables);
        if (edit === undefined) continue;
        const col1Indices = indicesOf(lines, edit.column1);
        const col2Indices = indicesOf(lines, edit.column2);
        for (const i of [...col1Indices, ...col2Indices]) bound.add(i);
        const origin = `NCCI edit, release ${release === undefined ? "unnamed" : releaseLabel(release)}${
          edit.deletion === undefined ? "" : `, in force through ${edit.deletion}`
        }${caveatFor(edit.effectiveDateUnknown)}`;
        for (const col2Index of col2Indices) {
          hits.push({
            column1: edit.column1,
            column2: edit.column2,
            indicator: edit.modifierIndicator,
            rationale: edit.rationale,
            origin,
            source: withRelease(NCCI_SOURCES.ptpEdits, release),
            col2Index,
            col1Indices,
          });
        }
      }
    }
    if (release?.through !== undefined && on > release.through && distinct.length >= 2) {
      findings.push({
        rule: "ncci/release-older-than-service",
        severity: "info",
        message: `The date of service ${on} is after the NCCI release the pair edits come from (${releaseLabel(release)}, through ${release.through}): edits added or deleted since then are not checked.`,
        // QUARTER: a deliberate change (2026-11-23, tenth round): the fix names the quarter of the date of service and its CMS files, and the CLI option, as in src/ncci/check-pair-edits.ts.
        // MEDICAID-FIX: a Medicaid visit is told to load Medicaid's NCCI files of its quarter.
        fix: quarterFix(on, undefined, session.payer.program),
        source: withRelease(NCCI_SOURCES.ptpEdits, release),
      });
    }
    // NO-EDITS: a deliberate change (2026-11-23, tenth round): tables without PTP rows give one ncci/no-ptp-edits warning, as in src/ncci/check-pair-edits.ts.
    if (tables.ptpRowCount === 0 && distinct.length >= 2) {
      findings.push({
        rule: "ncci/no-ptp-edits",
        severity: "warning",
        message: "The NCCI tables given hold no PTP edits, so no pair of codes on this visit was checked.",
        fix: "Pass the PTP rows of the CMS files to createNcciTables with the MUE rows (loaded tables replace the bundled ones), or leave ncci out.",
        source: withRelease(NCCI_SOURCES.ptpEdits, release),
      });
    }
  }

  // SKIPPED (see overlayProblem)
  const given: unknown = options.payer?.pairOverlays;
  if (given != null && !Array.isArray(given)) findings.push(overlaySkipped("pairOverlays", "it is not a list"));
  for (const [k, o] of profile.pairOverlays.entries()) {
    const why = overlayProblem(o);
    if (why !== undefined) {
      findings.push(overlaySkipped(`${profile.name} pair rule ${k + 1} (pairOverlays[${k}])`, why));
      continue;
    }
    if (!overlayInForce(o, on)) continue;
    // PLAN: a pair rule with a plan applies only to visits checked as that plan (the profile's name, case and spaces around it aside).
    if (o.plan !== undefined && o.plan.trim().toUpperCase() !== profile.name.trim().toUpperCase()) continue;
    const col1Indices = indicesOf(lines, o.column1);
    const col2Indices = indicesOf(lines, o.column2);
    if (col1Indices.length === 0 || col2Indices.length === 0) continue;
    for (const i of [...col1Indices, ...col2Indices]) bound.add(i);
    // PAIR-ONCE: a deliberate change (2026-11-24, twelfth round): a pair rule for the pair of an NCCI edit in force or of an earlier
    // rule adds no second finding on the line; a stricter one (indicator 0 over 1) replaces it, as in src/ncci/check-pair-edits.ts.
    const same = hits.filter((h) => h.column1 === o.column1.toUpperCase() && h.column2 === o.column2.toUpperCase());
    if (same.length > 0 && same[0]!.indicator <= o.modifierIndicator) continue;
    for (const h of same) hits.splice(hits.indexOf(h), 1);
    for (const col2Index of col2Indices) {
      hits.push({
        column1: o.column1.toUpperCase(),
        column2: o.column2.toUpperCase(),
        indicator: o.modifierIndicator,
        rationale: o.rationale,
        origin: `${profile.name} pair rule (not an NCCI edit)`,
        payerName: profile.name,
        source: { title: `${profile.name} payer policy (pair rule supplied in the payer profile)` },
        col2Index,
        col1Indices,
      });
    }
  }

  // ONE-PER-LINE: a deliberate change (eleventh round): one ncci/ptp-bypass-needs-times warning a column-2 line, naming every
  // edit of one source its modifier bypasses without times ("the edits with 97760 (…) and 97763 (…)", codes [97760, 97763, 97140]),
  // where 97140 with 59 beside 97760 and 97763 got two, as in src/ncci/check-pair-edits.ts.
  const timesAt = new Map<number, [Finding, PairHit[]]>();
  for (const hit of hits) {
    const f = judge(hit, lines, on);
    if (f === undefined) continue;
    const seen = f.rule === "ncci/ptp-bypass-needs-times" ? timesAt.get(hit.col2Index) : undefined;
    // One source: NCCI's edits (a payer's pair rules each cite their own).
    if (seen !== undefined && seen[1][0]!.payerName === undefined && hit.payerName === undefined) {
      seen[1].push(hit);
      const all = seen[1];
      const col1 = all.map((h) => h.column1);
      const merged: Finding = {
        ...seen[0],
        codes: [...col1, hit.column2],
        message: seen[0].message.replace(/ to bypass the edits? with .*, but the lines/, ` to bypass the edits with ${all.map((h) => `${h.column1} (${h.origin}; rationale: ${h.rationale})`).join(" and ")}, but the lines`),
        fix: `Record start and end times for ${col1.join(", ")} and ${hit.column2} showing the blocks do not overlap.`,
      };
      findings[findings.indexOf(seen[0])] = merged;
      seen[0] = merged;
      continue;
    }
    if (f.rule === "ncci/ptp-bypass-needs-times") timesAt.set(hit.col2Index, [f, [hit]]);
    findings.push(f);
  }

  if (profile.ptpEdits) {
    lines.forEach((line, i) => {
      const mods = modifiersOf(line);
      const has59 = mods.includes("59");
      const x = mods.find((m) => X_MODIFIERS.has(m));
      const path = ["services", i, "modifiers"];
      const source = NCCI_SOURCES.ncciModifiers;
      if (has59 && x !== undefined) {
        findings.push({
          rule: "modifier/59-with-x-modifier",
          severity: "error",
          message: `${line.code} carries both 59 and ${x}: use the X modifier that fits, or 59 alone when none does, never both on one line.`,
          path,
          codes: [line.code],
          fix: `Remove 59 from the ${line.code} line.`,
          source,
        });
      }
      if ((has59 || x !== undefined) && !bound.has(i)) {
        findings.push({
          rule: "modifier/ncci-modifier-without-edit",
          severity: "info",
          // RELEASE-NAMED: a deliberate change (2026-11-23, tenth round): the message names the PTP release it rests on, as in src/ncci/check-pair-edits.ts.
          message: `${line.code} carries ${has59 ? "59" : x}, but no pair edit of release ${tables.release?.ptp === undefined ? "unnamed" : releaseLabel(tables.release.ptp)} in force on ${on} binds it to another code on this date: an unneeded 59/X modifier draws audits.`,
          path,
          codes: [line.code],
          fix: `Remove ${has59 ? "59" : x} from the ${line.code} line unless another rule calls for it.`,
          source,
        });
      }
    });
  }

  return findings.sort((a, b) => lineOf(a) - lineOf(b));
}

function lineOf(f: Finding): number {
  const i = f.path?.[1];
  return typeof i === "number" ? i : -1;
}
