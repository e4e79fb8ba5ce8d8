import { getCode } from "../catalog/catalog.js";
import type { Finding } from "../model/finding.js";
import type { PairOverlay, PayerProfileOverride } from "../model/payer-profile.js";
import type { ServiceLine, Session } from "../model/session.js";
import type { Source } from "../model/source.js";
import { clockMinutes, isIsoDate } from "../model/dates.js";
import { upper } from "../units/upper.js";
import { ncciFactsOf, ptpOrigin } from "./ptp-index.js";
import { payerProfileOf } from "../model/payer-profile-of.js";
import { sortInPlace } from "../model/sort-in-place.js";
import { ptpRowBetween } from "./ptp.js";
import { NCCI_SOURCES } from "./sources.js";
import { quarterFix } from "./quarter-files.js";
import { programNote } from "./program-note.js";
import { DEFAULT_NCCI_TABLES, type NcciTables } from "./tables.js";
import { directOptions } from "../validate/direct-options.js";

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
  readonly ncci?: NcciTables | undefined;
  /** Overrides of the session's payer profile (e.g. `ptpEdits: false`, `pairOverlays`). */
  readonly payer?: PayerProfileOverride | undefined;
}

/** Whether an upper-case modifier is 59, XE, XS, XP or XU. */
function isBypass(m: string): boolean {
  if (m.length !== 2) return false;
  const a = m.charCodeAt(0);
  const b = m.charCodeAt(1);
  // "59", or "X" then E (69), S (83), P (80), U (85)
  return (a === 53 && b === 57) || (a === 88 && (b === 69 || b === 83 || b === 80 || b === 85));
}

/** The first date of service of XE/XS/XP/XU (CMS CR 8863); before it only 59 bypasses an edit. */
const X_FROM = "2015-01-01";

/** The first 59/XE/XS/XP/XU on a line (upper case) in force on `on`, the one that bypasses an edit. */
function bypassOn(line: ServiceLine, on: string): string | undefined {
  const mods = line.modifiers;
  if (mods === undefined) return undefined;
  for (let k = 0; k < mods.length; k++) {
    const m = upper(mods[k] as string);
    if (isBypass(m) && (m === "59" || on >= X_FROM)) return m;
  }
  return undefined;
}

/** Timed codes and group codes are furnished over a stretch of clock time: a bypass needs separate blocks. */
function occupiesTimeBlock(code: string, on: string): boolean {
  const info = getCode(code, on);
  return info !== undefined && (info.timed || info.contact === "group");
}

/** A line's start and end minutes, when it has both (an absent time reads as "", never a clock time). */
function interval(line: ServiceLine): [number, number] | undefined {
  const s = clockMinutes(line.start ?? "");
  const e = clockMinutes(line.end ?? "");
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
  readonly overlay: boolean;
  readonly source: Source;
  readonly col2Indices: readonly number[];
  readonly col1Indices: readonly number[];
  // What judging a column-2 line reads of the column-1 lines, found once per edit (at the first
  // line that needs it), not once per column-2 line: a visit of thousands of lines is not quadratic.
  /** The 59/X modifiers on the column-1 lines ({@link bypassesOn}). */
  misplaced?: string[];
  /** The column-1 time blocks ({@link blocksOf}); none when a column-1 line has no times. */
  blocks?: Block[];
}

/** A column-1 time block: start and end minutes, the line, and the latest end of it and the blocks sorted before it. */
type Block = [start: number, end: number, line: number, reach: number];

/** The column-1 time blocks sorted by start, then end; none when a column-1 line has no start or end time. */
function blocksOf(indices: readonly number[], lines: readonly ServiceLine[]): Block[] {
  const blocks: Block[] = [];
  for (const i of indices) {
    const o = interval(lines[i] as ServiceLine);
    if (o === undefined) return [];
    blocks.push([o[0], o[1], i, 0]);
  }
  blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let reach = 0;
  for (const b of blocks) b[3] = reach = Math.max(reach, b[1]);
  return blocks;
}

/** The 59/X modifiers on the column-1 lines, each once, sorted: the message says they are misplaced. */
function bypassesOn(indices: readonly number[], lines: readonly ServiceLine[]): string[] {
  const found: string[] = [];
  for (const i of indices) {
    for (const raw of (lines[i] as ServiceLine).modifiers ?? []) {
      const m = upper(raw);
      if (isBypass(m) && !found.includes(m)) found.push(m);
    }
  }
  return found.sort();
}

