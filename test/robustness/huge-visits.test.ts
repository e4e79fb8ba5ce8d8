/**
 * Huge visits (issue 7, robustness): the checks that take shortcuts in a long visit (codes with
 * no PTP edit skipped, each code's first line found by a set, overlapping pairs counted past
 * the cap, column-1 modifiers read once per edit) give exactly the findings of the frozen
 * quadratic implementations in test/oracles, on visits of 20 to 300 lines and on built shapes.
 * Speed is measured by bench/huge-visits.mjs, never asserted here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PayerProfileOverride } from "../../src/model/payer-profile.js";
import type { ServiceLine, Session } from "../../src/model/session.js";
import { checkMue } from "../../src/ncci/mue.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { EXTENDED_NCCI_TABLES } from "../../src/ncci/extended.js";
import { MUE_RELEASE, MUE_ROWS } from "../../src/ncci/mue-data.js";
import { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "../../src/ncci/ptp-data.js";
import { PTP_EXTENDED_ROWS } from "../../src/ncci/ptp-data-extended.js";
import { createNcciTables, DEFAULT_NCCI_TABLES, type NcciTables } from "../../src/ncci/tables.js";
import type { PtpRow } from "../../src/ncci/types.js";
import { calculateUnits } from "../../src/units/calculate-units.js";
import { checkUnits, checkUnitsWith } from "../../src/units/check-units.js";
import { checkMue as oldCheckMue } from "../oracles/ncci/mue.js";
import { checkPairEdits as oldCheckPairEdits } from "../oracles/ncci/check-pair-edits.js";
import { createNcciTables as oldCreateNcciTables, DEFAULT_NCCI_TABLES as OLD_DEFAULT, type NcciTables as OldTables } from "../oracles/ncci/tables.js";
import { checkUnits as oldCheckUnits, checkUnitsWith as oldCheckUnitsWith } from "../oracles/units/check-units.js";
import { dateArb, FUZZ_RUNS, payerOverrideArb, sameJson } from "../oracles/sessions.js";

const RELEASE = { ptp: PTP_RELEASE, mue: MUE_RELEASE, caveat: BUNDLED_NCCI_CAVEAT };

/** The same rows, indexed by the live and by the frozen createNcciTables. */
interface TablePair {
  readonly fast: NcciTables;
  readonly old: OldTables;
}
const CORE: TablePair = { fast: DEFAULT_NCCI_TABLES, old: OLD_DEFAULT };
const EXTENDED: TablePair = { fast: EXTENDED_NCCI_TABLES, old: oldCreateNcciTables({ ptp: PTP_EXTENDED_ROWS, mue: MUE_ROWS, release: RELEASE }) };
/** A table with a code holding the key separator "|": the PTP index is off, the old pair loop runs. */
const PIPE_ROWS: PtpRow[] = [...PTP_CORE_ROWS, { column1: "97110", column2: "A|B", modifierIndicator: 1, rationale: "made up" }];
const PIPE: TablePair = { fast: createNcciTables({ ptp: PIPE_ROWS, mue: MUE_ROWS, release: RELEASE }), old: oldCreateNcciTables({ ptp: PIPE_ROWS, mue: MUE_ROWS, release: RELEASE }) };

/** The core rows last to first: the index and the keyed scan meet each pair's rows in the other order. */
const REVERSED_ROWS = [...PTP_CORE_ROWS].reverse();
const REVERSED: TablePair = { fast: createNcciTables({ ptp: REVERSED_ROWS, mue: MUE_ROWS, release: RELEASE }), old: oldCreateNcciTables({ ptp: REVERSED_ROWS, mue: MUE_ROWS, release: RELEASE }) };

const TABLE_CODES = [...new Set(PTP_CORE_ROWS.flatMap((r) => [r.column1, r.column2]))];
const EXTENDED_CODES = [...new Set(PTP_EXTENDED_ROWS.flatMap((r) => [r.column1, r.column2]))].slice(0, 120);
const UNKNOWN_CODES = Array.from({ length: 30 }, (_, i) => String(10000 + i * 37));

