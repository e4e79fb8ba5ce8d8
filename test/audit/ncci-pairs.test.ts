/**
 * Audit (round 8): the bundled NCCI rows for the pairs the domain reference names (§5.2, §13.1,
 * §13.2), read through findPtpEdit on both sides of each date that matters. Rows: CMS
 * practitioner PTP release ccipra-v301r0 (2024 Q2), /work/shared/data/ncci/ptp-therapy-core.csv.
 * Rules: dates inclusive, deletion = last day in force, indicator 9 never applies, indicator 0
 * beats 1 (data README; APTA 2020-01-24 on the withdrawn January-2020 evaluation edits; APTA
 * 2020-09-02 and AOTA on the October-2020 reinstatements). All pass on 316a7b0.
 */
import { describe, expect, it } from "vitest";
import { findPtpEdit } from "../../src/ncci/ptp.js";

const edit = (a: string, b: string, on: string) => {
  const e = findPtpEdit(a, b, on);
  return e === undefined ? undefined : `${e.column1}/${e.column2} ind ${e.modifierIndicator}`;
};

describe("edits that ended", () => {
  it.each([
    ["97140", "97530", "2019-12-31", "97140/97530 ind 1", "2020-01-01"],
    ["97530", "97116", "2019-12-31", "97530/97116 ind 1", "2020-01-01"],
    ["97530", "97535", "2021-12-31", "97530/97535 ind 1", "2022-01-01"],
  ])("%s + %s: %s → %s; none from %s", (a, b, last, expected, after) => {
    expect(edit(a, b, last)).toBe(expected);
    expect(edit(b, a, last)).toBe(expected);
    expect(edit(a, b, after)).toBeUndefined();
    expect(edit(a, b, "2024-05-01")).toBeUndefined();
  });
});

describe("voided rows (indicator 9) never apply", () => {
  it.each([
    ["97164", "97110"], ["97164", "97530"], ["97168", "97110"], ["97168", "97150"],
    ["97161", "97140"], ["97162", "97140"], ["97163", "97140"], ["97165", "97140"], ["97166", "97140"], ["97167", "97140"],
  ])("%s + %s: no edit on 2020-01-01, 2020-10-01 or 2024-05-01", (a, b) => {
    for (const on of ["2020-01-01", "2020-10-01", "2024-05-01"]) expect(edit(a, b, on)).toBeUndefined();
  });
});

describe("edits still in force in the 2024 Q2 release (indicator 1)", () => {
  it.each([
    ["97150", "97110"], ["97150", "97112"], ["97150", "97116"], ["97150", "97530"],
    ["97530", "97537"], ["97530", "97542"], ["97530", "97750"],
    ["92507", "97110"], ["92507", "97112"], ["92507", "97129"], ["92507", "97530"],
  ])("%s (column 1) over %s", (a, b) => {
    expect(edit(b, a, "2024-05-01")).toBe(`${a}/${b} ind 1`);
  });
});
