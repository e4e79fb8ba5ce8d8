/**
 * The twenty-fourth round's size work (branch `size24`) took bytes off the main entry with no change a user can see. This
 * file compares a build of size24's end (ffa2bb6, `.bench/size24`; END_BUILD_DIR names another; it compared the live source
 * while the round ran, which every later change of behaviour would break) with a build of the round's base (f26b099,
 * `.bench/base24`; BASE_BUILD_DIR names another):
 * every report of `validateSession`/`validateSessions` and every finding of `lintDocumentation`, as JSON (so keys in the same
 * order), on the bench generator's sessions (5 seeds × 1,000) and the realistic-notes corpus; every data export of the main
 * entry (the catalog's rows, the modifiers, the sources, the rules' meta) and what `getCode` answers. Skipped where the base
 * builds are missing (a clean clone), like round22.fuzz's comparisons.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateSessions } from "../../bench/generate.mjs";
import type { Session } from "../../src/model/session.js";
import { REALISTIC_NOTES, sessionOf as noteSession } from "../rules/realistic-notes.cases.js";

const BASE_DIR = resolve(process.env.BASE_BUILD_DIR ?? ".bench/base24");
const END_DIR = resolve(process.env.END_BUILD_DIR ?? ".bench/size24");
const built = (dir: string) => existsSync(`${dir}/index.js`) && existsSync(`${dir}/lint.js`);
const present = built(BASE_DIR) && built(END_DIR);
const loadFrom = async <T,>(dir: string, file: string): Promise<T> => (await import(/* @vite-ignore */ pathToFileURL(`${dir}/${file}`).href)) as T;
const base = present ? await loadFrom<Record<string, unknown>>(BASE_DIR, "index.js") : undefined;
const baseLint = present ? await loadFrom<Record<string, unknown>>(BASE_DIR, "lint.js") : undefined;
/** size24's end, typed as the source's entries (the build is made from them). */
const live = (present ? await loadFrom(END_DIR, "index.js") : {}) as typeof import("../../src/index.js");
const liveLint = (present ? await loadFrom(END_DIR, "lint.js") : {}) as typeof import("../../src/lint-entry.js");

type Validate = (input: unknown, options?: unknown) => unknown;
type ValidateAll = (inputs: Iterable<unknown>, options?: unknown) => unknown[];
type Lint = (session: Session, options?: unknown) => unknown[];

/** The bench generator's sessions: 5 seeds × 1,000, about one in eight with a billing error. */
const SESSIONS: readonly Record<string, unknown>[] = [1, 2, 3, 24, 2024].flatMap((seed) => generateSessions(1000, seed));
/** Options that switch the payer-dependent and the setting-dependent checks on. */
const OPTIONS: readonly unknown[] = [undefined, { payer: { unitMethod: "ama" } }, { rules: { "doc/cloned-activity": "error", "doc/activity-too-vague": "off" } }];

/** Hand-made inputs that reach findings the generator does not write: a Part A or MSP program, modifiers as one text, misspelled fields, an NCCI pair. */
const visit = (extra: Record<string, unknown>, services: readonly Record<string, unknown>[] = [{ code: "97110", minutes: 30, units: 2, modifiers: ["GP"] }]) => ({
  dateOfService: "2025-03-04",
  payer: { program: "medicare" },
  provider: { discipline: "PT", credential: "PT" },
  services,
  ...extra,
});
const HAND_MADE: readonly unknown[] = [
  visit({ payer: { program: "Medicare Part A" } }),
  visit({ payer: { program: "MSP" } }),
  visit({}, [{ code: "97110", minutes: 30, units: 2, modifiers: "GP,59" }]),
  visit({ dateOfServce: "2025-03-04", provider: { disciplin: "PT" } }),
  visit({}, [{ code: "97140", minutes: 15, units: 1, modifiers: ["GP", "59"] }, { code: "97530", minutes: 15, units: 1, modifiers: ["GP"] }]),
  visit({}, [{ code: "95992", minutes: 10, units: 1, modifiers: ["GP"] }, { code: "97112", minutes: 15, units: 1, modifiers: ["GP", "XU"] }]),
  visit({ provider: { discipline: "OT", credential: "PTA" } }, [{ code: "97001", minutes: 40, units: 1, modifiers: ["GO", "CQ"] }]),
  visit({ dateOfService: "2019-06-01" }, [{ code: "97127", minutes: 30, units: 1, modifiers: ["GN"] }, { code: "G0515", minutes: 30, units: 2, modifiers: ["GN"] }]),
  "not a visit",
];

