import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packMueRows, packPtpRows } from "../../scripts/generate-ncci.mjs";
import { unpackMueRows, unpackPtpRows } from "../../src/ncci/packed-rows.js";

// The generator packs rows into strings (packPtpRows, packMueRows); src/ncci/packed-rows.ts
// unpacks them at import. Whatever rows the CMS files may hold, unpacking what was packed gives
// the rows back, in order, with the same keys in the same order.

const code = fc.stringMatching(/^[0-9A-Z]{5}$/);
const isoDate = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rationales = fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 10 });

const ptpCase = rationales.chain((rs) =>
  fc.tuple(
    fc.constant(rs),
    fc.array(
      fc.record(
        {
          column1: fc.constantFrom("92507", "97110", "G0283"),
          column2: code,
          deletion: isoDate,
          indicator: fc.constantFrom(0, 1, 9),
          rationale: fc.constantFrom(...rs),
        },
        { requiredKeys: ["column1", "column2", "indicator", "rationale"] },
      ),
      { maxLength: 40 },
    ),
  ),
);

describe("packed NCCI rows", () => {
  it("unpacking packed PTP rows gives the rows back, in file order, with the keys of PtpRow in order", () => {
    fc.assert(
      fc.property(ptpCase, ([rs, rows]) => {
        const expected = rows.map((r) => ({
          column1: r.column1,
          column2: r.column2,
          ...(r.deletion === undefined ? {} : { deletion: r.deletion }),
          modifierIndicator: r.indicator,
          rationale: r.rationale,
          file: "f",
        }));
        const back = unpackPtpRows(packPtpRows(rows, rs, "test"), rs, "f");
        expect(back).toStrictEqual(expected);
        expect(JSON.stringify(back)).toBe(JSON.stringify(expected));
      }),
    );
  });

  it("unpacking packed MUE rows gives the rows back, in file order, with the keys of MueRow in order", () => {
    const mueCase = rationales.chain((rs) =>
      fc.tuple(
        fc.constant(rs),
        fc.array(fc.record({ code, value: fc.nat({ max: 100_000 }), mai: fc.constantFrom(1, 2, 3), rationale: fc.constantFrom(...rs), file: fc.constant("m") }), { maxLength: 40 }),
      ),
    );
    fc.assert(
      fc.property(mueCase, ([rs, rows]) => {
        const expected = rows.map((r) => ({ code: r.code, value: r.value, adjudicationIndicator: r.mai, rationale: r.rationale, setting: "outpatient-hospital", file: "m" }));
        const back = unpackMueRows(packMueRows(rows, rs, "test"), rs, "outpatient-hospital", "m");
        expect(JSON.stringify(back)).toBe(JSON.stringify(expected));
      }),
    );
  });

  it("the TSDoc examples of unpackPtpRows and unpackMueRows give what they say", () => {
    expect(unpackPtpRows("97150:9753011;97530:975350119991231", ["x", "Mutually exclusive procedures"], "f1")).toStrictEqual([
      { column1: "97150", column2: "97530", modifierIndicator: 1, rationale: "Mutually exclusive procedures", file: "f1" },
      { column1: "97530", column2: "97535", deletion: "1999-12-31", modifierIndicator: 0, rationale: "Mutually exclusive procedures", file: "f1" },
    ]);
    expect(unpackMueRows("97530316", ["x", "Clinical: Data"], "practitioner", "MCR_MUE")).toStrictEqual([
      { code: "97530", value: 6, adjudicationIndicator: 3, rationale: "Clinical: Data", setting: "practitioner", file: "MCR_MUE" },
    ]);
    expect(unpackPtpRows("", [], "f")).toEqual([]);
    expect(unpackMueRows("", [], "practitioner", "m")).toEqual([]);
  });

  it("the packer refuses what the packed form cannot carry (an effective date, the 1996 flag, an 11th rationale)", () => {
    const row = { column1: "97110", column2: "97530", indicator: 1, rationale: "r" };
    expect(() => packPtpRows([{ ...row, effective: "2020-01-01" }], ["r"], "t")).toThrow(/effective/);
    expect(() => packPtpRows([{ ...row, prior1996: true }], ["r"], "t")).toThrow(/1996/);
    expect(() => packPtpRows([row], Array.from({ length: 11 }, (_, i) => `r${i}`), "t")).toThrow(/10 rationales/);
  });
});