/** A finding on an edit's column-2 line, naming both codes. */
function hitFinding(hit: PairHit, col2Index: number, rule: string, severity: Finding["severity"], message: string, fix: string): Finding {
  return { path: ["services", col2Index], codes: [hit.column1, hit.column2], source: hit.source, rule, severity, message, fix };
}

/**
 * The one `ncci/ptp-bypass-needs-times` warning of a column-2 line, naming every edit of one
 * source its modifier bypasses without times (97140 with 59 beside 97760 and 97763: one warning).
 */
function needsTimes(hits: readonly PairHit[], col2Index: number, modifier: string): Finding {
  const hit = hits[0] as PairHit;
  const col1 = hits.map((h) => h.column1);
  return {
    path: ["services", col2Index], codes: [...col1, hit.column2], source: hit.source, rule: "ncci/ptp-bypass-needs-times", severity: "warning",
    message: `${hit.column2} carries ${modifier} to bypass the edit${hits.length > 1 ? "s" : ""} with ${hits.map((h) => `${h.column1} (${h.origin}; rationale: ${h.rationale})`).join(" and ")}, but the lines have no start and end times: CMS allows the bypass only for separate time blocks.`,
    fix: `Record start and end times for ${col1.join(", ")} and ${hit.column2} showing the blocks do not overlap.`,
  };
}

function judge(hit: PairHit, col2Index: number, lines: readonly ServiceLine[], on: string): Finding | undefined {
  const col2 = lines[col2Index] as ServiceLine;
  const pair = `${hit.column2} (column 2) with ${hit.column1} (column 1)`;
  const why = `${hit.origin}; rationale: ${hit.rationale}`;
  const modifier = bypassOn(col2, on);
  if (hit.indicator === 0) {
    const tail = modifier === undefined ? "" : ` The ${modifier} on ${hit.column2} does not change that.`;
    return hitFinding(hit, col2Index, hit.overlay ? "ncci/payer-pair-edit" : "ncci/ptp-not-bypassable", "error",
      `${pair} on one date of service: ${hit.column2} is denied and no modifier bypasses this edit (modifier indicator 0; ${why}).${tail}`,
      `Bill ${hit.column1} alone, or ${hit.column2} alone if it is the service that was furnished.`,
    );
  }
  if (modifier === undefined) {
    const onCol1 = (hit.misplaced ??= bypassesOn(hit.col1Indices, lines));
    const misplaced =
      onCol1.length === 0 ? "" : ` The ${onCol1.join("/")} on the column-1 line (${hit.column1}) does not bypass the edit: it belongs on the column-2 line.`;
    // An X modifier on a visit before it existed: bypassOn read as of its first day finds it.
    const before = on < X_FROM;
    const early = before ? bypassOn(col2, X_FROM) : undefined;
    return hitFinding(hit, col2Index, hit.overlay ? "ncci/payer-pair-edit" : "ncci/ptp-modifier-required", "error",
      `${pair} on one date of service: ${hit.column2} is denied unless its line carries ${before ? "59" : "59, XE, XS, XP or XU"} (modifier indicator 1; ${why}).${misplaced}` +
        (early === undefined ? "" : ` The ${early} on ${hit.column2} does not bypass it: the X modifiers apply from ${X_FROM}; before then 59 did.`),
      `If ${hit.column2} was a distinct service (for timed codes, a separate time block), add ${before ? "59" : "59 or the X modifier that fits"} to the ${hit.column2} line; otherwise do not bill it.`,
    );
  }
  if (!occupiesTimeBlock(hit.column1, on) || !occupiesTimeBlock(hit.column2, on)) return undefined;
  const own = interval(col2);
  // An edit binds at least one column-1 line: no blocks means a line without times.
  const blocks = (hit.blocks ??= blocksOf(hit.col1Indices, lines));
  if (own === undefined || blocks.length === 0) {
    return needsTimes([hit], col2Index, modifier);
  }
  // The earliest overlapping column-1 block (by start, then end), so the message never depends on
  // line order: the first block, in that order, that ends after this line starts (where the
  // latest end first passes its start, found by halving), if it starts before this line ends.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block)[3] > own[0]) hi = mid;
    else lo = mid + 1;
  }
  const clash = blocks[lo];
  if (clash === undefined || clash[0] >= own[1]) return undefined;
  const col1 = lines[clash[2]] as ServiceLine;
  return hitFinding(hit, col2Index, "ncci/ptp-bypass-overlapping-time", "error",
    `${hit.column2} carries ${modifier} to bypass the edit with ${hit.column1} (${why}), but their times overlap (${hit.column2} ${col2.start}–${col2.end}, ${hit.column1} ${col1.start}–${col1.end}): the bypass is allowed only for separate time blocks.`,
    `Bill only ${hit.column1} for the overlapping time, or correct the times if the blocks were separate.`,
  );
}