/** The indexes where the two answers differ as JSON (the first few, for a readable failure). */
function differing(count: number, a: (i: number) => unknown, b: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < count && out.length < 5; i++) if (JSON.stringify(a(i)) !== JSON.stringify(b(i))) out.push(i);
  return out;
}

describe.skipIf(!present)("size24: its end build (ffa2bb6) answers as the base build (f26b099) does", () => {
  it("every export of the base's main and ./lint entries is there, of the same kind; every data export is the same JSON, keys in order", () => {
    const changed: string[] = [];
    for (const [theirs, mine] of [[base!, live], [baseLint!, liveLint]] as const) {
      for (const [name, value] of Object.entries(theirs)) {
        const ours = (mine as Record<string, unknown>)[name];
        if (typeof ours !== typeof value) changed.push(`${name}: ${typeof ours}`);
        else if (typeof value !== "function" && JSON.stringify(ours) !== JSON.stringify(value)) changed.push(name);
      }
    }
    expect(changed).toEqual([]);
  });

  it("getCode answers the same for every catalogued code, on no date and on four dates, in any case", () => {
    const getCode = live.getCode as (code: string, on?: string) => unknown;
    const baseGetCode = base!.getCode as typeof getCode;
    const codes = live.CODE_ROWS.map((r) => r.code);
    expect(codes.length).toBeGreaterThan(90);
    const asks = codes.flatMap((c) => [undefined, "2016-06-01", "2018-06-01", "2019-12-31", "2026-11-25"].flatMap((on) => [[c, on], [c.toLowerCase(), on]] as const));
    expect(differing(asks.length, (i) => getCode(...asks[i]!), (i) => baseGetCode(...asks[i]!))).toEqual([]);
  });

  it("validateSession: the same report for each of 5,000 generated sessions, under each of three option sets", () => {
    const mine = live.validateSession as Validate;
    const theirs = base!.validateSession as Validate;
    for (const options of OPTIONS) expect(differing(SESSIONS.length, (i) => mine(SESSIONS[i], options), (i) => theirs(SESSIONS[i], options))).toEqual([]);
  });

  it("validateSession: the same report for each hand-made input (Part A and MSP programs, modifiers as one text, misspelled fields, pair edits)", () => {
    const mine = live.validateSession as Validate;
    const theirs = base!.validateSession as Validate;
    expect(differing(HAND_MADE.length, (i) => mine(HAND_MADE[i]), (i) => theirs(HAND_MADE[i]))).toEqual([]);
  });

  it("validateSessions: the same reports for the generated sessions read as one batch", () => {
    const mine = (live.validateSessions as ValidateAll)(SESSIONS);
    const theirs = (base!.validateSessions as ValidateAll)(SESSIONS);
    expect(mine.length).toBe(SESSIONS.length);
    expect(differing(SESSIONS.length, (i) => mine[i], (i) => theirs[i])).toEqual([]);
  });

  it("lintDocumentation: the same findings for each generated session and for each note of the realistic-notes corpus", () => {
    const mine = liveLint.lintDocumentation as Lint;
    const theirs = baseLint!.lintDocumentation as Lint;
    const sessions = [...SESSIONS.map((s) => live.parseSession(s) as Session), ...REALISTIC_NOTES.map((n) => noteSession(n))];
    expect(sessions.length).toBeGreaterThan(5000);
    expect(differing(sessions.length, (i) => mine(sessions[i]!), (i) => theirs(sessions[i]!))).toEqual([]);
  });

  it("the realistic-notes corpus: validateSession's report for each note equals the base's", () => {
    const mine = live.validateSession as Validate;
    const theirs = base!.validateSession as Validate;
    expect(differing(REALISTIC_NOTES.length, (i) => mine(noteSession(REALISTIC_NOTES[i]!)), (i) => theirs(noteSession(REALISTIC_NOTES[i]!)))).toEqual([]);
  });
});
