/**
 * Audit (round 8): the unit calculator against the rules of Pub. 100-04 ch. 5 §20.2 C, as quoted
 * by chirocode (https://www.chirocode.com/article.html?id=25388) and the AAPC forum
 * (https://aapc.com/discuss/threads/97760-add-on-code-time-requirement.102577): the chart, "a
 * service performed for at least 15 minutes shall be billed for at least one unit", "it is not
 * appropriate to count all minutes of treatment in a day toward the units for one code if other
 * services were performed for more than 15 minutes", the total decides the number of units, and
 * two services of 7 minutes or less that together reach 8 give one unit "for the service
 * performed for the most minutes". Examples 1–5 are in test/units; these are the same rules on
 * new minutes. All pass on 316a7b0: they record what was checked.
 */
import { describe, expect, it } from "vitest";
import { calculateUnits, unitsForMinutes } from "../../src/units/index.js";
import { checkUnits } from "../../src/units/check-units.js";
import type { ServiceLine } from "../../src/model/session.js";

const units = (lines: { code: string; minutes: number }[], method?: "cms" | "ama") =>
  Object.fromEntries(calculateUnits(lines, method ? { method } : undefined).lines.map((l) => [l.code, l.units]));
const check = (services: ServiceLine[]) =>
  checkUnits({ dateOfService: "2025-03-14", payer: { program: "medicare" }, provider: { discipline: "PT" }, services }).map((f) => f.rule);

describe("the §20.2 chart, every boundary through 8 units and past two hours", () => {
  const rows: [number, number][] = [[0, 0], [7, 0], [8, 1], [22, 1], [23, 2], [37, 2], [38, 3], [52, 3], [53, 4], [67, 4], [68, 5], [82, 5], [83, 6], [97, 6], [98, 7], [112, 7], [113, 8], [127, 8], [128, 9], [142, 9], [143, 10]];
  it.each(rows)("%i min → %i units", (m, u) => expect(unitsForMinutes(m)).toBe(u));
});

describe("the §20.2 rules on new minutes (CMS total-time method)", () => {
  it.each([
    ["two services of 7 and 5 min (12 min): one unit, to the one with more minutes", [["97110", 7], ["97140", 5]], { "97110": 1, "97140": 0 }],
    ["three services of 6, 5, 4 min (15 min): one unit, to the 6-minute one", [["97112", 4], ["97110", 6], ["97140", 5]], { "97112": 0, "97110": 1, "97140": 0 }],
    ["a 7-minute service alone bills nothing", [["97530", 7]], { "97530": 0 }],
    ["15 min each of two codes (30 min): one unit each, never both on one code", [["97110", 15], ["97530", 15]], { "97110": 1, "97530": 1 }],
    ["30 + 8 min (38 min = 3): the 30-minute code keeps its 2 units, the 8-minute one takes the third", [["97110", 30], ["97140", 8]], { "97110": 2, "97140": 1 }],
    ["37 + 6 min (43 min = 3): 2 whole units + the last to the larger leftover (7 beats 6)", [["97110", 37], ["97140", 6]], { "97110": 3, "97140": 0 }],
    ["22 + 8 + 8 min (38 min = 3): one unit each", [["97110", 22], ["97140", 8], ["97116", 8]], { "97110": 1, "97140": 1, "97116": 1 }],
    ["97129/97130 pooled with other timed minutes: 97110 20 + cognitive 25 = 45 min = 3 (domain §13.3)", [["97110", 20], ["97129", 15], ["97130", 10]], { "97110": 1, "97129": 1, "97130": 1 }],
    ["untimed minutes never enter the pool: 97150 45 min + 97110 7 min = 0 timed units", [["97150", 45], ["97110", 7]], { "97150": 1, "97110": 0 }],
  ] as const)("%s", (_name, lines, expected) => {
    expect(units(lines.map(([code, minutes]) => ({ code, minutes })))).toEqual(expected);
  });

  it("a service of at least 15 minutes may not be billed at 0 units, nor all units put on the other code (97110 18 + 97140 16 = 34 min = 2)", () => {
    expect(check([{ code: "97110", minutes: 18, units: 2 }, { code: "97140", minutes: 16, units: 0 }])).toEqual(["units/exceeds-time", "units/below-time"]);
    expect(check([{ code: "97110", minutes: 18, units: 1 }, { code: "97140", minutes: 16, units: 1 }])).toEqual([]);
  });

  it("the 7-minute rule: the unit goes to the service with the most minutes (97110 7 + 97140 5), not the other", () => {
    expect(check([{ code: "97110", minutes: 7, units: 1 }, { code: "97140", minutes: 5, units: 0 }])).toEqual([]);
    expect(check([{ code: "97110", minutes: 7, units: 0 }, { code: "97140", minutes: 5, units: 1 }])).toEqual(["units/below-time", "units/exceeds-time"]);
  });
});

describe("the CPT midpoint method counts each code alone (domain §2)", () => {
  it("7 + 7 min of two codes: 0 units (CMS would give 1)", () => {
    expect(units([{ code: "97110", minutes: 7 }, { code: "97140", minutes: 7 }], "ama")).toEqual({ "97110": 0, "97140": 0 });
    expect(units([{ code: "97110", minutes: 7 }, { code: "97140", minutes: 7 }])).toEqual({ "97110": 1, "97140": 0 });
  });
  it("8 min of four codes: 4 units (CMS would give 2 for 32 min)", () => {
    const four = ["97110", "97112", "97140", "97530"].map((code) => ({ code, minutes: 8 }));
    expect(calculateUnits(four, { method: "ama" }).totalUnits).toBe(4);
    expect(calculateUnits(four).totalUnits).toBe(2);
  });
});