const DATE_KEYS = ["from", "to"] as const;
/** The fields of a PairOverlay. */
const OVERLAY_KEYS: readonly string[] = ["column1", "column2", "modifierIndicator", "rationale", "from", "to", "plan"];

/** A date bound of a payer overlay: absent, or a real date written YYYY-MM-DD. */
function isDateBound(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && isIsoDate(value));
}

/**
 * Why a payer overlay cannot be used, or `undefined` when it can. Overlays come from JavaScript
 * callers: an item that is not an overlay (null, {}, "x", no rationale, an indicator other than
 * 0 or 1, a date that is a number or not YYYY-MM-DD, dates that never meet, one code twice, a
 * plan that is not a name or is blank, a field a rule does not have such as "form" for "from") is
 * skipped, and said to be skipped. The CLI's --pair-overlays reader asks it too.
 *
 * @example
 * ```ts
 * overlayProblem({ column1: "97140", column2: "97530", modifierIndicator: 0, rationale: "Plan policy", plan: " " });
 * //=> '"plan" is blank, so the rule applies to no visit (name the plan as the visits\' payer.name says it, or leave plan out)'
 * ```
 * @internal
 */
export function overlayProblem(o: PairOverlay): string | undefined {
  if (typeof o?.column1 !== "string" || typeof o.column2 !== "string" || (o.modifierIndicator !== 0 && o.modifierIndicator !== 1) || typeof o.rationale !== "string") {
    return "it needs column1 and column2 (codes), modifierIndicator 0 or 1 and a rationale";
  }
  if (o.plan !== undefined && typeof o.plan !== "string") return "plan must be the plan's name";
  if (o.plan?.trim() === "") return '"plan" is blank, so the rule applies to no visit (name the plan as the visits\' payer.name says it, or leave plan out)';
  // A key a rule does not have is a misspelling ("form" for "from") whose meaning would be lost.
  const unknown = Object.keys(o).filter((key) => !OVERLAY_KEYS.includes(key));
  if (unknown.length > 0) return `unknown field${unknown.length === 1 ? "" : "s"} ${unknown.map((u) => `"${u}"`).join(", ")} (a pair rule has ${OVERLAY_KEYS.join(", ")})`;
  if (upper(o.column1) === upper(o.column2)) return "column1 and column2 are the same code";
  for (const key of DATE_KEYS) if (!isDateBound(o[key])) return `${key} must be a real date written YYYY-MM-DD`;
  if (o.from !== undefined && o.to !== undefined && o.from > o.to) return "from is after to, so no date is in it";
  return undefined;
}

/** The warning that a payer's pair rule (or its whole list, `where` "pairOverlays") was skipped. */
function overlaySkipped(where: string, why: string): Finding {
  return {
    rule: "ncci/payer-pair-edit-skipped",
    severity: "warning",
    message: `${where} was skipped, so it was not checked: ${why}.`,
    fix: "Correct it or leave it out.",
    source: { title: "therapy-claims payer profile", section: "PairOverlay (docs/ncci.md, Payer overlays)" },
  };
}

/** The lines whose upper-case code is `upperCode`, in order. */
function indicesOf(codes: readonly string[], upperCode: string): number[] {
  // Usually one line: the list starts as [i] (a first push would reserve room for 17).
  let out: number[] | undefined;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== upperCode) continue;
    if (out === undefined) out = [i];
    else out.push(i);
  }
  return out ?? [];
}

/** Marks lines as bound by an edit; the list is made on the first mark. */
function bind(bound: boolean[] | undefined, count: number, indices: readonly number[]): boolean[] {
  const out = bound ?? new Array<boolean>(count).fill(false);
  for (const i of indices) out[i] = true;
  return out;
}