/** A code: mostly the core table's, some of the extended table's, unknown ones, lower case, 97129/97130. */
const codeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TABLE_CODES) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTENDED_CODES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_CODES) },
  { weight: 1, arbitrary: fc.constantFrom(...TABLE_CODES).map((c) => c.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom("97129", "97130", "97150", "g0283", "A|B") },
);
const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
/** Clock times: a few fixed blocks (many overlaps), any block of the day, or none, or unreadable. */
const timesArb: fc.Arbitrary<{ start?: string; end?: string }> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom({ start: "09:00", end: "09:15" }, { start: "09:00", end: "09:40" }, { start: "09:00", end: "09:05" }, { start: "09:15", end: "09:30" }, { start: "09:10", end: "09:40" }, { start: "10:00", end: "10:08" }) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 90 })).map(([s, len]) => ({ start: hh(s), end: hh(Math.min(1439, s + len)) })) },
  { weight: 1, arbitrary: fc.constantFrom({}, { start: "09:00" }, { start: "10:00", end: "09:00" }, { start: "9:00", end: "09:30" }) },
);
const lineArb: fc.Arbitrary<ServiceLine> = fc
  .tuple(
    fc.record(
      {
        code: codeArb,
        minutes: fc.oneof(fc.nat({ max: 60 }), fc.constantFrom(0, 7, 8, 15, 23)),
        units: fc.nat({ max: 8 }),
        modifiers: fc.array(fc.constantFrom("GP", "GO", "59", "XU", "xu", "XE", "KX", "CQ"), { maxLength: 4 }),
        contact: fc.constantFrom("one-on-one" as const, "group" as const),
      },
      { requiredKeys: ["code"] },
    ),
    timesArb,
  )
  .map(([line, times]) => ({ ...line, ...times }));

/** A visit of 20 to 300 lines drawn from the pool above, duplicates and all. */
const hugeSessionArb: fc.Arbitrary<Session> = fc.record({
  dateOfService: fc.oneof(fc.constantFrom("2024-05-01", "2019-06-01"), dateArb),
  payer: fc.record({ program: fc.constantFrom("medicare" as const, "medicaid" as const, "commercial" as const), unitMethod: fc.constantFrom("cms" as const, "ama" as const) }, { requiredKeys: ["program"] }),
  provider: fc.constant({ discipline: "PT" as const }),
  services: fc.array(lineArb, { minLength: 20, maxLength: 300 }),
});

function samePairEdits(s: Session, t: TablePair, payer?: PayerProfileOverride): void {
  const fast = checkPairEdits(s, { ncci: t.fast, ...(payer && { payer }) });
  const old = oldCheckPairEdits(s, { ncci: t.old, ...(payer && { payer }) });
  expect(fast).toStrictEqual(old);
  expect(sameJson(fast, old)).toBe(true);
}

function sameUnits(s: Session): void {
  const fast = checkUnits(s);
  expect(fast).toStrictEqual(oldCheckUnits(s));
  expect(sameJson(fast, oldCheckUnits(s))).toBe(true);
  for (const method of ["cms", "ama"] as const) {
    const result = calculateUnits(s.services, { method });
    expect(checkUnitsWith(s, method, result)).toStrictEqual(oldCheckUnitsWith(s, method, result));
  }
}

function sameMue(s: Session, t: TablePair): void {
  for (const setting of ["practitioner", "outpatient-hospital"] as const) {
    const fast = checkMue(s, { ncci: t.fast, setting });
    const old = oldCheckMue(s, { ncci: t.old, setting });
    expect(fast).toStrictEqual(old);
    expect(sameJson(fast, old)).toBe(true);
  }
}

function session(services: ServiceLine[]): Session {
  return { dateOfService: "2024-05-01", payer: { program: "medicare" }, provider: { discipline: "PT" }, services };
}

