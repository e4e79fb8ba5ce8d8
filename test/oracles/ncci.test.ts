import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolvePayerProfile } from "../../src/model/payer-profile.js";
import { checkMue, findMue } from "../../src/ncci/mue.js";
import { payerProfileOf } from "../../src/model/payer-profile-of.js";
import { checkPairEdits } from "../../src/ncci/check-pair-edits.js";
import { EXTENDED_NCCI_TABLES } from "../../src/ncci/extended.js";
import { MUE_RELEASE, MUE_ROWS } from "../../src/ncci/mue-data.js";
import { BUNDLED_NCCI_CAVEAT, PTP_CORE_ROWS, PTP_RELEASE } from "../../src/ncci/ptp-data.js";
import { PTP_EXTENDED_ROWS } from "../../src/ncci/ptp-data-extended.js";
import { findPtpEdit } from "../../src/ncci/ptp.js";
import { createNcciTables, DEFAULT_NCCI_TABLES, type NcciTables } from "../../src/ncci/tables.js";
import type { MueRow, MueSetting, NcciRelease, PtpRow } from "../../src/ncci/types.js";
import { checkMue as oldCheckMue, findMue as oldFindMue } from "./ncci/mue.js";
import { checkPairEdits as oldCheckPairEdits } from "./ncci/check-pair-edits.js";
import { findPtpEdit as oldFindPtpEdit } from "./ncci/ptp.js";
import { createNcciTables as oldCreateNcciTables, DEFAULT_NCCI_TABLES as OLD_DEFAULT, type NcciTables as OldTables } from "./ncci/tables.js";
import { anySessionArb, BENCH_SESSIONS, dateArb, FUZZ_RUNS, payerOverrideArb, ptpCodeArb, sameJson } from "./sessions.js";

const RELEASE: NcciRelease = { ptp: PTP_RELEASE, mue: MUE_RELEASE, caveat: BUNDLED_NCCI_CAVEAT };
const OLD_EXTENDED = oldCreateNcciTables({ ptp: PTP_EXTENDED_ROWS, mue: MUE_ROWS, release: RELEASE });

/** The same rows, indexed by the new and by the old createNcciTables. */
interface TablePair {
  readonly name: string;
  readonly fast: NcciTables;
  readonly old: OldTables;
}
const TABLES: readonly TablePair[] = [
  { name: "bundled core table", fast: DEFAULT_NCCI_TABLES, old: OLD_DEFAULT },
  { name: "extended table", fast: EXTENDED_NCCI_TABLES, old: OLD_EXTENDED },
];

const DATE_STRINGS = ["2024-05-01", "", "2024-5-1", "zzzz", "0000-00-00", "9999-99-99", "2024-06-30T00:00"];

// Rows made up to hit every branch of the row ranking: several periods of one pair, both
// orders, indicator 9, known and unknown effective dates, lower-case codes, one code with itself.
const codeA = fc.constantFrom("97110", "97530", "97150", "97140", "g0283", "G0283", "97110");
const rowArb: fc.Arbitrary<PtpRow> = fc
  .record(
    {
      column1: codeA,
      column2: codeA,
      effective: dateArb,
      deletion: dateArb,
      inExistencePrior1996: fc.boolean(),
      modifierIndicator: fc.constantFrom(0 as const, 1 as const, 9 as const),
      rationale: fc.constantFrom("Mutually exclusive procedures", "Standards of medical/surgical practice"),
      file: fc.constantFrom("a", "b"),
    },
    { requiredKeys: ["column1", "column2", "modifierIndicator", "rationale"] },
  )
  .map((r) => r as PtpRow);
const mueRowArb: fc.Arbitrary<MueRow> = fc
  .record(
    {
      code: codeA,
      value: fc.nat({ max: 6 }),
      adjudicationIndicator: fc.constantFrom(1 as const, 2 as const, 3 as const),
      rationale: fc.constantFrom("Clinical: Data"),
      setting: fc.constantFrom("practitioner" as const, "outpatient-hospital" as const),
      file: fc.constantFrom("F"),
    },
    { requiredKeys: ["code", "value", "adjudicationIndicator", "rationale", "setting"] },
  )
  .map((r) => r as MueRow);