/**
 * Checks every pair of codes on the session's date of service against the NCCI
 * procedure-to-procedure edits and the payer's own pair rules, and checks the 59/X modifiers
 * that go with them. Each edit gives one finding on the column-2 line:
 *
 * - `ncci/ptp-not-bypassable` (error): an indicator-0 edit, whatever the modifiers;
 * - `ncci/ptp-modifier-required` (error): an indicator-1 edit and no 59/XE/XS/XP/XU on the
 *   column-2 line (a modifier on the column-1 line does not help; an X modifier before
 *   2015-01-01, when only 59 existed, does not either);
 * - `ncci/ptp-bypass-overlapping-time` (error) / `ncci/ptp-bypass-needs-times` (warning): a
 *   bypass between two timed or group codes whose times overlap, or that have no times;
 * - `ncci/payer-pair-edit` (error): a payer overlay ({@link PairOverlay}), naming the payer;
 * - `ncci/release-older-than-service` (info, once): the date of service is after the release
 *   the tables come from;
 * - `ncci/no-ptp-edits` (warning, once): the tables hold no PTP rows, so no pair was checked;
 * - `ncci/medicare-edits-for-medicaid` (info, once) / `ncci/medicaid-edits-for-medicare`
 *   (warning, once): the visit's program is Medicaid and the tables' PTP or MUE release is
 *   Medicare's (the bundled tables are), or the other way round;
 * - `modifier/59-with-x-modifier` (error): 59 and an X modifier on one line;
 * - `modifier/ncci-modifier-without-edit` (info): 59 or X on a line no edit in force binds.
 *
 * Two lines with the same code are not a pair edit. With the payer profile's `ptpEdits` off,
 * only payer overlays are checked.
 *
 * @param session - a parsed session
 * @param options - the NCCI tables and payer-profile overrides
 * @throws TypeError when an option cannot be used (a payer field of the wrong type or one no profile has, `ncci` that is not NCCI tables); validateSession names such options in warnings instead
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
export function checkPairEdits(session: Session, options?: CheckPairEditsOptions): Finding[] {
  const opts = directOptions("checkPairEdits", options);
  const profile = payerProfileOf(session.payer, opts.payer);
  const tables = opts.ncci ?? DEFAULT_NCCI_TABLES;
  const on = session.dateOfService;
  const lines = session.services;
  const n = lines.length;
  const codes = new Array<string>(n);
  for (let i = 0; i < n; i++) codes[i] = upper((lines[i] as ServiceLine).code);
  const hits: PairHit[] = [];
  let bound: boolean[] | undefined;
  const findings: Finding[] = [];
  // Once per visit with lines: a Medicaid visit checked against Medicare's rows, or the other way round.
  const note = n > 0 ? programNote(session.payer.program, profile, tables) : undefined;
  if (note !== undefined) findings.push(note);

  if (profile.ptpEdits) {
    const distinct = distinctCodes(codes);
    const d = distinct.length;
    const release = tables.release.ptp;
    const { ptp: index, ptpSource: source, ptpLabel: label } = ncciFactsOf(tables);
    for (let a = 0; a < d; a++) {
      // A code with no edit in the table pairs with nothing: a visit of thousands of unknown
      // codes must not try every pair of them.
      const code = distinct[a] as string;
      if (index?.has(code) === false) continue;
      for (let b = a + 1; b < d; b++) {
        const other = distinct[b] as string;
        const edit = ptpRowBetween(code, other, code, other, on, tables);
        if (edit === undefined) continue;
        const col1Indices = indicesOf(codes, upper(edit.column1));
        const col2Indices = indicesOf(codes, upper(edit.column2));
        bound = bind(bind(bound, n, col1Indices), n, col2Indices);
        hits.push({
          column1: edit.column1,
          column2: edit.column2,
          indicator: edit.modifierIndicator === 0 ? 0 : 1,
          rationale: edit.rationale,
          origin: ptpOrigin(edit, label),
          overlay: false,
          source,
          col2Indices,
          col1Indices,
        });
      }
    }
    if (release?.through !== undefined && on > release.through && d >= 2) {
      findings.push({
        rule: "ncci/release-older-than-service",
        severity: "info",
        message: `The date of service ${on} is after the NCCI release the pair edits come from (${label}, through ${release.through}): edits added or deleted since then are not checked.`,
        fix: quarterFix(on, undefined, session.payer.program),
        source,
      });
    }
    // Tables without PTP rows (an MUE table loaded alone) check no pair: say so, not nothing.
    if (tables.ptpRowCount === 0 && d >= 2) {
      findings.push({
        rule: "ncci/no-ptp-edits",
        severity: "warning",
        message: "The NCCI tables given hold no PTP edits, so no pair of codes on this visit was checked.",
        fix: "Pass the PTP rows of the CMS files to createNcciTables with the MUE rows (loaded tables replace the bundled ones), or leave ncci out.",
        source,
      });
    }
  }

  // A pairOverlays that is not a list leaves the profile's (none): say so.
  const given: unknown = opts.payer?.pairOverlays;
  if (given != null && !Array.isArray(given)) findings.push(overlaySkipped("pairOverlays", "it is not a list"));
  const overlays = profile.pairOverlays;
  for (let k = 0; k < overlays.length; k++) {
    const o = overlays[k] as PairOverlay;
    const why = overlayProblem(o);
    if (why !== undefined) {
      findings.push(overlaySkipped(`${profile.name} pair rule ${k + 1} (pairOverlays[${k}])`, why));
      continue;
    }
    // Another plan's rule (a call that carries every plan's rules), or not in force on the date.
    if ((o.plan !== undefined && upper(o.plan.trim()) !== upper(profile.name.trim())) || (o.from !== undefined && o.from > on) || (o.to !== undefined && on > o.to)) continue;
    const column1 = upper(o.column1);
    const column2 = upper(o.column2);
    const col1Indices = indicesOf(codes, column1);
    const col2Indices = indicesOf(codes, column2);
    if (col1Indices.length === 0 || col2Indices.length === 0) continue;
    bound = bind(bind(bound, n, col1Indices), n, col2Indices);
    // One finding a pair: a rule that restates an NCCI edit in force or an earlier rule is
    // that edit; a stricter one (indicator 0 over 1) replaces it.
    const same = hits.findIndex((h) => h.column1 === column1 && h.column2 === column2);
    if (same >= 0) {
      if ((hits[same] as PairHit).indicator <= o.modifierIndicator) continue;
      hits.splice(same, 1);
    }
    hits.push({
      column1,
      column2,
      indicator: o.modifierIndicator,
      rationale: o.rationale,
      origin: `${profile.name} pair rule (not an NCCI edit)`,
      overlay: true,
      source: { title: `${profile.name} payer policy (pair rule supplied in the payer profile)` },
      col2Indices,
      col1Indices,
    });
  }

  // Each column-2 line's needs-times warning (where it is in findings, and its edits): one a line.
  const timesAt = new Map<number, [number, PairHit[]]>();
  for (const hit of hits) {
    for (const col2Index of hit.col2Indices) {
      const f = judge(hit, col2Index, lines, on);
      if (f === undefined) continue;
      if (f.rule === "ncci/ptp-bypass-needs-times") {
        const seen = timesAt.get(col2Index);
        if (seen !== undefined && (seen[1][0] as PairHit).source === hit.source) {
          seen[1].push(hit);
          findings[seen[0]] = needsTimes(seen[1], col2Index, bypassOn(lines[col2Index] as ServiceLine, on) as string);
          continue;
        }
        timesAt.set(col2Index, [findings.length, [hit]]);
      }
      findings.push(f);
    }
  }

  if (profile.ptpEdits) {
    for (let i = 0; i < n; i++) {
      const line = lines[i] as ServiceLine;
      const mods = line.modifiers;
      if (mods === undefined) continue;
      let has59 = false;
      let x: string | undefined;
      for (let k = 0; k < mods.length; k++) {
        const m = upper(mods[k] as string);
        if (!isBypass(m)) continue;
        if (m === "59") has59 = true;
        else x ??= m;
      }
      if (!has59 && x === undefined) continue;
      const code = line.code;
      if (has59 && x !== undefined) {
        findings.push({
          rule: "modifier/59-with-x-modifier",
          severity: "error",
          message: `${code} carries both 59 and ${x}: use the X modifier that fits, or 59 alone when none does, never both on one line.`,
          path: ["services", i, "modifiers"],
          codes: [code],
          fix: `Remove 59 from the ${code} line.`,
          source: NCCI_SOURCES.ncciModifiers,
        });
      }
      if (bound?.[i] !== true) {
        const m = has59 ? "59" : (x as string);
        findings.push({
          rule: "modifier/ncci-modifier-without-edit",
          severity: "info",
          message: `${code} carries ${m}, but no pair edit of release ${ncciFactsOf(tables).ptpLabel} in force on ${on} binds it to another code on this date: an unneeded 59/X modifier draws audits.`,
          path: ["services", i, "modifiers"],
          codes: [code],
          fix: `Remove ${m} from the ${code} line unless another rule calls for it.`,
          source: NCCI_SOURCES.ncciModifiers,
        });
      }
    }
  }

  return findings.length < 2 ? findings : sortInPlace(findings, byLine);
}

/** Code-unit order, the order `Array#sort` gives strings by default. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct codes, sorted. */
function distinctCodes(codes: readonly string[]): string[] {
  const sorted = sortInPlace(codes.slice(), byCodeUnits);
  const out: string[] = [];
  for (const code of sorted) if (out.length === 0 || out[out.length - 1] !== code) out.push(code);
  return out;
}

function byLine(a: Finding, b: Finding): number {
  return lineOf(a) - lineOf(b);
}

function lineOf(f: Finding): number {
  const i = f.path?.[1];
  return typeof i === "number" ? i : -1;
}