describe("a visit of hundreds of lines gets exactly the findings of the frozen implementations", () => {
  it("checkPairEdits, with the core, the extended, the core reversed and a table the index cannot take, with any payer override", () => {
    fc.assert(
      fc.property(hugeSessionArb, payerOverrideArb, fc.constantFrom(CORE, EXTENDED, REVERSED, PIPE), (s, payer, t) => samePairEdits(s, t, payer)),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("checkUnits and checkUnitsWith, by both methods", () => {
    fc.assert(fc.property(hugeSessionArb, (s) => sameUnits(s)), { numRuns: FUZZ_RUNS });
  });
  it("checkMue, in both settings, with the core and the extended table", () => {
    fc.assert(fc.property(hugeSessionArb, fc.constantFrom(CORE, EXTENDED), (s, t) => sameMue(s, t)), { numRuns: FUZZ_RUNS });
  });
});

describe("the bypass's time check names the earliest overlapping column-1 block, as before", () => {
  it("with many column-1 lines sharing start times, in any line order", () => {
    const blockArb = fc.tuple(fc.constantFrom(540, 542, 545, 550), fc.constantFrom(3, 5, 15, 40));
    const bypassLineArb = fc.record({ code: fc.constantFrom("97150", "97530", "97140", "97112"), block: blockArb, mods: fc.constantFrom<string[]>(["59"], ["XU", "GP"], ["GP"]) }).map(
      ({ code, block: [start, length], mods }): ServiceLine => ({ code, units: 1, minutes: length, start: hh(start), end: hh(start + length), modifiers: mods }),
    );
    fc.assert(
      fc.property(fc.array(bypassLineArb, { minLength: 20, maxLength: 200 }), (services) => samePairEdits(session(services), CORE)),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe("built huge visits get exactly the findings of the frozen implementations", () => {
  const hour = (i: number) => `${String(8 + (i % 10)).padStart(2, "0")}`;
  const shapes: Record<string, (i: number) => ServiceLine> = {
    "every line at one clock time (every pair overlaps: 20 listed, the rest counted)": (i) => ({ code: i % 2 ? "97140" : "97530", minutes: 15, units: 1, start: "09:00", end: "09:15", modifiers: ["GP", "59"] }),
    "codes that edit each other, one-on-one and group": (i) => ({ code: ["97150", "97530", "97110", "97112", "92507", "97161"][i % 6] as string, minutes: 10, units: 1, start: "09:00", end: "09:15", modifiers: ["GP"], contact: i % 3 ? "one-on-one" : "group" }),
    "codes that edit each other, 59 on every line, staggered times": (i) => ({ code: ["97150", "97530", "97140", "97150", "97112"][i % 5] as string, minutes: 15, units: 1, start: hh(480 + ((i * 7) % 600)), end: hh(495 + ((i * 7) % 600)), modifiers: ["GP", "59"], contact: i % 5 === 0 ? "group" : "one-on-one" }),
    "a different unknown code on every line": (i) => ({ code: String(10000 + i), minutes: 10, units: 3, modifiers: ["ZZ", "59", "XE", "KX"] }),
    "a different unknown code on every line, no units": (i) => ({ code: String(20000 + i), minutes: 10 + (i % 20), modifiers: ["GP", "XU"] }),
    "seven codes in ten time slots": (i) => ({ code: ["97110", "97140", "97530", "97129", "97130", "G0283", "97532"][i % 7] as string, minutes: i % 40, units: i % 4, start: `${hour(i)}:00`, end: `${hour(i)}:30`, modifiers: ["GP", "CQ", "XU"] }),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}, 600 lines`, () => {
      const s = session(Array.from({ length: 600 }, (_, i) => make(i)));
      samePairEdits(s, CORE);
      samePairEdits(s, EXTENDED);
      sameUnits(s);
      sameMue(s, CORE);
    });
  }
  it("1,439 one-minute blocks that do not overlap, then overlapping ones: the first 20 overlapping pairs come late", () => {
    const apart = Array.from({ length: 1439 }, (_, m) => ({ code: "97110", minutes: 1, units: 0, start: hh(m), end: hh(m + 1) }));
    const late = Array.from({ length: 40 }, (_, k) => ({ code: "97140", minutes: 1, units: 0, start: hh(700 + k), end: hh(701 + k) }));
    sameUnits(session([...apart, ...late]));
  });
  it("19, 20 and 21 overlapping pairs: listed up to 20, counted past it", () => {
    const block = (count: number, start: string, end: string) => Array.from({ length: count }, () => ({ code: "97110", minutes: 15, start, end }));
    // lines at one time: 5 make 10 pairs, 6 make 15, 7 make 21
    for (const lines of [
      [...block(5, "09:00", "09:15"), ...block(5, "10:00", "10:15")],
      [...block(5, "09:00", "09:15"), ...block(5, "10:00", "10:15"), ...block(2, "11:00", "11:15")],
      [...block(6, "09:00", "09:15"), ...block(2, "10:00", "10:15"), ...block(2, "10:14", "10:30"), ...block(1, "11:00", "11:15")],
      block(7, "09:00", "09:15"),
    ]) {
      sameUnits(session(lines));
    }
  });
});
