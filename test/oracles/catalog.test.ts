import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCode, listCodes } from "../../src/catalog/catalog.js";
import { checkCatalog } from "../../src/catalog/check-catalog.js";
import { CODE_ROWS } from "../../src/catalog/codes.js";
import { getCode as oldGetCode, listCodes as oldListCodes } from "./catalog/catalog.js";
import { checkCatalog as oldCheckCatalog } from "./catalog/check-catalog.js";
import { anySessionArb, BENCH_SESSIONS, dateArb, EDGE_DATES, FUZZ_RUNS, sameJson } from "./sessions.js";

const CODES = CODE_ROWS.map((r) => r.code);
const ODD_DATES = [undefined, "", "2024-5-1", "zzzz", "0000-00-00", "9999-99-99"];

describe("getCode and checkCatalog agree with the old implementation (test/oracles/catalog)", () => {
  it("for every catalog code, in upper and lower case, on every edge date and none", () => {
    for (const code of [...CODES, ...CODES.map((c) => c.toLowerCase()), "99999", ""]) {
      for (const on of [...EDGE_DATES, ...ODD_DATES]) expect(getCode(code, on)).toStrictEqual(oldGetCode(code, on));
    }
  });
  it("for any code and date", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...CODES), fc.string({ maxLength: 6 })), fc.option(dateArb, { nil: undefined }), (code, on) => {
        expect(getCode(code, on)).toStrictEqual(oldGetCode(code, on));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });
  it("listCodes with an activeOn date", () => {
    for (const on of EDGE_DATES) expect(listCodes({ activeOn: on })).toStrictEqual(oldListCodes({ activeOn: on }));
  });
  it("checkCatalog on the benchmark generator's 2,000 sessions and on any session", () => {
    for (const s of BENCH_SESSIONS) expect(checkCatalog(s)).toStrictEqual(oldCheckCatalog(s));
    fc.assert(
      fc.property(anySessionArb, (s) => {
        const fast = checkCatalog(s);
        const old = oldCheckCatalog(s);
        expect(fast).toStrictEqual(old);
        expect(sameJson(fast, old)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });
});
