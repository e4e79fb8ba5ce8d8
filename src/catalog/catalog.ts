import type { Discipline } from "../model/session.js";
import { CODE_ROWS } from "./codes.js";
import type { CodeContact, CodeInfo, CodeRow } from "./types.js";

/** Each row's two possible answers, built once and frozen: lookups on the hot path copy nothing. */
interface RowAnswers {
  readonly row: CodeRow;
  readonly active: CodeInfo;
  readonly inactive: CodeInfo;
}

function freezeInfo(row: CodeRow, active: boolean): CodeInfo {
  return Object.freeze({ ...row, active, replacedBy: row.replacedBy ?? [], related: row.related ?? [] });
}

const BY_CODE: ReadonlyMap<string, RowAnswers> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ CODE_ROWS.map((row) => [row.code, { row, active: freezeInfo(row, true), inactive: freezeInfo(row, false) }]),
);

/**
 * Whether a dated range holds a date of service (both ends inclusive). With no date, the
 * range holds when it has no end: the code's latest known state.
 *
 * @param effective - the range, ISO dates
 * @param on - a date of service, YYYY-MM-DD
 * @returns whether `on` falls inside the range
 * @example
 * ```ts
 * isInEffect({ to: "2017-12-31" }, "2017-12-31"); //=> true
 * isInEffect({ to: "2017-12-31" }, "2018-01-01"); //=> false
 * isInEffect({ to: "2017-12-31" });               //=> false
 * ```
 */
export function isInEffect(effective: { readonly from?: string; readonly to?: string }, on?: string): boolean {
  if (on === undefined) return effective.to === undefined;
  if (effective.from !== undefined && on < effective.from) return false;
  if (effective.to !== undefined && on > effective.to) return false;
  return true;
}

function toInfo(answers: RowAnswers, on: string | undefined): CodeInfo {
  return isInEffect(answers.row.effective, on) ? answers.active : answers.inactive;
}

/**
 * Looks a code up in the catalog, with its status on a date of service.
 *
 * @param code - a CPT or HCPCS code (case-insensitive)
 * @param on - date of service, YYYY-MM-DD; without it, the code's latest known state (the
 *   library reads no clock)
 * @returns the code's facts (a frozen object), or `undefined` for a code the catalog does not know
 * @example
 * ```ts
 * getCode("97532", "2024-05-01")?.active;                //=> false
 * getCode("97532", "2024-05-01")?.replacedBy.at(-1)?.codes; //=> ["97129", "97130"]
 * getCode("97532", "2017-06-01")?.active;                //=> true
 * getCode("99999");                                      //=> undefined
 * ```
 * @remarks Timed vs untimed: Medicare Claims Processing Manual ch. 5 §20.2.
 */
export function getCode(code: string, on?: string): CodeInfo | undefined {
  const answers = BY_CODE.get(code) ?? BY_CODE.get(code.toUpperCase());
  return answers === undefined ? undefined : toInfo(answers, on);
}

/**
 * What {@link listCodes} can filter on; every field given must match.
 *
 * @example
 * ```ts
 * const f: CodeFilter = { timed: true, discipline: "OT", activeOn: "2025-01-02" };
 * ```
 */
export interface CodeFilter {
  /** `true`: 15-minute codes under the 8-minute rule; `false`: one unit a day (row's `timed`). */
  readonly timed?: boolean | undefined;
  /** How the code is delivered (row's `contact`, e.g. `"one-on-one"`, `"group"`). */
  readonly contact?: CodeContact | undefined;
  /** Codes this discipline bills under Medicare (its row's `disciplines` include it). */
  readonly discipline?: Discipline | undefined;
  /** `true`: on CMS's always-therapy list (GP/GO/GN required); `false`: the others, "sometimes therapy" among them. */
  readonly alwaysTherapy?: boolean | undefined;
  /** Only codes valid on this date of service; `active` is reported for this date too. */
  readonly activeOn?: string | undefined;
}

/**
 * Lists catalog codes, sorted by code, optionally filtered.
 *
 * @param filter - which codes to keep
 * @returns the matching codes' facts
 * @example
 * ```ts
 * listCodes({ contact: "group" }).map((c) => c.code); //=> ["92508", "97150"]
 * ```
 */
export function listCodes(filter: CodeFilter = {}): CodeInfo[] {
  const out: CodeInfo[] = [];
  for (const answers of BY_CODE.values()) {
    const row = answers.row;
    if (filter.timed !== undefined && row.timed !== filter.timed) continue;
    if (filter.contact !== undefined && row.contact !== filter.contact) continue;
    if (filter.discipline !== undefined && !row.disciplines.includes(filter.discipline)) continue;
    if (filter.alwaysTherapy !== undefined && row.alwaysTherapy !== filter.alwaysTherapy) continue;
    if (filter.activeOn !== undefined && !isInEffect(row.effective, filter.activeOn)) continue;
    out.push(toInfo(answers, filter.activeOn));
  }
  return out;
}