const releaseArb: fc.Arbitrary<NcciRelease> = fc.record(
  {
    ptp: fc.record({ name: fc.constantFrom("ccipra-v322r0"), quarter: fc.constantFrom("2026 Q3"), from: dateArb, through: dateArb }, { requiredKeys: ["name"] }),
    mue: fc.record({ name: fc.constantFrom("MUE-X"), quarter: fc.constantFrom("2026 Q3"), from: dateArb, through: dateArb }, { requiredKeys: ["name"] }),
    caveat: fc.constantFrom("c"),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NcciRelease>;
const madeTablesArb: fc.Arbitrary<TablePair> = fc
  .record({ ptp: fc.array(rowArb, { maxLength: 30 }), mue: fc.array(mueRowArb, { maxLength: 10 }), release: releaseArb })
  .map((input) => ({ name: "made-up table", fast: createNcciTables(input), old: oldCreateNcciTables(input) }));
const madeCodeArb = fc.oneof(codeA, ptpCodeArb);

const FIXED_DATES = ["2010-01-01", "2017-12-31", "2019-12-31", "2020-01-01", "2024-05-01", "2030-12-31"];
/** A row's own dates and the days on either side. */
function datesAround(row: PtpRow): string[] {
  return [row.effective, row.deletion]
    .filter((d): d is string => d !== undefined)
    .flatMap((d) => [-1, 0, 1].map((k) => new Date(Date.parse(`${d}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10)));
}

/** Cheap check first (9,008 rows × 60 dates), the full assertion only to show a difference. */
function same(fast: unknown, old: unknown): void {
  const f = fast as { row?: unknown } | undefined;
  const o = old as { row?: unknown } | undefined;
  if (!sameJson(fast, old) || f?.row !== o?.row) expect(fast).toStrictEqual(old);
}

describe("findPtpEdit agrees with the linear scan it replaced (test/oracles/ncci/ptp.ts)", () => {
  for (const t of TABLES) {
    it(`on every pair of codes of the ${t.name}, on its own dates and the days around them, in both orders`, () => {
      const rows = [...t.old.ptpByPair.values()].flat();
      for (const row of rows) {
        for (const on of [...datesAround(row), ...FIXED_DATES, ...DATE_STRINGS]) {
          same(findPtpEdit(row.column1, row.column2, on, t.fast), oldFindPtpEdit(row.column1, row.column2, on, t.old));
          same(findPtpEdit(row.column2, row.column1.toLowerCase(), on, t.fast), oldFindPtpEdit(row.column2, row.column1.toLowerCase(), on, t.old));
        }
      }
    });
    it(`for any two codes and any date (${t.name})`, () => {
      fc.assert(
        fc.property(ptpCodeArb, ptpCodeArb, fc.oneof(dateArb, fc.constantFrom(...DATE_STRINGS)), (a, b, on) => {
          expect(findPtpEdit(a, b, on, t.fast)).toStrictEqual(oldFindPtpEdit(a, b, on, t.old));
        }),
        { numRuns: FUZZ_RUNS * 20 },
      );
    });
  }
  it("on made-up tables with several periods per pair, both orders, indicator 9 and lower-case codes", () => {
    fc.assert(
      fc.property(madeTablesArb, madeCodeArb, madeCodeArb, fc.oneof(dateArb, fc.constantFrom(...DATE_STRINGS)), (t, a, b, on) => {
        expect(findPtpEdit(a, b, on, t.fast)).toStrictEqual(oldFindPtpEdit(a, b, on, t.old));
      }),
      { numRuns: FUZZ_RUNS * 20 },
    );
  });
  it("with the default tables when none are passed", () => {
    expect(findPtpEdit("97530", "97150", "2024-05-01")).toStrictEqual(oldFindPtpEdit("97530", "97150", "2024-05-01"));
  });
});

describe("findMue agrees with the old lookup", () => {
  const settings: MueSetting[] = ["practitioner", "outpatient-hospital"];
  it("for every bundled row's code, in both settings, in any case", () => {
    for (const row of MUE_ROWS) {
      for (const setting of settings) {
        for (const code of [row.code, row.code.toLowerCase(), "99999"]) {
          expect(findMue(code, setting)).toStrictEqual(oldFindMue(code, setting));
          expect(findMue(code, setting, EXTENDED_NCCI_TABLES)).toStrictEqual(oldFindMue(code, setting, OLD_EXTENDED));
        }
      }
    }
  });
  it("on made-up tables (several rows of one code: the lowest value wins)", () => {
    fc.assert(
      fc.property(madeTablesArb, madeCodeArb, fc.constantFrom(...settings), (t, code, setting) => {
        expect(findMue(code, setting, t.fast)).toStrictEqual(oldFindMue(code, setting, t.old));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
});

describe("checkPairEdits gives exactly the findings of the old implementation", () => {
  for (const t of TABLES) {
    it(`on the benchmark generator's 2,000 sessions (${t.name})`, () => {
      for (const s of BENCH_SESSIONS) {
        const fast = checkPairEdits(s, { ncci: t.fast });
        const old = oldCheckPairEdits(s, { ncci: t.old });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }
    });
  }
  it("with no options (the bundled tables)", () => {
    for (const s of BENCH_SESSIONS.slice(0, 200)) expect(checkPairEdits(s)).toStrictEqual(oldCheckPairEdits(s));
  });
  it("on any session, payer override and table", () => {
    const tableArb = fc.oneof(fc.constantFrom(...TABLES), madeTablesArb);
    fc.assert(
      fc.property(anySessionArb, payerOverrideArb, tableArb, (s, payer, t) => {
        const fast = checkPairEdits(s, { ncci: t.fast, ...(payer && { payer }) });
        const old = oldCheckPairEdits(s, { ncci: t.old, ...(payer && { payer }) });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });
});

describe("checkMue gives exactly the findings of the old implementation", () => {
  it("on the benchmark generator's 2,000 sessions, in both settings", () => {
    for (const s of BENCH_SESSIONS) {
      for (const setting of ["practitioner", "outpatient-hospital"] as const) {
        const fast = checkMue(s, { setting });
        const old = oldCheckMue(s, { setting });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }
    }
    for (const s of BENCH_SESSIONS.slice(0, 200)) expect(checkMue(s)).toStrictEqual(oldCheckMue(s));
  });
  it("on any session, payer override, setting and table", () => {
    const tableArb = fc.oneof(fc.constantFrom(...TABLES), madeTablesArb);
    fc.assert(
      fc.property(anySessionArb, payerOverrideArb, tableArb, fc.option(fc.constantFrom("practitioner" as const, "outpatient-hospital" as const), { nil: undefined }), (s, payer, t, setting) => {
        const fast = checkMue(s, { ncci: t.fast, ...(payer && { payer }), ...(setting && { setting }) });
        const old = oldCheckMue(s, { ncci: t.old, ...(payer && { payer }), ...(setting && { setting }) });
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });
});

describe("tables built by hand, and codes holding the key separator, take the old path", () => {
  it("a tables object not made by createNcciTables gives the old answers", () => {
    fc.assert(
      fc.property(madeTablesArb, anySessionArb, madeCodeArb, madeCodeArb, dateArb, (t, s, a, b, on) => {
        const byHand: NcciTables = { ...t.fast };
        expect(findPtpEdit(a, b, on, byHand)).toStrictEqual(oldFindPtpEdit(a, b, on, t.old));
        expect(findMue(a, "practitioner", byHand)).toStrictEqual(oldFindMue(a, "practitioner", t.old));
        expect(checkPairEdits(s, { ncci: byHand })).toStrictEqual(oldCheckPairEdits(s, { ncci: t.old }));
        expect(checkMue(s, { ncci: byHand })).toStrictEqual(oldCheckMue(s, { ncci: t.old }));
      }),
      { numRuns: FUZZ_RUNS * 3 },
    );
  });
  it("rows whose codes hold '|' match the same keys as before", () => {
    const release: NcciRelease = { ptp: { name: "x" }, mue: { name: "y" } };
    const ptp: PtpRow[] = [
      { column1: "A", column2: "B|C", modifierIndicator: 1, rationale: "r1" },
      { column1: "A|B", column2: "C", modifierIndicator: 0, rationale: "r2" },
      { column1: "97110", column2: "97530", modifierIndicator: 1, rationale: "r3" },
    ];
    const mue: MueRow[] = [{ code: "B|C", value: 1, adjudicationIndicator: 3, rationale: "m", setting: "practitioner" }];
    const fast = createNcciTables({ ptp, mue, release });
    const old = oldCreateNcciTables({ ptp, mue, release });
    for (const [a, b] of [["A", "B|C"], ["A|B", "C"], ["a|b", "c"], ["B|C", "A"], ["97110", "97530"], ["A", "B"]] as const) {
      expect(findPtpEdit(a, b, "2024-01-01", fast)).toStrictEqual(oldFindPtpEdit(a, b, "2024-01-01", old));
    }
    for (const [code, setting] of [["B|C", "practitioner"], ["C", "practitioner|B"], ["b|c", "practitioner"]] as const) {
      expect(findMue(code, setting as MueSetting, fast)).toStrictEqual(oldFindMue(code, setting as MueSetting, old));
    }
  });
});

describe("payerProfileOf is resolvePayerProfile", () => {
  it("for every program, with and without a unit method, a name or an override", () => {
    fc.assert(
      fc.property(
        fc.record(
          { program: fc.constantFrom("medicare" as const, "medicaid" as const, "commercial" as const, "other" as const), unitMethod: fc.constantFrom("cms" as const, "ama" as const), name: fc.constantFrom("Acme") },
          { requiredKeys: ["program"] },
        ),
        payerOverrideArb,
        (payer, override) => {
          expect(payerProfileOf(payer, override)).toStrictEqual(resolvePayerProfile(payer, override));
          expect(sameJson(payerProfileOf(payer, override), resolvePayerProfile(payer, override))).toBe(true);
        },
      ),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });
});
